import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('a meeting with its participants and the date from "on Tuesday"', () => {
  const x = run('Deputy Prime Minister Serik Zhumabekov met Lin Weidong, president of Harbin Turbine Group, on Tuesday in Astana.', '2025-03-12');
  const m = x.events.find((e) => e.type === 'meeting');
  assert.ok(m, JSON.stringify(x.events));
  assert.deepEqual(m.participants, ['Serik Zhumabekov', 'Lin Weidong']);
  assert.equal(m.date, '2025-03-11');
  assert.ok(m.organizations.includes('Harbin Turbine Group'));
});

test('sentences about the same meeting merge; separate counterparts stay separate', () => {
  const x = run('Governor Aslan Nurov received Zhang Ping of Xiyu Solar Company. Nurov and Zhang discussed a new plant.\n\nIn a separate meeting, Nurov hosted Li Dan of Tianshan Cement Group.');
  const meetings = x.events.filter((e) => e.type === 'meeting');
  assert.equal(meetings.length, 2, JSON.stringify(meetings));
  assert.ok(meetings[0].participants.includes('Zhang Ping'));
  assert.ok(meetings[1].participants.includes('Li Dan'));
});

test('an agreement event names the signing organisations', () => {
  const x = run('Altyn Mining JSC and Yunnan Copper Corporation signed a framework agreement on a copper smelter in Balkhash.');
  const a = x.events.find((e) => e.type === 'agreement');
  assert.ok(a);
  assert.deepEqual(a.organizations.sort(), ['Altyn Mining JSC', 'Yunnan Copper Corporation']);
});

test('every event carries evidence inside the text', () => {
  const x = run('Prime Minister Ulan Tashiev met chairman Guo Ming in Bishkek on Monday.');
  for (const e of x.events) for (const ev of e.evidence) assert.ok(ev.start >= 0 && ev.end <= (x.text ?? '').length && ev.start < ev.end);
});

test('a meeting told across paragraphs is one meeting; "reviewed ... with" is a meeting cue', () => {
  const x = run('Uzbekneftegaz said its chairman, Bakhtiyor Rashidov, had reviewed joint projects with Wu Jianguo, president of Sino Petro Services.\n\nAnalysts expect more deals.\n\nRashidov and Wu also went over plans for a gas processing plant in Bukhara.');
  const meetings = x.events.filter((e) => e.type === 'meeting');
  assert.equal(meetings.length, 1, JSON.stringify(meetings));
  assert.deepEqual([...meetings[0].participants].sort(), ['Bakhtiyor Rashidov', 'Wu Jianguo']);
});

test('the owner of another event noun ("X\'s state visit") is not a participant of the meeting in that sentence', () => {
  const x = run('Prime Minister Aibek Sultanov held talks on Tuesday with the chairman of Qinghe Cement Group, as President Li Ming\'s state visit got under way.');
  const meetings = x.events.filter((e) => e.type === 'meeting');
  assert.ok(meetings.every((m) => !m.participants.includes('Li Ming')), JSON.stringify(x.events));
  const y = run('Prime Minister Aibek Sultanov\'s talks with Chairman Zhou Bin of Qinghe Cement Group ran for two hours.');
  const m = y.events.find((e) => e.type === 'meeting');
  assert.ok(m && m.participants.includes('Aibek Sultanov') && m.participants.includes('Zhou Bin'), JSON.stringify(y.events));
});
