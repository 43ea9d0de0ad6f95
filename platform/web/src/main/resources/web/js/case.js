// One case: the application, materials, clocks and pauses, the timeline from the audit trail,
// and the decisions the user may take on it.
import {api, seg} from './api.js';
import {t, label, when} from './i18n.js';
import {h, fill} from './dom.js';
import {colourBadge} from './sla.js';
import {provisionalMark} from './provisional.js';
import {actionsPanel} from './actions.js';
import {stepsOfCase} from './composite.js';
import {preReviewPanel, postedPanel} from './prereview.js';

export async function render(view, {user, params}) {
  const number = params[0];
  let c;
  try {
    c = await api.get('cases/' + seg(number));
  } catch (e) {
    if (e.status === 403 || e.status === 404) {
      fill(view, h('section', {class: 'panel forbidden', id: 'case-refused', 'data-status': e.status},
        h('h1', {}, t(e.status === 403 ? 'case.forbidden' : 'case.notFound')), h('p', {}, e.message),
        h('p', {}, h('a', {href: '#/cases'}, t('case.back')))));
      return;
    }
    throw e;
  }
  if (c.composite) {
    showComposite(view, c, user, null);
    return;
  }
  let item = null;
  try {
    item = await api.get('items/' + seg(c.itemCode));
  } catch (e) {
    // a withdrawn item: its labels are not at hand, the keys are shown
  }
  show(view, c, item, user, null);
}

function show(view, c, item, user, message) {
  const labels = {};
  (item ? item.fields : []).forEach((f) => {
    labels[f.key] = f.label;
  });
  const reload = (next, done) => show(view, next, item, user, done);
  fill(view,
    h('section', {class: 'panel case-head', id: 'case', 'data-case': c.caseNumber, 'data-status': c.status, 'data-version': c.version},
      h('h1', {}, h('span', {class: 'mono'}, c.caseNumber), ' ', h('span', {class: 'badge status', id: 'case-status'},
        label('status', c.status, c.statusLabel)), ' ', colourBadge(c.sla)),
      h('p', {class: 'meta'}, c.itemName, ' · ', c.departmentName),
      message ? h('p', {class: 'form-message ok', role: 'status', id: 'case-message'}, message) : null),
    h('div', {class: 'case-grid'},
      h('div', {},
        application(c, labels),
        materials(c),
        c.findings && c.findings.length ? h('section', {class: 'panel'}, h('h2', {}, t('case.findings')),
          h('ul', {id: 'case-findings'}, c.findings.map((f) => h('li', {}, f.subject ? h('strong', {}, f.subject + '：') : null, f.message)))) : null,
        c.reason ? h('section', {class: 'panel'}, h('h2', {}, t('case.reason')), h('p', {id: 'case-reason'}, c.reason)) : null,
        timeline(c)),
      h('div', {},
        c.status === 'PRE_REVIEW' && user.roles.includes('clerk') ? preReviewPanel(c, item, reload) : actionsPanel(c, user, item, reload),
        // an online applicant may have chosen the post: the clerk records the tracking number
        c.status === 'APPROVED' && ['online', 'wechat'].includes(c.channel) && user.roles.includes('clerk') ? postedPanel(c, reload) : null,
        clocks(c))));
}

function application(c, labels) {
  const rows = [
    ['case.item', [c.itemName, ' ', h('span', {class: 'meta'}, c.itemCode + ' v' + c.itemVersion)]],
    ['case.department', c.departmentName],
    ['case.applicant', [h('span', {class: 'mono'}, c.applicant), ' ', c.applicantName || '', ' ',
      h('span', {class: 'meta'}, c.applicantKind ? t('party.kind.' + c.applicantKind.toLowerCase()) : '')]],
    c.agent ? ['case.agent', h('span', {class: 'mono'}, c.agent)] : null,
    ['case.channel', label('channel', String(c.channel).toUpperCase()) + (c.window ? ' · ' + c.window : '')],
    ['case.submitted', when(c.submittedAt)],
    ['case.accepted', when(c.acceptedAt)],
    ['case.visits', t('case.visitsOf', c.visits, c.maxVisits)],
  ].filter(Boolean);
  const form = Object.entries(c.form || {});
  return h('section', {class: 'panel', id: 'case-application'}, h('h2', {}, t('case.application')),
    h('dl', {class: 'facts'}, rows.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])),
    form.length ? h('table', {class: 'grid small', id: 'case-form'}, h('tbody', {}, form.map(([k, v]) =>
      h('tr', {}, h('th', {scope: 'row'}, labels[k] || k), h('td', {}, typeof v === 'boolean' ? t(v ? 'form.yes' : 'form.no') : String(v)))))) : null);
}

function materials(c) {
  return h('section', {class: 'panel', id: 'case-materials'}, h('h2', {}, t('case.materials')),
    c.materials.length === 0 ? h('p', {class: 'meta'}, t('case.noMaterials')) : h('table', {class: 'grid small'},
      h('thead', {}, h('tr', {}, ['case.mName', 'case.mSource', 'case.mTitle', 'case.mValid'].map((k) => h('th', {scope: 'col'}, t(k))))),
      h('tbody', {}, c.materials.map((m) => h('tr', {'data-code': m.code},
        h('td', {}, m.name), h('td', {}, m.fromVault ? t('case.fromVault', m.vaultId) : m.presented ? t('case.presented') : t('case.uploaded')),
        h('td', {}, m.title || ''), h('td', {}, m.validUntil || ''))))));
}

