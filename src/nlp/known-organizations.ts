import type { Token } from './doc.js';

// Organisations a user names in a lexicon file, with their aliases: found wherever their name or an
// alias appears, even without a legal form or head word ("Sinara", "VRZ").

export interface KnownOrganization { name: string; aliases: string[]; country: string | null }

interface Entry { words: string[]; caseSensitive: boolean; org: KnownOrganization }

const byFirst = new Map<string, Entry[]>();

function words(s: string): string[] {
  return s.match(/(?:\p{Lu}\.){2,}|['’]s\b|\p{L}[\p{L}\p{M}]*(?:['’‐-](?!s\b)[\p{L}\p{M}\p{N}]+)*|\d+(?:[.,]\d+)*|\S/gu) ?? [];
}

export function addKnownOrganizations(list: KnownOrganization[]): void {
  for (const org of list) {
    for (const form of [org.name, ...org.aliases]) {
      const w = words(form);
      if (!w.length) continue;
      // all-capital short forms match only in capitals ("VRZ", not "vrz")
      const caseSensitive = /^[\p{Lu}\d&.-]+$/u.test(form.replace(/\s/g, ''));
      const key = caseSensitive ? w[0] : w[0].toLowerCase();
      const entry: Entry = { words: caseSensitive ? w : w.map((x) => x.toLowerCase()), caseSensitive, org };
      const arr = byFirst.get(key) ?? [];
      arr.push(entry);
      arr.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(key, arr);
    }
  }
}

export function hasKnownOrganizations(): boolean {
  return byFirst.size > 0;
}

/** The longest known organisation name starting at token i and ending at or before `limit`. */
export function knownOrganizationAt(toks: Token[], i: number, limit: number): { last: number; org: KnownOrganization } | null {
  const t = toks[i];
  const candidates = [...(byFirst.get(t.text) ?? []), ...(byFirst.get(t.lower) ?? [])];
  let best: { last: number; org: KnownOrganization } | null = null;
  for (const e of candidates) {
    const last = i + e.words.length - 1;
    if (last > limit) continue;
    let ok = true;
    for (let k = 0; k < e.words.length; k++) {
      const tok = toks[i + k];
      if ((e.caseSensitive ? tok.text : tok.lower) !== e.words[k]) { ok = false; break; }
    }
    if (ok && (!best || last > best.last)) best = { last, org: e.org };
  }
  return best;
}
