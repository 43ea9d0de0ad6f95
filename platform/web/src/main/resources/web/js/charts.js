// Bar charts drawn by uPlot, the webjar served from this bundle (loaded only by the pages that
// chart, so the intake screen never pays for it). Every chart has its figures in a table beside it.
const UPLOT = 'vendor/uplot/1.6.30/dist/';
let loading = null;

function loadUplot() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = UPLOT + 'uPlot.min.css';
      document.head.append(css);
      const s = document.createElement('script');
      s.src = UPLOT + 'uPlot.iife.min.js';
      s.onload = () => resolve(window.uPlot);
      s.onerror = () => reject(new Error('chart library not loaded'));
      document.head.append(s);
    });
  }
  return loading;
}

/**
 * A bar chart into el.
 * @param labels category labels
 * @param values bar heights (null for none)
 * @param opts {title, max, suffix, colours (one per bar), width, height}
 */
export async function bars(el, labels, values, opts = {}) {
  const uPlot = await loadUplot();
  const xs = labels.map((_, i) => i);
  const max = opts.max ?? Math.max(1, ...values.filter((v) => v !== null)) * 1.1;
  const colours = opts.colours || labels.map(() => '#2f6fb0');
  el.replaceChildren();
  const chart = new uPlot({
    title: opts.title,
    width: opts.width || Math.max(320, el.clientWidth || 600),
    height: opts.height || 240,
    legend: {show: false},
    cursor: {show: false},
    scales: {x: {time: false, range: [-0.5, labels.length - 0.5]}, y: {range: [0, max]}},
    axes: [
      {splits: () => xs, values: (u, splits) => splits.map((i) => labels[i] ?? ''), rotate: labels.length > 8 ? -40 : 0,
        size: labels.length > 8 ? 90 : 40, gap: 4, grid: {show: false}, font: '11px sans-serif'},
      {values: (u, splits) => splits.map((v) => v + (opts.suffix || '')), size: 50, font: '11px sans-serif',
        incrs: opts.counts ? [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] : undefined},
    ],
    series: [{}, {label: opts.title, width: 0, fill: colours[0], points: {show: false},
      paths: uPlot.paths.bars({size: [0.7, 48], disp: {fill: {unit: 3, values: () => colours}}})}],
  }, [xs, values], el);
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', opts.title + ': ' + labels.map((l, i) => l + ' ' + (values[i] ?? '—') + (opts.suffix || '')).join(', '));
  el.dataset.chart = 'drawn';
  return chart;
}
