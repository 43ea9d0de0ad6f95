// The materials checklist of an item: per material, where it comes from — the original checked
// at the window, a material reused from the applicant's vault (expired ones shown, not offered),
// or an uploaded file (PDF, JPEG, PNG up to 5 MB).
import {t} from './i18n.js';
import {h} from './dom.js';

const MAX_UPLOAD = 5 * 1024 * 1024;
const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/**
 * @param materials the item's materials (GET /items/{code})
 * @param vault the applicant's vault (GET /parties/{n}/vault)
 * @param only material codes to show (a supplement), or null for all
 * @return {el, value(), codes(), markFindings(findings)}
 */
export function checklist(materials, vault, only = null) {
  const rows = [];
  const list = h('ol', {class: 'checklist', id: 'materials'});
  materials.filter((m) => !only || only.includes(m.code)).forEach((m) => {
    const reusable = m.reusable ? vault.filter((v) => v.kind === m.kind) : [];
    const valid = reusable.filter((v) => !v.expired);
    const select = h('select', {id: 'material-' + m.code, name: 'material-' + m.code, 'data-code': m.code},
      h('option', {value: ''}, t('mat.none')),
      h('option', {value: 'presented'}, t('mat.presented')),
      reusable.map((v) => h('option', {value: 'vault:' + v.id, disabled: v.expired},
        (v.expired ? t('mat.vaultExpired', v.title, v.validUntil) : t('mat.vault', v.title, v.validUntil || t('vault.noExpiry'))))),
      h('option', {value: 'upload'}, t('mat.upload')));
    if (valid.length) select.value = 'vault:' + valid[0].id;
    const file = h('input', {type: 'file', accept: TYPES.join(','), hidden: true, id: 'material-file-' + m.code});
    const state = h('span', {class: 'mstate', 'aria-hidden': 'true'});
    const err = h('span', {class: 'err', role: 'alert', id: 'material-' + m.code + '-err'});
    select.setAttribute('aria-describedby', err.id);
    const row = {m, select, file, upload: null};
    const update = () => {
      file.hidden = select.value !== 'upload';
      const ok = select.value && (select.value !== 'upload' || row.upload);
      li.classList.toggle('done', Boolean(ok));
      li.classList.toggle('missing', !ok && m.required);
      state.textContent = ok ? '✓' : (m.required ? '!' : '–');
    };
    select.addEventListener('change', () => {
      update();
      if (select.value === 'upload') file.focus();
    });
    file.addEventListener('change', () => readFile(row, err).then(update));
    const li = h('li', {'data-field': 'material:' + m.code, 'data-code': m.code},
      state,
      h('label', {for: select.id, class: 'mname'}, m.name),
      h('span', {class: 'tags'},
        h('span', {class: 'badge ' + (m.required ? 'must' : 'opt')}, t(m.required ? 'mat.required' : 'mat.optional')),
        h('span', {class: 'badge'}, t('mat.form.' + m.form)),
        m.reusable ? h('span', {class: 'badge reuse'}, t('mat.reusable')) : null,
        reusable.some((v) => v.expired) ? h('span', {class: 'badge red'}, t('mat.hasExpired')) : null),
      h('span', {class: 'msource'}, select, file),
      m.note ? h('span', {class: 'hint'}, m.note) : null, err);
    rows.push(row);
    list.append(li);
    update();
  });

  return {
    el: list,
    /** The materials for the request, and which code each index stands for. */
    value() {
      const out = [];
      for (const r of rows) {
        const v = r.select.value;
        if (!v) continue;
        if (v === 'presented') out.push({code: r.m.code, presented: true});
        else if (v.startsWith('vault:')) out.push({code: r.m.code, vaultId: Number(v.slice(6))});
        else if (v === 'upload' && r.upload) out.push({code: r.m.code, ...r.upload});
      }
      return out;
    },
    markFindings(findings) {
      for (const f of findings || []) {
        const li = list.querySelector('[data-code="' + CSS.escape(f.subject || '') + '"]');
        if (li) {
          li.classList.add('invalid');
          li.querySelector('.err').textContent = f.message;
        }
      }
    },
  };
}

function readFile(row, err) {
  const f = row.file.files[0];
  row.upload = null;
  err.textContent = '';
  if (!f) return Promise.resolve();
  if (f.size > MAX_UPLOAD) {
    err.textContent = t('mat.tooLarge');
    return Promise.resolve();
  }
  if (!TYPES.includes(f.type)) {
    err.textContent = t('mat.badType');
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      row.upload = {content: String(reader.result).split(',')[1], contentType: f.type, title: f.name.slice(0, 200)};
      resolve();
    };
    reader.onerror = () => {
      err.textContent = t('mat.readFailed');
      resolve();
    };
    reader.readAsDataURL(f);
  });
}
