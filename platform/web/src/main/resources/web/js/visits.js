// 零跑动 / 最多跑一次 as cases count them (real visits per completed case, GET /online/visits) next
// to what the catalogue promises (its zero-visit and online items).
import './online-strings.js';
import {t} from './i18n.js';
import {h} from './dom.js';

const pct = (n, d) => (d ? Math.round((1000 * n) / d) / 10 + '%' : '—');

/** @param v {completed, zeroVisit, oneVisit, moreVisits, byChannel, catalogue: {items, onlineItems, zeroVisitItems}} */
export function visitsView(v) {
  const c = v.catalogue || {};
  return h('div', {id: 'dash-visits-figures'}, h('h3', {}, t('dash.visitsTitle')),
    h('div', {class: 'cards'},
      h('div', {class: 'card', id: 'visits-zero'}, h('span', {class: 'big'}, pct(v.zeroVisit, v.completed)),
        h('span', {class: 'label'}, t('dash.zeroActual')), h('span', {class: 'meta'}, v.zeroVisit + '/' + v.completed),
        h('span', {class: 'meta'}, t('dash.promise', pct(c.zeroVisitItems, c.items)))),
      h('div', {class: 'card', id: 'visits-one'}, h('span', {class: 'big'}, pct(v.zeroVisit + v.oneVisit, v.completed)),
        h('span', {class: 'label'}, t('dash.oneActual')), h('span', {class: 'meta'}, (v.zeroVisit + v.oneVisit) + '/' + v.completed),
        // the catalogue promises at most one visit item by item (maxVisits); shown when the figure names it
        c.oneVisitItems !== undefined ? h('span', {class: 'meta'}, t('dash.promise', pct(c.oneVisitItems, c.items))) : null)));
}
