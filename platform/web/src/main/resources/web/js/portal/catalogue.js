// The catalogue for applicants: search (name, pinyin initials, keywords), filters, and the guide
// (办事指南) of each item: materials, limits, legal basis, fees, where to go, online/zero-visit flags.
import {api, seg} from '../api.js';
import {t, label} from '../i18n.js';
import {h, fill, debounce} from '../dom.js';
import {me, verified} from './online.js';

const PAGE = 30;
const FILTERS = ['online', 'zeroVisit', 'person', 'enterprise'];
const chosen = {q: '', filter: 'online', shown: PAGE};

export async function render(view, ctx) {
  return ctx.screen === 'guide' ? guide(view, ctx.params[0]) : list(view);
}

async function list(view) {
  const q = h('input', {type: 'search', id: 'portal-q', value: chosen.q, autocomplete: 'off', 'aria-label': t('portal.search'),
    placeholder: t('portal.searchHint'), enterkeyhint: 'search'});
  const chips = h('div', {class: 'chips', role: 'group'}, FILTERS.map((f) => h('button', {type: 'button', 'data-filter': f,
    'aria-pressed': String(chosen.filter === f), onclick: () => {
      chosen.filter = chosen.filter === f ? '' : f;
      chosen.shown = PAGE;
      for (const b of chips.children) b.setAttribute('aria-pressed', String(b.dataset.filter === chosen.filter));
      load();
    }}, t('portal.filter.' + f))));
  const out = h('div', {id: 'portal-items', 'aria-live': 'polite'});
  const form = h('form', {class: 'search-box', role: 'search', novalidate: true, onsubmit: (ev) => {
    ev.preventDefault();
    load();
  }}, q, h('button', {type: 'submit', class: 'primary', id: 'portal-search'}, t('portal.searchGo')));
  fill(view, h('section', {class: 'panel'}, h('h1', {}, t('portal.title')), form, chips, out));
  let asked = 0;
  async function load() {
    const mine = ++asked;
    chosen.q = q.value.trim();
    const p = new URLSearchParams();
    if (chosen.q) p.set('q', chosen.q);
    if (chosen.filter === 'person' || chosen.filter === 'enterprise') p.set('party', chosen.filter);
    else if (chosen.filter) p.set('flag', chosen.filter);
    const items = (await api.get('items' + (p.toString() ? '?' + p : ''))).filter((i) => !i.composite || i.flags.includes('online'));
    if (mine !== asked) return;
    show(items);
  }
  function show(items) {
    if (!items.length) {
      fill(out, h('p', {class: 'meta', id: 'portal-none'}, t('portal.none')));
      return;
    }
    fill(out, h('p', {class: 'meta', id: 'portal-count'}, t('portal.count', items.length)),
      h('ul', {class: 'items', id: 'portal-list'}, items.slice(0, chosen.shown).map(row)),
      items.length > chosen.shown ? h('button', {type: 'button', id: 'portal-more', onclick: () => {
        chosen.shown += PAGE;
        show(items);
      }}, t('portal.more')) : null);
  }
  q.addEventListener('input', debounce(load, 250));
  await load();
}

function row(i) {
  return h('li', {'data-item': i.code}, h('a', {href: '#/item/' + seg(i.code)},
    h('span', {class: 'iname'}, i.name),
    h('span', {class: 'meta'}, i.departmentName),
    h('span', {class: 'tags'}, tags(i))));
}

function tags(i) {
  return [
    i.flags.includes('zeroVisit') ? h('span', {class: 'badge zero'}, label('flag', 'zeroVisit')) : null,
    i.flags.includes('online') ? h('span', {class: 'badge online'}, label('flag', 'online')) : null,
    i.flags.includes('fullyOnline') ? h('span', {class: 'badge online'}, label('flag', 'fullyOnline')) : null,
    i.flags.includes('instant') ? h('span', {class: 'badge green'}, label('flag', 'instant')) : null,
    i.maxVisits === 0 ? (i.flags.includes('zeroVisit') ? null : h('span', {class: 'badge zero'}, t('portal.visits0')))
      : h('span', {class: 'badge'}, t('portal.visits', i.maxVisits)),
  ];
}

