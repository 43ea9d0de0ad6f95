// The "暂定 provisional" mark of a deadline that counts over a year whose holiday schedule is computed
// from the law because the State Council has not published it yet (the hall recomputes it, and tells
// the applicant, once the schedule is loaded). The REST views compute the flag when they answer.
import {t} from './i18n.js';
import {h} from './dom.js';

/** @return the mark with its tooltip, or null when the deadline rests on official schedules only */
export function provisionalMark(provisional) {
  if (!provisional) return null;
  return h('span', {class: 'badge provisional', title: t('provisional.tip'), 'data-provisional': 'true', tabindex: '0'},
    t('provisional.mark'));
}
