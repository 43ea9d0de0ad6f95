// 一窗受理 one-window intake (clerk): the applicant, any item of any department, its form and
// materials checklist, and the answer with the printable receipt. Usable with the keyboard alone:
// Enter looks up, Enter in the search picks the first item, Enter in the application submits.
import {api, seg} from './api.js';
import {t} from './i18n.js';
import {h, fill, field, debounce} from './dom.js';
import {clearErrors, formMessage, showError} from './forms.js';
import {applicantPanel} from './party.js';
import {checklist} from './materials.js';
import {applicationForm} from './formfields.js';
import {result} from './receipt.js';
import {stepsOfItem, compositeMeta} from './composite.js';
import {serving, recordCase, stopServing} from './serving.js';
import './floor-strings.js';

const WINDOW_KEY = 'hall.window';

export async function render(view, {navigate}) {
  let item = null; // the item detail
  let parts = null; // {form, materials}
  const applicant = applicantPanel(() => {
    if (item) showItem(item);
  });
  const search = h('input', {type: 'search', id: 'item-search', autocomplete: 'off', spellcheck: 'false',
    placeholder: t('item.searchPlaceholder'), 'aria-controls': 'item-results'});
  const results = h('ul', {class: 'results', id: 'item-results', role: 'list'});
  const searchForm = h('form', {class: 'search', role: 'search', novalidate: true},
    field('q', t('item.search'), search, t('item.searchHint')), results);
  const itemBox = h('div', {id: 'item'});
  const itemPanel = h('section', {class: 'panel item', 'aria-labelledby': 'item-h'},
    h('h2', {id: 'item-h'}, h('span', {class: 'step'}, '2'), t('item.title')), searchForm, itemBox);
  const layout = h('div', {class: 'intake'}, applicant.el, itemPanel);
  const ticket = serving();
  const banner = ticket ? h('p', {class: 'panel serving', id: 'serving', 'data-ticket': ticket.ticket},
    h('strong', {}, t('serving.banner', ticket.ticket, ticket.window)), ' ',
    h('a', {href: '#/window', id: 'serving-back'}, t('serving.back'))) : null;
  fill(view, h('h1', {class: 'sr-only'}, t('nav.intake')), banner, layout);
  applicant.focus();
  if (ticket && ticket.applicantNumber) applicant.lookup(ticket.applicantNumber);
  if (ticket && ticket.itemCode) pick(ticket.itemCode);

  let searched = '';
  const find = debounce(async () => {
    const q = search.value.trim();
    searched = q;
    if (!q) {
      fill(results);
      return;
    }
    try {
      const items = await api.get('items?q=' + encodeURIComponent(q));
      if (search.value.trim() !== q) return;
      fill(results, items.length === 0 ? h('li', {class: 'meta'}, t('item.none')) : items.slice(0, 30).map((i) =>
        h('li', {}, h('button', {type: 'button', class: 'pick', 'data-code': i.code, onclick: () => pick(i.code)},
          h('span', {class: 'iname'}, i.name),
          h('span', {class: 'meta'}, i.composite ? t('composite.badge') : i.departmentName, ' · ',
            t('item.limits', i.promisedLimitDays, i.legalLimitDays, t('unit.' + (i.limitUnit || 'WORKING_DAYS')))),
          i.composite ? h('span', {class: 'badge status'}, t('composite.badge')) : null,
          (i.flags || []).includes('instant') ? h('span', {class: 'badge reuse'}, t('flag.instant')) : null))),
      items.length > 30 ? h('li', {class: 'meta'}, t('item.more', items.length - 30)) : null);
      results.dataset.query = q;
    } catch (e) {
      fill(results, h('li', {class: 'err'}, e.message));
    }
  }, 150);
  search.addEventListener('input', find);
  searchForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (searched !== search.value.trim() || results.dataset.query !== search.value.trim()) {
      await waitForResults(results, search.value.trim());
    }
    const first = results.querySelector('button.pick');
    if (first) pick(first.dataset.code);
  });
  results.addEventListener('keydown', (ev) => moveFocus(ev, results, search));
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      results.querySelector('button.pick')?.focus();
    }
  });

  async function pick(code) {
    try {
      item = await api.get('items/' + seg(code));
      fill(results);
      search.value = '';
      showItem(item);
      const first = itemBox.querySelector('#application-form input, #application-form select, #materials select');
      (first || itemBox.querySelector('button[type=submit]')).focus();
    } catch (e) {
      fill(itemBox, h('p', {class: 'form-message error'}, e.message));
    }
  }

  function showItem(i) {
    const party = applicant.party();
    const form = applicationForm(i.fields);
    const materials = checklist(i.materials, party ? party.vault : []);
    parts = {form, materials};
    const windowInput = h('input', {id: 'window', maxlength: 40, value: ticket ? ticket.window : storedWindow(), autocomplete: 'off'});
    windowInput.addEventListener('change', () => storeWindow(windowInput.value.trim()));
    const mismatch = party && i.party !== 'BOTH' && i.party.toLowerCase() !== party.kind;
    const submit = h('button', {type: 'submit', class: 'primary', id: 'submit-application'}, t('intake.submit'));
    const app = h('form', {id: 'application', novalidate: true},
      h('div', {class: 'selected'},
        h('h3', {id: 'selected-item', 'data-code': i.code}, i.name),
        i.composite ? h('p', {class: 'meta'}, compositeMeta(i)) : h('p', {class: 'meta'}, i.departmentName, ' · ',
          t('item.limits', i.promisedLimitDays, i.legalLimitDays, t('unit.' + i.limitUnit)),
          i.legalBasis ? h('span', {class: 'basis'}, ' · ' + i.legalBasis) : null),
        i.composite ? stepsOfItem(i) : null,
        mismatch ? h('p', {class: 'form-message error'}, t('item.partyMismatch', t('party.kind.' + i.party.toLowerCase()))) : null),
      i.fields.length ? h('h3', {}, h('span', {class: 'step'}, '3'), t('intake.form')) : null, form.el,
      h('h3', {}, h('span', {class: 'step'}, i.fields.length ? '4' : '3'), t('intake.materials'),
        party ? '' : h('span', {class: 'meta'}, ' ' + t('intake.vaultAfterLookup'))), materials.el,
      h('div', {class: 'submit-row'}, field('window', t('intake.window'), windowInput),
        h('p', {class: 'form-message', role: 'status'}), submit));
    app.addEventListener('submit', (ev) => {
      ev.preventDefault();
      submitApplication(app, submit);
    });
    fill(itemBox, app);
  }

  async function submitApplication(app, submit) {
    clearErrors(layout);
    formMessage(app, '');
    const party = applicant.party();
    if (!party) {
      formMessage(app, t('intake.noApplicant'));
      applicant.focus();
      return;
    }
    submit.disabled = true;
    const materials = parts.materials.value();
    const body = {itemCode: item.code, applicantNumber: party.number, form: parts.form.value(), materials,
      channel: 'counter', window: app.querySelector('#window').value.trim() || null};
    try {
      await applicant.saveIfChanged();
    } catch (e) {
      submit.disabled = false;
      formMessage(app, t('intake.profileFirst'));
      return;
    }
    formMessage(app, t('intake.sending'), 'info');
    const key = crypto.randomUUID();
    try {
      const c = await post(body, key);
      showResult(c);
    } catch (e) {
      submit.disabled = false;
      const field = e.field && e.field.replace(/^materials\[(\d+)\].*$/, (m, k) => 'material:' + (materials[k] ? materials[k].code : ''));
      if (applicant.showError(e)) {
        formMessage(app, t('err.seeField'));
      } else {
        showError(app, {...e, status: e.status, message: e.message, field}, {});
      }
    }
  }

  /** A retry after a network failure sends the same Idempotency-Key: never two cases. */
  async function post(body, key) {
    try {
      return await api.post('cases', body, {'Idempotency-Key': key});
    } catch (e) {
      if (e.status !== undefined) throw e;
      return api.post('cases', body, {'Idempotency-Key': key});
    }
  }

  function showResult(c) {
    const names = {};
    item.fields.forEach((f) => {
      names[f.key] = f.label;
    });
    item.materials.forEach((m) => {
      names[m.code] = m.name;
    });
    const next = h('button', {type: 'button', id: 'next-item', class: 'primary'}, t('intake.nextItem'));
    next.addEventListener('click', () => {
      item = null;
      fill(itemBox);
      resultBox.remove();
      search.focus();
    });
    const nextApplicant = h('button', {type: 'button', id: 'next-applicant'}, t('intake.nextApplicant'));
    nextApplicant.addEventListener('click', () => {
      stopServing();
      item = null;
      fill(itemBox);
      resultBox.remove();
      applicant.reset();
      applicant.focus();
    });
    const actions = [];
    if (c.receipt) actions.push(h('button', {type: 'button', id: 'print-receipt', onclick: () => window.print()}, t('intake.print')));
    if (c.status === 'SUPPLEMENT_REQUESTED') {
      actions.push(h('button', {type: 'button', id: 'open-case', onclick: () => navigate('case', c.caseNumber)}, t('intake.toCase')));
      parts.materials.markFindings(c.findings);
    }
    actions.push(next, nextApplicant);
    const resultBox = result(c, names, actions);
    if (serving() && c.caseNumber) {
      recordCase(c.caseNumber).then((tk) => {
        if (tk && banner) fill(banner, h('strong', {}, t('serving.recorded', tk.ticket)), ' ',
          h('a', {href: '#/window', id: 'serving-back'}, t('serving.back')));
        if (banner) banner.dataset.recorded = tk ? tk.ticket : '';
      }, (e) => {
        if (banner) banner.append(' ', h('span', {class: 'err'}, e.message));
      });
    }
    const app = itemBox.querySelector('#application');
    app.querySelectorAll('input, select, button').forEach((el) => {
      el.disabled = true;
    });
    // accepted: the receipt is what matters; otherwise the application stays in view with the findings marked
    const answered = c.status === 'SUPPLEMENT_REQUESTED' || c.status === 'NOT_ACCEPTED';
    fill(itemBox, resultBox, answered ? app : null);
    resultBox.focus();
  }
}

function waitForResults(results, q) {
  return new Promise((resolve) => {
    const deadline = Date.now() + 3000;
    const poll = () => (results.dataset.query === q || Date.now() > deadline ? resolve() : setTimeout(poll, 30));
    poll();
  });
}

function moveFocus(ev, results, search) {
  if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
  const buttons = Array.from(results.querySelectorAll('button.pick'));
  const i = buttons.indexOf(document.activeElement);
  if (i < 0) return;
  ev.preventDefault();
  if (ev.key === 'ArrowUp' && i === 0) search.focus();
  else buttons[Math.max(0, Math.min(buttons.length - 1, i + (ev.key === 'ArrowDown' ? 1 : -1)))].focus();
}

function storedWindow() {
  try {
    return localStorage.getItem(WINDOW_KEY) || '';
  } catch (e) {
    return '';
  }
}

function storeWindow(w) {
  try {
    localStorage.setItem(WINDOW_KEY, w);
  } catch (e) {
    // not remembered
  }
}
