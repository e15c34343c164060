// Arrays indexed by token, built so that every document gets arrays of one elements kind.
//
// V8 optimises a function for the array kinds (maps) it has seen, and throws the optimised code
// away when another kind arrives ("wrong map"). `toks.map(...)` returns a packed array from the
// builtin but a holey one once the caller is optimised (TurboFan builds it with `new Array(n)`),
// and `new Array(n)` stays an array of small integers until an object is stored in it (a
// document with no money leaves `moneyAt` so). Each change of kind deoptimised every rule
// function that reads the array, and the largest were compiled again six to nine times per
// 1,000 articles, costing more compiler CPU than the extraction itself. Built here, the kind
// is always "holey, any value", from the first document on.

import type { Token } from './doc.js';

// Per token list, made once: coreference, projects and events each read it for the same
// document (none of them writes to it).
const lowered = new WeakMap<readonly Token[], string[]>();

/** Every token's lower-cased form (the same array for the same token list; do not modify it). */
export function lowerForms(toks: readonly Token[]): string[] {
  let out = lowered.get(toks);
  if (out) return out;
  out = new Array<string>(toks.length);
  for (let i = 0; i < toks.length; i++) out[i] = toks[i].lower;
  lowered.set(toks, out);
  return out;
}

/** `n` empty slots, to be filled with objects at some indexes (or none). */
export function tokenSlots<T>(n: number): (T | undefined)[] {
  const out = new Array<T | undefined>(n);
  // (storing undefined turns the array from one of small integers into one of any value)
  if (n > 0) out[0] = undefined;
  return out;
}
