// Small DOM helpers: build elements without innerHTML (text is always text, never markup).

/**
 * h('button', {class: 'primary', onclick: f}, 'text', child) builds an element.
 * Props: class, text, dataset entries as data-*, on* handlers, boolean attributes, anything else as an attribute.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked' || k === 'disabled' || k === 'selected' || k === 'hidden' || k === 'required') el[k] = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

/** A labelled input row: label, control, and the place its error message goes (data-field). */
export function field(name, label, control, hint) {
  const id = control.id || ('f-' + name.replace(/[^a-zA-Z0-9]/g, '-'));
  control.id = id;
  control.name = control.name || name;
  const err = h('span', {class: 'err', id: id + '-err', role: 'alert'});
  control.setAttribute('aria-describedby', err.id);
  return h('div', {class: 'row', 'data-field': name},
    h('label', {for: id}, label), control, hint ? h('span', {class: 'hint'}, hint) : null, err);
}

/** Debounces fn by ms. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
