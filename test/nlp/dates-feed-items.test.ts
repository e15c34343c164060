import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

const values = (text: string, published: string) => docOf(text, published).dates.map((d) => `${d.text}=${d.value}`);

test("on a listing page, 'today' and weekdays count from the date line of their item", () => {
  const page = 'Latest news\n\nTarvin port deal signed\n\n9 September 2026\n\nArdlow signed the deal on Tuesday.\n\nKessary bank loan\n\n3 September 2026\n\nKessary today signed a loan. The minister met the bank on Tuesday.';
  assert.deepEqual(values(page, '2026-09-09'), [
    '9 September 2026=2026-09-09', 'on Tuesday=2026-09-08', '3 September 2026=2026-09-03', 'today=2026-09-03', 'on Tuesday=2026-09-01',
  ]);
  // (a date inside a sentence, or an old date alone on a line, moves nothing)
  const text = 'Timeline\n\n12 March 2019\n\nThe line opened on Tuesday. Ardlow said on 3 September 2026 that it met them on Monday.';
  assert.deepEqual(values(text, '2026-09-09'), ['12 March 2019=2019-03-12', 'on Tuesday=2026-09-08', '3 September 2026=2026-09-03', 'on Monday=2026-09-07']);
});
