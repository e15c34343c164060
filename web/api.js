// The only way the app talks to the server: its own JSON API, same origin.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(body?.error ?? `${response.status} ${response.statusText}`, response.status);
  return body;
}

export async function getJSON(path) {
  return parse(await fetch(path, { headers: { accept: 'application/json' } }));
}

// Writes carry the server's API token. The server hands it only to this page, loaded from
// loopback, asking same-origin with the app's header (another site's page cannot send that
// header without a preflight, which the server never grants).
let token = null;

async function writeToken(fresh) {
  if (fresh || !token) {
    token = (await parse(await fetch('/session', { headers: { accept: 'application/json', 'x-corridor-client': 'web' } }))).token;
  }
  return token;
}

export async function postJSON(path, body) {
  const send = async (fresh) =>
    fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${await writeToken(fresh)}` },
      body: JSON.stringify(body),
    });
  let response = await send(false);
  // A restarted server has a new token: fetch it once more.
  if (response.status === 401) response = await send(true);
  return parse(response);
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Route paths carry public ids ("prj-…"): encoded so no id can change the path. */
export const idPath = (id) => encodeURIComponent(String(id));
