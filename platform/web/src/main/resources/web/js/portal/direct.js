// 企业诉求 (the enterprise direct line) for an enterprise's agent: raise a demand to the district head, the leader in
// charge, a department or routed by category; follow the enterprise's demands with their states and deadlines; reopen
// an answered one (within 5 working days of the answer) or rate it (好差评); read the notices sent to the enterprise.
import {api, seg} from '../api.js';
import {h, fill, field} from '../dom.js';
import {formMessage, showError, clearErrors} from '../forms.js';
import {me} from './online.js';

const STATUS = {SUBMITTED: '已提交', ASSIGNED: '已分办', IN_PROGRESS: '办理中', ANSWERED: '已答复', CLOSED: '已办结', REJECTED: '已退回'};
const KINDS = {DEMAND: '诉求', SUGGESTION: '建议', PROBLEM: '问题反映', POLICY: '政策咨询', IP: '知识产权保护'};
const NOTICE_KINDS = {POLICY: '政策推送', LEGAL: '法律提示', RISK: '风险提醒', IP: '知识产权保护'};
const LEVELS = [[5, '非常满意'], [4, '满意'], [3, '基本满意'], [2, '不满意'], [1, '非常不满意']];

export async function render(view) {
  const enterprises = me.account.enterprises || [];
  if (!enterprises.length) {
    fill(view, h('section', {class: 'panel', id: 'direct-none'}, h('h1', {}, '企业诉求'),
      h('p', {}, '您还不是任何企业的经办人。请企业到大厅窗口登记您为经办人后再提出诉求。')));
    return;
  }
  const [categories, departments] = await Promise.all([api.get('online/demands/categories'), api.get('departments').catch(() => [])]);
  const boxes = {demands: h('div', {id: 'direct-demands'}), notices: h('div', {id: 'direct-notices'})};
  const reload = async () => {
    const [demands, notices] = await Promise.all([api.get('online/demands'), api.get('online/enterprise-notices')]);
    fill(boxes.demands, demandList(demands, reload));
    fill(boxes.notices, noticeList(notices, reload));
  };
  fill(view, h('section', {class: 'panel'}, h('h1', {}, '企业诉求 · 区长直通车'), raiseForm(enterprises, categories, departments, reload)),
    h('section', {class: 'panel'}, h('h2', {}, '本企业的诉求'), boxes.demands),
    h('section', {class: 'panel'}, h('h2', {}, '政策推送与提醒'), boxes.notices));
  await reload();
}

function raiseForm(enterprises, categories, departments, reload) {
  const options = (pairs) => pairs.map(([v, text]) => h('option', {value: v}, text));
  const enterprise = h('select', {id: 'demand-enterprise'}, options(enterprises.map((e) => [e.number, (e.name || '') + ' ' + e.number])));
  const kind = h('select', {id: 'demand-kind'}, options(Object.entries(KINDS)));
  const category = h('select', {id: 'demand-category'}, options(categories.map((c) => [c.code, c.name])));
  const to = h('select', {id: 'demand-to'}, options([['', '按类别分派'], ['district-head', '区长'], ['leader', '挂点领导'],
    ...departments.filter((d) => d.status === 'ACTIVE').map((d) => [d.code, d.name])]));
  const text = h('textarea', {id: 'demand-text', rows: 5, maxlength: 4000});
  const form = h('form', {id: 'demand-form', novalidate: true},
    field('enterpriseNumber', '企业', enterprise), field('kind', '类型', kind), field('category', '类别', category),
    field('to', '提交给', to), field('text', '内容（最多4000字）', text),
    h('p', {class: 'form-message', role: 'status'}),
    h('button', {type: 'submit', class: 'primary', id: 'demand-submit'}, '提交诉求'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    try {
      const d = await api.post('online/demands', {enterpriseNumber: enterprise.value, kind: kind.value, category: category.value,
        to: to.value || null, text: text.value});
      text.value = '';
      formMessage(form, `已提交，编号 ${d.demandNumber}；首次响应期限 ${d.responseDue}，答复期限 ${d.answerDue}。`, 'ok');
      await reload();
    } catch (e) {
      showError(form, e);
    }
  });
  return form;
}

function demandList(demands, reload) {
  if (!demands.length) return h('p', {class: 'meta', id: 'demands-none'}, '暂无诉求。');
  return h('ul', {class: 'mycases', id: 'my-demands'}, demands.map((d) => {
    const box = h('div', {class: 'form-message', role: 'status'});
    return h('li', {'data-demand': d.demandNumber, 'data-status': d.status},
      h('strong', {}, KINDS[d.kind] || d.kind), ' ', h('span', {class: 'badge status'}, STATUS[d.status] || d.status),
      d.keyEnterprise ? h('span', {class: 'badge'}, '重点企业') : null,
      h('div', {class: 'meta mono'}, d.demandNumber, ' · ', d.enterprise),
      h('div', {}, d.text),
      h('div', {class: 'meta'}, `首次响应期限 ${d.responseDue} · 答复期限 ${d.answerDue}`, d.answeredLate ? ' · 超期答复' : ''),
      d.answer ? h('div', {class: 'answer'}, '答复：', d.answer, d.answeredOn ? h('span', {class: 'meta'}, ' （' + d.answeredOn + '）') : null) : null,
      d.status === 'ANSWERED' ? answered(d, reload, box) : null, box);
  }));
}

/** Reopen (with a reason) or rate an answered demand. */
function answered(d, reload, box) {
  const reason = h('input', {type: 'text', class: 'reopen-reason', maxlength: 1000, placeholder: '不满意答复的理由', 'aria-label': '重新办理的理由'});
  const reopen = h('button', {type: 'button', class: 'reopen', onclick: async () => {
    try {
      await api.post('online/demands/' + seg(d.demandNumber) + '/reopen', {reason: reason.value});
      await reload();
    } catch (e) {
      fill(box, e.message);
    }
  }}, '重新办理');
  const rate = h('div', {class: 'levels', role: 'group', 'aria-label': '评价本次答复'}, LEVELS.map(([level, text]) =>
    h('button', {type: 'button', 'data-level': level, onclick: async (ev) => {
      try {
        // the public rating endpoint takes no portal cookie: the credit code's last four prove the enterprise
        await api.post('ratings', {subject: d.demandNumber, suffix: d.enterprise.slice(-4), level, channel: 'portal'});
        ev.target.parentNode.querySelectorAll('button').forEach((b) => { b.disabled = true; });
        fill(box, '感谢您的评价！');
      } catch (e) {
        fill(box, e.status === 409 ? '该诉求已评价过，每次服务只评价一次。' : e.message);
      }
    }}, text)));
  return h('div', {class: 'demand-actions'}, h('div', {}, reason, ' ', reopen), h('div', {}, '评价：', rate));
}

function noticeList(notices, reload) {
  if (!notices.length) return h('p', {class: 'meta', id: 'notices-none'}, '暂无推送。');
  return h('ul', {class: 'messages', id: 'enterprise-notices'}, notices.map((n) => h('li', {'data-notice': n.id, 'data-read': String(n.read)},
    h('strong', {}, '【' + (NOTICE_KINDS[n.kind] || n.kind) + '】', n.title), ' ', h('span', {class: 'meta'}, n.enterprise),
    h('div', {}, n.body),
    n.read ? h('span', {class: 'meta read'}, '已读')
      : h('button', {type: 'button', class: 'mark-read', onclick: async () => {
        await api.post('online/enterprise-notices/' + n.id + '/read?enterprise=' + seg(n.enterprise));
        await reload();
      }}, '标为已读'))));
}
