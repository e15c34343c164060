// "Kessel Rail is upgrading the 300 km line from Osk to Dara": news names a railway, a power line or a pipeline by the
// bare word "line" once the network is plain from the words around it. A line word sized in kilometres is read as
// works of the one network its sentence (and the sentence before, in its paragraph) speaks of; with no network word,
// or words of two networks, it stays no facility.
import type { ProjectType } from './extraction.js';
import type { Ctx } from './project-context.js';
import { loadJson } from './data-dir.js';

interface BareLineData { bare_line_heads: string[]; bare_line_networks: Record<string, string[]> }
let words: { heads: Set<string>; networks: Map<string, ProjectType> } | null = null;
function bareLineWords(): { heads: Set<string>; networks: Map<string, ProjectType> } {
  if (words) return words;
  const d = loadJson<BareLineData>('lexicon/project-detection.json');
  const networks = new Map<string, ProjectType>();
  for (const [type, list] of Object.entries(d.bare_line_networks)) for (const w of list) networks.set(w, type as ProjectType);
  words = { heads: new Set(d.bare_line_heads), networks };
  return words;
}

/** The type of the bare line word at `i` ("the 300 km line"), or null. Not when works of that type are already named:
 * the line word then points back to them. */
export function bareLineType(ctx: Ctx, i: number): ProjectType | null {
  const w = bareLineWords();
  if (!w.heads.has(ctx.lowers[i])) return null;
  let sized = false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const q = ctx.quantityAt[k];
    if (q) { sized = q.kind === 'length'; break; }
    if (ctx.toks[k].punct) break;
  }
  if (!sized) return null;
  const sent = ctx.toks[i].sent;
  const s = ctx.doc.sentences[sent];
  const prev = ctx.doc.sentences[sent - 1];
  const from = prev && prev.paragraph === s.paragraph && prev.start >= ctx.doc.bodyStart ? prev.first : s.first;
  const found = new Set<ProjectType>();
  for (let k = from; k <= s.last; k++) {
    const t = w.networks.get(ctx.lowers[k]);
    if (t) found.add(t);
  }
  if (found.size !== 1) return null;
  const type = [...found][0];
  return ctx.projects.some((p) => p.type === type) ? null : type;
}
