// 直通车与好差评 for staff: the demands of the user's departments with their actions, the rectifications of bad
// ratings (verify, rectify and call back, appeal; a supervisor decides appeals), and 好差评 figures for supervisors.
import {api, seg} from './api.js';
import {h, fill, field} from './dom.js';

const STATUS = {SUBMITTED: '待分办', ASSIGNED: '已分办', IN_PROGRESS: '办理中', ANSWERED: '已答复', CLOSED: '已办结', REJECTED: '已退回',
  OPEN: '待核实', VERIFIED: '待整改回访', VOID: '申诉成立'};
const RUNGS = ['', '承办人', '部门负责人', '挂点领导', '区长'];
const pct = (r) => (r * 100).toFixed(1) + '%';

function message(box, err) {
  fill(box, h('p', {class: 'form-message', role: 'alert'}, err.message || String(err)));
}

/**
 * A button that posts a step. With a question it first opens a small form in its cell (the text to send,
 * required; 提交 and 取消; the API's refusal shown at the field) instead of the browser's prompt box.
 */
function step(label, ask, post, reload, box) {
  const send = async (text, shown) => {
    try {
      await post(text);
      reload();
    } catch (e) {
      if (shown) shown(e); else message(box, e);
    }
  };
  return h('button', {type: 'button', 'data-step': label, onclick: (ev) => {
    if (!ask) {
      send('');
      return;
    }
    const cell = ev.currentTarget.parentElement;
    cell.querySelector('form.step-form')?.remove();
    const input = h('textarea', {rows: 2, required: true});
    const form = h('form', {class: 'step-form', 'data-step-form': label, novalidate: true},
      field('text', ask, input),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, '提交'),
        h('button', {type: 'button', onclick: () => form.remove()}, '取消')));
    const err = form.querySelector('.err');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) {
        err.textContent = '请填写' + ask;
        input.focus();
        return;
      }
      err.textContent = '';
      send(text, (x) => {
        err.textContent = x.message || String(x);
        input.focus();
      });
    });
    cell.append(form);
    input.focus();
  }}, label);
}

function demandsView(list, reload, box) {
  if (!list.length) return h('p', {class: 'meta', id: 'demands-none'}, '本部门暂无企业诉求。');
  const act = (d, action) => (text) => api.post('demands/' + seg(d.demandNumber) + '/' + action, {text});
  return h('table', {class: 'grid', id: 'demands'},
    h('thead', {}, h('tr', {}, ['编号', '企业', '类别', '诉求', '状态', '答复期限', '督办', ''].map((k) => h('th', {scope: 'col'}, k)))),
    h('tbody', {}, list.map((d) => h('tr', {'data-demand': d.demandNumber},
      h('td', {class: 'mono'}, d.demandNumber), h('td', {class: 'mono'}, d.enterprise + (d.keyEnterprise ? ' 重点' : '')),
      h('td', {}, d.category), h('td', {}, d.text.length > 60 ? d.text.slice(0, 60) + '…' : d.text),
      h('td', {}, STATUS[d.status] || d.status), h('td', {}, d.answerDue + (d.answeredLate ? ' 超期' : '')),
      h('td', {}, RUNGS[d.escalationRung] || ''),
      h('td', {}, ['SUBMITTED', 'ASSIGNED'].includes(d.status) ? step('分办', '承办人账号', act(d, 'assign'), reload, box) : '',
        ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS'].includes(d.status) ? step('答复', '答复内容', act(d, 'answer'), reload, box) : '',
        d.status === 'ANSWERED' ? step('办结', null, act(d, 'close'), reload, box) : '')))));
}

