// The REST API under /api/v1 with the session cookie. Requests that change something carry
// X-Hall-Request: 1 (the API refuses a cookie alone for those). Errors become ApiError with the
// API's {error, message, field}; a 401 on a staff request tells the app the session is over.

const BASE = '/api/v1/';

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : 'HTTP ' + status);
    this.status = status;
    this.error = body && body.error;
    this.field = body && body.field;
  }
}

let onUnauthenticated = () => {};

/** @param fn called when a request answers 401 (the session expired or was closed) */
export function whenUnauthenticated(fn) {
  onUnauthenticated = fn;
}

async function request(method, path, body, headers = {}, {quiet401 = false} = {}) {
  const h = {'Accept': 'application/json', ...headers};
  if (method !== 'GET') h['X-Hall-Request'] = '1';
  let payload;
  if (body !== undefined) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const resp = await fetch(BASE + path, {method, headers: h, body: payload, credentials: 'same-origin', cache: 'no-store'});
  if (resp.status === 204) return null;
  const text = await resp.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = {error: 'not_json', message: text.slice(0, 200)};
  }
  if (!resp.ok) {
    const err = new ApiError(resp.status, json);
    if (resp.status === 401 && !quiet401) onUnauthenticated(err);
    throw err;
  }
  return json;
}

export const api = {
  get: (path, opts) => request('GET', path, undefined, {}, opts),
  post: (path, body, headers, opts) => request('POST', path, body === undefined ? {} : body, headers, opts),
  put: (path, body) => request('PUT', path, body),
  del: (path, opts) => request('DELETE', path, undefined, {}, opts),
};

/** Encodes one path segment. */
export const seg = (s) => encodeURIComponent(String(s));
