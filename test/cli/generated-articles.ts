// Small, distinct articles built from a few templates, for tests that need a few hundred inputs
// (crash safety). Names, places and figures vary with the index so every text is unique, and a
// handful of projects recur across articles so cross-document resolution has work to do.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRMS = ['Karavel Energy', 'Norden Rail Holding', 'Tamsin Water Company', 'Orlo Cement Group', 'Veska Ports', 'Brightmoor Solar', 'Halden Steel Works', 'Marisco Logistics'];
const PLACES = ['Kalvar', 'Dorvan', 'Velmora', 'Kestrel Junction', 'Ostrava', 'Samarkand', 'Mombasa', 'Tashkent', 'Almaty', 'Gdansk'];
const FACILITIES = ['solar plant', 'wind farm', 'cement plant', 'container terminal', 'water treatment plant', 'railway line', 'steel mill', 'logistics hub'];
const UNITS: Record<string, string> = {
  'solar plant': 'MW', 'wind farm': 'MW', 'cement plant': 'million tonnes a year', 'container terminal': 'TEU a year',
  'water treatment plant': 'cubic metres a day', 'railway line': 'km', 'steel mill': 'million tonnes a year', 'logistics hub': 'hectares',
};
const VERBS = ['signed an agreement to build', 'started construction of', 'announced plans for', 'completed financing for'];

/** The i-th article's text: a header block, then two short paragraphs. */
export function generatedArticle(i: number): string {
  // projects recur: article i talks about project i % 80, so two or three articles share each one
  const p = i % 80;
  const firm = FIRMS[p % FIRMS.length];
  const place = PLACES[p % PLACES.length];
  const facility = FACILITIES[(p >> 3) % FACILITIES.length];
  const size = 50 + (p * 37) % 900;
  const day = 1 + (i % 28);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][i % 12];
  return [
    `Title: ${firm} and the ${place} ${facility}, update ${i}`,
    `Published: ${day} ${month} 2025`,
    '',
    `${firm} ${VERBS[i % VERBS.length]} a ${size} ${UNITS[facility]} ${facility} near ${place} on ${day} ${month}, the company said in statement number ${i}.`,
    '',
    `The project is worth ${10 + (i % 90)} million dollars, and the first phase is due to finish in ${2026 + (i % 5)}. Officials in ${place} welcomed the news.`,
    '',
  ].join('\n');
}

/** Writes `count` articles as a-0000.txt, a-0001.txt... into dir. */
export function writeGeneratedArticles(dir: string, count: number): void {
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `a-${String(i).padStart(4, '0')}.txt`), generatedArticle(i));
}
