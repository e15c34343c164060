// The URL address policy as functions: which addresses are refused, how the URL parser spells
// tricky hosts before the policy sees them, and the DNS-resolving check with an injected
// resolver (no real DNS, no connection). Public addresses appear only as strings here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressRefusal, checkHost, pinnedLookup, urlRefusal, type ResolveHost } from '../../src/ingest/address-policy.js';

const REFUSED: [string, string][] = [
  ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'], ['::1', 'loopback'],
  ['10.0.0.1', 'private'], ['10.255.255.255', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'], ['fc00::1', 'private (unique local)'], ['fd12:3456::1', 'private (unique local)'],
  ['169.254.1.1', 'link-local'], ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local'], ['febf::1', 'link-local'],
  ['100.64.0.1', 'carrier-grade NAT'], ['100.127.255.255', 'carrier-grade NAT'],
  ['0.0.0.0', 'current-network'], ['0.1.2.3', 'current-network'], ['::', 'unspecified'],
  ['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast'], ['ff02::1', 'multicast'],
  ['255.255.255.255', 'reserved'], ['240.0.0.1', 'reserved'],
  ['169.254.169.254', 'cloud metadata'], ['fd00:ec2::254', 'cloud metadata'],
  // IPv4 inside IPv6: mapped (both spellings), compatible and NAT64
  ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['0:0:0:0:0:ffff:7f00:0001', 'loopback'],
  ['::ffff:10.0.0.1', 'private'], ['::ffff:192.168.0.1', 'private'], ['::ffff:169.254.169.254', 'cloud metadata'],
  ['::ffff:100.64.0.1', 'carrier-grade NAT'], ['::ffff:0.0.0.0', 'current-network'], ['::ffff:224.0.0.1', 'multicast'],
  ['::127.0.0.1', 'loopback'], ['64:ff9b::7f00:1', 'loopback'], ['64:ff9b::10.0.0.1', 'private'],
];

const ALLOWED = ['8.8.8.8', '1.1.1.1', '100.63.255.255', '100.128.0.1', '172.15.255.255', '172.32.0.1', '192.167.255.255',
  '169.253.255.255', '223.255.255.255', '11.0.0.1', '2606:4700:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8', 'fbff::1', '2a00::1'];

test('refused ranges: each address names its kind and range', () => {
  for (const [address, kind] of REFUSED) {
    const why = addressRefusal(address);
    assert.ok(why, `${address} should be refused`);
    assert.ok(why.includes(` ${kind} address (`), `${address}: ${why}`);
    assert.ok(!why.includes('\n'));
  }
});

test('public addresses are allowed', () => {
  for (const address of ALLOWED) assert.equal(addressRefusal(address), null, address);
});

test('allowPrivate lets local ranges through but never the metadata service', () => {
  for (const [address, kind] of REFUSED) {
    const why = addressRefusal(address, { allowPrivate: true });
    if (kind === 'cloud metadata') assert.ok(why?.includes('cloud metadata'), `${address} must stay refused`);
    else assert.equal(why, null, address);
  }
});

test('the exact reasons for the main forms', () => {
  assert.equal(addressRefusal('127.0.0.1'), '127.0.0.1 is a loopback address (127.0.0.0/8)');
  assert.equal(addressRefusal('::ffff:7f00:1'), '::ffff:7f00:1 is a loopback address (127.0.0.0/8, IPv4-mapped form of 127.0.0.1)');
  assert.equal(addressRefusal('64:ff9b::a00:1'), '64:ff9b::a00:1 is a private address (10.0.0.0/8, NAT64 form of 10.0.0.1)');
  assert.equal(addressRefusal('::'), ':: is an unspecified address (::/128)');
  assert.equal(addressRefusal('not-an-ip'), 'not-an-ip is not an IP address');
});

test('tricky URL spellings: what the WHATWG parser makes of them, and the policy on that', () => {
  const cases: [string, string, string][] = [
    ['http://0x7f.1/', '127.0.0.1', 'loopback'],
    ['http://2130706433/', '127.0.0.1', 'loopback'],
    ['http://017700000001/', '127.0.0.1', 'loopback'],
    ['http://0177.0.0.1/', '127.0.0.1', 'loopback'],
    ['http://127.1/', '127.0.0.1', 'loopback'],
    ['http://0x7f000001/', '127.0.0.1', 'loopback'],
    ['http://0/', '0.0.0.0', 'current-network'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]', 'loopback'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/', '[::ffff:7f00:1]', 'loopback'],
    ['http://[::1]:8080/', '[::1]', 'loopback'],
    ['http://0xa9.0xfe.0xa9.0xfe/', '169.254.169.254', 'cloud metadata'],
    ['http://2852039166/', '169.254.169.254', 'cloud metadata'],
    ['http://[fd00:ec2::254]/', '[fd00:ec2::254]', 'cloud metadata'],
    ['http://0300.0250.0.1/', '192.168.0.1', 'private'],
    ['http://10.0.0.1./', '10.0.0.1', 'private'],
  ];
  for (const [raw, hostname, kind] of cases) {
    const url = new URL(raw);
    assert.equal(url.hostname, hostname, raw);
    const why = urlRefusal(url);
    assert.ok(why?.includes(` ${kind} address (`), `${raw}: ${why}`);
  }
});

