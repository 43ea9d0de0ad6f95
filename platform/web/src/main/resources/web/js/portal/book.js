// 预约 book a visit (applicants): choose the site, the item, a working day and a slot with room,
// for oneself or an enterprise one acts for; then the own bookings with their state, and cancel.
// Check-in is at the site's kiosk with the booking number (30 minutes early to 15 minutes late).
import {api, seg} from '../api.js';
import {t} from '../i18n.js';
import {h, fill, field, debounce} from '../dom.js';
import {clearErrors, formMessage, showError} from '../forms.js';
import {parties} from './online.js';

export async function render(view, {params}) {
  const [sites, today, mine] = await Promise.all([api.get('sites'), api.get('calendar/today'), api.get('online/appointments')]);
  const site = h('select', {id: 'book-site'}, sites.map((s) => h('option', {value: s.code}, s.name)));
  const q = h('input', {type: 'search', id: 'book-item-search', autocomplete: 'off', placeholder: t('book.itemHint')});
  const item = h('select', {id: 'book-item'});
  const date = h('input', {type: 'date', id: 'book-date', min: today.today, value: today.today});
  const slot = h('select', {id: 'book-slot'});
  const who = h('select', {id: 'book-for'}, parties().map((p) => h('option', {value: p.self ? '' : p.number},
    p.self ? t('book.self', p.shown) : (p.name || p.number))));
  const submit = h('button', {type: 'submit', class: 'primary', id: 'book-submit'}, t('book.submit'));
  const form = h('form', {id: 'book-form', novalidate: true},
    field('site', t('book.site'), site), field('itemSearch', t('book.itemSearch'), q), field('itemCode', t('book.item'), item),
    field('date', t('book.date'), date), field('slot', t('book.slot'), slot),
    parties().length > 1 ? field('enterpriseNumber', t('book.for'), who) : null,
    h('p', {class: 'form-message', role: 'status'}), h('div', {class: 'actions'}, submit));
  const list = h('div', {id: 'book-list'});
  fill(view, h('section', {class: 'panel'}, h('h1', {}, t('book.title')), h('p', {class: 'meta'}, t('book.intro')), form),
    h('section', {class: 'panel'}, h('h2', {}, t('book.mine')), list));

  async function items(code) {
    const found = await api.get('items' + (q.value.trim() ? '?q=' + encodeURIComponent(q.value.trim()) : ''));
    const shown = found.filter((i) => !i.composite).slice(0, 50);
    if (code && !shown.some((i) => i.code === code)) {
      const one = await api.get('items/' + seg(code)).catch(() => null);
      if (one) shown.unshift(one);
    }
    fill(item, shown.map((i) => h('option', {value: i.code}, i.name)));
    if (code) item.value = code;
  }

  async function slots() {
    fill(slot);
    formMessage(form, '');
    if (!date.value) return;
    try {
      const s = await api.get('sites/' + seg(site.value) + '/slots?date=' + encodeURIComponent(date.value));
      const chosen = sites.find((x) => x.code === site.value);
      const first = s.length ? s[0].queue : null;
      // one line per time: the site's first queue (a listed party is moved to the VIP queue by the hall)
      // today, the slots that have begun by the hall's clock are gone (the hall would answer 422)
      const begun = (x) => date.value === today.today && x.slot <= today.now.slice(11, 16);
      const open = s.filter((x) => x.queue === first && x.free > 0 && !begun(x));
      fill(slot, open.map((x) => h('option', {value: x.slot}, t('book.free', x.slot, x.free))));
      if (!s.length) formMessage(form, t('book.closed', chosen ? chosen.name : site.value), 'info');
      else if (!open.length) formMessage(form, t('book.full'), 'info');
    } catch (e) {
      showError(form, e);
    }
  }

  function showMine(bookings) {
    fill(list, bookings.length ? h('ul', {class: 'mycases', id: 'my-bookings'}, bookings.map((a) => h('li', {'data-appointment': a.appointmentNumber,
      'data-state': a.state},
    h('strong', {class: 'mono'}, a.appointmentNumber), ' ', h('span', {class: 'badge status'}, t('book.state.' + a.state)),
    a.vip ? [' ', h('span', {class: 'badge red'}, t('book.vip'))] : null,
    h('div', {class: 'meta'}, (sites.find((s) => s.code === a.site) || {name: a.site}).name, ' · ', a.date, ' ', a.slot, ' · ', a.itemCode),
    a.state === 'BOOKED' ? h('button', {type: 'button', class: 'cancel', onclick: () => cancel(a.appointmentNumber)}, t('book.cancel')) : null)))
      : h('p', {class: 'meta', id: 'my-bookings-none'}, t('book.none')));
  }

  async function cancel(number) {
    try {
      await api.post('online/appointments/' + seg(number) + '/cancel');
      showMine(await api.get('online/appointments'));
      await slots();
    } catch (e) {
      formMessage(form, e.message);
    }
  }

  site.addEventListener('change', slots);
  date.addEventListener('change', slots);
  q.addEventListener('input', debounce(() => items(item.value), 250));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    formMessage(form, '');
    submit.disabled = true;
    try {
      const a = await api.post('online/appointments', {site: site.value, itemCode: item.value || null, date: date.value || null,
        slot: slot.value || null, enterpriseNumber: who.value || null});
      showMine(await api.get('online/appointments'));
      await slots();
      formMessage(form, t('book.done', a.appointmentNumber, a.date, a.slot), 'info');
      form.dataset.booked = a.appointmentNumber;
    } catch (e) {
      showError(form, e, {site: 'site'});
    } finally {
      submit.disabled = false;
    }
  });
  showMine(mine);
  await Promise.all([items(params[0] || null), slots()]);
}
