// HTML string to a linkedom Document with a real <head> and <body>.
// linkedom does not apply the HTML5 rules that invent missing <html>/<head>/<body>
// elements (a bare fragment, or a page without <body>, loses its content), so the
// markup is rebuilt into that canonical shell before parsing.

import { parseHTML } from 'linkedom';
import { assertHtmlDepth } from './html-depth.js';

// Elements that may open a document before its body content starts.
const HEADISH = /^\s*(?:<!--[\s\S]*?-->|<title\b[^>]*>[\s\S]*?<\/title\s*>|<(?:meta|link|base)\b[^>]*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<script\b[^>]*>[\s\S]*?<\/script\s*>|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>)/i;

function splitLeadingHead(markup: string): { head: string; rest: string } {
  let head = '';
  let rest = markup;
  for (;;) {
    const m = HEADISH.exec(rest);
    if (!m) break;
    head += m[0];
    rest = rest.slice(m[0].length);
  }
  return { head, rest };
}

/** Rebuild any HTML (page, page without <body>, bare fragment) into <html><head>..</head><body>..</body></html>. */
export function canonicalHtml(html: string): string {
  let s = html
    .replace(/^\uFEFF/, '')
    .replace(/^\s*<\?xml[^>]*\?>/i, '')
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/<\/?html(?=[\s>/])[^>]*>/gi, '');

  let head = '';
  let body: string;
  let bodyAttrs = '';

  const headOpen = /<head(?=[\s>/])[^>]*>/i.exec(s);
  if (headOpen) {
    const before = s.slice(0, headOpen.index);
    const afterOpen = s.slice(headOpen.index + headOpen[0].length);
    const close = /<\/head\s*>/i.exec(afterOpen);
    if (close) {
      head = afterOpen.slice(0, close.index);
      s = before + afterOpen.slice(close.index + close[0].length);
    } else {
      const split = splitLeadingHead(afterOpen);
      head = split.head;
      s = before + split.rest;
    }
  }

  const bodyOpen = /<body(?=[\s>/])([^>]*)>/i.exec(s);
  if (bodyOpen) {
    bodyAttrs = bodyOpen[1];
    const afterOpen = s.slice(bodyOpen.index + bodyOpen[0].length);
    const close = /<\/body\s*>/i.exec(afterOpen);
    body = close ? afterOpen.slice(0, close.index) : afterOpen;
    if (!headOpen) head += splitLeadingHead(s.slice(0, bodyOpen.index)).head;
  } else if (headOpen) {
    body = s;
  } else {
    const split = splitLeadingHead(s);
    head = split.head;
    body = split.rest;
  }
  return `<!DOCTYPE html><html><head>${head}</head><body${bodyAttrs}>${body}</body></html>`;
}

/** Throws HtmlTooDeep for a page nested past MAX_HTML_DEPTH: nothing downstream gets such a tree. */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(canonicalHtml(html));
  const doc = document as unknown as Document;
  assertHtmlDepth(doc);
  return doc;
}
