// 窗口叫号 the clerk's window (clerk): sign in to a window of a site, see how many wait per queue, call
// the next ticket, recall, no-show (after a recall), transfer to a queue or window, serve — which opens
// the intake screen with the ticket's applicant and item — and done. The window chosen is remembered
// in this browser; signing in again to one's own window is harmless, so the screen does it on load.
import './floor-strings.js';
import {api, seg} from './api.js';
import {t} from './i18n.js';
import {h, fill, field} from './dom.js';
import {formMessage, describe} from './forms.js';
import {remembered, remember, startServing, stopServing} from './serving.js';

const REFRESH_MS = 5000;

export async function render(view, {navigate}) {
  const sites = await api.get('sites');
  let seat = remembered(); // {site, window}
  let site = null;
  const siteSelect = h('select', {id: 'win-site'}, sites.map((s) => h('option', {value: s.code}, s.name)));
  const windowSelect = h('select', {id: 'win-window'});
  const signIn = h('button', {type: 'submit', class: 'primary', id: 'win-sign-in'}, t('win.signIn'));
  const seatForm = h('form', {class: 'filters', id: 'win-seat', novalidate: true},
    field('site', t('win.site'), siteSelect), field('window', t('win.window'), windowSelect), h('div', {class: 'actions'}, signIn));
  const seated = h('p', {id: 'win-at', class: 'meta'});
  const message = h('p', {class: 'form-message', role: 'status', id: 'win-message'});
  const waitingBox = h('div', {id: 'win-waiting', class: 'cards'});
  const currentBox = h('div', {id: 'win-current'});
  const actions = h('div', {class: 'actions', id: 'win-actions'});
  const panel = h('section', {class: 'panel', id: 'win-panel'}, h('h2', {}, t('win.waiting')), waitingBox,
    h('h2', {}, t('win.current')), currentBox, actions);
  const top = h('section', {class: 'panel'}, seatForm, seated, message);
  fill(view, h('h1', {}, t('win.title')), top, panel);
  const say = (text, kind) => formMessage(top, text, kind);

  async function chooseSite(code) {
    site = await api.get('sites/' + seg(code));
    siteSelect.value = code;
    fill(windowSelect, site.windows.map((w) => h('option', {value: w.code}, w.number + ' · ' + w.kind)));
  }
  siteSelect.addEventListener('change', () => chooseSite(siteSelect.value));
  seatForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await sit(siteSelect.value, windowSelect.value);
    } catch (e) {
      say(describe(e));
    }
  });

  async function sit(siteCode, windowCode) {
    await api.post('windows/' + seg(windowCode) + '/sign-in');
    seat = {site: siteCode, window: windowCode};
    remember(seat);
    showSeat();
    await refresh();
  }

  function showSeat() {
    const w = seat && site && site.windows.find((x) => x.code === seat.window);
    panel.hidden = !w;
    fill(seated, w ? [t('win.at', w.number, site.name), ' ',
      h('button', {type: 'button', id: 'win-sign-out', onclick: signOut}, t('win.signOut'))] : t('win.notSignedIn'));
    document.body.dataset.window = w ? seat.window : '';
  }

  async function signOut() {
    try {
      await api.post('windows/' + seg(seat.window) + '/sign-out');
    } catch (e) {
      if (e.status !== 409) return say(describe(e));
    }
    seat = null;
    remember(null);
    showSeat();
  }

  async function refresh() {
    if (!seat) return;
    const [board, current] = await Promise.all([api.get('sites/' + seg(seat.site) + '/board'),
      api.get('windows/' + seg(seat.window) + '/current')]);
    const mine = site.windows.find((w) => w.code === seat.window);
    fill(waitingBox, Object.entries(board.waiting).map(([queue, n]) => h('div', {class: 'card', 'data-queue': queue,
      'data-count': n}, h('span', {class: 'big'}, n), h('span', {class: 'label'}, queueName(queue)),
    mine && mine.queues.includes(queue) ? h('span', {class: 'meta'}, t('win.window') + ' ' + mine.number) : null)));
    showCurrent(current);
  }

  const queueName = (code) => {
    const q = site.queues.find((x) => x.code === code);
    return q ? q.name + ' (' + q.prefix + ')' : code;
  };

  function showCurrent(c) {
    currentBox.dataset.ticket = c ? c.ticket : '';
    currentBox.dataset.state = c ? c.state : '';
    fill(currentBox, c ? h('div', {class: 'selected'},
      h('p', {}, h('span', {class: 'big', id: 'win-ticket'}, c.ticket), ' ',
        h('span', {class: 'badge status'}, t('win.state.' + c.state)), ' ',
        c.recalls ? h('span', {class: 'badge'}, t('win.recalls', c.recalls)) : null, ' ',
        c.vip ? h('span', {class: 'badge red'}, t('win.vip')) : null, ' ',
        c.specialist ? h('span', {class: 'meta'}, t('win.specialist', c.specialist)) : null),
      h('p', {class: 'meta'}, queueName(c.queue),
        c.applicantNumber ? ' · ' + t('win.applicant') + ' ' + c.applicantNumber : '',
        c.itemCode ? ' · ' + t('win.item') + ' ' + c.itemCode : '',
        c.appointmentNumber ? ' · ' + t('win.appointment') + ' ' + c.appointmentNumber : ''))
      : h('p', {class: 'meta'}, t('win.none')));
    const serving = c && c.state === 'SERVING';
    const transferTo = h('select', {id: 'win-transfer-to'},
      site.queues.map((q) => h('option', {value: 'queue:' + q.code}, t('win.toQueue', q.name + ' ' + q.prefix))),
      site.windows.filter((w) => w.code !== seat.window).map((w) => h('option', {value: 'window:' + w.code}, t('win.toWindow', w.number))));
    fill(actions,
      h('button', {type: 'button', class: 'primary', id: 'win-call-next', onclick: () => act('call-next')}, t('win.callNext')),
      c ? h('button', {type: 'button', id: 'win-recall', disabled: serving, onclick: () => act('recall')}, t('win.recall')) : null,
      c && c.recalls > 0 && !serving ? h('button', {type: 'button', id: 'win-no-show', onclick: () => act('no-show')}, t('win.noShow')) : null,
      c && !serving ? h('button', {type: 'button', class: 'primary', id: 'win-serve', onclick: serve}, t('win.serve')) : null,
      c ? h('button', {type: 'button', id: 'win-done', onclick: () => act('done')}, t('win.done')) : null,
      c ? h('span', {class: 'with-button'}, h('label', {for: 'win-transfer-to', class: 'sr-only'}, t('win.transferTo')), transferTo,
        h('button', {type: 'button', id: 'win-transfer', onclick: () => transfer(transferTo.value)}, t('win.transfer'))) : null);
  }

  async function act(action, body) {
    say('');
    try {
      // a ticket still open on the intake screen is over once the window moves on
      if (action !== 'recall') stopServing();
      const r = await api.post('windows/' + seg(seat.window) + '/' + action, body);
      if (action === 'call-next' && !r) say(t('win.nobody'), 'info');
      if (action === 'done') say(t('win.finished', r.ticket), 'info');
      if (action === 'no-show') say(t('win.noShowDone', r.ticket), 'info');
      return r;
    } catch (e) {
      say(describe(e));
      return null;
    } finally {
      await refresh();
    }
  }

  async function transfer(choice) {
    const [kind, code] = choice.split(':');
    const r = await act('transfer', kind === 'queue' ? {queue: code} : {window: code});
    if (r) say(t('win.transferred', r.ticket, kind === 'queue' ? t('win.toQueue', code) : t('win.toWindow', code)), 'info');
  }

  async function serve() {
    const r = await act('serve');
    if (r && r.intake) {
      startServing(r.intake);
      navigate('intake');
    }
  }

  await chooseSite(seat ? seat.site : sites[0].code);
  if (seat && site.windows.some((w) => w.code === seat.window)) {
    windowSelect.value = seat.window;
    try {
      await sit(seat.site, seat.window);
    } catch (e) {
      seat = null;
      remember(null);
      showSeat();
      say(describe(e));
    }
  } else {
    seat = null;
    showSeat();
  }
  const timer = setInterval(() => {
    if (!view.contains(panel)) clearInterval(timer);
    else if (seat && !document.hidden) refresh().catch(() => {});
  }, REFRESH_MS);
}
