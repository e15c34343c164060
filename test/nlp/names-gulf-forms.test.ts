import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('Gulf free-zone legal forms end a company name and separate two companies', () => {
  const x = run('The consortium includes Tarvin Logistics FZE and Kessary Trading WLL. Ardlow FZ-LLC and Brenmoor Trading FZCO signed.');
  assert.deepEqual(names(x.organizations), ['Tarvin Logistics FZE', 'Kessary Trading WLL', 'Ardlow FZ-LLC', 'Brenmoor Trading FZCO']);
});