function rectificationsView(list, user, reload, box) {
  if (!list.length) return h('p', {class: 'meta', id: 'rect-none'}, '暂无差评整改。');
  const mine = (r) => user.roles.includes('approver') && user.roles.includes('dept:' + r.department);
  const post = (r, s, body) => api.post('ratings/rectifications/' + r.id + '/' + s, body);
  return h('table', {class: 'grid', id: 'rectifications'},
    h('thead', {}, h('tr', {}, ['评价对象', '评价', '意见', '部门', '状态', '核实期限', '整改期限', '按期', ''].map((k) => h('th', {scope: 'col'}, k)))),
    h('tbody', {}, list.map((r) => h('tr', {'data-rectification': r.id, 'data-status': r.status},
      h('td', {class: 'mono'}, r.subject), h('td', {}, r.level === 1 ? '非常不满意' : '不满意'), h('td', {}, r.comment || ''),
      h('td', {}, r.department), h('td', {}, (STATUS[r.status] || r.status) + (r.escalated ? ' 已督办' : '') + (r.appealStatus ? ' 申诉' + r.appealStatus : '')),
      h('td', {}, r.verifyDue), h('td', {}, r.rectifyDue || ''), h('td', {}, r.onTime === undefined ? '' : r.onTime ? '是' : '否'),
      h('td', {},
        mine(r) && r.status === 'OPEN' ? step('核实', '核实情况', (finding) => post(r, 'verify', {finding}), reload, box) : '',
        mine(r) && r.status === 'VERIFIED' ? step('整改回访', '整改措施（回访结果默认“满意”）', (measures) => post(r, 'rectify',
          {measures, callbackOutcome: 'SATISFIED'}), reload, box) : '',
        mine(r) && ['OPEN', 'VERIFIED'].includes(r.status) && !r.appealStatus ? step('申诉', '申诉理由', (reason) => post(r, 'appeal', {reason}), reload, box) : '',
        user.roles.includes('supervisor') && r.appealStatus === 'PENDING' ? [
          step('申诉成立', null, () => post(r, 'decide', {upheld: true}), reload, box),
          step('驳回申诉', null, () => post(r, 'decide', {upheld: false}), reload, box)] : '')))));
}

function statsView(s) {
  return h('div', {id: 'rating-stats'},
    h('p', {}, `评价 ${s.ratings} 条，满意率 ${pct(s.satisfactionRate)}，差评 ${s.bad} 条，按期整改 ${s.rectifiedOnTime} 条，整改中 ${s.open} 条，回访率 ${pct(s.callbackRate)}`),
    h('table', {class: 'grid'}, h('thead', {}, h('tr', {}, ['部门', '评价', '满意率', '差评', '按期整改', '整改中'].map((k) => h('th', {scope: 'col'}, k)))),
      h('tbody', {}, s.rows.map((r) => h('tr', {}, h('td', {}, r.key), h('td', {}, r.ratings), h('td', {}, pct(r.satisfactionRate)),
        h('td', {}, r.bad), h('td', {}, r.rectifiedOnTime), h('td', {}, r.open))))));
}

export async function render(view, {user}) {
  const overseer = user.roles.includes('supervisor') || user.roles.includes('admin');
  const departments = user.roles.filter((r) => r.startsWith('dept:')).map((r) => r.slice(5));
  const boxes = {demands: h('div', {}), rect: h('div', {}), stats: h('div', {}), msg: h('div', {})};
  fill(view, h('h1', {}, '区长直通车 · 好差评'), boxes.msg,
    h('section', {class: 'panel'}, h('h2', {}, '企业诉求'), boxes.demands),
    h('section', {class: 'panel'}, h('h2', {}, '差评整改'), boxes.rect),
    overseer ? h('section', {class: 'panel'}, h('h2', {}, '好差评统计'), boxes.stats) : '');
  const reload = async () => {
    try {
      fill(boxes.demands, demandsView(await api.get('demands'), reload, boxes.msg));
      const rects = overseer ? await api.get('ratings/rectifications')
        : (await Promise.all(departments.map((d) => api.get('ratings/rectifications?department=' + seg(d))))).flat();
      fill(boxes.rect, rectificationsView(rects, user, reload, boxes.msg));
      if (overseer) fill(boxes.stats, statsView(await api.get('ratings/stats?groupBy=department')));
    } catch (e) {
      message(boxes.msg, e);
    }
  };
  await reload();
}
