// The decisions on a case, offered only to those who may take them in the case's state:
// approvers of the case's department review, approve, deny, ask for a supplement, suspend and
// resume; clerks take supplements, complete (any delivery) and withdraw; approvers complete by post or
// electronically (a result collected at the window is handed over by a clerk); supervisors extend. 409 (state or
// concurrent change), 422 (the department's rules) and 503 (department stopped) are shown as the API says.
import {api, seg} from './api.js';
import {t} from './i18n.js';
import {h, fill, field} from './dom.js';
import {clearErrors, fieldError, formMessage, showError, describe} from './forms.js';
import {checklist} from './materials.js';
import {applicationForm} from './formfields.js';

const OPEN = ['SUPPLEMENT_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SUSPENDED'];
const SPECS = [
  ['review', 'approver', ['ACCEPTED'], []],
  ['approve', 'approver', ['UNDER_REVIEW'], []],
  ['deny', 'approver', ['UNDER_REVIEW'], ['reason']],
  ['request-supplement', 'approver', ['UNDER_REVIEW'], ['reason']],
  ['suspend', 'approver', ['UNDER_REVIEW'], ['procedure', 'reason']],
  ['resume', 'approver', ['SUSPENDED'], []],
  ['supplement', 'clerk', ['SUPPLEMENT_REQUESTED'], ['supplement', 'window']],
  ['complete', 'completer', ['APPROVED'], ['delivery', 'window']],
  ['withdraw', 'clerk', OPEN, ['reason', 'window']],
  ['extend', 'supervisor', OPEN, ['reason', 'days']],
];
const REQUIRED = {deny: ['reason'], 'request-supplement': ['reason'], suspend: ['procedure', 'reason'], complete: ['delivery'],
  extend: ['reason', 'days'], withdraw: ['reason']};

function may(who, c, user) {
  const approver = user.roles.includes('approver') && user.roles.includes('dept:' + c.department);
  if (who === 'approver') return approver;
  if (who === 'completer') return approver || user.roles.includes('clerk');
  return user.roles.includes(who);
}

/** @param reload called with the case after an action and a message */
export function actionsPanel(c, user, item, reload) {
  const available = SPECS.filter(([name, who, from]) => from.includes(c.status) && may(who, c, user));
  const work = h('div', {id: 'action-form'});
  const message = h('p', {class: 'form-message', role: 'status', id: 'action-message'});
  const buttons = available.map(([name, , , inputs]) => h('button', {type: 'button', id: 'action-' + name,
    class: name === 'approve' || name === 'review' ? 'primary' : name === 'deny' ? 'danger' : '',
    onclick: () => (inputs.length ? open(name, inputs) : run(name, {}, null))}, t('action.' + name)));
  const panel = h('section', {class: 'panel actions-panel', id: 'case-actions'}, h('h2', {}, t('case.actions')),
    available.length ? h('div', {class: 'actions'}, buttons) : h('p', {class: 'meta', id: 'no-actions'}, t('case.noActions')),
    message, work);

  function open(name, inputs) {
    const controls = {};
    const rows = [];
    let supplement = null;
    for (const key of inputs) {
      if (key === 'supplement') {
        supplement = supplementParts(c, item);
        rows.push(supplement.el);
        continue;
      }
      controls[key] = control(key, name, user);
      rows.push(field(key, t('input.' + key) + ((REQUIRED[name] || []).includes(key) ? ' *' : ''), controls[key]));
    }
    const form = h('form', {class: 'action-form', novalidate: true, 'data-action': name},
      h('h3', {}, t('action.' + name)), rows, h('p', {class: 'form-message', role: 'status'}),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: name === 'deny' ? 'danger' : 'primary', id: 'confirm-' + name},
        t('action.confirm', t('action.' + name))),
      h('button', {type: 'button', onclick: () => fill(work)}, t('action.cancel'))));
    form.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') fill(work);
    });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      clearErrors(form);
      const body = {};
      for (const [key, el] of Object.entries(controls)) {
        const v = el.value.trim();
        if (v) body[key] = key === 'days' ? Number(v) : v;
      }
      const missing = (REQUIRED[name] || []).filter((k) => !body[k]);
      if (missing.length) {
        missing.forEach((k) => fieldError(form, k, t('input.missing')));
        controls[missing[0]].focus();
        return;
      }
      if (supplement) Object.assign(body, supplement.value());
      run(name, body, form);
    });
    fill(work, form);
    (form.querySelector('input, select, textarea'))?.focus();
  }

  async function run(name, body, form) {
    formMessage(panel, '');
    const target = form || panel;
    panel.querySelectorAll('button').forEach((b) => {
      b.disabled = true;
    });
    try {
      const next = await api.post('cases/' + seg(c.caseNumber) + '/' + name, {...body, version: c.version});
      reload(next, t('action.done', t('action.' + name)));
    } catch (e) {
      panel.querySelectorAll('button').forEach((b) => {
        b.disabled = false;
      });
      const sent = body.materials || [];
      const field = e.field && e.field.replace(/^materials\[(\d+)\].*$/, (m, k) => 'material:' + (sent[k] ? sent[k].code : ''));
      if (form) showError(form, {status: e.status, message: e.message, field});
      else formMessage(panel, describe(e));
      if (e.status === 409) {
        const again = h('button', {type: 'button', id: 'reload-case'}, t('case.reload'));
        again.addEventListener('click', async () => reload(await api.get('cases/' + seg(c.caseNumber)), null));
        (target.querySelector('.form-message') || message).append(' ', again);
      }
    }
  }

  return panel;
}

function control(key, action, user) {
  if (key === 'procedure') {
    return h('select', {id: 'input-procedure'}, h('option', {value: ''}, t('form.choose')),
      ['HEARING', 'TESTING', 'EXPERT_REVIEW', 'OTHER'].map((p) => h('option', {value: p}, t('pause.' + p))));
  }
  if (key === 'delivery') {
    // only a clerk hands a result over at the window; a department's approver posts it or issues it electronically
    const ways = user.roles.includes('clerk') ? ['WINDOW', 'MAIL', 'ELECTRONIC'] : ['MAIL', 'ELECTRONIC'];
    return h('select', {id: 'input-delivery'}, h('option', {value: ''}, t('form.choose')),
      ways.map((p) => h('option', {value: p}, t('delivery.' + p))));
  }
  if (key === 'reason') return h('textarea', {id: 'input-reason', rows: 3, maxlength: 2000});
  if (key === 'days') return h('input', {id: 'input-days', inputmode: 'numeric', maxlength: 2});
  return h('input', {id: 'input-' + key + '-' + action, maxlength: 40});
}

/** What a supplement may bring: the materials and fields the findings name (all, when they name none). */
function supplementParts(c, item) {
  if (!item) return {el: h('p', {class: 'meta'}, t('case.itemGone')), value: () => ({})};
  const subjects = (c.findings || []).map((f) => f.subject).filter(Boolean);
  const codes = item.materials.map((m) => m.code).filter((code) => subjects.includes(code));
  const keys = item.fields.map((f) => f.key).filter((k) => subjects.includes(k));
  const materials = checklist(item.materials, [], codes.length || keys.length ? codes : null);
  const form = keys.length ? applicationForm(item.fields, keys) : null;
  return {
    el: h('div', {class: 'supplement'}, form ? form.el : null, materials.el),
    value: () => ({materials: materials.value(), ...(form ? {form: form.value()} : {})}),
  };
}
