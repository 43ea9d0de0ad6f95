// 好差评 rating page: the tablet beside a window (rate.html?window=A01) shows the service the window finished last;
// without a window (or without a finished service) the applicant gives the case number and its proof; the link in the
// invitation sent on delivery (rate.html?subject=…) fills the number in.
const params = new URLSearchParams(location.search);
const win = params.get('window');
const $ = (id) => document.getElementById(id);
if (params.get('subject')) $('rate-subject').value = params.get('subject');
let ticket = null;

async function loadWindow() {
  if (!win) return;
  const r = await fetch('/api/v1/ratings/window/' + encodeURIComponent(win));
  if (r.ok) {
    ticket = await r.json();
    $('rate-service').textContent = `${ticket.window} 窗口刚刚为您办理：${ticket.service}（排队号 ${ticket.ticketId}）`;
    $('row-subject').hidden = true;
    $('row-proof').hidden = true;
  } else {
    $('rate-service').textContent = `${win} 窗口暂无可评价的服务；也可凭受理编号评价已办结的办件。`;
  }
}

async function rate(level) {
  const proof = $('rate-proof').value.trim();
  const body = { level, channel: ticket ? 'tablet' : 'progress' };
  body.subject = ticket ? ticket.ticketId : $('rate-subject').value.trim();
  if (!ticket) {
    if (proof.length === 4) body.suffix = proof; else if (proof) body.accessCode = proof;
  }
  const comment = $('rate-comment').value.trim();
  if (comment) body.comment = comment;
  const r = await fetch('/api/v1/ratings', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const answer = await r.json().catch(() => ({}));
  const msg = $('rate-message');
  if (r.status === 201) {
    msg.textContent = answer.rectificationOpened
      ? '感谢您的评价。您的不满意评价已转相关部门核实整改，并将回访。'
      : '感谢您的评价！';
    document.querySelectorAll('[data-level]').forEach((b) => { b.disabled = true; });
  } else if (r.status === 409) {
    msg.textContent = answer.error === 'already_rated' ? '该服务已评价过，每次服务只评价一次。' : '该服务尚未办结，办结后再评价。';
  } else if (r.status === 404) {
    msg.textContent = '未找到与编号和查询码相符的已办结服务。';
  } else {
    msg.textContent = answer.message || '评价未能提交，请稍后再试。';
  }
}

document.querySelectorAll('[data-level]').forEach((b) => b.addEventListener('click', () => rate(Number(b.dataset.level))));
loadWindow();
