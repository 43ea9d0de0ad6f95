// 今日排队 the day's queues on the dashboard (GET /floor/stats): per site, tickets, served, no-shows,
// average and 90th-percentile wait, the share over the wait target, service time, bookings, VIP.
import './floor-strings.js';
import {t} from './i18n.js';
import {h} from './dom.js';

const num = (x) => (x === null || x === undefined ? '—' : Math.round(x * 10) / 10);
const pct = (x) => Math.round(x * 1000) / 10 + '%';

/** @param s GET /floor/stats: {from, to, targetWaitMinutes, rows} */
export function floorView(s) {
  const sites = s.rows.filter((r) => r.group === 'site');
  if (sites.length === 0) return h('p', {class: 'meta', id: 'floor-none'}, t('qs.none'));
  const cols = ['qs.site', 'qs.tickets', 'qs.served', 'qs.noShows', 'qs.avgWait', 'qs.p90Wait', 'qs.over', 'qs.service', 'qs.booked', 'qs.vip'];
  return h('table', {class: 'grid', id: 'floor-stats'},
    h('thead', {}, h('tr', {}, cols.map((k) => h('th', {scope: 'col'}, t(k, s.targetWaitMinutes))))),
    h('tbody', {}, sites.map((r) => h('tr', {'data-site': r.site},
      h('td', {}, r.site), h('td', {class: 'tickets'}, r.tickets), h('td', {}, r.served), h('td', {}, r.noShows),
      h('td', {class: 'avg-wait'}, num(r.avgWaitMinutes)), h('td', {}, num(r.p90WaitMinutes)), h('td', {}, pct(r.overTargetShare)),
      h('td', {}, num(r.avgServiceMinutes)), h('td', {}, r.booked), h('td', {}, r.vipServices)))));
}