const days = (n, unit) => (n === 0 ? t('guide.instantDays') : t('guide.days.' + unit, n));

async function guide(view, code) {
  const i = await api.get('items/' + seg(code));
  const canApply = i.flags.includes('online') && !i.composite;
  const steps = i.composite && i.steps ? h('ol', {class: 'mats'}, i.steps.map((s) => h('li', {}, s.itemName || s.item, ' ',
    h('span', {class: 'meta'}, s.departmentName || s.department)))) : null;
  fill(view, h('article', {class: 'guide', id: 'guide', 'data-item': i.code},
    h('p', {}, h('a', {href: '#/'}, t('guide.back'))),
    h('section', {class: 'panel'},
      h('h1', {}, i.name),
      h('p', {class: 'tags'}, tags(i)),
      i.description ? h('p', {}, i.description) : null,
      h('dl', {class: 'facts', id: 'guide-facts'},
        h('dt', {}, t('guide.department')), h('dd', {}, i.departmentName || ''),
        i.typeLabel ? [h('dt', {}, t('guide.type')), h('dd', {}, i.typeLabel)] : null,
        h('dt', {}, t('guide.party')), h('dd', {}, t('guide.party.' + i.party)),
        h('dt', {}, t('guide.legal')), h('dd', {id: 'guide-legal'}, days(i.legalLimitDays, i.limitUnit)),
        h('dt', {}, t('guide.promised')), h('dd', {id: 'guide-promised'}, days(i.promisedLimitDays, i.limitUnit)),
        h('dt', {}, t('guide.visits')), h('dd', {}, i.maxVisits === 0 ? t('portal.visits0') : t('portal.visits', i.maxVisits)),
        h('dt', {}, t('guide.fees')), h('dd', {id: 'guide-fees'}, i.fees || t('guide.feesNone')),
        h('dt', {}, t('guide.where')), h('dd', {id: 'guide-where'},
          i.flags.includes('oneWindow') ? t('guide.whereOnline') : t('guide.whereDept', i.departmentName || '')),
        i.legalBasis ? [h('dt', {}, t('guide.basis')), h('dd', {id: 'guide-basis'}, i.legalBasis)] : null)),
    h('div', {class: 'guide-grid'},
      h('section', {class: 'panel'}, h('h2', {}, t('guide.materials')),
        steps || h('ol', {class: 'mats', id: 'guide-materials'}, (i.materials || []).map((m) => h('li', {'data-code': m.code},
          m.name, m.required ? '' : h('span', {class: 'meta'}, t('guide.optional')), ' ',
          h('span', {class: 'badge'}, t('mat.form.' + m.form)),
          m.reusable ? [' ', h('span', {class: 'badge reuse'}, t('guide.reusable'))] : null,
          m.note ? h('div', {class: 'hint'}, m.note) : null)))),
      i.fields && i.fields.length ? h('section', {class: 'panel'}, h('h2', {}, t('guide.fields')),
        h('ul', {}, i.fields.map((f) => h('li', {}, f.label, f.required ? '' : h('span', {class: 'meta'}, t('guide.optional')))))) : null),
    h('div', {class: 'cta'}, !canApply ? h('p', {class: 'notice', id: 'guide-not-online'}, t('guide.notOnline'))
      : me.account && !verified() ? h('p', {class: 'notice', id: 'guide-unverified'}, t('me.unverified'))
        : h('a', {class: 'button primary', id: 'guide-apply', href: '#/apply/' + seg(i.code)},
          t(me.account ? 'guide.apply' : 'guide.loginToApply')),
      ' ', h('a', {class: 'button', id: 'guide-book', href: '#/book/' + seg(i.code)}, t('guide.book')))));
}
