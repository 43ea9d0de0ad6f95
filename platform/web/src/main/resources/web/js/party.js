// The applicant at the window (一证一码): the number checked as it is typed, the profile collected
// once (prefilled, editable, saved with the version it was read at) and the material vault.
import {api, seg} from './api.js';
import {t, when} from './i18n.js';
import {h, fill, field, debounce} from './dom.js';
import {clearErrors, formMessage, showError, fieldError} from './forms.js';
import {verifyIdentity} from './verify.js';

const FIELDS = {
  person: ['phone', 'email', 'address', 'workUnit'],
  enterprise: ['type', 'legalRepresentative', 'legalRepresentativeId', 'address', 'phone', 'registeredCapital', 'establishedOn'],
};

/**
 * @param onParty called with the party once it is looked up (and with null when the number changes)
 * @return {el, party(), saveIfChanged(), focus()}
 */
export function applicantPanel(onParty) {
  let party = null; // {number, kind, version, name, fields, vault, isNew, dirty}
  let check = null;
  const number = h('input', {class: 'mono', maxlength: 18, autocomplete: 'off', spellcheck: 'false', inputmode: 'text',
    placeholder: t('party.numberPlaceholder'), id: 'applicant-number'});
  const status = h('span', {class: 'check', id: 'applicant-check', role: 'status', 'aria-live': 'polite'});
  const lookup = h('button', {type: 'submit', id: 'applicant-lookup'}, t('party.lookup'));
  const numberRow = field('applicantNumber', t('party.number'), number);
  numberRow.insertBefore(status, numberRow.querySelector('.err'));
  const inline = h('span', {class: 'with-button'});
  numberRow.replaceChild(inline, number);
  inline.append(number, lookup);
  const lookupForm = h('form', {class: 'lookup', novalidate: true}, numberRow);
  const profileBox = h('div', {class: 'profile', id: 'profile'});
  const vaultBox = h('div', {class: 'vault', id: 'vault'});
  const el = h('section', {class: 'panel applicant', 'aria-labelledby': 'applicant-h'},
    h('h2', {id: 'applicant-h'}, h('span', {class: 'step'}, '1'), t('party.title')),
    h('p', {class: 'form-message', role: 'status'}), lookupForm, profileBox, vaultBox);

  const checkNow = debounce(async () => {
    const value = number.value.trim().toUpperCase();
    if (!value) {
      fill(status, '');
      return;
    }
    try {
      const c = await api.get('identity/check?number=' + encodeURIComponent(value));
      if (number.value.trim().toUpperCase() !== value) return;
      check = {...c, number: value};
      status.className = 'check ' + (c.valid ? 'ok' : 'bad');
      fill(status, (c.valid ? '✓ ' : '✗ ') + (c.kind ? t('party.kind.' + c.kind) + ' · ' : '') + c.message);
    } catch (e) {
      if (e.status !== 429) {
        status.className = 'check bad';
        fill(status, e.message);
      }
    }
  }, 200);

  number.addEventListener('input', () => {
    const upper = number.value.toUpperCase();
    if (upper !== number.value) number.value = upper;
    check = null;
    status.className = 'check';
    fill(status, number.value ? t('party.typed', number.value.trim().length) : '');
    if (party) {
      party = null;
      fill(profileBox);
      fill(vaultBox);
      onParty(null);
    }
    checkNow();
  });

  lookupForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(el);
    formMessage(el, '');
    const value = number.value.trim().toUpperCase();
    if (!value) {
      fieldError(el, 'applicantNumber', t('party.numberMissing'));
      number.focus();
      return;
    }
    try {
      const c = check && check.number === value ? check : await api.get('identity/check?number=' + encodeURIComponent(value));
      if (!c.valid) {
        fieldError(el, 'applicantNumber', c.message);
        number.focus();
        return;
      }
      await load(value, c.kind);
    } catch (e) {
      showError(el, e, {number: 'applicantNumber'});
    }
  });

  async function load(value, kind) {
    let profile = null;
    try {
      profile = await api.get('parties/' + seg(value));
    } catch (e) {
      if (e.status !== 404) throw e;
    }
    const vault = await api.get('parties/' + seg(value) + '/vault');
    party = {number: value, kind, version: profile ? profile.version : 0, name: profile ? profile.name : '',
      fields: profile ? {...profile.fields} : {}, vault, isNew: !profile, dirty: false, profile};
    renderProfile();
    renderVault();
    onParty(party);
    (party.isNew ? profileBox.querySelector('input') : null)?.focus();
  }

  function renderProfile() {
    const p = party;
    const name = h('input', {value: p.name, maxlength: 200, autocomplete: 'off', id: 'profile-name'});
    const inputs = {name};
    const rows = [field('name', t(p.kind === 'enterprise' ? 'party.enterpriseName' : 'party.personName'), name)];
    for (const key of FIELDS[p.kind]) {
      const value = p.fields[key] || '';
      const input = h('input', {value, maxlength: 300, autocomplete: 'off', id: 'profile-' + key,
        placeholder: key === 'establishedOn' ? 'YYYY-MM-DD' : null});
      inputs[key] = input;
      rows.push(field('fields.' + key, t('party.field.' + key), input,
        key === 'legalRepresentativeId' && value.includes('*') ? t('party.maskedHint') : null));
    }
    const save = h('button', {type: 'submit', id: 'profile-save'}, t('party.save'));
    const meta = p.isNew ? t('party.new') : t('party.version', p.version, when(p.profile.updatedAt), p.profile.updatedBy || '');
    const form = h('form', {class: 'profile-form', novalidate: true, id: 'profile-form'},
      h('h3', {}, t('party.profile'), ' ', h('span', {class: 'meta', id: 'profile-version'}, meta)),
      h('p', {class: 'form-message', role: 'status'}), ...rows, h('div', {class: 'actions'}, save));
    // a person's online account becomes verified once a clerk has seen the ID card (网上大厅实名核验)
    const verify = p.kind === 'person' ? verifyIdentity(p.number) : null;
    form.addEventListener('input', () => {
      p.dirty = true;
    });
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await saveProfile(form);
        formMessage(form, t('party.saved', party.version), 'ok');
      } catch (e) {
        // shown by saveProfile
      }
    });
    p.read = () => {
      const fields = {};
      for (const key of FIELDS[p.kind]) {
        const v = inputs[key].value.trim();
        if (v) fields[key] = v;
      }
      return {name: inputs.name.value.trim(), fields};
    };
    p.form = form;
    fill(profileBox, form, verify);
  }

  async function saveProfile(form) {
    clearErrors(form);
    formMessage(form, '');
    const {name, fields} = party.read();
    try {
      const saved = await api.put('parties/' + seg(party.number), {version: party.version, name, fields});
      Object.assign(party, {version: saved.version, name: saved.name, fields: {...saved.fields}, isNew: false, dirty: false, profile: saved});
      form.querySelector('#profile-version').textContent = t('party.version', saved.version, when(saved.updatedAt), saved.updatedBy || '');
    } catch (e) {
      if (e.status === 409) {
        formMessage(form, t('party.stale') + ' ' + e.message);
        const reload = h('button', {type: 'button', id: 'profile-reload'}, t('party.reload'));
        reload.addEventListener('click', () => load(party.number, party.kind));
        form.querySelector('.form-message').append(' ', reload);
      } else {
        showError(form, e, {'profile.name': 'name'});
      }
      throw e;
    }
  }

  function renderVault() {
    const items = party.vault;
    fill(vaultBox, h('h3', {}, t('vault.title'), ' ', h('span', {class: 'meta'}, t('vault.count', items.length))),
      items.length === 0 ? h('p', {class: 'meta'}, t('vault.empty')) : h('ul', {class: 'vault-list', id: 'vault-list'},
        items.map((m) => h('li', {class: m.expired ? 'expired' : '', 'data-vault-id': m.id},
          h('span', {}, m.title), ' ',
          h('span', {class: 'meta'}, m.validUntil ? t('vault.until', m.validUntil) : t('vault.noExpiry')),
          m.expired ? h('span', {class: 'badge red'}, t('vault.expired')) : null))));
  }

  return {
    el,
    party: () => party,
    focus: () => number.focus(),
    /** Saves a new or changed profile before an application; throws (with the error shown) when it cannot. */
    async saveIfChanged() {
      if (party && (party.isNew || party.dirty)) await saveProfile(party.form);
    },
    /** Shows an error of POST /cases that concerns the applicant or the profile. */
    showError(e) {
      if (e.field === 'applicantNumber') return fieldError(el, 'applicantNumber', e.message);
      if (e.field && e.field.startsWith('profile.') && party) {
        return fieldError(party.form, e.field.slice('profile.'.length), e.message);
      }
      return false;
    },
    /** Types a number (as a card reader does) and looks it up: the calling screen's ticket opens the intake with it. */
    lookup(value) {
      number.value = value;
      number.dispatchEvent(new Event('input'));
      lookupForm.requestSubmit();
    },
    reset() {
      number.value = '';
      party = null;
      check = null;
      fill(status, '');
      fill(profileBox);
      fill(vaultBox);
      onParty(null);
    },
  };
}
