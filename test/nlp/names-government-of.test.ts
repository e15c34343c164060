import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// "the government of <country>" written in lower case names that country's government as a party (it pays, signs,
// takes a share); the country stays a place. A government that is not a named country's makes no body.

const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());

test('"the government of" and a country name is that government, and the country stays a place', () => {
  for (const [text, country] of [
    ['The fund lends $20 million; the government of Lesotho pays the rest.', 'Lesotho'],
    ['The line is run by a joint venture between the government of Gabon and Velcor Metals, an Emirati firm.', 'Gabon'],
    ['Under the deal, the government of Peru will take a 10% stake in the port company.', 'Peru'],
    ['The loan was signed in Mbabane by the fund and the government of Eswatini on Monday.', 'Eswatini'],
  ]) {
    const x = run(text);
    assert.ok(lower(names(x.organizations)).includes(`government of ${country.toLowerCase()}`), `${text}\norgs: ${names(x.organizations).join(' | ')}`);
    assert.ok(names(x.places).includes(country), `${text}\nplaces: ${names(x.places).join(' | ')}`);
  }
});

test('"the government of" before no country, or a capitalised "Government of X", is left as it was', () => {
  for (const text of [
    'The government of the day has no plan for the port.',
    'The government of Prime Minister Ana Ruiz approved the tariff.',
  ]) {
    const orgs = lower(names(run(text).organizations));
    assert.ok(!orgs.some((o) => o.startsWith('government of')), `${text}\norgs: ${orgs.join(' | ')}`);
  }
  assert.ok(names(run('The Government of Bhutan approved the railway plan.').organizations).includes('Government of Bhutan'));
});
