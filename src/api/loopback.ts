// What counts as loopback, for the address the server binds, the peer of a request and the
// name in its Host header. Anything that is not certainly loopback is treated as not.

import { isIP } from 'node:net';

/** 127.0.0.0/8, ::1 and IPv4-mapped ::ffff:127.x.x.x, as Node reports socket addresses. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice(7) : bare;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

/** A --host value that keeps the server on this machine: a loopback address or "localhost". */
export function isLoopbackHost(host: string): boolean {
  return host.toLowerCase() === 'localhost' || isLoopbackAddress(host);
}

/**
 * The host name of a Host header ("127.0.0.1:8080", "[::1]:8080", "localhost") when it is a
 * loopback name, else null. A page from another site that a DNS rebinding points at
 * 127.0.0.1 arrives with that site's name here, which is how it is told apart.
 */
export function loopbackHostHeader(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(header.trim());
  if (!m) return null;
  return isLoopbackHost(m[1]) ? m[1] : null;
}
