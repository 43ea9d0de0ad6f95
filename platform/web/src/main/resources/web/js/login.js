// Login with a staff account of the hall (JAAS); the session is an HttpOnly cookie.
import {api} from './api.js';
import {t} from './i18n.js';
import {h, fill, field} from './dom.js';
import {clearErrors, formMessage, showError} from './forms.js';

export async function render(view, {notice, loggedIn}) {
  const user = h('input', {autocomplete: 'username', required: true, autocapitalize: 'off', spellcheck: 'false'});
  const password = h('input', {type: 'password', autocomplete: 'current-password', required: true});
  const form = h('form', {class: 'panel login', id: 'login-form', novalidate: true},
    h('h1', {}, t('login.title')),
    h('p', {class: 'form-message' + (notice ? ' info' : ''), role: 'status'}, notice || ''),
    field('username', t('login.username'), user),
    field('password', t('login.password'), password),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'login-submit'}, t('login.submit'))),
    h('p', {class: 'aside'}, h('a', {href: 'progress'}, t('login.progressLink'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    if (!user.value.trim() || !password.value) {
      formMessage(form, t('login.missing'));
      (user.value.trim() ? password : user).focus();
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const me = await api.post('session', {username: user.value.trim(), password: password.value}, {}, {quiet401: true});
      loggedIn(me);
    } catch (e) {
      password.value = '';
      if (e.status === 401) {
        formMessage(form, t('login.wrong'));
        password.focus();
      } else if (e.status === 429) {
        formMessage(form, t('login.locked') + ' (' + e.message + ')');
      } else {
        showError(form, e);
      }
    } finally {
      button.disabled = false;
    }
  });
  fill(view, form);
  user.focus();
}
