import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchMeetings, meetingHosts } from '../../src/eval/match-meetings.js';
import { doc, meeting, org, person } from './helpers.js';

const goldPeople = [person('Arman Beketov', ['Beketov']), person('Wang Lifeng', ['Wang']), person('Omar Tall'), person('Lena Voss')];

test('host = the person in the most gold meetings; sharing only the host is not a match', () => {
  const gold = doc({ people: goldPeople, events: [
    meeting(['Arman Beketov', 'Wang Lifeng']),
    meeting(['Arman Beketov', 'Omar Tall']),
  ] });
  assert.deepEqual(meetingHosts(gold.events, gold.people).map((s) => [...s]), [[0], [0]]);
  const pred = doc({ events: [meeting(['Beketov', 'Lena Voss'])] });
  const s = matchMeetings(pred, gold);
  assert.equal(s.tp, 0);
  assert.equal(s.fp, 1);
  assert.equal(s.fn, 2);
});

test('sharing a person beyond the host matches, with surname-only forms, one-to-one', () => {
  const gold = doc({ people: goldPeople, events: [
    meeting(['Arman Beketov', 'Wang Lifeng']),
    meeting(['Arman Beketov', 'Omar Tall']),
  ] });
  const pred = doc({ events: [meeting(['Beketov', 'Tall']), meeting(['Wang', 'Beketov']), meeting(['Wang'])] });
  const s = matchMeetings(pred, gold);
  assert.equal(s.tp, 2);
  assert.equal(s.fp, 1);
  assert.deepEqual(s.matched.map((m) => [m.predIndex, m.goldIndex]), [[1, 0], [0, 1]]);
});

test('one meeting: the first-listed participant is the host', () => {
  const gold = doc({ people: goldPeople, events: [meeting(['Lena Voss', 'Omar Tall'])] });
  assert.equal(matchMeetings(doc({ events: [meeting(['Lena Voss', 'Arman Beketov'])] }), gold).tp, 0);
  assert.equal(matchMeetings(doc({ events: [meeting(['Omar Tall'])] }), gold).tp, 1);
});

test('a one-participant gold meeting matches on that participant', () => {
  const gold = doc({ people: goldPeople, events: [meeting(['Wang Lifeng'], { organizations: ['Delta Forum'] })] });
  assert.equal(matchMeetings(doc({ events: [meeting(['Wang'])] }), gold).tp, 1);
  assert.equal(matchMeetings(doc({ events: [meeting(['Omar Tall'])] }), gold).tp, 0);
});

test('a gold meeting without participants matches on a shared organisation', () => {
  const gold = doc({ organizations: [org('Delta Forum Ltd', ['DF'])], events: [meeting([], { organizations: ['Delta Forum Ltd'] })] });
  assert.equal(matchMeetings(doc({ events: [meeting(['Omar Tall'], { organizations: ['DF'] })] }), gold).tp, 1);
});

test('only meetings are scored; other gold event types are ignored', () => {
  const gold = doc({ people: goldPeople, events: [
    { ...meeting(['Lena Voss', 'Omar Tall']), type: 'agreement' },
  ] });
  const pred = doc({ events: [{ ...meeting(['Lena Voss', 'Omar Tall']), type: 'visit' }] });
  const s = matchMeetings(pred, gold);
  assert.deepEqual([s.tp, s.fp, s.fn], [0, 0, 0]);
  assert.equal(s.f1, 1);
});

test('a gold event accepting "meeting" is optional: neither miss nor false positive', () => {
  const optional = { ...meeting(['Lena Voss', 'Omar Tall']), type: 'agreement' as const, accept_types: ['meeting'] };
  const gold = doc({ people: goldPeople, events: [optional] });
  assert.deepEqual((({ tp, fp, fn }) => [tp, fp, fn])(matchMeetings(doc({ events: [meeting(['Lena Voss', 'Omar Tall'])] }), gold)), [0, 0, 0]);
  assert.deepEqual((({ tp, fp, fn }) => [tp, fp, fn])(matchMeetings(doc(), gold)), [0, 0, 0]);
});

test('two different people with one surname in meetings: the wrong Beketov does not match', () => {
  const people = [person('Arman Beketov', ['Beketov']), person('Daniyar Beketov'), person('Lena Voss')];
  const gold = doc({ people, events: [meeting(['Lena Voss', 'Arman Beketov'])] });
  assert.equal(matchMeetings(doc({ events: [meeting(['Lena Voss', 'Daniyar Beketov'])] }), gold).tp, 0);
  assert.equal(matchMeetings(doc({ events: [meeting(['Beketov'])] }), gold).tp, 1);
});
