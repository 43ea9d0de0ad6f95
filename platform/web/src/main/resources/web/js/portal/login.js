// Login to the online hall: ID number + mobile phone → a 6-digit code by SMS (at most one a minute)
// → the session (an HttpOnly cookie). The code is typed, never kept by the page.
import {t} from '../i18n.js';
import {h, fill, field} from '../dom.js';
import {clearErrors, fieldError, formMessage, showError} from '../forms.js';
import {online, maskPhone, rememberNumber} from './online.js';

const ID = /^\d{17}[\dX]$/;
const PHONE = /^1\d{10}$/;
let resendAt = 0;

export async function render(view, {notice, loggedIn}) {
  const number = h('input', {id: 'login-number', class: 'mono', autocomplete: 'off', spellcheck: 'false', maxlength: 18,
    autocapitalize: 'characters'});
  const phone = h('input', {id: 'login-phone', type: 'tel', inputmode: 'numeric', autocomplete: 'tel', maxlength: 11});
  const code = h('input', {id: 'login-code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6, class: 'mono'});
  const send = h('button', {type: 'button', id: 'login-send'}, t('login.sendCode'));
  const form = h('form', {class: 'panel login', id: 'portal-login', novalidate: true},
    h('h1', {}, t('login.portalTitle')),
    h('p', {class: 'meta'}, t('login.portalIntro')),
    h('p', {class: 'form-message' + (notice ? ' info' : ''), role: 'status'}, notice || ''),
    field('number', t('login.number'), number),
    field('phone', t('login.phone'), phone),
    h('div', {class: 'row', 'data-field': 'code'}, h('label', {for: 'login-code'}, t('login.code')),
      h('div', {class: 'code-row'}, code, send), h('span', {class: 'err', role: 'alert'})),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'login-submit'}, t('login.doLogin'))));

  const values = () => ({n: number.value.trim().toUpperCase(), p: phone.value.trim()});
  const check = ({n, p}) => {
    clearErrors(form);
    if (!ID.test(n)) {
      fieldError(form, 'number', t('login.badNumber'));
      number.focus();
      return false;
    }
    if (!PHONE.test(p)) {
      fieldError(form, 'phone', t('login.badPhone'));
      phone.focus();
      return false;
    }
    return true;
  };
  const tick = () => {
    const left = Math.ceil((resendAt - Date.now()) / 1000);
    send.disabled = left > 0;
    send.textContent = left > 0 ? t('login.resend', left) : t('login.sendCode');
    if (left > 0) setTimeout(tick, 1000);
  };

  send.addEventListener('click', async () => {
    const v = values();
    if (!check(v)) return;
    send.disabled = true;
    try {
      await online.sendCode(v.n, v.p);
      resendAt = Date.now() + 60000;
      formMessage(form, t('login.codeSent', maskPhone(v.p)), 'ok');
      code.focus();
    } catch (e) {
      send.disabled = false;
      showError(form, e);
      return;
    }
    tick();
  });

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const v = values();
    if (!check(v)) return;
    if (!/^\d{6}$/.test(code.value.trim())) {
      fieldError(form, 'code', t('login.badCode'));
      code.focus();
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await online.login(v.n, v.p, code.value.trim());
      rememberNumber(v.n);
      // the account as the session sees it (level, name, enterprises), not only the token's answer
      loggedIn(await online.session());
    } catch (e) {
      code.value = '';
      if (e.status === 401) {
        fieldError(form, 'code', t('login.wrongCode'));
        code.focus();
      } else {
        showError(form, e);
      }
    } finally {
      button.disabled = false;
    }
  });
  fill(view, form);
  tick();
  number.focus();
}
