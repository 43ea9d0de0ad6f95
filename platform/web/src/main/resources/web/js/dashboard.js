// Supervisor dashboard (阳光办): the 5×100% figures of the catalogue and the seed's promises, the
// on-time rate by department and by item, the yellow/red/overdue lists, warnings and the
// accountability records to follow up, with charts.
import {api} from './api.js';
import {t, label} from './i18n.js';
import {h, fill, field} from './dom.js';
import {colourBadge, notifications, accountability, section} from './sla.js';
import {bars} from './charts.js';
import {visitsView} from './visits.js';
import {floorView} from './floorstats.js';
import {ratingsPanel} from './ratings-panel.js';

const COLOURS = {GREEN: '#2e8b57', YELLOW: '#d4a017', RED: '#d9534f', OVERDUE: '#7b1e1e', PAUSED: '#7a7a7a'};
const pct = (n, d) => (d ? Math.round((1000 * n) / d) / 10 + '%' : '—');
const rate = (r) => (r === null || r === undefined ? '—' : Math.round(r * 1000) / 10 + '%');
const num = (x) => (x === null || x === undefined ? '—' : Math.round(x * 10) / 10);

export async function render(view, {user}) {
  const today = (await api.get('calendar/today')).today;
  const from = h('input', {id: 'stats-from', value: today.slice(0, 4) + '-01-01', maxlength: 10, placeholder: 'YYYY-MM-DD'});
  const to = h('input', {id: 'stats-to', value: today, maxlength: 10, placeholder: 'YYYY-MM-DD'});
  const boxes = {};
  for (const k of ['figures', 'visits', 'promises', 'departments', 'items', 'ratings', 'colours', 'overdue', 'warnings', 'records', 'floor']) boxes[k] = h('div', {id: 'dash-' + k});
  const period = h('form', {class: 'filters', novalidate: true}, field('from', t('dash.from'), from), field('to', t('dash.to'), to),
    h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'stats-apply'}, t('dash.apply'))));
  fill(view,
    h('h1', {}, t('dash.title'), ' ', h('span', {class: 'meta'}, t('dash.today', today))),
    h('section', {class: 'panel'}, h('h2', {}, t('dash.figures')), boxes.figures, boxes.visits, boxes.promises),
    h('section', {class: 'panel'}, h('h2', {}, t('dash.onTime')), period, boxes.departments, boxes.items),
    h('section', {class: 'panel', id: 'dash-floor-panel'}, h('h2', {}, t('qs.title')), boxes.floor),
    h('section', {class: 'panel', id: 'dash-ratings-panel'}, h('h2', {}, '好差评'), boxes.ratings),
    h('div', {class: 'two'},
      h('section', {class: 'panel'}, h('h2', {}, t('dash.colours')), boxes.colours),
      h('section', {class: 'panel'}, h('h2', {}, t('dash.overdue')), boxes.overdue)),
    h('section', {class: 'panel'}, h('h2', {}, t('acc.title')), boxes.records),
    h('section', {class: 'panel'}, h('h2', {}, t('sla.warnings')), boxes.warnings));

  const stats = () => {
    const q = 'from=' + encodeURIComponent(from.value.trim()) + '&to=' + encodeURIComponent(to.value.trim());
    return Promise.all([
      section(boxes.departments, () => api.get('sla/stats?groupBy=department&' + q), (s) => statsView(s, 'department')),
      section(boxes.items, () => api.get('sla/stats?groupBy=item&' + q), (s) => statsView(s, 'item')),
      section(boxes.ratings, () => api.get('ratings/stats?groupBy=department&' + q), ratingsPanel),
    ]);
  };
  const records = () => section(boxes.records, () => api.get('sla/accountability'), (list) => accountability(list, user, records));
  period.addEventListener('submit', (ev) => {
    ev.preventDefault();
    stats();
  });
  await Promise.all([
    section(boxes.figures, () => api.get('catalogue/report'), figures),
    section(boxes.visits, () => Promise.all([api.get('online/visits'), api.get('catalogue/report')]), ([v, r]) => visitsView(v, r.total)),
    stats(),
    section(boxes.colours, () => api.get('cases?open=true&order=deadline&limit=500'), colourView),
    section(boxes.overdue, () => api.get('sla/overdue'), overdueView),
    section(boxes.warnings, () => api.get('sla/notifications?limit=30'), notifications),
    records(),
    section(boxes.floor, () => api.get('floor/stats'), floorView),
  ]);
}

