// The public 好差评 figures: per department, no applicant, no clerk, no comment (GET /api/v1/ratings/public).
const pct = (r) => (r * 100).toFixed(1) + '%';
const r = await fetch('/api/v1/ratings/public');
if (r.ok) {
  const s = await r.json();
  document.getElementById('ratings-summary').textContent =
    `本年度共收到评价 ${s.ratings} 条，满意率 ${pct(s.satisfactionRate)}，差评 ${s.bad} 条，按期整改 ${s.rectifiedOnTime} 条，整改中 ${s.open} 条，回访率 ${pct(s.callbackRate)}（不含任何个人信息）。`;
  const body = document.querySelector('#ratings-table tbody');
  for (const row of s.rows) {
    const tr = document.createElement('tr');
    for (const v of [row.key, row.ratings, pct(row.satisfactionRate), row.bad, row.rectifiedOnTime, row.open]) {
      const td = document.createElement('td');
      td.textContent = v;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
}
