// Which hosts a URL fetch may connect to. A URL in a feed, a redirect or a DNS answer must
// not make corridor reach the machine it runs on, the local network or a cloud metadata
// service (server-side request forgery), so every hop is checked twice: the URL as parsed
// (scheme, names, literal addresses) and then every address its host name resolves to.
// fetch-url.ts then connects to the checked address only (see pinnedLookup), so a DNS answer
// that changes between check and connect (rebinding) is never used.
//
// The ranges are data (data/ingest/blocked-addresses.json); this file only parses and matches.

import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress, LookupOneOptions, LookupAllOptions } from 'node:dns';
import { isIP } from 'node:net';
import { loadJson } from '../nlp/data-dir.js';

export interface AddressPolicy {
  /** Let loopback, private, link-local and other local ranges through (metadata stays refused). */
  allowPrivate?: boolean;
}

/** A resolver: every address a host name has. Injectable so tests never touch real DNS. */
export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const defaultResolveHost: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

interface RangeEntry { range: string; kind: string; always?: boolean }
interface NameEntry { name: string; kind: string; always?: boolean }
interface BlockList { ranges: RangeEntry[]; names: NameEntry[] }

interface Range { bits: bigint; prefix: number; width: 32 | 128; text: string; kind: string; always: boolean }

let ranges: Range[] | null = null;

function blockList(): BlockList {
  return loadJson<BlockList>('ingest/blocked-addresses.json');
}

function compiledRanges(): Range[] {
  if (ranges) return ranges;
  ranges = blockList().ranges.map((r) => {
    const [addr, len] = r.range.split('/');
    const bits = addressBits(addr);
    if (!bits) throw new Error(`blocked-addresses.json: bad range ${r.range}`);
    return { bits: bits.value, prefix: Number(len), width: bits.width, text: r.range, kind: r.kind, always: r.always === true };
  });
  return ranges;
}

/** Four dotted decimal octets (the only IPv4 form left once the URL parser or DNS has had it). */
function ipv4Bits(s: string): bigint | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  let v = 0n;
  for (let i = 1; i <= 4; i++) {
    const n = Number(m[i]);
    if (n > 255) return null;
    v = (v << 8n) | BigInt(n);
  }
  return v;
}

/** An IPv6 address (zone id, brackets and a dotted IPv4 tail allowed) as a 128-bit number. */
function ipv6Bits(raw: string): bigint | null {
  let s = raw.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  if (isIP(s) !== 6) return null;
  // a dotted IPv4 tail (::ffff:127.0.0.1) becomes two hex groups
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail) {
    const v4 = ipv4Bits(tail[1]);
    if (v4 === null) return null;
    s = s.slice(0, tail.index) + ((v4 >> 16n) & 0xffffn).toString(16) + ':' + (v4 & 0xffffn).toString(16);
  }
  const [head, rest] = s.includes('::') ? s.split('::') : [s, null];
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const fill = rest === null ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(fill).fill('0'), ...right];
  if (groups.length !== 8) return null;
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(Number.parseInt(g || '0', 16));
  return v;
}

function addressBits(s: string): { value: bigint; width: 32 | 128 } | null {
  const v4 = ipv4Bits(s);
  if (v4 !== null) return { value: v4, width: 32 };
  const v6 = ipv6Bits(s);
  if (v6 !== null) return { value: v6, width: 128 };
  return null;
}

function v4Text(v: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((v >> shift) & 0xffn)).join('.');
}

// IPv6 prefixes whose last 32 bits are an IPv4 address that is what actually gets reached.
const EMBEDS_IPV4: { prefix: bigint; len: number; name: string }[] = [
  { prefix: 0xffffn << 32n, len: 96, name: 'IPv4-mapped' },
  { prefix: 0n, len: 96, name: 'IPv4-compatible' },
  { prefix: 0x0064ff9bn << 96n, len: 96, name: 'NAT64' },
];

