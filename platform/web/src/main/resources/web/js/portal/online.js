// The online hall's REST calls (/api/v1/online/*) in one place, and what the screens share:
// the logged-in applicant, the party they act for, ID numbers masked as the hall masks them.
import {api, seg} from '../api.js';

export const me = {account: null, actingFor: null};

// The API masks the person's own number in its answers; the full number, typed at login, is kept
// for this tab only (sessionStorage, cleared at logout) to name oneself as the applicant.
const NUMBER = 'hall.online.number';

export function rememberNumber(number) {
  try {
    if (number) sessionStorage.setItem(NUMBER, number);
    else sessionStorage.removeItem(NUMBER);
  } catch (e) {
    // storage refused: the applicant chooses … no number: the server answers 400 naming applicantNumber
  }
}

function ownNumber() {
  try {
    return sessionStorage.getItem(NUMBER);
  } catch (e) {
    return null;
  }
}

/** 110105********002X: the first 6 and last 4 characters, as in the hall's logs. */
export function mask(number) {
  const s = String(number || '');
  return s.length < 11 ? s : s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}

/** 138****8000 */
export function maskPhone(phone) {
  const s = String(phone || '');
  return s.length === 11 ? s.slice(0, 3) + '****' + s.slice(7) : s;
}

export const verified = () => Boolean(me.account && me.account.level === 'VERIFIED');

/** @return the parties the account may act for: itself first, then its enterprises */
export function parties() {
  if (!me.account) return [];
  // the kept number only if it is this account's (another login in this tab may have left its own)
  const kept = ownNumber();
  const own = {number: kept && mask(kept) === me.account.person ? kept : '', shown: me.account.person, name: me.account.name || null, self: true};
  return [own, ...(me.account.enterprises || []).map((e) => ({number: e.number, shown: e.number, name: e.name, role: e.role, self: false}))];
}

export const online = {
  session: () => api.get('online/me', {quiet401: true}),
  sendCode: (number, phone) => api.post('online/code', {number, phone}, {}, {quiet401: true}),
  login: (number, phone, code) => api.post('online/session', {number, phone, code}, {}, {quiet401: true}),
  logout: () => api.del('online/session', {quiet401: true}),
  cases: () => api.get('online/cases'),
  case: (n) => api.get('online/cases/' + seg(n)),
  vault: () => api.get('online/vault'),
  messages: () => api.get('online/messages'),
  submit: (body, key) => api.post('online/cases', body, {'Idempotency-Key': key}),
  supplement: (n, body) => api.post('online/cases/' + seg(n) + '/supplement', body),
  withdraw: (n, reason) => api.post('online/cases/' + seg(n) + '/withdraw', {reason}),
};

/** @return a link that downloads one result document of a case (the session cookie goes along) */
export function resultUrl(result) {
  return result.download || '/api/v1/online/vault/' + seg(result.vaultId) + '/content';
}
