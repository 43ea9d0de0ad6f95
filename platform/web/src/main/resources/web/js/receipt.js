// The answer of an intake: accepted with the printable receipt (受理回执), supplement requested or
// not accepted — each with the department's findings.
import {t, label, when} from './i18n.js';
import {h} from './dom.js';
import {provisionalMark} from './provisional.js';
import {stepsOfCase} from './composite.js';

/**
 * @param c the case from POST /cases
 * @param names subject (field key or material code) → what the applicant knows it as
 * @param actions buttons to offer below
 */
export function result(c, names, actions) {
  const findings = (c.findings || []).map((f) => h('li', {},
    f.subject ? h('strong', {}, (names[f.subject] || f.subject) + '：') : null, f.message));
  const kind = c.status === 'SUPPLEMENT_REQUESTED' ? 'supplement' : c.status === 'NOT_ACCEPTED' ? 'refused' : 'accepted';
  return h('section', {class: 'panel result ' + kind, id: 'intake-result', 'data-status': c.status, tabindex: '-1',
    'aria-labelledby': 'result-h'},
  h('h2', {id: 'result-h'}, t('result.' + kind), ' ',
    c.status === 'APPROVED' ? h('span', {class: 'badge status'}, label('status', c.status, c.statusLabel)) : null),
  kind !== 'accepted' ? h('p', {}, t('result.caseNumber'), ' ', h('strong', {class: 'mono', id: 'result-case'}, c.caseNumber)) : null,
  findings.length ? h('div', {class: 'findings'}, h('h3', {}, t('result.findings')), h('ul', {id: 'findings'}, findings)) : null,
  kind === 'refused' && c.reason && !findings.length ? h('p', {id: 'refusal'}, c.reason) : null,
  kind === 'supplement' ? h('p', {class: 'meta'}, t('result.supplementHint')) : null,
  c.receipt ? receipt(c) : null,
  c.composite && c.steps ? h('div', {class: 'no-print'}, h('h3', {}, t('composite.steps')), stepsOfCase(c)) : null,
  h('div', {class: 'actions no-print'}, actions));
}

function receipt(c) {
  const r = c.receipt;
  const progressUrl = location.origin + location.pathname.replace(/[^/]*$/, '') + 'progress?case=' + encodeURIComponent(r.caseNumber);
  const accepted = Boolean(r.acceptedAt);
  const rows = [
    ['receipt.caseNumber', h('strong', {class: 'mono', id: 'receipt-case'}, r.caseNumber)],
    ['receipt.item', r.itemName],
    ['receipt.department', r.departmentName],
    ['receipt.applicant', [h('span', {class: 'mono'}, r.applicant), ' ', c.applicantName || '']],
    accepted ? ['receipt.acceptedAt', when(r.acceptedAt)] : ['receipt.submittedAt', when(c.submittedAt)],
    accepted ? ['receipt.promised', [h('span', {id: 'receipt-promised'}, r.promisedDeadline),
      c.sla && c.sla.remainingPromisedDays !== null && c.sla.remainingPromisedDays !== undefined
        ? ' ' + t('receipt.remaining', c.sla.remainingPromisedDays) : '']] : null,
    accepted ? ['receipt.legal', [h('span', {id: 'receipt-legal'}, r.legalDeadline), ' ', provisionalMark(r.provisional)]] : null,
    ['receipt.status', label('status', c.status, c.statusLabel)],
    !accepted && c.findings && c.findings.length ? ['receipt.missing', h('ul', {}, c.findings.map((f) => h('li', {}, f.message)))] : null,
    ['receipt.accessCode', h('strong', {class: 'mono', id: 'receipt-code'}, r.accessCode)],
  ].filter(Boolean);
  const title = accepted ? 'receipt.title' : c.status === 'SUPPLEMENT_REQUESTED' ? 'receipt.supplementTitle' : 'receipt.refusedTitle';
  return h('article', {class: 'receipt', id: 'receipt', 'aria-label': t(title)},
    h('h3', {}, t('receipt.hall')), h('h4', {}, t(title)),
    h('dl', {}, rows.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])),
    r.provisional ? h('p', {class: 'provisional-note', id: 'receipt-provisional'}, t('provisional.note')) : null,
    h('p', {class: 'progress-how', id: 'receipt-progress'}, t('receipt.progress', progressUrl)),
    h('p', {class: 'meta'}, t('receipt.codeUse')));
}
