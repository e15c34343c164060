// A safety net for tests that exercise the URL address policy through real fetches: while it
// is installed, this process can open TCP connections to loopback only. The policy under test
// is what should stop a fetch to a metadata or private address; if it ever stopped doing so,
// the test must fail here instead of sending a packet anywhere else. Host names other than
// localhost must come with their own lookup (the pinned one), so no DNS query leaves either.

import net, { isIP } from 'node:net';

type LookupCallback = (err: Error | null, address?: unknown, family?: number) => void;
type Lookup = (hostname: string, options: unknown, callback: LookupCallback) => void;

function isLoopback(address: string): boolean {
  const a = address.replace(/^\[|\]$/g, '').toLowerCase();
  return /^127\.\d+\.\d+\.\d+$/.test(a) || a === '::1' || /^::ffff:127\.\d+\.\d+\.\d+$/.test(a) || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(a);
}

export interface LoopbackGuard {
  /** Every connection the guard stopped. */
  violations: string[];
  uninstall: () => void;
}

export function installLoopbackGuard(): LoopbackGuard {
  const violations: string[] = [];
  const original = net.Socket.prototype.connect;
  const refuse = (what: string): Error => {
    violations.push(what);
    return new Error(`loopback guard: refused to connect to ${what}`);
  };

  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    // net.createConnection passes its normalised [options, callback] array as the first argument
    const first = args[0];
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string; path?: string; lookup?: Lookup } | null;
    if (options && typeof options === 'object' && !options.path) {
      const host = options.host ?? 'localhost';
      if (isIP(host)) {
        if (!isLoopback(host)) throw refuse(host);
      } else if (!options.lookup) {
        // only localhost may go to the system resolver: /etc/hosts answers it, DNS never sees it
        if (host !== 'localhost') throw refuse(`${host} (through the system resolver)`);
      } else {
        const inner = options.lookup;
        options.lookup = (hostname, lookupOptions, callback) => inner(hostname, lookupOptions, (err, address, family) => {
          if (err) return callback(err);
          const list = Array.isArray(address) ? (address as { address: string }[]).map((a) => a.address) : [String(address)];
          const outside = list.find((a) => !isLoopback(a));
          if (outside) return callback(refuse(`${outside} (for ${hostname})`));
          callback(null, address, family);
        });
      }
    } else if (typeof first === 'number') {
      const host = typeof args[1] === 'string' ? args[1] : 'localhost';
      if (host !== 'localhost' && !isLoopback(host)) throw refuse(host);
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;

  return { violations, uninstall: () => { net.Socket.prototype.connect = original; } };
}
