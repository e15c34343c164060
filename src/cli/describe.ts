import type { Amount, Capacity } from '../nlp/extraction.js';
import { formatNumber } from './format-output.js';

// Short human forms of figures, shared by the table views.

const QUAL: Record<string, string> = { exact: '', over: '>', under: '<', about: '~', up_to: '≤' };

export function describeCapacity(c: Capacity[]): string {
  return c.map((x) => `${QUAL[x.qualifier ?? 'exact'] ?? ''}${x.min !== undefined ? formatNumber(x.min) + '–' : ''}${formatNumber(x.value)} ${x.unit}${x.item ? ` (${x.item})` : ''}`).join('; ');
}

export function describeAmount(a: Amount | null): string {
  if (!a) return '';
  return `${QUAL[a.qualifier] ?? ''}${a.currency} ${formatNumber(a.value)}`;
}
