// Publication dates as written, reduced to YYYY-MM-DD. No time-zone arithmetic:
// "2024-07-02T23:30:00-05:00" is 2024-07-02 because that is the date the publisher wrote.
// Accepted: ISO dates and datetimes (also with "/" or "." separators), "2 July 2024",
// "2nd Jul 2024", RFC 822 ("Tue, 02 Jul 2024 10:00:00 GMT"), "July 2, 2024", "Jul 2nd 2024".

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4,
  may: 5, jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s,;Z+-]|\d{2}:)/i;
const COMPACT_ISO = /^(\d{4})(\d{2})(\d{2})(?=$|T)/;
const DAY_MONTH_YEAR = new RegExp(`^(?:[a-z]+\\.?,?\\s+)?${DAY}\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^(?:[a-z]+\\.?,?\\s+)?${MONTH_NAME}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i');

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function format(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200) return null;
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** YYYY-MM-DD for a date written in one of the accepted forms, else null. Never throws. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\s+/g, ' ');
  if (s.length === 0 || s.length > 200) return null;

  let m = ISO.exec(s) ?? COMPACT_ISO.exec(s);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));

  m = DAY_MONTH_YEAR.exec(s);
  if (m) return format(Number(m[3]), monthNumber(m[2]), Number(m[1]));

  m = MONTH_DAY_YEAR.exec(s);
  if (m) return format(Number(m[3]), monthNumber(m[1]), Number(m[2]));

  return null;
}
