// 并联审批 composite items and cases: the steps over several departments, each with its own sub-case.
import {t, label} from './i18n.js';
import {h} from './dom.js';
import {colourBadge} from './sla.js';
import {provisionalMark} from './provisional.js';

/** The steps of a composite item, with what each waits for. */
export function stepsOfItem(item) {
  const names = {};
  item.steps.forEach((s) => {
    names[s.id] = s.itemName;
  });
  return h('ol', {class: 'steps', id: 'composite-steps'}, item.steps.map((s) => h('li', {'data-step': s.id},
    h('strong', {}, s.itemName), ' ', h('span', {class: 'meta'}, s.departmentName + ' · ' + t('item.limits', s.promisedLimitDays,
      s.legalLimitDays, t('unit.WORKING_DAYS'))), ' ',
    h('span', {class: 'badge'}, s.dependsOn.length ? t('composite.after', s.dependsOn.map((d) => names[d] || d).join('、'))
      : t('composite.parallel')))));
}

/** @return the one-line summary of a composite item */
export function compositeMeta(item) {
  const departments = new Set(item.steps.map((s) => s.department)).size;
  return t('composite.meta', departments, item.promisedLimitDays, item.sequentialPromisedDays);
}

/** The steps of a composite case with their sub-cases (links) and clocks. */
export function stepsOfCase(c) {
  return h('table', {class: 'grid small', id: 'composite-case-steps'},
    h('thead', {}, h('tr', {}, ['composite.step', 'cases.department', 'composite.stepStatus', 'composite.subcase', 'cases.sla',
      'composite.forecast'].map((k) => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, c.steps.map((s) => h('tr', {'data-step': s.id, 'data-case': s.caseNumber || ''},
      h('td', {}, s.itemName), h('td', {}, s.departmentName),
      h('td', {}, label('step', s.status), s.caseStatus ? h('span', {class: 'meta'}, ' · ' + label('status', s.caseStatus, s.caseStatusLabel)) : null,
        s.message ? h('div', {class: 'meta'}, s.message) : null),
      h('td', {}, s.caseNumber ? h('a', {href: '#/case/' + encodeURIComponent(s.caseNumber), class: 'mono'}, s.caseNumber) : '—'),
      h('td', {}, s.sla ? colourBadge(s.sla) : ''), h('td', {}, s.doneOn || s.forecast || '', ' ',
        provisionalMark(!s.doneOn && s.sla && (s.sla.promisedProvisional || s.sla.legalProvisional)))))));
}
