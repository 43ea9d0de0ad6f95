// Instants as the hall reads them: the online API gives UTC instants ("…Z"), the hall works in
// Beijing time (UTC+8, no daylight saving), so they are shown as YYYY-MM-DD HH:mm in that zone.
import {when} from './i18n.js';

const OFFSET = 8 * 3600 * 1000;

/** @return an ISO instant or date-time as local hall time, YYYY-MM-DD HH:mm (a date alone as it is) */
export function at(iso) {
  if (typeof iso === 'number') iso = new Date(iso < 1e11 ? iso * 1000 : iso).toISOString();
  if (!iso || !/T.*[zZ]$/.test(iso)) return when(iso);
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? when(iso) : new Date(ms + OFFSET).toISOString().slice(0, 16).replace('T', ' ');
}
