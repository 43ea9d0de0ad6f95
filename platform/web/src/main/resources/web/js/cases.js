// Case lists. An approver sees the work queue of their department: open cases, the nearest
// deadline first, coloured green/yellow/red/overdue, with the department's warnings and
// accountability records below. Clerks and supervisors filter any department.
import {api} from './api.js';
import {t, label, when} from './i18n.js';
import {h, fill, field} from './dom.js';
import {colourBadge, notifications, accountability, section} from './sla.js';
import {provisionalMark} from './provisional.js';
import {preReviewList} from './prereview.js';

const ORDER = {OVERDUE: 0, RED: 1, YELLOW: 2, GREEN: 3, PAUSED: 4, NOT_STARTED: 5, CLOSED: 6};

export async function render(view, {user, params}) {
  const own = user.roles.filter((r) => r.startsWith('dept:')).map((r) => r.slice(5));
  const approverOnly = user.roles.includes('approver') && !['clerk', 'supervisor', 'admin'].some((r) => user.roles.includes(r));
  const departments = (await api.get('departments')).filter((d) => d.status !== 'REFUSED');
  const name = (code) => (departments.find((d) => d.code === code) || {name: code}).name;
  const choices = approverOnly ? own.map((c) => [c, name(c)]) : [['', t('cases.allDepartments')],
    ...departments.map((d) => [d.code, d.name])];
  const chosen = params[0] && choices.some(([c]) => c === params[0]) ? params[0] : choices[0][0];
  const dept = h('select', {id: 'queue-department'}, choices.map(([c, n]) => h('option', {value: c, selected: c === chosen}, n)));
  const open = h('input', {type: 'checkbox', id: 'queue-open', checked: true});
  const tableBox = h('div', {id: 'queue-box'});
  const slaBox = h('div', {id: 'queue-sla'});
  fill(view, h('section', {class: 'panel'},
    h('h1', {}, t(approverOnly ? 'cases.queueTitle' : 'cases.title')),
    h('form', {class: 'filters', novalidate: true, onsubmit: (ev) => ev.preventDefault()},
      field('department', t('cases.department'), dept),
      h('label', {class: 'check-label'}, open, ' ', t('cases.openOnly'))),
    tableBox), slaBox);
  // clerks of the back office: the online applications waiting for pre-review come first
  // (a hall without the online module answers 400 for the status: no list then)
  const preReview = user.roles.includes('clerk') ? await preReviewList().catch(() => null) : null;
  if (preReview) view.prepend(preReview);
  const load = async () => {
    const q = new URLSearchParams({order: 'deadline', limit: '500'});
    if (dept.value) q.set('department', dept.value);
    if (open.checked) q.set('open', 'true');
    await section(tableBox, () => api.get('cases?' + q), table);
    if (!approverOnly) {
      // 并联审批: one application, several departments; each step's sub-case is in the list above
      const list = h('div');
      fill(slaBox, h('section', {class: 'panel'}, h('h2', {}, t('cases.composites')), list));
      await section(list, () => api.get('composites/cases?limit=200' + (open.checked ? '&open=true' : '')), composites);
    }
    if (approverOnly && dept.value) {
      const d = encodeURIComponent(dept.value);
      const warn = h('div');
      const acc = h('div');
      fill(slaBox, h('section', {class: 'panel'}, h('h2', {}, t('sla.warnings')), warn),
        h('section', {class: 'panel'}, h('h2', {}, t('acc.title')), acc));
      await Promise.all([section(warn, () => api.get('sla/notifications?department=' + d + '&limit=50'), notifications),
        section(acc, () => api.get('sla/accountability?department=' + d), (list) => accountability(list, user, load))]);
    }
  };
  dept.addEventListener('change', load);
  open.addEventListener('change', load);
  await load();
}

function table(list) {
  const rows = [...list].sort((a, b) => days(a) - days(b) || rank(a) - rank(b) || a.caseNumber.localeCompare(b.caseNumber));
  if (!rows.length) return h('p', {class: 'meta', id: 'queue-empty'}, t('cases.none'));
  return h('table', {class: 'grid queue', id: 'queue'},
    h('caption', {class: 'meta'}, t('cases.count', rows.length)),
    h('thead', {}, h('tr', {}, ['cases.sla', 'cases.number', 'cases.item', 'cases.applicant', 'cases.status', 'cases.accepted',
      'cases.promised', 'cases.legal'].map((k) => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, rows.map((c) => h('tr', {class: 'sla-row ' + (c.sla ? c.sla.colour.toLowerCase() : ''), 'data-case': c.caseNumber,
      'data-colour': c.sla ? c.sla.colour : ''},
    h('td', {}, colourBadge(c.sla)),
    h('td', {}, h('a', {href: '#/case/' + encodeURIComponent(c.caseNumber), class: 'mono'}, c.caseNumber)),
    h('td', {}, c.itemName), h('td', {}, h('span', {class: 'mono'}, c.applicant), ' ', c.applicantName || ''),
    h('td', {}, label('status', c.status, c.statusLabel)), h('td', {}, when(c.acceptedAt)),
    h('td', {}, c.promisedDeadline || '', ' ', provisionalMark(c.sla && c.sla.promisedProvisional)),
    h('td', {}, c.legalDeadline || '', ' ', provisionalMark(c.sla && c.sla.legalProvisional))))));
}

function composites(list) {
  if (!list.length) return h('p', {class: 'meta', id: 'composite-cases-empty'}, t('cases.none'));
  return h('table', {class: 'grid', id: 'composite-cases'},
    h('thead', {}, h('tr', {}, ['cases.number', 'cases.item', 'cases.applicant', 'cases.status', 'cases.accepted',
      'cases.promised', 'composite.forecast'].map((k) => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, list.map((c) => h('tr', {'data-case': c.caseNumber},
      h('td', {}, h('a', {href: '#/case/' + encodeURIComponent(c.caseNumber), class: 'mono'}, c.caseNumber)),
      h('td', {}, c.compositeName, ' ', h('span', {class: 'badge'}, t('composite.badge'))),
      h('td', {}, h('span', {class: 'mono'}, c.applicant), ' ', c.applicantName || ''),
      h('td', {}, c.statusLabel || c.status), h('td', {}, c.acceptedOn || ''),
      h('td', {}, c.promisedDeadline || '', ' ', provisionalMark(c.provisional)), h('td', {}, c.forecast || '')))));
}

const rank = (c) => (c.sla ? ORDER[c.sla.colour] ?? 9 : 9);
const days = (c) => (c.sla && c.sla.remainingPromisedDays !== null && c.sla.remainingPromisedDays !== undefined
  ? c.sla.remainingPromisedDays : 99999);
