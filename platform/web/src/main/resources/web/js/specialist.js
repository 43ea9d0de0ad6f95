// 专员 the specialist's panel (clerk, supervisor): the listed VIP parties one is specialist of, each
// with all its cases whatever the department, and the changes of those cases (newest first, unread
// marked) — notice rows the hall writes with every change, so they are the same on every node.
import './floor-strings.js';
import {api, seg} from './api.js';
import {t, label, when} from './i18n.js';
import {h, fill} from './dom.js';
import {section} from './sla.js';

export async function render(view) {
  const partiesBox = h('div', {id: 'spec-parties'});
  const noticesBox = h('div', {id: 'spec-notices'});
  fill(view, h('h1', {}, t('spec.title')),
    h('section', {class: 'panel'}, h('h2', {}, t('spec.notices')), noticesBox),
    h('section', {class: 'panel'}, partiesBox));
  const notices = () => section(noticesBox, () => api.get('specialist/notices?limit=50'), (n) => noticesView(n, notices));
  await Promise.all([section(partiesBox, () => api.get('specialist/parties'), partiesView), notices()]);
}

function partiesView(parties) {
  if (!parties.length) return h('p', {class: 'meta', id: 'spec-none'}, t('spec.none'));
  return parties.map((p) => h('div', {class: 'spec-party', 'data-party': p.number},
    h('h2', {}, p.name, ' ', h('span', {class: 'badge red'}, t('spec.kind.' + p.kind)), ' ',
      h('span', {class: 'meta'}, p.category || '', ' · ', t('spec.cases', p.cases.length))),
    h('table', {class: 'grid small'}, h('tbody', {}, p.cases.map((c) => h('tr', {'data-case': c.caseNumber},
      h('td', {class: 'mono'}, h('a', {href: '#/case/' + seg(c.caseNumber)}, c.caseNumber)),
      h('td', {}, c.itemName || c.itemCode), h('td', {}, c.department),
      h('td', {}, h('span', {class: 'badge status'}, label('status', c.status, c.statusLabel))),
      h('td', {class: 'meta'}, when(c.submittedAt))))))));
}

function noticesView(n, reload) {
  if (!n.notices.length) return h('p', {class: 'meta'}, t('spec.noNotices'));
  const read = n.unread ? h('button', {type: 'button', id: 'spec-read', onclick: async () => {
    await api.post('specialist/notices/read', {upTo: n.notices[0].id});
    reload();
  }}, t('spec.read')) : null;
  return [h('p', {class: 'meta'}, t('spec.unread', n.unread), ' ', read),
    h('ul', {class: 'messages', id: 'spec-list'}, n.notices.map((x) => h('li', {class: x.read ? '' : 'unread', 'data-notice': x.id},
      h('time', {class: 'meta'}, when(x.at)), ' ', h('strong', {}, x.partyName), ' · ',
      h('a', {href: '#/case/' + seg(x.caseNumber)}, x.caseNumber), ' ', x.itemCode, ' ',
      h('span', {class: 'badge status'}, label('status', x.to)), x.reason ? ' ' + x.reason : '')))];
}
