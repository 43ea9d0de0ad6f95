// 零跑动 / 最多跑一次 as cases count them (real visits per completed case, GET /online/visits) next
// to what the catalogue promises (its zero-visit and online items).
import './online-strings.js';
import {t} from './i18n.js';
import {h} from './dom.js';

const pct = (n, d) => (d ? Math.round((1000 * n) / d) / 10 + '%' : '—');

/**
 * @param v GET /online/visits: {completed, zeroVisit, oneVisit, moreVisits, zeroVisitByChannel}
 * @param c the catalogue report's totals ({items, zeroVisit, …})
 */
export function visitsView(v, c) {
  return h('div', {id: 'dash-visits-figures'}, h('h3', {}, t('dash.visitsTitle')),
    h('div', {class: 'cards'},
      h('div', {class: 'card', id: 'visits-zero'}, h('span', {class: 'big'}, pct(v.zeroVisit, v.completed)),
        h('span', {class: 'label'}, t('dash.zeroActual')), h('span', {class: 'meta'}, v.zeroVisit + '/' + v.completed),
        h('span', {class: 'meta'}, t('dash.promise', pct(c.zeroVisit, c.items)))),
      h('div', {class: 'card', id: 'visits-one'}, h('span', {class: 'big'}, pct(v.zeroVisit + v.oneVisit, v.completed)),
        h('span', {class: 'label'}, t('dash.oneActual')), h('span', {class: 'meta'}, (v.zeroVisit + v.oneVisit) + '/' + v.completed),
        // the catalogue promises item by item: the most visits any item needs (1 = 最多跑一次 everywhere)
        h('span', {class: 'meta'}, t('dash.promiseMax', c.maxVisits)))));
}