function inRange(value: bigint, width: 32 | 128, r: Range): boolean {
  if (r.width !== width) return false;
  const shift = BigInt(width - r.prefix);
  return value >> shift === r.bits >> shift;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function rangeReason(shown: string, r: Range, via?: string): string {
  return `${shown} is ${article(r.kind)} ${r.kind} address (${r.text}${via ? `, ${via}` : ''})`;
}

/**
 * Why a connection to this IP address is refused, or null when it is allowed. The address is
 * what DNS or the URL parser produced: dotted-quad IPv4 or any IPv6 text form.
 */
export function addressRefusal(address: string, policy: AddressPolicy = {}): string | null {
  const parsed = addressBits(address);
  if (!parsed) return `${address} is not an IP address`;
  const all = compiledRanges();
  const match = (value: bigint, width: 32 | 128): Range | undefined =>
    all.find((r) => (r.always || !policy.allowPrivate) && inRange(value, width, r));

  if (parsed.width === 128) {
    // ::1 and :: sit inside the IPv4-compatible prefix; their own entries must win
    const own = all.find((r) => r.prefix === 128 && inRange(parsed.value, 128, r));
    if (!own) {
      for (const e of EMBEDS_IPV4) {
        const shift = BigInt(128 - e.len);
        if (parsed.value >> shift !== e.prefix >> shift) continue;
        const v4 = parsed.value & 0xffffffffn;
        const r = match(v4, 32);
        if (r) return rangeReason(address, r, `${e.name} form of ${v4Text(v4)}`);
      }
    }
  }
  const r = match(parsed.value, parsed.width);
  return r ? rangeReason(address, r) : null;
}

/** A host name as compared with the name list: lower case, no trailing dot. */
function canonicalName(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/**
 * Why this URL is refused before any DNS lookup (scheme, a refused name, a literal address
 * in a refused range), or null. Takes the WHATWG-parsed URL, so 0x7f.1, 2130706433 and
 * 0177.0.0.1 already read 127.0.0.1 here.
 */
export function urlRefusal(url: URL, policy: AddressPolicy = {}): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `unsupported URL scheme "${url.protocol}" (only http and https)`;
  }
  const host = url.hostname;
  const literal = host.startsWith('[') ? host.slice(1, -1) : isIP(host) === 4 ? host : null;
  if (literal !== null) return addressRefusal(literal, policy);
  const name = canonicalName(host);
  const named = blockList().names.find((n) => (n.always || !policy.allowPrivate) && canonicalName(n.name) === name);
  if (named) return `${host} is a ${named.kind} host name`;
  return null;
}

export type CheckedHost =
  | { ok: true; address: string; family: 4 | 6 }
  /** refused: the policy said no (not DNS); liftable: --allow-private would let it through. */
  | { ok: false; reason: string; refused: boolean; liftable: boolean };

function refusal(reason: string, again: () => string | null): CheckedHost {
  return { ok: false, reason, refused: true, liftable: again() === null };
}

function lookupFailure(reason: string): CheckedHost {
  return { ok: false, reason, refused: false, liftable: false };
}

/**
 * Resolve a URL's host and check every address it has; the first address, to connect to, or
 * why not. Any refused address refuses the host: a name that also points inside the network
 * is not one to trust with the rest of its answers.
 */
export async function checkHost(url: URL, policy: AddressPolicy & { resolve?: ResolveHost } = {}): Promise<CheckedHost> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return lookupFailure(urlRefusal(url, policy) ?? '');
  const early = urlRefusal(url, policy);
  if (early) return refusal(early, () => urlRefusal(url, { allowPrivate: true }));
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const family = isIP(host);
  if (family === 4 || family === 6) return { ok: true, address: host, family };

  let answers: { address: string; family: number }[];
  try {
    answers = await (policy.resolve ?? defaultResolveHost)(host);
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') return lookupFailure(`host not found: ${host}`);
    if (code === 'EAI_AGAIN') return lookupFailure('host name lookup failed (temporary DNS failure)');
    return lookupFailure(`host name lookup failed: ${(err as Error)?.message ?? String(err)}`.split('\n')[0]);
  }
  if (answers.length === 0) return lookupFailure(`host not found: ${host}`);
  for (const a of answers) {
    const why = addressRefusal(a.address, policy);
    if (why) return refusal(`${host} resolves to a refused address: ${why}`, () => addressRefusal(a.address, { allowPrivate: true }));
  }
  const first = answers[0];
  return { ok: true, address: first.address.replace(/%.*$/, ''), family: isIP(first.address.replace(/%.*$/, '')) === 6 ? 6 : 4 };
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that answers with the checked address whatever name it is asked
 * for: the socket can only go where checkHost looked. Node asks for one address or, with
 * happy-eyeballs on, for a list; both shapes are answered.
 */
export function pinnedLookup(address: string, family: 4 | 6) {
  return (_hostname: string, options: LookupOneOptions | LookupAllOptions | number | LookupCallback, callback?: LookupCallback): void => {
    const cb = (typeof options === 'function' ? options : callback) as LookupCallback;
    const all = typeof options === 'object' && options !== null && (options as LookupAllOptions).all === true;
    if (all) cb(null, [{ address, family }]);
    else cb(null, address, family);
  };
}
