// Any thrown value as a short single line, for failure reasons.

export function errorMessage(err: unknown, max = 200): string {
  let msg: string;
  if (err instanceof Error) msg = err.message;
  else if (typeof err === 'string') msg = err;
  else {
    try {
      msg = String(err);
    } catch {
      msg = 'unknown error';
    }
  }
  msg = msg.replace(/\s+/g, ' ').trim();
  if (msg.length > max) msg = `${msg.slice(0, max - 1)}…`;
  return msg || 'unknown error';
}
