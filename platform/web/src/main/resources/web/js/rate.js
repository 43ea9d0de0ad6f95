// 好差评 rating page: the tablet beside a window (rate.html?window=A01) shows the service the window finished last;
// without a window (or without a finished service) the applicant gives the case number and its proof, or the rating
// number and code from their queue slip; the link in the invitation sent on delivery (rate.html?subject=…) fills the
// number in. The tablet signs in once with a kiosk account: the service it shows comes with the ticket's rating code,
// which no one else is given.
const params = new URLSearchParams(location.search);
const win = params.get('window');
const $ = (id) => document.getElementById(id);
if (params.get('subject')) $('rate-subject').value = params.get('subject');
let ticket = null;
const REFRESH_MS = 5000;

function levels(enabled) {
  document.querySelectorAll('[data-level]').forEach((b) => { b.disabled = !enabled; });
}

async function loadWindow() {
  const r = await fetch('/api/v1/ratings/window/' + encodeURIComponent(win), {credentials: 'same-origin', cache: 'no-store'});
  if (r.status === 401 || r.status === 403) {
    $('tablet-login').hidden = false;
    $('rate-form').hidden = true;
    return;
  }
  $('tablet-login').hidden = true;
  $('rate-form').hidden = false;
  const next = r.ok ? await r.json() : null;
  if (next && ticket && next.ticketId === ticket.ticketId) return; // the same service: keep what the person sees
  ticket = next;
  $('rate-message').textContent = '';
  $('rate-comment').value = '';
  if (ticket) {
    $('rate-service').textContent = `${ticket.window} 窗口刚刚为您办理：${ticket.service}（评价编号 ${ticket.ticketId}）`;
    $('row-subject').hidden = true;
    $('row-proof').hidden = true;
    levels(true);
  } else {
    $('rate-service').textContent = `${win} 窗口暂无可评价的服务；也可凭受理编号评价已办结的办件。`;
    $('row-subject').hidden = false;
    $('row-proof').hidden = false;
  }
}

async function rate(level) {
  const proof = $('rate-proof').value.trim();
  const body = { level, channel: ticket ? 'tablet' : 'progress' };
  body.subject = ticket ? ticket.ticketId : $('rate-subject').value.trim();
  if (ticket) {
    body.accessCode = ticket.accessCode;
  } else if (proof.length === 4) {
    body.suffix = proof;
  } else if (proof) {
    body.accessCode = proof;
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
    levels(false);
  } else if (r.status === 409) {
    msg.textContent = answer.error === 'already_rated' ? '该服务已评价过，每次服务只评价一次。' : '该服务尚未办结，办结后再评价。';
  } else if (r.status === 404) {
    msg.textContent = '未找到与编号和查询码相符的已办结服务。';
  } else {
    msg.textContent = answer.message || '评价未能提交，请稍后再试。';
  }
}

$('tablet-login').addEventListener('submit', async (e) => {
  e.preventDefault();
  const r = await fetch('/api/v1/session', {method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', 'X-Hall-Request': '1'},
    body: JSON.stringify({username: $('tablet-user').value.trim(), password: $('tablet-password').value})});
  const me = await r.json().catch(() => ({}));
  if (!r.ok) {
    $('tablet-error').textContent = me.message || '登录失败';
  } else if (me.mustChangePassword) {
    $('tablet-error').textContent = '请先在工作台为终端账号设置新密码';
  } else {
    $('tablet-login').reset();
    loadWindow();
  }
});
document.querySelectorAll('[data-level]').forEach((b) => b.addEventListener('click', () => rate(Number(b.dataset.level))));
if (win) {
  loadWindow();
  // the next service finished at the window replaces the one shown (or the one just rated)
  setInterval(loadWindow, REFRESH_MS);
}
