// The kiosk of a street or community site (/hall/kiosk.html?site=…): take a ticket, check in a booking,
// book, look up progress. Large touch targets; after 60 s (or ?idle=N seconds) without a touch it returns to its start screen
// and forgets what the last person typed. It works with the session of a kiosk account (role kiosk).

const query = new URLSearchParams(location.search);
const site = query.get('site') || 'hall';
// idle=N (seconds, 5–600) for a screen that should forget sooner or later than the default minute
const idleSeconds = Number(query.get('idle'));
const IDLE_MS = Number.isFinite(idleSeconds) && idleSeconds >= 5 && idleSeconds <= 600 ? idleSeconds * 1000 : 60_000;
const screens = ['login', 'home', 'take', 'checkin', 'book', 'result'];
const error = document.getElementById('error');
let idle;

function show(name) {
  for (const s of screens) document.getElementById(s).classList.toggle('hidden', s !== name);
  error.textContent = '';
  document.body.dataset.screen = name;
}

function reset() {
  for (const f of document.querySelectorAll('form')) f.reset();
  document.getElementById('result').replaceChildren();
  show(document.body.dataset.loggedIn ? 'home' : 'login');
}

function touched() {
  clearTimeout(idle);
  idle = setTimeout(reset, IDLE_MS);
}

async function call(method, path, body) {
  const resp = await fetch('/api/v1/' + path, {method, credentials: 'same-origin', cache: 'no-store',
    headers: {'Content-Type': 'application/json', 'X-Hall-Request': '1', 'Accept': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body)});
  const json = resp.status === 204 ? null : await resp.json();
  if (!resp.ok) throw new Error(json && json.message ? json.message : 'HTTP ' + resp.status);
  return json;
}

function result(lines, number) {
  const r = document.getElementById('result');
  const n = document.createElement('p');
  n.className = 'number';
  n.textContent = number;
  r.replaceChildren(n, ...lines.map((l) => { const p = document.createElement('p'); p.textContent = l; return p; }));
  const back = document.createElement('button');
  back.type = 'button';
  back.textContent = '完成';
  back.addEventListener('click', reset);
  r.append(back);
  show('result');
}

function ticketShown(t) {
  result(['前面还有 ' + t.waitingAhead + ' 人', '预计等候约 ' + t.estimatedWaitMinutes + ' 分钟', t.vip ? '绿色通道：请到 VIP 区等候' : '',
    t.ratingCode ? '办完后请评价（好差评）：评价编号 ' + t.ratingId + '，评价码 ' + t.ratingCode : ''], t.ticket);
}

function values(form) {
  const out = {};
  for (const [k, v] of new FormData(form)) if (String(v).trim()) out[k] = String(v).trim();
  return out;
}

async function start() {
  const s = await call('GET', 'sites/' + encodeURIComponent(site));
  document.getElementById('site-name').textContent = s.name + ' · 自助服务终端';
  document.getElementById('queues').replaceChildren(...s.queues.filter((q) => !q.vip).map((q) => new Option(q.name + ' (' + q.prefix + ')', q.code)));
  try {
    await call('GET', 'session');
    document.body.dataset.loggedIn = 'true';
  } catch (e) {
    delete document.body.dataset.loggedIn;
  }
  reset();
}

document.addEventListener('pointerdown', touched);
document.addEventListener('keydown', touched);
for (const b of document.querySelectorAll('[data-go]')) {
  b.addEventListener('click', () => {
    if (b.dataset.go === 'progress') {
      location.href = 'progress.html';
      return;
    }
    show(b.dataset.go);
  });
}
document.getElementById('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const me = await call('POST', 'session', values(e.target));
    if (me.mustChangePassword) throw new Error('请先在工作台为终端账号设置新密码');
    document.body.dataset.loggedIn = 'true';
    reset();
  } catch (x) {
    document.getElementById('login-error').textContent = x.message;
  }
});
document.getElementById('take').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    ticketShown(await call('POST', 'sites/' + encodeURIComponent(site) + '/tickets', values(e.target)));
  } catch (x) {
    error.textContent = x.message;
  }
});
document.getElementById('checkin').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    ticketShown(await call('POST', 'sites/' + encodeURIComponent(site) + '/tickets', values(e.target)));
  } catch (x) {
    error.textContent = x.message;
  }
});
const book = document.getElementById('book');
book.elements.date.addEventListener('change', async () => {
  try {
    const slots = await call('GET', 'sites/' + encodeURIComponent(site) + '/slots?date=' + book.elements.date.value);
    document.getElementById('slots').replaceChildren(...slots.filter((s) => s.free > 0).map((s) => new Option(s.slot + '（余 ' + s.free + '）', s.slot)));
  } catch (x) {
    error.textContent = x.message;
  }
});
book.addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const a = await call('POST', 'appointments', {site, ...values(book)});
    result(['预约成功：' + a.date + ' ' + a.slot, '请在预约时段前 30 分钟内到本点签到取号'], a.appointmentNumber);
  } catch (x) {
    error.textContent = x.message;
  }
});
start();
