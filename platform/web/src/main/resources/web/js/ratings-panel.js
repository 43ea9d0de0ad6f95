// 好差评 on the supervisor dashboard: the period's satisfaction rate, bad ratings, bad ratings rectified on time and
// rectifications still open (GET /ratings/stats, supervisors and admins), per department below.
import {h} from './dom.js';

const pct = (r) => (r === null || r === undefined ? '—' : Math.round(r * 1000) / 10 + '%');

export function ratingsPanel(s) {
  const cards = [['satisfaction', '满意率', pct(s.satisfactionRate), s.ratings + ' 条评价'], ['bad', '差评', s.bad, ''],
    ['rectifiedOnTime', '按期整改', s.rectifiedOnTime, ''], ['open', '整改中', s.open, ''], ['callback', '回访率', pct(s.callbackRate), '']];
  return [h('div', {class: 'cards', id: 'rating-figures'}, cards.map(([k, name, v, sub]) => h('div', {class: 'card', 'data-rating': k},
      h('span', {class: 'big'}, String(v)), h('span', {class: 'label'}, name), sub ? h('span', {class: 'meta'}, sub) : null))),
    s.rows && s.rows.length ? h('table', {class: 'grid small', id: 'rating-departments'},
      h('thead', {}, h('tr', {}, ['部门', '评价', '满意率', '差评', '按期整改', '整改中'].map((k) => h('th', {scope: 'col'}, k)))),
      h('tbody', {}, s.rows.map((r) => h('tr', {'data-department': r.key}, h('td', {}, r.key), h('td', {}, r.ratings),
        h('td', {}, pct(r.satisfactionRate)), h('td', {}, r.bad), h('td', {}, r.rectifiedOnTime), h('td', {}, r.open))))) : null];
}
