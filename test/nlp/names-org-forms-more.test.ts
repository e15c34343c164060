import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Invented bodies: Thai and Romance legal forms and heads, and a company whose name opens with a function word.

const orgsOf = (text: string) => names(run(text).organizations);

test('"PCL" (a Thai public company) closes a company name, a place inside the name too', () => {
  for (const [text, name] of [
    ['The loan came from Kessary Siam Bank PCL, the lender said.', 'Kessary Siam Bank PCL'],
    ['Tarvin Rubber Industries PCL will build the tyre plant in Rayong.', 'Tarvin Rubber Industries PCL'],
    ['A unit of Velmora Thai Holdings PCL signed the lease on Monday.', 'Velmora Thai Holdings PCL'],
  ]) {
    const orgs = orgsOf(text);
    assert.ok(orgs.includes(name), `${text}\norgs: ${orgs.join(' | ')}`);
  }
});

test('a Romance body\'s head with "para" ("for") keeps its complement in the name', () => {
  for (const [text, name] of [
    ['The Comisión para el Desarrollo Minero approved the filing on Monday.', 'Comisión para el Desarrollo Minero'],
    ['Funding comes from the Fondo para la Infraestructura Regional and two banks.', 'Fondo para la Infraestructura Regional'],
    ['The Agência para o Investimento Externo backed the bid.', 'Agência para o Investimento Externo'],
  ]) {
    const x = run(text);
    assert.ok(names(x.organizations).includes(name), `${text}\norgs: ${names(x.organizations).join(' | ')}`);
    assert.ok(!names(x.people).some((p) => name.startsWith(p)), `${text}\npeople: ${names(x.people).join(' | ')}`);
  }
});

test("a company named with a function word keeps it before a possessive, wherever the possessive first comes", () => {
  for (const [text, name] of [
    ["Top Reach's complaint was rejected. Top Reach's chief executive, Bob Hill, said he would appeal.", 'Top Reach'],
    ["The court dismissed New Horizon's appeal on Friday.", 'New Horizon'],
  ]) {
    const orgs = orgsOf(text);
    assert.ok(!orgs.includes(name.split(' ')[1]), `${text}\norgs: ${orgs.join(' | ')}`);
  }
});
