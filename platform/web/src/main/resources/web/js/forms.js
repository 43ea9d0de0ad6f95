// Errors shown where they belong: an API error names its input in `field` (applicantNumber,
// form.education, materials[0].code, profile.name …); the element with that data-field gets the
// message, anything else goes to the form's general message.
import {t} from './i18n.js';

export function clearErrors(root) {
  for (const el of root.querySelectorAll('[data-field].invalid')) el.classList.remove('invalid');
  for (const el of root.querySelectorAll('.err')) el.textContent = '';
  for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

/** Shows message at the input named field under root; @return whether such an input exists. */
export function fieldError(root, field, message) {
  if (!field) return false;
  const row = root.querySelector('[data-field="' + CSS.escape(field) + '"]');
  if (!row) return false;
  row.classList.add('invalid');
  const err = row.querySelector('.err');
  if (err) err.textContent = message;
  const control = row.querySelector('input, select, textarea');
  if (control) control.setAttribute('aria-invalid', 'true');
  return true;
}

/** The general message line of a form. */
export function formMessage(root, message, kind = 'error') {
  const box = root.querySelector('.form-message');
  if (!box) return;
  box.textContent = message || '';
  box.className = 'form-message ' + (message ? kind : '');
}

/**
 * Shows an API error: next to its field when the form has it (aliases map API names to ours),
 * otherwise as the form's message, with a hint for the statuses a user can act on.
 */
export function showError(root, err, aliases = {}) {
  const field = err.field ? (aliases[err.field] || err.field) : null;
  const text = describe(err);
  if (field && fieldError(root, field, err.message)) {
    const first = root.querySelector('[data-field="' + CSS.escape(field) + '"] input, [data-field="' + CSS.escape(field) + '"] select, [data-field="' + CSS.escape(field) + '"] textarea');
    if (first) first.focus();
    formMessage(root, t('err.seeField'));
    return;
  }
  formMessage(root, text);
}

/** @return an error's message with what its status means for the user */
export function describe(err) {
  if (!err || err.status === undefined) return t('err.network');
  const prefix = {
    403: 'err.403', 404: 'err.404', 409: 'err.409', 413: 'err.413', 422: 'err.422', 429: 'err.429', 503: 'err.503',
  }[err.status];
  return prefix ? t(prefix) + ' ' + err.message : err.message;
}
