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

export async function postJSON(path, body) {
  return parse(
    await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
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
