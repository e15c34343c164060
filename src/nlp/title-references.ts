import type { Doc } from './doc.js';
import type { EntityTables } from './entities.js';
import { copyNameMention, type NameMention } from './classify-names.js';
import { getLexicon } from './lexicon.js';

/**
 * "The fund's director had met the governor that morning": a definite title ("the governor", "the prime minister")
 * stands for the person the text gave that title before, when exactly one person has it. Without this the
 * sentence names only one person and the meeting it reports is lost. Only titles the text gave a named person count
 * (a president never named stays no one), and two people with the title make the reference too loose to follow.
 */
export function resolveTitleReferences(doc: Doc, mentions: NameMention[], entities: EntityTables): NameMention[] {
  const people = mentions.filter((m) => m.label === 'PERSON' && m.entity >= 0 && !m.headline);
  if (!people.length) return [];
  const toks = doc.tokens;
  const titles = getLexicon().titles;
  const covered = new Uint8Array(toks.length);
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) covered[k] = 1;
  const out: NameMention[] = [];
  let seen = 0; // people mentions that start before the description
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].lower !== 'the' || covered[i + 1]) continue;
    const phrases = titles.get(toks[i + 1].lower);
    if (!phrases) continue;
    const last = longestTitleAt(toks, phrases, i + 1);
    if (last < 0 || covered[last]) continue;
    // "the minister of energy", "the governor Ana Petrova": the title is qualified or names its holder right there
    const next = toks[last + 1];
    if (next && (next.lower === 'of' || next.lower === 'for' || covered[last + 1] || next.cap && !next.punct)) continue;
    while (seen < people.length && people[seen].first < i) seen++;
    const title = doc.text.slice(toks[i + 1].start, toks[last].end).toLowerCase();
    let holder: NameMention | null = null;
    let ambiguous = false;
    for (let j = seen - 1; j >= 0 && !ambiguous; j--) {
      const m = people[j];
      if (holder && m.entity === holder.entity) continue;
      if (!holds(entities, m, title)) continue;
      if (holder) ambiguous = true;
      else holder = m;
    }
    if (!holder || ambiguous) continue;
    const ref = copyNameMention(holder);
    ref.start = toks[i].start; ref.end = toks[last].end; ref.first = i; ref.last = last; ref.text = doc.text.slice(ref.start, ref.end);
    ref.via = 'reference'; ref.headline = false; ref.dateline = false; ref.title = undefined;
    out.push(ref);
    i = last;
  }
  return out;
}

/** The last token of the longest title phrase starting at token `at`, or -1. */
function longestTitleAt(toks: Doc['tokens'], phrases: string[][], at: number): number {
  for (const words of phrases) { // longest first
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) ok = toks[at + w]?.lower === words[w];
    if (ok) return at + words.length - 1;
  }
  return -1;
}

/** Whether the person of mention `m` was given `title` ("governor" of "Governor", "the regional governor"). */
function holds(entities: EntityTables, m: NameMention, title: string): boolean {
  // (a title given with its complement, "Minister of Energy and Mines", is held as its head, "minister")
  const is = (given: string | null | undefined) => {
    const t = given?.toLowerCase().replace(COMPLEMENT_RE, '');
    return Boolean(t && (t === title || t.endsWith(` ${title}`)));
  };
  if (is(m.title?.text)) return true;
  return (entities.people[m.entity]?.roles ?? []).some((r) => is(r.title));
}
const COMPLEMENT_RE = /\s(?:of|for|to|at|in)\s.*$/;
