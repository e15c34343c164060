// A cheap upper estimate of how much text an HTML page holds, to refuse a page whose text is
// far past the per-document limit before it is parsed: parsing a 20 MB page into a DOM takes
// some 18 s and over a gigabyte of memory, only for the text to be refused afterwards.
// One linear pass with indexOf (no regular expressions that could backtrack on hostile markup):
// tags, comments, <script> and <style> bodies are skipped, whitespace runs count as one.

const SKIP_BODY = ['script', 'style'];

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

export function estimateHtmlTextLength(markup: string): number {
  let count = 0;
  let lastWasSpace = true;
  let i = 0;
  const n = markup.length;
  const lower = markup.toLowerCase(); // once: closing tags are searched in it
  while (i < n) {
    const c = markup.charCodeAt(i);
    if (c !== 0x3c /* < */) {
      if (isSpace(c)) {
        if (!lastWasSpace) { count++; lastWasSpace = true; }
      } else {
        count++;
        lastWasSpace = false;
      }
      i++;
      continue;
    }
    if (markup.startsWith('<!--', i)) {
      const end = markup.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    const close = markup.indexOf('>', i + 1);
    if (close === -1) break;
    const name = /^<([a-zA-Z]+)/.exec(markup.slice(i, Math.min(close, i + 10)))?.[1]?.toLowerCase();
    i = close + 1;
    if (name && SKIP_BODY.includes(name)) {
      const end = lower.indexOf(`</${name}`, i);
      if (end === -1) break;
      i = end;
    }
  }
  return count;
}
