// Removes page furniture from an HTML document before the article is looked for:
// navigation, site headers and footers, cookie/consent banners, share buttons,
// related-story lists, newsletter boxes, forms, scripts, hidden elements.
// Readability drops much of this on its own; doing it first makes the result
// dependable and gives the fallback heuristics a clean page to work on.

/** Elements that are never part of an article. */
const ALWAYS_REMOVE = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas', 'svg',
  'button', 'input', 'select', 'textarea',
];

/**
 * Elements that are furniture unless they wrap the story: some CMSs (ASP.NET WebForms)
 * put the whole page inside one <form>, and a few sites misuse <nav> or <aside>.
 */
const FURNITURE_ELEMENTS = ['form', 'nav', 'aside', 'footer', 'dialog', 'menu'];

/** ARIA landmark roles that mark furniture rather than content. */
const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar', 'alert',
]);

/** Words in a class or id that mark furniture ("cookie-banner", "share_bar", "related-stories"). */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'banner', 'breadcrumb', 'breadcrumbs', 'comment', 'comments',
  'consent', 'cookie', 'cookies', 'gdpr', 'masthead', 'menu', 'modal', 'nav', 'navbar', 'navigation',
  'newsletter', 'outbrain', 'paywall', 'popup', 'promo', 'recommended', 'related', 'share', 'sharing',
  'sidebar', 'signup', 'skip', 'social', 'sponsor', 'sponsored', 'subscribe', 'subscription',
  'taboola', 'tags', 'toolbar', 'trending', 'widget', 'footer', 'topbar',
]);

function furnitureByName(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (names.trim().length === 0) return false;
  return names.split(/[^a-z0-9]+/).some((word) => FURNITURE_WORDS.has(word));
}

function hiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').toLowerCase() === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * An element that holds the story itself must survive even if a class name looks like
 * furniture ("story has-share-bar"): the page's article/main, or an element with several
 * paragraphs holding most of the page's text.
 */
function holdsTheStory(el: Element, bodyTextLength: number): boolean {
  const tag = el.localName.toLowerCase();
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return true;
  if (el.querySelector('article, main, [role="main"]')) return true;
  const paragraphs = el.querySelectorAll('p').length;
  return paragraphs >= 3 && bodyTextLength > 0 && textLength(el) > bodyTextLength * 0.5;
}

function removeAll(list: Iterable<Element>): void {
  for (const el of Array.from(list)) el.remove();
}

export function stripBoilerplate(doc: Document): void {
  const body = doc.body;
  if (!body) return;

  removeAll(body.querySelectorAll(ALWAYS_REMOVE.join(', ')));
  const bodyText = textLength(body);

  removeAll(Array.from(body.querySelectorAll(FURNITURE_ELEMENTS.join(', '))).filter((el) => !holdsTheStory(el, bodyText)));

  // A <header> inside the article holds headline and standfirst; a site header does not.
  removeAll(Array.from(body.querySelectorAll('header')).filter((h) => !h.closest('article, main, [role="main"]') && !holdsTheStory(h, bodyText)));

  const candidates = Array.from(body.querySelectorAll('*'));
  for (const el of candidates) {
    if (!el.isConnected) continue;
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    const furniture = FURNITURE_ROLES.has(role) || hiddenElement(el) || furnitureByName(el);
    if (furniture && !holdsTheStory(el, bodyText)) el.remove();
  }
}
