import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/extract.js';
import { resolveReferences } from '../../src/nlp/coreference.js';

/** The organisation each description in the text refers to, as [description, name]. */
function references(text: string): [string, string][] {
  const a = analyze({ text, published: '2025-03-12' });
  return resolveReferences(a.doc, a.mentions, a.entities).filter((m) => m.label === 'ORG').map((m) => [m.text, a.entities.organizations[m.entity].name]);
}
const of = (x: [string, string][], d: string) => x.filter(([t]) => t.toLowerCase() === d.toLowerCase()).map(([, n]) => n);

// "the state company": an ownership word prefers the body the text introduced with it, or one of the country the
// story is set in, over the body named last; "the miner" prefers a body whose name says mining; "the same Chinese
// contractor" reaches back past the usual look-back for a body of that nation rather than take one that does not fit.
test('"the state company" is the body introduced as the state\'s, not the partner named last', () => {
  const x = references('Velmora\'s state mining company Kessary Mining Corporation (KMC) on Monday signed a contract with Huadong Nonferrous Engineering Co., Ltd. to build a copper smelter. The state company will supply the ore.');
  assert.deepEqual(of(x, 'the state company'), ['Kessary Mining Corporation']);
});

test('a description right after a name does not count as that name\'s introduction', () => {
  const x = references('ALMATY — The venture, Lomar Fertilizers Company, is owned 51% by the Kazakhstan Phosphate Company and 49% by Ardlow Agro Ltd. The state company will supply the rock.');
  assert.deepEqual(of(x, 'the state company'), ['Kazakhstan Phosphate Company']);
});

test('"the miner" far from the miner\'s name is still the mining company', () => {
  const x = references([
    'Lomar Mines Company and Ardlow Agro Ltd signed a joint venture agreement.',
    'The venture will build a fertiliser plant.', 'It will cost $500 million.', 'Works start in May.', 'They end in 2029.',
    'Ardlow Agro Ltd will sell the output.', 'Prices are rising.',
    'The plant will use rock paid for by the miner itself.',
  ].join(' '));
  assert.deepEqual(of(x, 'the miner'), ['Lomar Mines Company']);
});

test('"the same Chinese contractor" far from the Chinese builder\'s name is that builder', () => {
  const x = references([
    'The builder is Sichuan Velmora Chemical Engineering Co., Ltd.',
    'The plant will cost $500 million.', 'Works start in May.', 'They end in 2029.', 'Prices are rising.',
    'Ardlow Agro Ltd will sell the output.',
    'The same Chinese contractor is already expanding a sulphuric acid plant.',
  ].join(' '));
  assert.deepEqual(of(x, 'the same Chinese contractor'), ['Sichuan Velmora Chemical Engineering Co., Ltd.']);
});
