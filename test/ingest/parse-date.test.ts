import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from '../../src/ingest/parse-date.js';

test('toIsoDate: ISO dates and datetimes keep the written date', () => {
  assert.equal(toIsoDate('2024-07-02'), '2024-07-02');
  assert.equal(toIsoDate('2024-07-02T23:30:00-05:00'), '2024-07-02');
  assert.equal(toIsoDate('2024-07-02T00:30:00+09:00'), '2024-07-02');
  assert.equal(toIsoDate('2024-07-02 10:00'), '2024-07-02');
  assert.equal(toIsoDate('2024-07-02Z'), '2024-07-02');
  assert.equal(toIsoDate('2024/7/2'), '2024-07-02');
  assert.equal(toIsoDate('20240702'), '2024-07-02');
});

test('toIsoDate: day-month-year and month-day-year forms', () => {
  assert.equal(toIsoDate('2 July 2024'), '2024-07-02');
  assert.equal(toIsoDate('2nd Jul. 2024'), '2024-07-02');
  assert.equal(toIsoDate('July 2, 2024'), '2024-07-02');
  assert.equal(toIsoDate('Sept 30th 2023'), '2023-09-30');
  assert.equal(toIsoDate('Tue, 02 Jul 2024 10:00:00 GMT'), '2024-07-02');
  assert.equal(toIsoDate('Tuesday, July 2, 2024'), '2024-07-02');
});

test('toIsoDate: rejects what is not a real date', () => {
  for (const bad of ['', 'yesterday', '2024-13-01', '2024-02-30', '31 June 2024', 'July 2024', '12/07/2024', 'n/a']) {
    assert.equal(toIsoDate(bad), null, bad);
  }
  assert.equal(toIsoDate('2024-02-29'), '2024-02-29');
  assert.equal(toIsoDate('2023-02-29'), null);
  assert.equal(toIsoDate(undefined), null);
});
