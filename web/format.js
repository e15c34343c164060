// How values read on the page: codes to words, figures to compact numbers, countries to names.

import { el, safe } from './dom.js';

export const DASH = '\u2014';

const regionNames = safe(() => new Intl.DisplayNames(['en'], { type: 'region' }));
const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const compactFormat = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });

export function humanize(code) {
  return code ? String(code).replaceAll('_', ' ') : DASH;
}

export function sectorLabel(sector) {
  if (!sector) return DASH;
  const [top, sub] = String(sector).split('.');
  return sub ? `${humanize(top)}: ${humanize(sub)}` : humanize(top);
}

export function countryName(code) {
  if (!code) return DASH;
  return safe(() => regionNames?.of(code)) ?? code;
}

const QUALIFIER_WORDS = { over: 'over ', under: 'under ', about: 'about ', up_to: 'up to ' };

export function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '?';
  return Math.abs(value) >= 1e6 ? compactFormat.format(value) : numberFormat.format(value);
}

export function formatCapacity(c) {
  const range = typeof c.min === 'number' ? `${formatNumber(c.min)}\u2013${formatNumber(c.value)}` : formatNumber(c.value);
  return `${QUALIFIER_WORDS[c.qualifier] ?? ''}${range} ${c.unit ?? ''}${c.item ? ` (${c.item})` : ''}`.trim();
}

export function formatMoney(value, currency) {
  return safe(
    () => new Intl.NumberFormat('en', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2 }).format(value),
    `${currency ?? ''} ${formatNumber(value)}`.trim(),
  );
}

export function formatAmount(a) {
  if (!a) return DASH;
  const range = typeof a.min === 'number' ? `${formatMoney(a.min, a.currency)}\u2013` : '';
  return `${QUALIFIER_WORDS[a.qualifier] ?? ''}${range}${formatMoney(a.value, a.currency)}`;
}

export function documentTitle(d) {
  return d.title || d.path || d.input || `Document ${d.id}`;
}

/** Only http(s) links from article metadata become clickable. */
export function safeHttpUrl(url) {
  const parsed = safe(() => new URL(url));
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : null;
}

export function statusBadge(status) {
  return el('span', { class: 'status', 'data-status': status ?? 'unknown' }, humanize(status ?? 'unknown'));
}

export function plural(n, one, many = `${one}s`) {
  return `${numberFormat.format(n)} ${n === 1 ? one : many}`;
}
