// The Doc owns the text; every annotation is a span over it by UTF-16 offsets (the spaCy model).
// Components add annotations in a fixed order; later components read earlier ones.

export interface Token {
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (acronyms such as VNMC, VEGOC). */
  upper: boolean;
  num: boolean;
  punct: boolean;
  /** Whitespace before this token contains a line break. */
  lineStart: boolean;
  sent: number;
}

export interface Sentence { start: number; end: number; first: number; last: number; paragraph: number }

export type EntityLabel = 'PERSON' | 'ORG' | 'PLACE';

export interface Mention {
  label: EntityLabel;
  start: number;
  end: number;
  first: number; // first token index
  last: number;  // last token index (inclusive)
  text: string;
  /** Index into the doc's entity table for this label, set when resolved. */
  entity: number;
}

export interface Quantity {
  start: number; end: number; first: number; last: number;
  value: number; min?: number; unit: string; kind: 'power' | 'energy' | 'mass' | 'length' | 'volume' | 'count' | 'area' | 'other';
  qualifier: 'exact' | 'over' | 'under' | 'about' | 'up_to';
  item?: string; perYear: boolean; text: string;
}

export interface Money {
  start: number; end: number; first: number; last: number;
  value: number; min?: number; currency: string;
  qualifier: 'exact' | 'over' | 'under' | 'about' | 'up_to';
  text: string;
  /** Set when the figure is in parentheses right after another figure (a conversion). */
  conversionOf?: number;
}

export interface DateMention {
  start: number; end: number; first: number; last: number;
  /** YYYY-MM-DD when a day is fixed, YYYY-MM or YYYY when not. */
  value: string;
  precision: 'day' | 'month' | 'year';
  text: string;
}

export interface DocMeta { title: string | null; published: string | null; source: string | null; path: string | null; url?: string | null }

export class Doc {
  readonly text: string;
  readonly meta: DocMeta;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  mentions: Mention[] = [];
  quantities: Quantity[] = [];
  money: Money[] = [];
  dates: DateMention[] = [];
  /** Offset where the body starts (after the headline paragraph, when one is prepended). */
  bodyStart = 0;

  constructor(text: string, meta: DocMeta) {
    this.text = text;
    this.meta = meta;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  sentenceOf(tokenIndex: number): Sentence {
    return this.sentences[this.tokens[tokenIndex].sent];
  }
}
