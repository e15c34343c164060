import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Invented bodies: French, Spanish and Portuguese words that open an organisation's name by themselves
// (organizations.json heads_start_free), as 'Banque' and 'Fondo' already did.

test("'Fonds', 'Caisse' and 'Agence' open names of bodies", () => {
  const x = run('The Fonds Souverain de Tarvalie will lend $20 million. The Caisse Nationale de Prévoyance de Tarvalie takes a 10% stake, and the Agence Tarvalienne des Routes will own the road.');
  const orgs = names(x.organizations);
  for (const n of ['Fonds Souverain de Tarvalie', 'Caisse Nationale de Prévoyance de Tarvalie', 'Agence Tarvalienne des Routes']) assert.ok(orgs.includes(n), orgs.join(' | '));
});

test("'Caja' and 'Fundo' open names of bodies", () => {
  const x = run('Caja Rural del Norvalle and Fundo Soberano de Ilhavera will co-finance the bridge.');
  const orgs = names(x.organizations);
  for (const n of ['Caja Rural del Norvalle', 'Fundo Soberano de Ilhavera']) assert.ok(orgs.includes(n), orgs.join(' | '));
});

test("builders' words ('Construtora', 'Constructora', 'Costruzioni') open names of firms, even when the rest reads as a place", () => {
  const x = run('The works went to Construtora Serra Azul and Constructora Andina Vial, while Costruzioni Marlena will build the viaduct.');
  const orgs = names(x.organizations);
  for (const n of ['Construtora Serra Azul', 'Constructora Andina Vial', 'Costruzioni Marlena']) assert.ok(orgs.includes(n), orgs.join(' | '));
  assert.deepEqual(names(x.places), []);
  assert.deepEqual(names(x.people), []);
});
