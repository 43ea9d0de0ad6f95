// The window a clerk sits at (kept in this browser) and the ticket being served, handed from the
// calling screen to the intake screen: the intake opens with its applicant and item, and the case
// taken in is recorded on the ticket (POST /windows/{window}/cases).
import {api, seg} from './api.js';

const SEAT = 'hall.floor.seat';
const SERVING = 'hall.floor.serving';

function read(store, key) {
  try {
    return JSON.parse(store.getItem(key) || 'null');
  } catch (e) {
    return null;
  }
}

function write(store, key, value) {
  try {
    if (value) store.setItem(key, JSON.stringify(value));
    else store.removeItem(key);
  } catch (e) {
    // private mode: kept for this page only
  }
}

/** @return {site, window} the clerk signed in to last in this browser, or null */
export const remembered = () => read(localStorage, SEAT);
export const remember = (seat) => write(localStorage, SEAT, seat);

/** @param intake the serve answer's {applicantNumber, itemCode, ticket, window} */
export const startServing = (intake) => write(sessionStorage, SERVING, intake);
/** @return the ticket being served, or null */
export const serving = () => read(sessionStorage, SERVING);
export const stopServing = () => write(sessionStorage, SERVING, null);

/** Records the case on the ticket being served; @return the ticket */
export async function recordCase(caseNumber) {
  const s = serving();
  if (!s) return null;
  const ticket = await api.post('windows/' + seg(s.window) + '/cases', {caseNumber});
  stopServing();
  return ticket;
}
