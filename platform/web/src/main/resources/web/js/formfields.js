// The application form of an item, from its field definitions (GET /items/{code}).
import {t} from './i18n.js';
import {h, field} from './dom.js';

/**
 * @param fields the item's fields
 * @param only field keys to show (a supplement), or null for all
 * @return {el, value()}
 */
export function applicationForm(fields, only = null) {
  const controls = [];
  const rows = fields.filter((f) => !only || only.includes(f.key)).map((f) => {
    const c = control(f);
    controls.push([f, c]);
    return field('form.' + f.key, f.label + (f.required ? ' *' : ''), c, hint(f));
  });
  return {
    el: h('div', {class: 'appform', id: 'application-form'}, rows),
    value() {
      const out = {};
      for (const [f, c] of controls) {
        const raw = c.value.trim();
        if (raw === '') continue;
        if (f.type === 'INTEGER' && /^-?\d+$/.test(raw)) out[f.key] = Number(raw);
        else if (f.type === 'DECIMAL' && /^-?\d+(\.\d+)?$/.test(raw)) out[f.key] = Number(raw);
        else if (f.type === 'BOOLEAN') out[f.key] = raw === 'true';
        else out[f.key] = raw;
      }
      return out;
    },
  };
}

function control(f) {
  const id = 'form-' + f.key;
  if (f.type === 'CHOICE' || f.type === 'BOOLEAN') {
    const options = f.type === 'BOOLEAN' ? [['true', t('form.yes')], ['false', t('form.no')]] : (f.options || []).map((o) => [o, o]);
    return h('select', {id, required: f.required}, h('option', {value: ''}, t('form.choose')),
      options.map(([v, l]) => h('option', {value: v}, l)));
  }
  const props = {id, autocomplete: 'off', required: f.required};
  if (f.maxLength > 0) props.maxlength = f.maxLength;
  if (f.type === 'INTEGER' || f.type === 'DECIMAL') props.inputmode = f.type === 'INTEGER' ? 'numeric' : 'decimal';
  if (f.type === 'DATE') props.placeholder = 'YYYY-MM-DD';
  if (f.type === 'RESIDENT_ID' || f.type === 'CREDIT_CODE') Object.assign(props, {maxlength: 18, class: 'mono', spellcheck: 'false'});
  if (f.type === 'PHONE') props.type = 'tel';
  return h('input', props);
}

function hint(f) {
  return {DATE: t('form.hint.date'), RESIDENT_ID: t('form.hint.id'), CREDIT_CODE: t('form.hint.uscc')}[f.type] || null;
}
