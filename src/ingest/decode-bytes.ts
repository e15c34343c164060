// Bytes to a string, or a one-line reason why these bytes are not a text document.
// UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted; a charset declared by
// an HTML page or XML feed (or an HTTP header) is honoured when the bytes are not UTF-8.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export interface DecodeOptions {
  /** What the bytes are, for the reason wording: "file", "response", "input". */
  what?: string;
  /** A declared charset (e.g. "windows-1252") to use when the bytes are not valid UTF-8. */
  charset?: string | null;
}

/** Share of control characters above which decoded text counts as binary. */
const MAX_CONTROL_SHARE = 0.05;
/** How much of a long text the control-character check samples. */
const SAMPLE_CHARS = 65536;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when a string has a high share of control characters (other than tab, LF, CR, FF, VT, ESC). */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1b) || c === 0x7f) {
      controls++;
    }
  }
  return controls / sample.length > MAX_CONTROL_SHARE;
}

/** A TextDecoder label this runtime understands, or null. */
function supportedCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', what: string): Decoded {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) return { ok: false, reason: `not valid UTF-16 (odd number of bytes)` };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return { ok: false, reason: 'not valid UTF-16' };
  }
  if (looksBinary(text)) return { ok: false, reason: `binary ${what} (control characters)` };
  return { ok: true, text };
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const what = opts.what ?? 'file';
  if (bytes.length === 0) return { ok: false, reason: `empty ${what}` };

  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', what);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', what);

  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, reason: `binary ${what} (NUL bytes)` };

  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const declared = supportedCharset(opts.charset);
    if (declared && declared !== 'utf-8' && body === bytes) {
      try {
        text = new TextDecoder(declared).decode(body);
      } catch {
        text = null;
      }
    }
    if (text === null) {
      const at = firstInvalidUtf8(body);
      const where = at >= 0 ? ` (byte 0x${body[at].toString(16).padStart(2, '0')} at offset ${at + (bytes.length - body.length)})` : '';
      return { ok: false, reason: `not valid UTF-8${where}` };
    }
  }
  if (looksBinary(text)) return { ok: false, reason: `binary ${what} (control characters)` };
  return { ok: true, text };
}

/**
 * The charset a document declares for itself: an HTTP content-type parameter, an XML
 * declaration's encoding, or an HTML <meta charset> / http-equiv in the first 2 KB.
 */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const fromHeader = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  if (fromHeader) return fromHeader[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (meta) return meta[1];
  return null;
}
