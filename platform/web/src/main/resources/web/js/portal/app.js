// The online hall (网上办事大厅): catalogue and guides for anyone; login with ID number, phone and
// SMS code; apply, my cases, supplements and results for the logged-in applicant. Hash routes,
// each screen loaded when first shown; the session is the portal's HttpOnly cookie.
import {whenUnauthenticated} from '../api.js';
import {STRINGS} from '../strings.js';
import {t, translate, lang, setLang} from '../i18n.js';
import {h, fill, $, $$} from '../dom.js';
import {PORTAL} from './strings.js';
import {me, mask, online, rememberNumber} from './online.js';

Object.assign(STRINGS, PORTAL);

const ROUTES = {
  '': {load: () => import('./catalogue.js'), nav: 'catalogue'},
  item: {load: () => import('./catalogue.js'), nav: 'catalogue', screen: 'guide'},
  login: {load: () => import('./login.js'), nav: 'login'},
  apply: {load: () => import('./apply.js'), nav: 'catalogue', login: true},
  cases: {load: () => import('./mycases.js'), nav: 'cases', login: true},
  book: {load: () => import('./book.js'), nav: 'book', login: true},
  case: {load: () => import('./mycases.js'), nav: 'cases', login: true, screen: 'case'},
  direct: {load: () => import('./direct.js'), nav: 'direct', login: true},
};
const view = $('#view');
let notice = null;
let target = null;
let rendering = 0;

function parse() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return {name: ROUTES[parts[0] || ''] ? parts[0] || '' : '', params: parts.slice(1)};
}

export function navigate(path) {
  const hash = '#/' + path;
  if (location.hash === hash) route();
  else location.hash = hash;
}

function header(current) {
  translate();
  $('#lang').textContent = lang() === 'en' ? '中文' : 'English';
  for (const a of $$('#portal-nav a')) a.setAttribute('aria-current', a.dataset.nav === current ? 'page' : 'false');
  $('#nav-login').hidden = Boolean(me.account);
  $('#logout').hidden = !me.account;
  $('#who').textContent = me.account ? (me.account.name ? me.account.name + ' ' : '') + mask(me.account.person) : '';
}

async function route() {
  const mine = ++rendering;
  let {name, params} = parse();
  const r = ROUTES[name];
  if (r.login && !me.account) {
    target = location.hash;
    history.replaceState(null, '', '#/login');
    name = 'login';
    params = [];
  } else if (name === 'login' && me.account) {
    history.replaceState(null, '', '#/cases');
    name = 'cases';
  }
  const routeDef = ROUTES[name];
  header(routeDef.nav);
  document.body.dataset.view = '';
  try {
    const screen = await routeDef.load();
    if (mine !== rendering) return;
    await screen.render(view, {params, navigate, notice: takeNotice(), loggedIn, screen: routeDef.screen || name || 'catalogue'});
    if (mine !== rendering) return;
    document.body.dataset.view = routeDef.screen || name || 'catalogue';
    performance.mark('hall-ready');
  } catch (e) {
    if (e && e.status === 401) return;
    fill(view, h('section', {class: 'panel'}, h('p', {class: 'form-message error'}, t('err.screen') + ' ' + (e && e.message))));
    document.body.dataset.view = 'error';
  }
}

function takeNotice() {
  const n = notice;
  notice = null;
  return n;
}

/** Called by the login screen with the new session's account. */
async function loggedIn(account) {
  me.account = account;
  const back = target;
  target = null;
  if (back && back !== '#/login') location.hash = back;
  else navigate('cases');
}

whenUnauthenticated(() => {
  if (!me.account) return;
  me.account = null;
  notice = t('login.portalExpired');
  route();
});

$('#lang').addEventListener('click', () => {
  setLang(lang() === 'en' ? 'zh' : 'en');
  route();
});

$('#logout').addEventListener('click', async () => {
  try {
    await online.logout();
  } catch (e) {
    // logged out either way
  }
  me.account = null;
  me.actingFor = null;
  rememberNumber(null);
  notice = t('login.portalLoggedOut');
  navigate('login');
});

window.addEventListener('hashchange', route);

(async () => {
  // the catalogue needs no session: ask for it alongside, never before, the first screen
  const session = online.session().then((a) => {
    me.account = a;
  }, () => {
    me.account = null;
  });
  if (ROUTES[parse().name].login || parse().name === 'login') await session;
  else session.then(() => header(ROUTES[parse().name].nav));
  route();
})();
