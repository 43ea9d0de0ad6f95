// Chinese first, English on request; the choice is kept in localStorage. Each entry is [中文, English];
// {0}, {1} … are replaced by arguments.
import {STRINGS} from './strings.js';

const KEY = 'hall.lang';
let current = (() => {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch (e) {
    return 'zh';
  }
})();

export const lang = () => current;

export function setLang(l) {
  current = l === 'en' ? 'en' : 'zh';
  try {
    localStorage.setItem(KEY, current);
  } catch (e) {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
}

/** @return the text for key in the current language (the key itself when unknown) */
export function t(key, ...args) {
  const e = STRINGS[key];
  let s = e ? e[current === 'en' ? 1 : 0] : key;
  args.forEach((a, i) => {
    s = s.replace('{' + i + '}', a === null || a === undefined ? '' : String(a));
  });
  return s;
}

/** Sets the text of every [data-i18n] element under root. */
export function translate(root = document) {
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
}

/** A status, colour, action … label: the server's Chinese label in Chinese, ours otherwise. */
export function label(group, code, serverLabel) {
  if (code === null || code === undefined) return '';
  const key = group + '.' + code;
  if (current === 'zh' && serverLabel) return serverLabel;
  return STRINGS[key] ? t(key) : (serverLabel || String(code));
}

/** Formats an ISO date-time as local YYYY-MM-DD HH:mm (the hall's zone is in the string). */
export function when(iso) {
  if (!iso) return '';
  return iso.replace('T', ' ').slice(0, 16);
}
