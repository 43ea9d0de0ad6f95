// 网上预审 (online pre-review) for clerks of the back office: the online applications waiting,
// oldest first, coloured by the pre-review limit; and on a case, the decision — accept (the legal
// and promised clocks start), ask for a supplement (which fields and materials) or reject (reason).
import {api, seg} from './api.js';
import './online-strings.js';
import {t, label} from './i18n.js';
import {at as when} from './hallzone.js';
import {h, fill, field} from './dom.js';
import {clearErrors, fieldError, formMessage, showError} from './forms.js';

const dueOf = (c) => c.preReviewDue || null;
const since = (c) => c.submittedAt || '';

/** The list of online applications waiting for pre-review; @return its section */
export async function preReviewList() {
  // GET /pre-reviews: oldest first, each with its colour against the pre-review limit (green, yellow = due today, red = overdue)
  const list = await api.get('pre-reviews');
  const rows = [...list].sort((a, b) => since(a).localeCompare(since(b)) || a.caseNumber.localeCompare(b.caseNumber));
  return h('section', {class: 'panel', id: 'prereview'}, h('h2', {}, t('prereview.title'), ' ', h('span', {class: 'meta'}, t('prereview.count', rows.length))),
    rows.length ? h('table', {class: 'grid queue', id: 'prereview-list'},
      h('thead', {}, h('tr', {}, [t('cases.sla'), t('cases.number'), t('cases.item'), t('cases.applicant'), t('prereview.submitted'),
        t('prereview.due')].map((k) => h('th', {scope: 'col'}, k)))),
      h('tbody', {}, rows.map((c) => {
        const colour = String(c.colour || '').toUpperCase();
        return h('tr', {class: 'sla-row ' + colour.toLowerCase(), 'data-case': c.caseNumber, 'data-colour': colour},
          h('td', {}, colour ? h('span', {class: 'badge sla ' + colour.toLowerCase()}, label('colour', colour)) : ''),
          h('td', {}, h('a', {href: '#/case/' + encodeURIComponent(c.caseNumber), class: 'mono'}, c.caseNumber)),
          h('td', {}, c.itemName, h('div', {class: 'meta'}, c.departmentName || c.department || '')), h('td', {}, c.applicantName || '', c.channel ? h('div', {class: 'meta'}, c.channel) : null),
          h('td', {}, when(since(c))), h('td', {}, when(dueOf(c))));
      }))) : h('p', {class: 'meta', id: 'prereview-none'}, t('prereview.none')));
}

/**
 * The pre-review decision on a case in PRE_REVIEW.
 * @param reload called with the case after the decision and a message
 */
export function preReviewPanel(c, item, reload) {
  const decision = h('select', {id: 'prereview-decision'}, ['accept', 'supplement', 'reject'].map((d) =>
    h('option', {value: d}, t('prereview.' + d))));
  const fieldBoxes = (item ? item.fields : []).map((f) => h('label', {class: 'check-label'},
    h('input', {type: 'checkbox', value: f.key, 'data-kind': 'field', id: 'prereview-field-' + f.key}), ' ', f.label));
  const matBoxes = (item ? item.materials : []).map((m) => h('label', {class: 'check-label'},
    h('input', {type: 'checkbox', value: m.code, 'data-kind': 'material', id: 'prereview-material-' + m.code}), ' ', m.name));
  const reason = h('textarea', {id: 'prereview-reason', rows: 2, maxlength: 500});
  const choose = h('div', {id: 'prereview-choose', hidden: true},
    h('div', {class: 'row', 'data-field': 'fields'}, h('span', {}, t('prereview.fields')), h('div', {}, fieldBoxes), h('span', {class: 'err'})),
    h('div', {class: 'row', 'data-field': 'materials'}, h('span', {}, t('prereview.materials')), h('div', {}, matBoxes), h('span', {class: 'err'})));
  const form = h('form', {class: 'panel action-form', id: 'prereview-form', novalidate: true},
    h('h2', {}, t('prereview.title'), ' ', dueOf(c) ? h('span', {class: 'meta'}, t('prereview.due'), ' ', when(dueOf(c))) : null),
    field('decision', t('prereview.title'), decision), choose, field('reason', t('prereview.reason'), reason),
    h('p', {class: 'form-message', role: 'status'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'prereview-submit'}, t('action.confirm', ''))));
  decision.addEventListener('change', () => {
    choose.hidden = decision.value !== 'supplement';
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const body = {decision: decision.value};
    if (reason.value.trim()) body.reason = reason.value.trim();
    if (decision.value === 'supplement') {
      // form fields and material codes in one list: they come back to the applicant as `missing`
      body.fields = [...fieldBoxes, ...matBoxes].map((l) => l.firstChild).filter((i) => i.checked).map((i) => i.value);
      if (!body.fields.length) {
        formMessage(form, t('prereview.chooseSome'));
        return;
      }
    }
    if (decision.value !== 'accept' && !body.reason) {
      fieldError(form, 'reason', t('prereview.reasonMissing'));
      reason.focus();
      return;
    }
    const button = form.querySelector('#prereview-submit');
    button.disabled = true;
    try {
      await api.post('cases/' + seg(c.caseNumber) + '/pre-review', body);
      reload(await api.get('cases/' + seg(c.caseNumber)), t('prereview.done', t('prereview.' + decision.value)));
    } catch (e) {
      button.disabled = false;
      showError(form, e);
    }
  });
  return form;
}

/**
 * 邮寄送达: an approved online case whose applicant chose the post is marked posted with the
 * tracking number (the case completes, the applicant gets the number by message). The API answers
 * 409 when the applicant chose another delivery.
 */
export function postedPanel(c, reload) {
  const tracking = h('input', {id: 'posted-tracking', class: 'mono', maxlength: 40, autocomplete: 'off', spellcheck: 'false'});
  const form = h('form', {class: 'panel action-form', id: 'posted-form', novalidate: true},
    h('h2', {}, t('posted.title')), field('trackingNumber', t('posted.tracking'), tracking),
    h('p', {class: 'form-message', role: 'status'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'posted-submit'}, t('posted.submit'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    if (!tracking.value.trim()) {
      fieldError(form, 'trackingNumber', t('posted.missing'));
      tracking.focus();
      return;
    }
    try {
      await api.post('cases/' + seg(c.caseNumber) + '/posted', {trackingNumber: tracking.value.trim()});
      reload(await api.get('cases/' + seg(c.caseNumber)), t('posted.done', tracking.value.trim()));
    } catch (e) {
      showError(form, e);
    }
  });
  return form;
}
