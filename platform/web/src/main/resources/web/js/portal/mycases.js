// My cases (and my enterprises' cases): status, deadlines, the steps without staff names, what is
// missing and the answer to a supplement request, withdrawal, and the results to download.
import {api, seg} from '../api.js';
import {t, label} from '../i18n.js';
import {at as when} from '../hallzone.js';
import {h, fill} from '../dom.js';
import {formMessage, showError} from '../forms.js';
import {applicationForm} from '../formfields.js';
import {me, mask, verified, online, resultUrl} from './online.js';
import {materialList} from './pmaterials.js';

const OPEN = ['PRE_REVIEW', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SUSPENDED'];

export async function render(view, ctx) {
  return ctx.screen === 'case' ? detail(view, ctx.params[0], ctx) : list(view);
}

async function list(view) {
  const [cases, messages] = await Promise.all([online.cases(), online.messages().catch(() => [])]);
  fill(view, h('section', {class: 'panel'}, h('h1', {}, t('cases.myTitle')),
    verified() ? null : h('p', {class: 'notice', id: 'cases-unverified'}, t('me.unverified')),
    h('p', {class: 'meta', id: 'me-level'}, t('me.level.' + me.account.level)),
    cases.length ? h('ul', {class: 'mycases', id: 'mycases'}, cases.map((c) => h('li', {'data-case': c.caseNumber, 'data-status': c.status},
      h('a', {href: '#/case/' + seg(c.caseNumber)},
        h('strong', {}, c.itemName || c.itemCode), ' ',
        h('span', {class: 'badge status'}, label('status', c.status, c.statusLabel)),
        h('div', {class: 'meta mono'}, c.caseNumber, c.applicant ? ' · ' + mask(c.applicant) : ''),
        c.status === 'PRE_REVIEW' && c.preReviewDue ? h('div', {class: 'meta'}, t('case.preReviewDue'), ' ', when(c.preReviewDue)) : null,
        c.promisedDeadline ? h('div', {class: 'meta'}, t('progress.promised'), ' ', c.promisedDeadline) : null))))
      : h('p', {class: 'meta', id: 'mycases-none'}, t('cases.myNone'))),
  messages.length ? h('section', {class: 'panel'}, h('h2', {}, t('cases.messages')),
    h('ul', {class: 'messages', id: 'my-messages'}, messages.slice(0, 10).map((m) => h('li', {},
      h('time', {class: 'meta'}, when(m.at)), ' ', m.text)))) : null);
}

async function detail(view, number, ctx) {
  let c;
  try {
    c = await online.case(number);
  } catch (e) {
    if (e.status !== 404) throw e;
    // someone else's case and no case at all look the same (the API answers 404 for both)
    fill(view, h('section', {class: 'panel', id: 'mycase-not-found'}, h('h1', {}, t('case.notMine')),
      h('p', {}, h('a', {href: '#/cases'}, t('case.back')))));
    return;
  }
  const item = await api.get('items/' + seg(c.itemCode)).catch(() => null);
  const missing = supplementOf(c, item);
  const results = c.results || [];
  const visits = c.visits;
  const steps = c.timeline || [];
  fill(view, h('article', {id: 'mycase', 'data-case': c.caseNumber, 'data-status': c.status},
    h('p', {}, h('a', {href: '#/cases'}, t('case.back'))),
    h('section', {class: 'panel'},
      h('h1', {}, c.itemName || c.itemCode, ' ', h('span', {class: 'badge status', id: 'mycase-status'}, label('status', c.status, c.statusLabel))),
      h('dl', {class: 'facts'},
        h('dt', {}, t('progress.case')), h('dd', {class: 'mono'}, c.caseNumber),
        h('dt', {}, t('case.applicantNo')), h('dd', {}, c.applicantName || '', ' ', h('span', {class: 'mono'}, mask(c.applicant))),
        c.submittedAt ? [h('dt', {}, t('case.submitted')), h('dd', {}, when(c.submittedAt))] : null,
        c.preReviewDue ? [h('dt', {}, t('case.preReviewDue')), h('dd', {id: 'mycase-prereview-due'}, when(c.preReviewDue))] : null,
        h('dt', {}, t('progress.accepted')), h('dd', {}, when(c.acceptedAt) || '—'),
        h('dt', {}, t('progress.promised')), h('dd', {id: 'mycase-promised'}, c.promisedDeadline || '—'),
        h('dt', {}, t('progress.legal')), h('dd', {}, c.legalDeadline || '—'),
        c.delivery ? [h('dt', {}, t('case.delivery')), h('dd', {id: 'mycase-delivery'}, t('apply.delivery.' + c.delivery.method),
          c.delivery.address ? ' · ' + c.delivery.address : '',
          c.delivery.trackingNumber ? ' · ' + t('case.tracking') + ' ' + c.delivery.trackingNumber : '')] : null,
        visits !== undefined && visits !== null ? [h('dt', {}, t('case.visits')), h('dd', {id: 'mycase-visits'}, String(visits))] : null),
      c.status === 'NOT_ACCEPTED' && c.decisionReason ? h('p', {class: 'notice', id: 'mycase-rejected'}, t('case.rejected', c.decisionReason)) : null),
    missing && c.status === 'SUPPLEMENT_REQUESTED' ? supplementForm(c, missing, item, ctx) : null,
    h('section', {class: 'panel', id: 'mycase-results'}, h('h2', {}, t('case.results')),
      results.length ? h('ul', {class: 'results-list'}, results.map((r) => h('li', {},
        h('a', {href: resultUrl(r), download: '', 'data-result': r.vaultId}, t('case.download'), ' ', resultTitle(c, r)))))
        : h('p', {class: 'meta'}, t('case.noResults'))),
    h('section', {class: 'panel'}, h('h2', {}, t('case.timeline')),
      h('ol', {class: 'timeline', id: 'mycase-steps'}, steps.map((s) => h('li', {},
        h('time', {}, when(s.at)), ' ', h('strong', {}, label('action', s.action)),
        s.status ? h('span', {class: 'meta'}, ' → ' + label('status', s.status, s.label)) : null,
        s.reason ? h('div', {class: 'reason'}, s.reason) : null)))),
    OPEN.includes(c.status) ? withdrawForm(c, ctx) : null));
}

/** @return {fields, materials, notes} of what is missing (`missing` names form fields and material codes alike), or null */
function supplementOf(c, item) {
  // a pre-review names `field` (a form field or a material code), the formal check `subject`; a note names neither
  const list = (c.missing || []).map((m) => ({field: m.field || m.subject || null, message: m.message}));
  if (!list.length) return null;
  const isField = (code) => Boolean(item && (item.fields || []).some((f) => f.key === code));
  const isMaterial = (code) => Boolean(item && (item.materials || []).some((m) => m.code === code));
  return {fields: list.filter((m) => isField(m.field)).map((m) => m.field),
    materials: list.filter((m) => !isField(m.field) && isMaterial(m.field)).map((m) => m.field),
    notes: [...new Set(list.map((m) => m.message).filter(Boolean))]};
}

/** The title of a result: the vault entry of the same id among the case's materials, else the item's name. */
function resultTitle(c, r) {
  const m = (c.materials || []).find((x) => x.vaultId === r.vaultId);
  return m ? (m.title || m.name) : (c.itemName || '');
}

function supplementForm(c, missing, item, {navigate}) {
  const fieldDefs = item ? (item.fields || []) : [];
  const matDefs = item ? (item.materials || []) : [];
  const names = (defs, codes, key, name) => codes.map((code) => (defs.find((d) => d[key] === code) || {})[name] || code);
  const appForm = applicationForm(fieldDefs, missing.fields);
  const box = h('div', {});
  const form = h('form', {class: 'panel', id: 'supplement-form', novalidate: true},
    h('h2', {}, t('case.missing')),
    h('div', {class: 'missing-box', id: 'mycase-missing'},
      missing.fields.length ? h('p', {}, t('case.missingFields', names(fieldDefs, missing.fields, 'key', 'label').join('、'))) : null,
      missing.materials.length ? h('p', {}, t('case.missingMaterials', names(matDefs, missing.materials, 'code', 'name').join('、'))) : null,
      missing.notes.length ? h('ul', {}, missing.notes.map((n) => h('li', {}, n))) : null),
    missing.fields.length ? appForm.el : null, box,
    h('p', {class: 'form-message', role: 'status'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'supplement-submit'}, t('case.answer'))));
  let mats = materialList(matDefs, [], missing.materials);
  box.append(mats.el);
  online.vault().then((vault) => {
    mats = materialList(matDefs, vault, missing.materials);
    box.replaceChildren(mats.el);
  }, () => {});
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const lacking = mats.missing();
    if (lacking.length) {
      formMessage(form, t('apply.missing', lacking.join('、')));
      return;
    }
    const button = form.querySelector('#supplement-submit');
    button.disabled = true;
    try {
      await online.supplement(c.caseNumber, {form: appForm.value(), materials: mats.value()});
      navigate('case/' + encodeURIComponent(c.caseNumber));
    } catch (e) {
      showError(form, e);
      button.disabled = false;
    }
  });
  return form;
}

function withdrawForm(c, {navigate}) {
  const reason = h('input', {id: 'withdraw-reason', maxlength: 200});
  const confirmBox = h('div', {hidden: true, id: 'withdraw-confirm'}, h('p', {}, t('case.withdrawConfirm')),
    h('div', {class: 'row'}, h('label', {for: 'withdraw-reason'}, t('case.withdrawReason')), reason));
  const form = h('form', {class: 'panel', id: 'withdraw-form', novalidate: true}, confirmBox,
    h('p', {class: 'form-message', role: 'status'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'danger', id: 'withdraw-submit'}, t('case.withdraw'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (confirmBox.hidden) {
      confirmBox.hidden = false;
      reason.focus();
      return;
    }
    try {
      await online.withdraw(c.caseNumber, reason.value.trim() || null);
      navigate('case/' + encodeURIComponent(c.caseNumber));
    } catch (e) {
      showError(form, e);
    }
  });
  return form;
}
