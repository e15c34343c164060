// Building the page from data. Strings always become text nodes (never HTML), so article text
// and names from the API cannot inject markup; SVG elements get the SVG namespace.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an element; strings among the children become text nodes. */
export function el(tag, props = {}, ...children) {
  return build(document.createElement(tag), props, children);
}

/** The same for SVG elements. */
export function svg(tag, props = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), props, children);
}

function build(node, props, children) {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  return append(node, children);
}

export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export const byId = (id) => document.getElementById(id);

/** A titled block of a page. */
export function section(title, ...children) {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return el('section', { class: 'block', 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

/** A definition list from [term, value] pairs; empty values are left out. */
export function facts(pairs) {
  return el(
    'dl',
    { class: 'facts' },
    pairs.filter(([, value]) => value !== null && value !== undefined && value !== '').map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]),
  );
}

export function muted(text) {
  return el('p', { class: 'muted' }, text);
}

/** A link inside the app: every page is a hash route. */
export function link(href, text, props = {}) {
  return el('a', { href, ...props }, text);
}

/** Tells screen readers what just changed (results loaded, a file ingested). */
export function announce(message) {
  const region = byId('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes the region speak even when the message repeats.
  setTimeout(() => (region.textContent = message), 30);
}

export function safe(fn, fallback = null) {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
