// The applicant's ticket page (/hall/ticket.html?site=…&ticket=…): their position and estimated wait, nothing personal.
const q = new URLSearchParams(location.search);
const site = q.get('site') || 'hall';
const ticket = q.get('ticket') || '';
const STATES = {WAITING: '等候中', CALLED: '已叫号', SERVING: '办理中', DONE: '已办结', NO_SHOW: '已过号'};
async function load() {
  const r = await fetch('/api/v1/sites/' + encodeURIComponent(site) + '/tickets/' + encodeURIComponent(ticket), {cache: 'no-store'});
  const t = await r.json();
  document.getElementById('number').textContent = ticket;
  document.getElementById('state').textContent = !r.ok ? t.message
    : t.state === 'WAITING' ? '前面还有 ' + t.waitingAhead + ' 人，预计等候约 ' + t.estimatedWaitMinutes + ' 分钟'
    : t.state === 'CALLED' ? '请到 ' + t.window + ' 号窗口办理' : STATES[t.state] || t.state;
}
load();
setInterval(load, 10000);
