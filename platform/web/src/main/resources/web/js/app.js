// The staff application: session, navigation by role, and the screens (each loaded when first shown).
import {api, whenUnauthenticated} from './api.js';
import {t, translate, lang, setLang, label} from './i18n.js';
import {h, fill, $} from './dom.js';

const STAFF = ['clerk', 'approver', 'supervisor', 'admin'];
const ROUTES = {
  login: {load: () => import('./login.js'), roles: null},
  password: {load: () => import('./password.js'), roles: STAFF},
  intake: {load: () => import('./intake.js'), roles: ['clerk'], nav: 'nav.intake'},
  window: {load: () => import('./window.js'), roles: ['clerk'], nav: 'nav.window'},
  specialist: {load: () => import('./specialist.js'), roles: ['clerk', 'supervisor'], nav: 'nav.specialist'},
  cases: {load: () => import('./cases.js'), roles: STAFF, nav: 'nav.cases'},
  case: {load: () => import('./case.js'), roles: STAFF},
  dashboard: {load: () => import('./dashboard.js'), roles: ['supervisor', 'admin'], nav: 'nav.dashboard'},
  direct: {load: () => import('./direct.js'), roles: ['approver', 'supervisor', 'admin'], nav: 'nav.direct'},
};

const state = {user: null, notice: null, target: null};
const view = $('#view');

export const has = (user, role) => Boolean(user && user.roles.includes(role));
const allowed = (user, name) => !ROUTES[name].roles || ROUTES[name].roles.some((r) => has(user, r));

function home(user) {
  if (has(user, 'clerk')) return 'intake';
  if (has(user, 'approver')) return 'cases';
  return 'dashboard';
}

function parse() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return {name: parts[0] || '', params: parts.slice(1)};
}

export function navigate(name, ...params) {
  const hash = '#/' + [name, ...params].map(encodeURIComponent).join('/');
  if (location.hash === hash) route();
  else location.hash = hash;
}

function header() {
  translate($('header.top'));
  $('#lang').textContent = lang() === 'en' ? '中文' : 'English';
  const nav = $('#nav');
  const current = parse().name;
  // no screens to offer while the account must still set its own password
  fill(nav, state.user && !state.user.mustChangePassword ? Object.entries(ROUTES).filter(([name, r]) => r.nav && allowed(state.user, name))
    .map(([name, r]) => h('a', {href: '#/' + name, 'aria-current': name === current ? 'page' : null, 'data-nav': name}, t(r.nav))) : []);
  $('#who').textContent = state.user ? state.user.username + ' · ' + state.user.roles.filter((r) => !r.includes(':'))
    .map((r) => label('role', r)).join(' / ') : '';
  $('#logout').hidden = !state.user;
}

let rendering = 0;

async function route() {
  const mine = ++rendering;
  let {name, params} = parse();
  if (!state.user && name !== 'login') {
    state.target = location.hash && name ? location.hash : null;
    name = 'login';
  } else if (state.user && state.user.mustChangePassword && name !== 'password') {
    // the account still has the password it was given: nothing else until it sets its own
    history.replaceState(null, '', '#/password');
    name = 'password';
    params = [];
  } else if (state.user && (name === 'login' || !ROUTES[name])) {
    history.replaceState(null, '', '#/' + home(state.user));
    name = home(state.user);
    params = [];
  }
  header();
  document.body.dataset.view = '';
  if (!allowed(state.user, name)) {
    fill(view, h('section', {class: 'panel forbidden', 'data-forbidden': name},
      h('h1', {}, t('forbidden.title')), h('p', {}, t('forbidden.text')),
      h('p', {}, h('a', {href: '#/' + home(state.user)}, t('forbidden.home')))));
    document.body.dataset.view = 'forbidden';
    return;
  }
  try {
    const screen = await ROUTES[name].load();
    if (mine !== rendering) return;
    await screen.render(view, {user: state.user, params, navigate, notice: takeNotice(), loggedIn, done: passwordChanged});
    if (mine !== rendering) return;
    document.body.dataset.view = name;
    performance.mark('hall-ready');
  } catch (e) {
    if (e && e.status === 401) return;
    fill(view, h('section', {class: 'panel'}, h('p', {class: 'form-message error'}, t('err.screen') + ' ' + (e && e.message))));
    document.body.dataset.view = 'error';
  }
}

function takeNotice() {
  const n = state.notice;
  state.notice = null;
  return n;
}

/** Called by the login screen with the session's user. */
function loggedIn(user) {
  state.user = user;
  const target = state.target;
  state.target = null;
  if (!target) navigate(home(user));
  else if (target !== location.hash) location.hash = target;
  else route();
}

/** Called by the password screen once the new password is set. */
function passwordChanged() {
  state.user = {...state.user, mustChangePassword: false};
  navigate(home(state.user));
}

whenUnauthenticated(() => {
  if (!state.user) return;
  state.user = null;
  state.notice = t('login.expired');
  route();
});

$('#lang').addEventListener('click', () => {
  setLang(lang() === 'en' ? 'zh' : 'en');
  route();
});

$('#logout').addEventListener('click', async () => {
  try {
    await api.del('session', {quiet401: true});
  } catch (e) {
    // logged out either way
  }
  state.user = null;
  state.notice = t('login.loggedOut');
  location.hash = '#/login';
  route();
});

window.addEventListener('hashchange', route);

(async () => {
  translate();
  try {
    state.user = await api.get('session', {quiet401: true});
  } catch (e) {
    state.user = null;
  }
  route();
})();
