// The public progress page: case number and the last four characters of the applicant's number
// → status, deadlines and the steps, without personal data. No login.
import {api, seg} from './api.js';
import {t, translate, lang, setLang, label, when} from './i18n.js';
import {h, fill, $} from './dom.js';
import {provisionalMark} from './provisional.js';
import {clearErrors, fieldError, formMessage, describe} from './forms.js';

const form = $('#progress-form');
const number = $('#progress-number');
const suffix = $('#progress-suffix');
const out = $('#progress-result');
let last = null;

function header() {
  translate();
  $('#lang').textContent = lang() === 'en' ? '中文' : 'English';
}

$('#lang').addEventListener('click', () => {
  setLang(lang() === 'en' ? 'zh' : 'en');
  header();
  if (last) show(last);
});

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  clearErrors(form);
  formMessage(form, '');
  const n = number.value.trim().toUpperCase();
  const s = suffix.value.trim().toUpperCase();
  if (!n) {
    fieldError(form, 'number', t('progress.numberMissing'));
    number.focus();
    return;
  }
  if (s.length !== 4) {
    fieldError(form, 'suffix', t('progress.suffixMissing'));
    suffix.focus();
    return;
  }
  try {
    last = await api.get('progress/' + seg(n) + '?suffix=' + encodeURIComponent(s));
    history.replaceState(null, '', '?case=' + encodeURIComponent(n));
    show(last);
  } catch (e) {
    last = null;
    fill(out);
    if (e.status === 404) formMessage(form, t('progress.notFound'));
    else if (e.field === 'suffix') fieldError(form, 'suffix', e.message);
    else formMessage(form, describe(e));
  }
});

function show(p) {
  fill(out, h('article', {class: 'panel progress', id: 'progress', 'data-status': p.status},
    h('h2', {}, p.itemName),
    h('p', {class: 'meta'}, p.departmentName),
    h('dl', {class: 'facts'},
      h('dt', {}, t('progress.case')), h('dd', {class: 'mono'}, p.caseNumber),
      h('dt', {}, t('progress.status')), h('dd', {}, h('span', {class: 'badge status', id: 'progress-status'}, label('status', p.status, p.statusLabel))),
      h('dt', {}, t('progress.accepted')), h('dd', {}, when(p.acceptedAt) || '—'),
      h('dt', {}, t('progress.promised')), h('dd', {}, p.promisedDeadline || '—'),
      h('dt', {}, t('progress.legal')), h('dd', {}, p.legalDeadline || '—', ' ', provisionalMark(p.provisional))),
    p.provisional ? h('p', {class: 'provisional-note', id: 'progress-provisional'}, t('provisional.note')) : null,
    p.parts && p.parts.length ? [h('h3', {}, t('progress.parts')), h('table', {class: 'grid small', id: 'progress-parts'},
      h('tbody', {}, p.parts.map((part) => h('tr', {}, h('td', {}, part.itemName, h('div', {class: 'meta'}, part.departmentName)),
        h('td', {}, label('step', part.status), part.caseStatusLabel ? h('div', {class: 'meta'}, part.caseStatusLabel) : null)))))] : null,
    h('h3', {}, t('progress.steps')),
    h('ol', {class: 'timeline', id: 'progress-steps'}, p.steps.map((s) => h('li', {},
      h('time', {}, when(s.at)), ' ', h('strong', {}, label('action', s.action)),
      s.status ? h('span', {class: 'meta'}, ' → ' + label('status', s.status)) : null)))));
  document.body.dataset.view = 'progress-shown';
}

header();
const preset = new URLSearchParams(location.search).get('case');
if (preset) {
  number.value = preset;
  suffix.focus();
} else {
  number.focus();
}
document.body.dataset.view = 'progress';
performance.mark('hall-ready');