function clocks(c) {
  const s = c.sla || {};
  const unit = c.limitUnit ? t('unit.' + c.limitUnit) : '';
  const rows = [
    ['case.promised', [c.promisedDeadline || '—', ' ', provisionalMark(s.promisedProvisional), ' ', s.remainingPromisedDays !== null && s.remainingPromisedDays !== undefined
      ? h('span', {class: 'meta'}, s.remainingPromisedDays < 0 ? t('sla.late', -s.remainingPromisedDays) : t('sla.left', s.remainingPromisedDays)) : '']],
    ['case.legal', [c.legalDeadline || '—', ' ', provisionalMark(s.legalProvisional), ' ', s.remainingLegalDays !== null && s.remainingLegalDays !== undefined
      ? h('span', {class: 'meta'}, s.remainingLegalDays < 0 ? t('sla.late', -s.remainingLegalDays) : t('sla.left', s.remainingLegalDays)) : '']],
    ['case.unit', unit],
    ['case.yellowOn', s.yellowOn || '—'],
    ['case.rungs', String(s.rungsFired || 0)],
  ];
  return h('section', {class: 'panel', id: 'case-clocks'}, h('h2', {}, t('case.clocks')),
    h('dl', {class: 'facts'}, rows.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])),
    h('h3', {}, t('case.pauses')),
    c.pauses.length === 0 ? h('p', {class: 'meta', id: 'case-pauses'}, t('case.noPauses')) : h('table', {class: 'grid small', id: 'case-pauses'},
      h('thead', {}, h('tr', {}, ['case.pKind', 'case.pFrom', 'case.pTo', 'case.pDays', 'case.pReason'].map((k) => h('th', {scope: 'col'}, t(k))))),
      h('tbody', {}, c.pauses.map((p) => h('tr', {}, h('td', {}, label('pause', p.kind)), h('td', {}, p.startedOn),
        h('td', {}, p.endedOn || t('case.running')), h('td', {class: 'num'}, p.workingDays), h('td', {}, p.reason || ''))))));
}

function timeline(c) {
  return h('section', {class: 'panel', id: 'case-timeline'}, h('h2', {}, t('case.timeline')),
    h('ol', {class: 'timeline'}, c.timeline.map((s) => h('li', {'data-action': s.action},
      h('time', {}, when(s.at)), ' ', h('strong', {}, label('action', s.action)), ' ',
      s.toStatus ? h('span', {class: 'meta'}, (s.fromStatus ? label('status', s.fromStatus) + ' → ' : '') + label('status', s.toStatus)) : null,
      h('span', {class: 'meta'}, ' · ' + s.actor + (s.window ? ' · ' + s.window : '')),
      s.reason ? h('div', {class: 'reason'}, s.reason) : null))));
}


/** A composite case: its steps over the departments, each a case of its own; the whole is only completed. */
function showComposite(view, c, user, message) {
  const reload = (next, done) => showComposite(view, next, user, done);
  const rows = [
    ['case.applicant', [h('span', {class: 'mono'}, c.applicant), ' ', c.applicantName || '']],
    ['case.channel', label('channel', String(c.channel).toUpperCase()) + (c.window ? ' · ' + c.window : '')],
    ['case.submitted', when(c.submittedAt)],
    ['case.promised', c.promisedDeadline || '—'],
    ['case.legal', [c.legalDeadline || '—', ' ', provisionalMark(c.provisional)]],
    ['composite.forecast', c.forecast || '—'],
    ['case.visits', String(c.visits)],
    c.closedAt ? ['composite.closed', when(c.closedAt)] : null,
  ].filter(Boolean);
  fill(view,
    h('section', {class: 'panel case-head', id: 'case', 'data-case': c.caseNumber, 'data-status': c.status, 'data-version': c.version},
      h('h1', {}, h('span', {class: 'mono'}, c.caseNumber), ' ', h('span', {class: 'badge status', id: 'case-status'},
        label('status', c.status, c.statusLabel)), ' ', h('span', {class: 'badge'}, t('composite.badge'))),
      h('p', {class: 'meta'}, c.compositeName),
      message ? h('p', {class: 'form-message ok', role: 'status', id: 'case-message'}, message) : null),
    h('div', {class: 'case-grid'},
      h('div', {},
        h('section', {class: 'panel'}, h('h2', {}, t('composite.steps')), stepsOfCase(c)),
        c.reason ? h('section', {class: 'panel'}, h('h2', {}, t('case.reason')), h('p', {id: 'case-reason'}, c.reason)) : null),
      h('div', {},
        actionsPanel(c, user, null, reload),
        h('section', {class: 'panel', id: 'case-application'}, h('h2', {}, t('composite.case')),
          h('dl', {class: 'facts'}, rows.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]))))));
}