function figures(r) {
  const f = r.total;
  const cards = [
    ['fig.items', f.items, ''],
    ['fig.oneWindow', pct(f.oneWindow, f.items), f.oneWindow + '/' + f.items],
    ['fig.online', pct(f.online, f.items), f.online + '/' + f.items],
    ['fig.legalFullyOnline', pct(f.legalPersonFullyOnline, f.legalPersonItems), f.legalPersonFullyOnline + '/' + f.legalPersonItems],
    ['fig.zeroVisit', pct(f.zeroVisit, f.items), f.zeroVisit + '/' + f.items],
    ['fig.maxVisits', f.maxVisits, ''],
    ['fig.halved', pct(f.halvedLimit, f.items), f.halvedLimit + '/' + f.items],
    ['fig.compression', Math.round(f.compression * 1000) / 10 + '%', ''],
    ['fig.wechat', f.wechat, ''],
    ['fig.instant', f.instant, ''],
  ];
  const promises = h('table', {class: 'grid', id: 'promises'},
    h('caption', {}, t('fig.promises')),
    h('thead', {}, h('tr', {}, ['fig.promise', 'fig.expected', 'fig.actual', 'fig.kept'].map((k) => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, r.promises.map((p) => h('tr', {class: p.kept ? 'kept' : 'broken'},
      h('td', {}, p.promise), h('td', {}, p.expected), h('td', {}, p.actual),
      h('td', {}, h('span', {class: 'badge ' + (p.kept ? 'green' : 'red')}, t(p.kept ? 'fig.yes' : 'fig.no')))))));
  const depts = h('details', {}, h('summary', {}, t('fig.byDepartment')),
    h('table', {class: 'grid small', id: 'figures-departments'},
      h('thead', {}, h('tr', {}, ['fig.department', 'fig.items', 'fig.oneWindow', 'fig.online', 'fig.zeroVisit', 'fig.halved', 'fig.compression']
        .map((k) => h('th', {scope: 'col'}, t(k))))),
      h('tbody', {}, r.departments.map((d) => h('tr', {}, h('td', {}, d.name), h('td', {class: 'num'}, d.items),
        h('td', {class: 'num'}, d.oneWindow), h('td', {class: 'num'}, d.online), h('td', {class: 'num'}, d.zeroVisit),
        h('td', {class: 'num'}, d.halvedLimit), h('td', {class: 'num'}, Math.round(d.compression * 1000) / 10 + '%'))))));
  return [h('div', {class: 'cards', id: 'figures'}, cards.map(([k, v, sub]) => h('div', {class: 'card', 'data-figure': k},
    h('span', {class: 'big'}, String(v)), h('span', {class: 'label'}, t(k)), sub ? h('span', {class: 'meta'}, sub) : null))),
  promises, depts];
}

function statsView(s, by) {
  const rows = by === 'item' ? [...s.rows].sort((a, b) => b.decided - a.decided).filter((r) => r.decided > 0 || r.overdueOpen > 0)
    : s.rows;
  const chart = h('div', {class: 'chart', id: 'chart-' + by});
  const table = h('table', {class: 'grid small', id: 'stats-' + by},
    h('thead', {}, h('tr', {}, [by === 'item' ? 'stats.item' : 'stats.department', 'stats.decided', 'stats.onTime', 'stats.rate',
      'stats.mean', 'stats.median', 'stats.promised', 'stats.legal', 'stats.compression', 'stats.overdueOpen', 'stats.overdueDecided',
      'stats.suspended'].map((k) => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, rows.map((r) => h('tr', {'data-key': r.key},
      h('td', {}, r.name || r.key), h('td', {class: 'num'}, r.decided), h('td', {class: 'num'}, r.onTimePromised),
      h('td', {class: 'num rate'}, rate(r.onTimeRate)), h('td', {class: 'num'}, num(r.meanDays)), h('td', {class: 'num'}, num(r.medianDays)),
      h('td', {class: 'num'}, num(r.meanPromisedLimit)), h('td', {class: 'num'}, num(r.meanLegalLimit)),
      h('td', {class: 'num'}, r.compression === null ? '—' : rate(r.compression)), h('td', {class: 'num'}, r.overdueOpen),
      h('td', {class: 'num'}, r.overdueDecided), h('td', {class: 'num'}, r.suspendedDays)))),
    h('tfoot', {}, h('tr', {}, h('th', {scope: 'row'}, t('stats.total')), h('td', {class: 'num'}, s.total.decided),
      h('td', {class: 'num'}, s.total.onTimePromised), h('td', {class: 'num', id: 'stats-' + by + '-rate'}, rate(s.total.onTimeRate)),
      h('td', {class: 'num'}, num(s.total.meanDays)), h('td', {class: 'num'}, num(s.total.medianDays)),
      h('td', {class: 'num'}, num(s.total.meanPromisedLimit)), h('td', {class: 'num'}, num(s.total.meanLegalLimit)),
      h('td', {class: 'num'}, s.total.compression === null ? '—' : rate(s.total.compression)), h('td', {class: 'num'}, s.total.overdueOpen),
      h('td', {class: 'num'}, s.total.overdueDecided), h('td', {class: 'num'}, s.total.suspendedDays))));
  // every department has its place on the axis (no bar: nothing decided); items only those with decisions
  const charted = by === 'item' ? rows.filter((r) => r.decided > 0).slice(0, 30) : rows;
  const out = [h('h3', {}, t(by === 'item' ? 'stats.byItem' : 'stats.byDepartment'))];
  if (charted.some((r) => r.decided > 0)) {
    out.push(chart);
    requestAnimationFrame(() => bars(chart, charted.map((r) => short(r.name || r.key)),
      charted.map((r) => (r.onTimeRate === null || r.onTimeRate === undefined ? null : Math.round(r.onTimeRate * 1000) / 10)),
      {title: t('stats.rateChart'), max: 100, suffix: '%', colours: charted.map((r) => (r.onTimeRate >= 0.95 ? COLOURS.GREEN
        : r.onTimeRate >= 0.8 ? COLOURS.YELLOW : COLOURS.RED))}).catch((e) => fill(chart, h('p', {class: 'meta'}, e.message))));
  } else {
    out.push(h('p', {class: 'meta'}, t('stats.nothingDecided')));
  }
  out.push(by === 'item' ? h('details', {}, h('summary', {}, t('stats.itemTable', rows.length)), table) : table);
  return out;
}

function colourView(cases) {
  const groups = {OVERDUE: [], RED: [], YELLOW: [], GREEN: [], PAUSED: []};
  for (const c of cases) if (c.sla && groups[c.sla.colour]) groups[c.sla.colour].push(c);
  const chart = h('div', {class: 'chart', id: 'chart-colours'});
  const names = Object.keys(groups);
  requestAnimationFrame(() => bars(chart, names.map((k) => label('colour', k)), names.map((k) => groups[k].length),
    {title: t('dash.openByColour'), colours: names.map((k) => COLOURS[k]), height: 200, counts: true})
    .catch((e) => fill(chart, h('p', {class: 'meta'}, e.message))));
  const yellow = groups.YELLOW;
  return [chart, h('p', {class: 'meta', id: 'colour-counts'}, names.map((k) => label('colour', k) + ' ' + groups[k].length).join(' · ')),
    h('h3', {}, t('dash.yellow')),
    yellow.length === 0 ? h('p', {class: 'meta', id: 'yellow-list'}, t('dash.noneYellow')) : h('table', {class: 'grid small', id: 'yellow-list'},
      h('tbody', {}, yellow.map((c) => h('tr', {'data-case': c.caseNumber}, h('td', {}, colourBadge(c.sla)),
        h('td', {}, h('a', {href: '#/case/' + encodeURIComponent(c.caseNumber), class: 'mono'}, c.caseNumber)),
        h('td', {}, c.itemName), h('td', {}, c.department), h('td', {}, c.promisedDeadline)))))];
}

function overdueView(list) {
  if (!list.length) return h('p', {class: 'meta', id: 'overdue-list'}, t('dash.noneOverdue'));
  return h('table', {class: 'grid small', id: 'overdue-list'},
    h('thead', {}, h('tr', {}, ['cases.sla', 'cases.number', 'cases.item', 'cases.department', 'cases.promised', 'cases.legal', 'dash.late']
      .map((k) => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, list.map((o) => h('tr', {class: 'sla-row ' + o.colour.toLowerCase(), 'data-case': o.caseNumber, 'data-colour': o.colour},
      h('td', {}, h('span', {class: 'badge sla ' + o.colour.toLowerCase()}, label('colour', o.colour))),
      h('td', {}, h('a', {href: '#/case/' + encodeURIComponent(o.caseNumber), class: 'mono'}, o.caseNumber)),
      h('td', {}, o.itemName), h('td', {}, o.department), h('td', {}, o.promisedDeadline), h('td', {}, o.legalDeadline),
      h('td', {class: 'num'}, t('dash.daysLate', o.workingDaysLate))))));
}

/** A department or item name short enough for an axis label. */
function short(name) {
  const s = String(name).replace(/^(深圳市|南山区)/, '');
  return s.length > 8 ? s.slice(0, 7) + '…' : s;
}
