// Set one's own password: required before anything else while the account still has the password
// it was given (first login, or reset by an admin); at least 12 characters, not containing the name.
import {api} from './api.js';
import {t} from './i18n.js';
import {h, fill, field} from './dom.js';
import {clearErrors, fieldError, formMessage, showError} from './forms.js';

export async function render(view, {user, done}) {
  const current = h('input', {type: 'password', name: 'currentPassword', autocomplete: 'current-password', required: true});
  const next = h('input', {type: 'password', name: 'newPassword', autocomplete: 'new-password', required: true, minlength: 12});
  const again = h('input', {type: 'password', name: 'repeatPassword', autocomplete: 'new-password', required: true});
  const form = h('form', {class: 'panel login', id: 'password-form', novalidate: true},
    h('h1', {}, t('password.title')),
    h('p', {class: 'form-message info', role: 'status'}, user && user.mustChangePassword ? t('password.required') : ''),
    field('currentPassword', t('password.current'), current),
    field('newPassword', t('password.new'), next, t('password.rule')),
    field('repeatPassword', t('password.repeat'), again),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'password-submit'}, t('password.submit'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    if (next.value !== again.value) {
      fieldError(form, 'repeatPassword', t('password.differ'));
      again.focus();
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await api.post('me/password', {currentPassword: current.value, newPassword: next.value});
      done();
    } catch (e) {
      if (e.status === 429) formMessage(form, e.message);
      else showError(form, e);
    } finally {
      button.disabled = false;
    }
  });
  fill(view, form);
  current.focus();
}
