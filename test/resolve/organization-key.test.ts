import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { attachShortOrganizationNames, isAcronym, organizationKeys, organizationNameKey, parentOrganizations } from '../../src/resolve/organization-key.js';

test('legal forms at the end are removed, as often as they occur', () => {
  const k = organizationNameKey('Northern Star Petroleum Corporation');
  assert.equal(k, 'northern star petroleum');
  assert.equal(organizationNameKey('Northern Star Petroleum Corp.'), k);
  assert.equal(organizationNameKey('northern star petroleum co., ltd.'), k);
  assert.equal(organizationNameKey('Northern Star Petroleum Company Limited'), k);
  assert.equal(organizationNameKey('Lumen Werke GmbH'), 'lumen werke');
  assert.equal(organizationNameKey('Puerto Azul S.A.'), 'puerto azul');
  assert.equal(organizationNameKey('Harimau Power Sdn Bhd'), 'harimau power');
});

test('legal forms in front and a leading "the" are removed', () => {
  assert.equal(organizationNameKey('JSC Steppe Rail'), 'steppe rail');
  assert.equal(organizationNameKey('PT Kereta Nusantara'), 'kereta nusantara');
  assert.equal(organizationNameKey('The Meridian Development Bank'), 'meridian development bank');
});

test('Group and Holdings are part of the name: a parent is not its subsidiary', () => {
  assert.notEqual(organizationNameKey('Orion Energy Group'), organizationNameKey('Orion Energy Corporation'));
  assert.equal(organizationNameKey('Orion Energy Group Co., Ltd.'), 'orion energy group');
  assert.equal(organizationNameKey('Orion Holdings Ltd'), 'orion holdings');
});

test('a name is never stripped to nothing', () => {
  assert.equal(organizationNameKey('Company'), 'company');
  assert.equal(organizationNameKey('JSC'), 'jsc');
  assert.equal(organizationNameKey('Co. Ltd.'), 'co');
});

test('acronyms', () => {
  for (const a of ['NSPC', 'KEGOC', 'S.A.A.', 'CNPC-I', 'AT&T']) assert.ok(isAcronym(a), a);
  for (const a of ['Cosco', 'Northern Star', 'A', 'X']) assert.ok(!isAcronym(a), a);
});

test('keys of an organisation: the full name is canonical, every alias is a key', () => {
  const k = organizationKeys({ name: 'Northern Star Petroleum Corporation', aliases: ['NSPC', 'Northern Star Petroleum Corp.'] });
  assert.equal(k.name, 'Northern Star Petroleum Corporation');
  assert.equal(k.key, 'northern star petroleum');
  assert.deepEqual(k.keys, ['northern star petroleum', 'nspc']);
});

test('an acronym marked as the name gives way to a spelled-out alias', () => {
  const k = organizationKeys({ name: 'NSPC', aliases: ['Northern Star Petroleum Corporation'] });
  assert.equal(k.name, 'Northern Star Petroleum Corporation');
  assert.equal(k.key, 'northern star petroleum');
  assert.ok(k.keys.includes('nspc'));
  const alone = organizationKeys({ name: 'NSPC', aliases: [] });
  assert.deepEqual(alone, { name: 'NSPC', key: 'nspc', keys: ['nspc'] });
});

test('property: the key is idempotent and never empty for a name with a letter', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('the', 'Co.', 'Ltd', 'JSC', 'Alpha', 'Beta', 'Group', 'S.A.', 'PT', 'gmbh'), { minLength: 1, maxLength: 6 }), (words) => {
    const k = organizationNameKey(words.join(' '));
    assert.ok(k.length > 0);
    assert.equal(organizationNameKey(k), k);
  }));
});

test('a country in the name keys the same at the front or after "of"; short word forms are read in full', () => {
  // invented bank names; real countries
  assert.equal(organizationNameKey('Exim Bank of Freedonia'), 'export import bank of freedonia'); // not a country: order kept
  assert.equal(organizationNameKey('Mongolia Exim Bank'), organizationNameKey('Export-Import Bank of Mongolia'));
  assert.equal(organizationNameKey('Development Bank of Kazakhstan'), organizationNameKey('Kazakhstan Development Bank'));
  assert.equal(organizationNameKey('Ministry of Water of the Republic of Kazakhstan'), organizationNameKey('Kazakhstan Ministry of Water'));
  // a one-word head stays put: "Bank of Mongolia" and "Mongolia Bank" are often two banks
  assert.notEqual(organizationNameKey('Bank of Mongolia'), organizationNameKey('Mongolia Bank'));
});

test('a government body named without its country is keyed with the country the article gives it, and only so', () => {
  const kz = organizationKeys({ name: 'Ministry of Water', country: 'KZ' });
  const uz = organizationKeys({ name: 'Ministry of Water', country: 'UZ' });
  const full = organizationKeys({ name: 'Ministry of Water of the Republic of Kazakhstan' });
  assert.equal(kz.key, full.key);
  assert.ok(!uz.keys.some((k) => kz.keys.includes(k)));
  // a company is not a government body: its country does not enter the key
  assert.equal(organizationKeys({ name: 'Tamsin Water Company', country: 'KZ' }).key, organizationNameKey('Tamsin Water Company'));
});

test('short forms within one article join their full name: first words, last words, initials; never across two candidates', () => {
  const names = (orgs: { name: string; aliases?: string[] }[]) => attachShortOrganizationNames(orgs).map((o) => [o.name, o.aliases ?? []]);
  assert.deepEqual(names([{ name: 'Veska Port Holdings Ltd.' }, { name: 'Veska' }]), [['Veska Port Holdings Ltd.', ['Veska']]]);
  assert.deepEqual(names([{ name: 'Northern Lakes Orlo Cement Co., Ltd.' }, { name: 'Orlo Cement' }]), [['Northern Lakes Orlo Cement Co., Ltd.', ['Orlo Cement']]]);
  assert.deepEqual(names([{ name: 'Kalvar Urban Water Supply Joint Stock Company' }, { name: 'KUWS' }]), [['Kalvar Urban Water Supply Joint Stock Company', ['KUWS']]]);
  // a parent and its subsidiary: "Brightmoor" could be either
  assert.equal(attachShortOrganizationNames([{ name: 'Brightmoor Solar S.A.' }, { name: 'Brightmoor Grid S.A.' }, { name: 'Brightmoor' }]).length, 3);
  // a name with its own legal form is a company in its own right
  assert.equal(attachShortOrganizationNames([{ name: 'Halden Steel Corporation' }, { name: 'Halden Steel International Corporation' }]).length, 2);
});

test('part of: a subsidiary named after its parent links to it; a qualifier or a one-word short name does not', () => {
  const orgs = [
    { id: 'org-a', name: 'Halden Steel Works' },
    { id: 'org-b', name: 'Halden Steel Works International Ltd.' },
    { id: 'org-c', name: 'Ministry of Water' },
    { id: 'org-d', name: 'Ministry of Water of the Kyrgyz Republic' },
    { id: 'org-e', name: 'Veska' },
    { id: 'org-f', name: 'Veska Ports Holding' },
  ];
  assert.deepEqual([...parentOrganizations(orgs)], [['org-b', 'org-a']]);
});
