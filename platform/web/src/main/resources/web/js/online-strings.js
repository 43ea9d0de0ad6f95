// The staff screens' words for the online hall (pre-review, identity verification, visit figures),
// kept with the portal's and added to the shared strings when a staff screen that needs them loads.
import {STRINGS} from './strings.js';
import {PORTAL} from './portal/strings.js';

Object.assign(STRINGS, PORTAL);
