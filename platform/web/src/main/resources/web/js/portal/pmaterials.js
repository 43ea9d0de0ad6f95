// The materials of an online application (or of a supplement): per material, one from the
// applicant's vault (certificates other departments issued included; expired ones not offered)
// or an uploaded file. The file's first bytes are checked here for the user's sake; the server
// checks the content again.
import {t} from '../i18n.js';
import {h} from '../dom.js';

const MAX = 5 * 1024 * 1024;
const MAGIC = [['application/pdf', [0x25, 0x50, 0x44, 0x46]], ['image/jpeg', [0xFF, 0xD8, 0xFF]], ['image/png', [0x89, 0x50, 0x4E, 0x47]]];

/**
 * @param materials the item's materials
 * @param vault the party's vault entries ({id, kind, title, validUntil, expired})
 * @param only material codes to show (a supplement), or null for all
 * @return {el, value(), missing()}
 */
export function materialList(materials, vault, only = null) {
  const rows = materials.filter((m) => !only || only.includes(m.code)).map((m) => row(m, vault, Boolean(only)));
  return {
    el: h('ul', {class: 'pmats', id: 'pmats'}, rows.map((r) => r.li)),
    value: () => rows.map((r) => r.value()).filter(Boolean),
    missing: () => rows.filter((r) => (r.m.required || only) && !r.value()).map((r) => r.m.name),
  };
}

function row(m, vault, required) {
  const usable = m.reusable ? vault.filter((v) => v.kind === m.kind && !v.expired) : [];
  const select = h('select', {id: 'pmat-' + m.code, 'data-code': m.code},
    h('option', {value: ''}, t('apply.none')),
    usable.map((v) => h('option', {value: 'vault:' + v.id}, t('apply.useVault', v.title + (v.validUntil ? ' (' + v.validUntil + ')' : '')))),
    h('option', {value: 'upload'}, t('apply.upload')));
  if (usable.length) select.value = 'vault:' + usable[0].id;
  else select.value = 'upload';
  const file = h('input', {type: 'file', id: 'pmat-file-' + m.code, accept: MAGIC.map(([type]) => type).join(',')});
  const state = h('span', {class: 'hint'});
  const err = h('span', {class: 'err', role: 'alert'});
  let upload = null;
  const li = h('li', {'data-field': 'material:' + m.code, 'data-code': m.code},
    h('label', {class: 'mname', for: select.id}, m.name), m.note ? h('span', {class: 'hint'}, m.note) : null, select, file, state, err);
  li.classList.toggle('missing', m.required || required);
  const sync = () => {
    file.hidden = select.value !== 'upload';
    state.hidden = select.value !== 'upload';
  };
  select.addEventListener('change', sync);
  file.addEventListener('change', async () => {
    err.textContent = '';
    upload = null;
    state.textContent = '';
    const f = file.files[0];
    if (!f) return;
    const bytes = new Uint8Array(await f.arrayBuffer());
    const type = MAGIC.find(([, magic]) => magic.every((b, i) => bytes[i] === b));
    if (!type || f.size > MAX) {
      err.textContent = t('apply.badFile');
      file.value = '';
      return;
    }
    upload = {code: m.code, title: f.name.slice(0, 100), contentType: type[0], content: base64(bytes)};
    state.textContent = t('apply.fileReady', f.name);
  });
  sync();
  return {m, li, value() {
    if (select.value.startsWith('vault:')) return {code: m.code, vaultId: Number(select.value.slice(6))};
    if (select.value === 'upload') return upload;
    return null;
  }};
}

function base64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
