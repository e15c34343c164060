import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { currentRoles, deriveProjectView, type ProjectStatement } from '../../src/resolve/project-view.js';

// The content hash in `canon` is stood in for by the document number, zero-padded so it sorts.
const canonOf = (published: string | null | undefined, documentId: number) => `${published ?? '0000-00-00'}|${String(documentId).padStart(6, '0')}`;
const st = (s: Partial<ProjectStatement> & { documentId: number }): ProjectStatement => ({
  published: null, name: `name ${s.documentId}`, sector: 'energy.power', status: 'unknown', country: null, capacity: [], amount: null,
  canon: canonOf(s.published, s.documentId), ...s,
});

test('status comes from the latest-published statement, not the last added', () => {
  const v = deriveProjectView([
    st({ documentId: 1, published: '2025-05-01', status: 'construction' }),
    st({ documentId: 2, published: '2024-01-01', status: 'announced' }),
  ]);
  assert.equal(v.status, 'construction');
  assert.equal(v.firstSeen, '2024-01-01');
  assert.equal(v.lastSeen, '2025-05-01');
  assert.equal(v.name, 'name 2');
});

test('same date: the tie goes to the content hash, whatever order the statements come in', () => {
  const a = st({ documentId: 4, published: '2025-05-01', status: 'agreed' });
  const b = st({ documentId: 3, published: '2025-05-01', status: 'announced' });
  assert.equal(deriveProjectView([a, b]).status, 'agreed');
  assert.equal(deriveProjectView([b, a]).status, 'agreed');
});

test('"unknown" never replaces a known status; an undated statement counts as oldest', () => {
  const v = deriveProjectView([
    st({ documentId: 1, published: '2024-01-01', status: 'agreed' }),
    st({ documentId: 2, published: '2025-01-01', status: 'unknown' }),
    st({ documentId: 3, published: null, status: 'cancelled' }),
  ]);
  assert.equal(v.status, 'agreed');
  assert.equal(deriveProjectView([st({ documentId: 1 })]).status, 'unknown');
});

test('capacity and amount come from the latest statement that has one', () => {
  const cap = [{ value: 300, unit: 'MW', text: '300 MW' }];
  const amount = { value: 3.2e8, currency: 'USD', qualifier: 'exact' as const, text: '$320 million' };
  const v = deriveProjectView([
    st({ documentId: 1, published: '2024-01-01', capacity: [{ value: 250, unit: 'MW', text: '250 MW' }], amount }),
    st({ documentId: 2, published: '2024-06-01', capacity: cap }),
    st({ documentId: 3, published: '2025-01-01', country: 'KZ' }),
  ]);
  assert.deepEqual(v.capacity, cap);
  assert.deepEqual(v.amount, amount);
  assert.equal(v.country, 'KZ');
});

test('property: the view does not depend on the order statements are given in', () => {
  const statement = fc.record({
    documentId: fc.integer({ min: 1, max: 1000 }),
    published: fc.option(fc.constantFrom('2023-01-01', '2024-06-30', '2025-12-31'), { nil: null }),
    status: fc.constantFrom('announced', 'agreed', 'construction', 'unknown' as const),
    country: fc.option(fc.constantFrom('KZ', 'UZ'), { nil: null }),
  });
  fc.assert(fc.property(fc.uniqueArray(statement, { minLength: 1, maxLength: 6, selector: (s) => s.documentId }), (raw) => {
    const list = raw.map((s) => st(s as Partial<ProjectStatement> & { documentId: number }));
    assert.deepEqual(deriveProjectView([...list].reverse()), deriveProjectView(list));
  }));
});

test('roles: each organisation once (in order of first appearance), with its role from the latest document', () => {
  const roles = currentRoles([
    { organizationId: 1, role: 'partner', documentId: 1, canon: canonOf('2024-01-01', 1) },
    { organizationId: 2, role: 'financier', documentId: 1, canon: canonOf('2024-01-01', 1) },
    { organizationId: 1, role: 'contractor', documentId: 2, canon: canonOf('2025-01-01', 2) },
    { organizationId: 1, role: 'operator', documentId: 2, canon: canonOf('2025-01-01', 2) },
    { organizationId: 2, role: 'buyer', documentId: 3, canon: canonOf('2023-01-01', 3) },
  ]);
  assert.deepEqual(roles, [{ organizationId: 2, role: 'financier' }, { organizationId: 1, role: 'contractor' }]);
});
