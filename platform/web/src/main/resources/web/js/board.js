// The calling board of a site (/hall/board.html?site=…): the last calls and the waiting counts, updated
// by the server-sent events of /api/v1/sites/{site}/board/events within a second of a call, and spoken
// with the browser's speech synthesis (请A023号到5号窗口办理). Browsers only speak after a user gesture,
// so the screen offers a button once; a TV set up with autoplay allowed speaks at once.

const site = new URLSearchParams(location.search).get('site') || 'hall';
const api = (p) => '/api/v1/sites/' + encodeURIComponent(site) + p;
const calls = document.getElementById('calls');
const waiting = document.getElementById('waiting');
const status = document.getElementById('status');
let speaking = false;

function time(iso) {
  return iso ? new Date(iso).toLocaleTimeString('zh-CN', {hour: '2-digit', minute: '2-digit'}) : '';
}

function row(c, fresh) {
  const tr = document.createElement('tr');
  if (fresh) tr.className = 'fresh';
  for (const [text, cls] of [[c.ticket, 'ticket'], [c.windowNumber + '号窗口', ''], [time(c.calledAt), '']]) {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.appendChild(td);
  }
  tr.dataset.ticket = c.ticket;
  return tr;
}

export function sentence(c) {
  return '请' + c.ticket + '号到' + c.windowNumber + '号窗口办理';
}

function speak(c) {
  if (!('speechSynthesis' in window)) return;
  const u = new SpeechSynthesisUtterance(sentence(c));
  u.lang = 'zh-CN';
  u.rate = 0.9;
  window.speechSynthesis.speak(u);
  // the board's test reads what was spoken
  document.body.dataset.spoken = sentence(c);
}

function showWaiting(w) {
  waiting.replaceChildren(...Object.entries(w).map(([queue, n]) => {
    const d = document.createElement('div');
    const q = document.createElement('span');
    q.textContent = queue;
    const v = document.createElement('span');
    v.textContent = n + ' 人';
    d.append(q, v);
    return d;
  }));
}

async function refresh() {
  const resp = await fetch(api('/board'), {cache: 'no-store'});
  if (!resp.ok) {
    status.textContent = '站点不存在：' + site;
    return false;
  }
  const b = await resp.json();
  calls.replaceChildren(...b.calls.map((c) => row(c, false)));
  showWaiting(b.waiting);
  return true;
}

async function start() {
  const s = await fetch('/api/v1/sites/' + encodeURIComponent(site), {cache: 'no-store'});
  if (s.ok) {
    const name = (await s.json()).name;
    document.getElementById('site-name').textContent = name + ' · 叫号屏';
    document.title = name + ' · 叫号屏';
  }
  if (!(await refresh())) return;
  const events = new EventSource(api('/board/events'));
  events.addEventListener('open', () => { status.textContent = '已连接'; document.body.dataset.connected = 'true'; });
  events.addEventListener('error', () => { status.textContent = '连接中断，正在重连…'; });
  events.addEventListener('call', (e) => {
    const c = JSON.parse(e.data);
    calls.prepend(row(c, true));
    while (calls.children.length > 10) calls.lastChild.remove();
    speak(c);
    refresh();
  });
  setInterval(() => { document.getElementById('clock').textContent = new Date().toLocaleString('zh-CN'); }, 1000);
  setInterval(refresh, 30_000);
}

document.getElementById('speak').addEventListener('click', (e) => {
  speaking = true;
  e.target.classList.add('hidden');
  window.speechSynthesis && window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
});

start();