test('URL checks before DNS: schemes, metadata names (any case, trailing dot), ordinary names pass', () => {
  assert.equal(urlRefusal(new URL('file:///etc/passwd')), 'unsupported URL scheme "file:" (only http and https)');
  assert.equal(urlRefusal(new URL('gopher://127.0.0.1/')), 'unsupported URL scheme "gopher:" (only http and https)');
  assert.equal(urlRefusal(new URL('http://Metadata.Google.Internal./x')), 'metadata.google.internal. is a cloud metadata host name');
  assert.equal(urlRefusal(new URL('http://metadata.google.internal/'), { allowPrivate: true }), 'metadata.google.internal is a cloud metadata host name');
  assert.equal(urlRefusal(new URL('https://news.example/story')), null);
  assert.equal(urlRefusal(new URL('http://127.0.0.1/'), { allowPrivate: true }), null);
});

function resolver(map: Record<string, string[]>): ResolveHost & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (hostname: string) => {
    calls.push(hostname);
    const list = map[hostname];
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(fn, { calls });
}

test('checkHost resolves the name and checks every address it has', async () => {
  const resolve = resolver({
    'public.test': ['203.0.113.10', '2001:db8::10'],
    'mixed.test': ['203.0.113.10', '10.1.1.1'],
    'mapped.test': ['::ffff:192.168.1.5'],
    'empty.test': [],
  });
  assert.deepEqual(await checkHost(new URL('http://public.test/a'), { resolve }), { ok: true, address: '203.0.113.10', family: 4 });
  assert.deepEqual(await checkHost(new URL('http://mixed.test/a'), { resolve }), {
    ok: false, refused: true, liftable: true,
    reason: 'mixed.test resolves to a refused address: 10.1.1.1 is a private address (10.0.0.0/8)',
  });
  const mapped = await checkHost(new URL('http://mapped.test/'), { resolve });
  assert.ok(!mapped.ok && mapped.reason.includes('IPv4-mapped form of 192.168.1.5'));
  assert.deepEqual(await checkHost(new URL('http://mapped.test/'), { resolve, allowPrivate: true }), { ok: true, address: '::ffff:192.168.1.5', family: 6 });
  assert.deepEqual(await checkHost(new URL('http://missing.test/'), { resolve }), { ok: false, refused: false, liftable: false, reason: 'host not found: missing.test' });
  assert.deepEqual(await checkHost(new URL('http://empty.test/'), { resolve }), { ok: false, refused: false, liftable: false, reason: 'host not found: empty.test' });
  // literal addresses are never looked up
  const before = resolve.calls.length;
  assert.equal((await checkHost(new URL('http://[::1]/'), { resolve })).ok, false);
  assert.deepEqual(await checkHost(new URL('http://127.0.0.1/'), { resolve, allowPrivate: true }), { ok: true, address: '127.0.0.1', family: 4 });
  assert.equal(resolve.calls.length, before);
});

test('a metadata answer is refused and marked as not liftable by --allow-private', async () => {
  const resolve = resolver({ 'meta.test': ['169.254.169.254'] });
  assert.deepEqual(await checkHost(new URL('http://meta.test/'), { resolve, allowPrivate: true }), {
    ok: false, refused: true, liftable: false,
    reason: 'meta.test resolves to a refused address: 169.254.169.254 is a cloud metadata address (169.254.169.254/32)',
  });
});

test('pinnedLookup answers every question with the checked address, in both callback shapes', () => {
  const lookup = pinnedLookup('127.0.0.1', 4);
  let one: unknown[] = [];
  lookup('anything.test', { family: 0 }, (...args: unknown[]) => { one = args; });
  assert.deepEqual(one, [null, '127.0.0.1', 4]);
  let all: unknown[] = [];
  lookup('other.test', { all: true }, (...args: unknown[]) => { all = args; });
  assert.deepEqual(all, [null, [{ address: '127.0.0.1', family: 4 }]]);
  let bare: unknown[] = [];
  lookup('x.test', ((...args: unknown[]) => { bare = args; }) as never);
  assert.deepEqual(bare, [null, '127.0.0.1', 4]);
});
