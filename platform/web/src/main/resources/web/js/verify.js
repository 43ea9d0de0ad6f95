// Identity verification at the window (实名核验): the clerk has checked the person's ID card in
// person and says so; the person's online account is verified from then on and may apply online.
import {api, seg} from './api.js';
import './online-strings.js';
import {t} from './i18n.js';
import {h} from './dom.js';
import {formMessage, describe} from './forms.js';

/** @param number a person's resident ID number @return the action's form */
export function verifyIdentity(number) {
  const confirm = h('p', {hidden: true, id: 'verify-confirm'}, t('verify.confirm'));
  const button = h('button', {type: 'submit', id: 'verify-identity'}, t('verify.action'));
  const form = h('form', {class: 'verify-form', id: 'verify-form', novalidate: true},
    confirm, h('p', {class: 'form-message', role: 'status'}), h('div', {class: 'actions'}, button));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (confirm.hidden) {
      confirm.hidden = false;
      return;
    }
    button.disabled = true;
    try {
      await api.post('parties/' + seg(number) + '/identity-verification', {method: 'id-card'});
      confirm.hidden = true;
      formMessage(form, t('verify.done'), 'ok');
    } catch (e) {
      button.disabled = false;
      formMessage(form, describe(e));
    }
  });
  return form;
}
