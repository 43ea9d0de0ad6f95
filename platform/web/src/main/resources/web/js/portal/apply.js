// Apply online for an item: the party to act for (oneself or an enterprise one is agent of), the
// item's form, materials (reused from the vault or uploaded: PDF/JPEG/PNG up to 5 MB), how the
// result is delivered. Only verified accounts may apply; the server checks everything again.
import {api, seg} from '../api.js';
import {t} from '../i18n.js';
import {h, fill, field} from '../dom.js';
import {applicationForm} from '../formfields.js';
import {clearErrors, fieldError, formMessage, showError} from '../forms.js';
import {me, verified, parties, mask, online} from './online.js';
import {materialList} from './pmaterials.js';

export async function render(view, {params, navigate}) {
  const item = await api.get('items/' + seg(params[0]));
  if (!verified()) {
    fill(view, h('section', {class: 'panel', id: 'apply-unverified'}, h('h1', {}, t('apply.title', item.name)),
      h('p', {class: 'notice'}, t('me.unverified')), h('p', {}, h('a', {href: '#/item/' + seg(item.code)}, t('guide.back')))));
    return;
  }
  const choices = parties().filter((p) => item.party === 'BOTH' || (item.party === 'PERSON') === p.self);
  const value = (p) => p.number || 'self';
  if (!me.actingFor || !choices.some((p) => value(p) === me.actingFor)) me.actingFor = choices.length ? value(choices[0]) : null;
  const who = h('select', {id: 'apply-party'}, choices.map((p) => h('option', {value: value(p), selected: value(p) === me.actingFor},
    // one's own ID number masked; an enterprise's credit code is public
    p.self ? t('me.self') + ' · ' + mask(p.shown) : (p.name ? p.name + ' · ' : '') + p.shown)));
  const appForm = applicationForm(item.fields || []);
  // the API masks one's own number: a tab opened after the login (no number kept) asks for it once
  const ownNumber = h('input', {id: 'apply-own-number', class: 'mono', maxlength: 18, autocomplete: 'off', spellcheck: 'false'});
  const ownRow = field('ownNumber', t('apply.ownNumber'), ownNumber);
  const syncOwn = () => {
    ownRow.hidden = who.value !== 'self';
  };
  // a person the hall does not know yet gives their name once (the counter asks the same at a first visit)
  const name = h('input', {id: 'apply-name', autocomplete: 'name', maxlength: 200});
  const matsBox = h('div', {id: 'apply-materials'});
  let mats = null;
  const loadVault = async () => {
    me.actingFor = who.value;
    const vault = await online.vault().catch(() => []);
    mats = materialList(item.materials || [], vault);
    fill(matsBox, mats.el);
  };
  who.addEventListener('change', loadVault);
  who.addEventListener('change', syncOwn);
  syncOwn();
  const delivery = deliveryChoice();
  const key = crypto.randomUUID();
  const form = h('form', {class: 'panel', id: 'apply-form', novalidate: true},
    h('h1', {}, t('apply.title', item.name)),
    field('applicantNumber', t('apply.applicant'), who), ownRow,
    me.account.name ? null : field('profile.name', t('apply.name'), name, t('apply.nameHint')),
    h('h2', {}, t('apply.form')), appForm.el,
    h('h2', {}, t('apply.materials')), h('p', {class: 'hint'}, t('apply.matHint')), matsBox,
    delivery.el,
    h('p', {class: 'form-message', role: 'status'}),
    h('div', {class: 'cta'}, h('button', {type: 'submit', class: 'primary', id: 'apply-submit'}, t('apply.submit'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    formMessage(form, '');
    const missing = mats.missing();
    if (missing.length) {
      formMessage(form, t('apply.missing', missing.join('、')));
      return;
    }
    const d = delivery.value();
    if (d.method === 'post' && !d.address) {
      fieldError(form, 'delivery.address', t('apply.addressMissing'));
      return;
    }
    const button = form.querySelector('#apply-submit');
    button.disabled = true;
    try {
      const body = {itemCode: item.code, form: appForm.value(), materials: mats.value(), delivery: d};
      body.applicantNumber = who.value === 'self' ? ownNumber.value.trim().toUpperCase() : who.value;
      const self = choices.find((p) => p.self);
      if (!me.account.name && name.value.trim() && self && (who.value === 'self' || who.value === self.number)) body.profile = {name: name.value.trim()};
      const c = await online.submit(body, key);
      submitted(view, c, item, navigate);
    } catch (e) {
      showError(form, e, {...materialAliases(item), ...(who.value === 'self' ? {applicantNumber: 'ownNumber'} : {})});
      button.disabled = false;
    }
  });
  fill(view, form);
  await loadVault();
}

/** materials[2].content → the row of the third material */
function materialAliases(item) {
  const out = {};
  (item.materials || []).forEach((m, i) => {
    for (const k of ['', '.code', '.content', '.contentType', '.vaultId']) out['materials[' + i + ']' + k] = 'material:' + m.code;
  });
  return out;
}

function deliveryChoice() {
  const radios = ['download', 'post', 'window'].map((m) => h('input', {type: 'radio', name: 'delivery', value: m, id: 'delivery-' + m,
    checked: m === 'download'}));
  const address = h('input', {id: 'delivery-address', autocomplete: 'street-address', maxlength: 200});
  const recipient = h('input', {id: 'delivery-recipient', autocomplete: 'name', maxlength: 40});
  const phone = h('input', {id: 'delivery-phone', type: 'tel', autocomplete: 'tel', maxlength: 11});
  const post = h('div', {id: 'delivery-post', hidden: true}, field('delivery.address', t('apply.address'), address),
    field('delivery.recipient', t('apply.recipient'), recipient), field('delivery.phone', t('apply.recipientPhone'), phone));
  const el = h('fieldset', {class: 'delivery', id: 'apply-delivery'}, h('legend', {}, t('apply.delivery')),
    radios.map((r) => h('label', {class: 'opt', for: r.id}, r, t('apply.delivery.' + r.value))), post);
  const method = () => radios.find((r) => r.checked).value;
  for (const r of radios) r.addEventListener('change', () => {
    post.hidden = method() !== 'post';
  });
  return {el, value() {
    const m = method();
    if (m !== 'post') return {method: m};
    return {method: m, recipient: recipient.value.trim() || null, phone: phone.value.trim() || null, address: address.value.trim()};
  }};
}

function submitted(view, c, item, navigate) {
  const due = c.preReviewDue;
  fill(view, h('section', {class: 'panel result', id: 'apply-done', 'data-case': c.caseNumber, 'data-status': c.status, tabindex: '-1'},
    h('h1', {}, t('apply.submitted', c.caseNumber)),
    h('p', {}, item.name),
    h('p', {class: 'notice ok', id: 'apply-status'}, c.status === 'PRE_REVIEW' ? (due ? t('apply.preReview', due) : t('apply.preReviewNoDate'))
      : [c.statusLabel || t('status.' + c.status), c.decisionReason ? '：' + c.decisionReason : '']),
    h('div', {class: 'actions'}, h('button', {type: 'button', class: 'primary', id: 'apply-open',
      onclick: () => navigate('case/' + encodeURIComponent(c.caseNumber))}, t('apply.toCase')))));
  view.querySelector('#apply-done').focus();
}
