// 阳光办 pieces shown on several screens: the colour badge of a case, deadline warnings, and the
// accountability records (问责/倒查) with explain (the department's approver) and close (a supervisor).
import {api, seg} from './api.js';
import {t, label, when} from './i18n.js';
import {h, fill, field} from './dom.js';
import {clearErrors, showError, formMessage} from './forms.js';

/** The colour of a case with its remaining working days, in words as well as colour. */
export function colourBadge(sla) {
  if (!sla) return h('span', {class: 'badge'}, '—');
  const days = sla.remainingPromisedDays;
  const text = label('colour', sla.colour) + (days !== null && days !== undefined && !['CLOSED', 'NOT_STARTED'].includes(sla.colour)
    ? ' · ' + (days < 0 ? t('sla.late', -days) : t('sla.left', days)) : '');
  return h('span', {class: 'badge sla ' + sla.colour.toLowerCase(), 'data-colour': sla.colour}, text);
}

/** A table of deadline warnings. */
export function notifications(list) {
  if (!list.length) return h('p', {class: 'meta', id: 'notifications'}, t('sla.noWarnings'));
  return h('table', {class: 'grid', id: 'notifications'},
    h('thead', {}, h('tr', {}, ['sla.at', 'sla.case', 'sla.rung', 'sla.recipient', 'sla.message'].map((k) => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, list.map((n) => h('tr', {class: 'rung-' + n.rung.toLowerCase()},
      h('td', {}, when(n.at)), h('td', {}, h('a', {href: '#/case/' + encodeURIComponent(n.caseNumber), class: 'mono'}, n.caseNumber)),
      h('td', {}, h('span', {class: 'badge sla ' + n.rung.toLowerCase()}, label('colour', n.rung))),
      h('td', {}, n.recipient), h('td', {}, n.message)))));
}

/**
 * Accountability records with their holders; each OPEN record of the user's department gets an
 * explain form (approver), each EXPLAINED record a close button (supervisor).
 */
export function accountability(list, user, reload) {
  const approverFor = (d) => user.roles.includes('approver') && user.roles.includes('dept:' + d);
  const supervisor = user.roles.includes('supervisor');
  if (!list.length) return h('p', {class: 'meta', id: 'accountability'}, t('acc.none'));
  return h('div', {id: 'accountability', class: 'records'}, list.map((a) => {
    const box = h('article', {class: 'record ' + a.status.toLowerCase(), 'data-record': a.id, 'data-status': a.status},
      h('h4', {}, h('a', {href: '#/case/' + encodeURIComponent(a.caseNumber), class: 'mono'}, a.caseNumber), ' ', a.itemName, ' ',
        h('span', {class: 'badge acc-' + a.status.toLowerCase()}, label('acc', a.status))),
      h('p', {class: 'meta'}, t('acc.opened', when(a.openedAt), a.department)),
      h('table', {class: 'grid small'}, h('thead', {}, h('tr', {}, ['acc.state', 'acc.holder', 'acc.from', 'acc.to', 'acc.days']
        .map((k) => h('th', {scope: 'col'}, t(k))))),
      h('tbody', {}, a.holders.map((x) => h('tr', {}, h('td', {}, label('status', x.state)), h('td', {}, x.holder),
        h('td', {}, when(x.from)), h('td', {}, when(x.to)), h('td', {class: 'num'}, x.workingDays))))),
      a.explanation ? h('p', {class: 'explanation'}, h('strong', {}, t('acc.explanation') + '：'), a.explanation,
        h('span', {class: 'meta'}, ' — ' + (a.explainedBy || ''))) : null,
      a.closedBy ? h('p', {class: 'meta'}, t('acc.closed', a.closedBy, when(a.closedAt))) : null);
    if (a.status === 'OPEN' && approverFor(a.department)) box.append(explainForm(a, reload));
    if (a.status === 'EXPLAINED' && supervisor) box.append(closeForm(a, reload));
    return box;
  }));
}

function explainForm(a, reload) {
  const text = h('textarea', {rows: 2, maxlength: 2000, id: 'explain-' + a.id});
  const form = h('form', {class: 'inline', novalidate: true}, field('explanation', t('acc.explainLabel'), text),
    h('p', {class: 'form-message', role: 'status'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'explain-submit-' + a.id}, t('acc.explain'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    if (!text.value.trim()) {
      formMessage(form, t('acc.explainMissing'));
      text.focus();
      return;
    }
    try {
      await api.post('sla/accountability/' + seg(a.id) + '/explain', {explanation: text.value.trim()});
      reload();
    } catch (e) {
      showError(form, e);
    }
  });
  return form;
}

function closeForm(a, reload) {
  const form = h('form', {class: 'inline', novalidate: true}, h('p', {class: 'form-message', role: 'status'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'close-record-' + a.id}, t('acc.close'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await api.post('sla/accountability/' + seg(a.id) + '/close');
      reload();
    } catch (e) {
      showError(form, e);
    }
  });
  return form;
}

/** Loads a section's data into box, showing an error in place of the section when it fails. */
export async function section(box, load, show) {
  try {
    fill(box, show(await load()));
  } catch (e) {
    if (e.status === 401) throw e;
    fill(box, h('p', {class: 'form-message error'}, e.message));
  }
}
