// Places a text gives works away from the sentence that names them: a place fronted at the head of a paragraph
// ("In X, ..."), and "there" standing for a place named just before; and the fronted places that set another scene.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

function placesOf(text: string, type?: string): string[] {
  const x = run(text);
  const p = type ? x.projects.find((q) => q.type === type) : x.projects[0];
  assert.ok(p, JSON.stringify(x.projects));
  return [...p.places].sort();
}

test('a region fronted at the head of a paragraph is where the works the paragraph describes stand', () => {
  assert.deepEqual(placesOf('Far to the south, in Muthanna Governorate, the story is different. Lanova Power is building a 300 MW solar plant outside Samawah that should open next year.', 'solar_power_plant'), ['Muthanna Governorate', 'Samawah']);
  assert.deepEqual(placesOf('In the Kostanay region, farmers have waited years for better roads. Steppe Build LLP has now won a $70 million contract to rebuild a 110-km road, the ministry said.', 'road'), ['Kostanay region']);
  assert.deepEqual(placesOf('In Navoi region, where gold mining dominates, officials want new industries. A $200 million copper smelter will be built by Zarafshan Metals, with output due in 2028.'), ['Navoi region']);
  // (behind a distance that leads the reader there)
  assert.deepEqual(placesOf('About 150 km to the east, in Kashkadarya region, work is further along. Tallis Agro has poured the foundations of a $40 million fertilizer plant at Guzar.', 'fertilizer_plant'), ['Guzar', 'Kashkadarya region']);
});

test('a town fronted with "At X," places works the paragraph names nowhere else', () => {
  assert.deepEqual(placesOf('At Musala, the mountains hold one of Europe\'s largest untapped copper deposits. Balkan Ore Ltd plans an open-pit mine that could produce 50,000 t of copper a year.', 'mine'), ['Musala']);
});

test('a fronted place that sets the scene of a meeting or a speech, or that another scene follows, is not the works\' place', () => {
  assert.deepEqual(placesOf('In Beijing, ministers of both countries signed a dozen deals on Monday. One covers a 500 MW wind farm in Zhambyl region to be built by Tengri Wind.', 'wind_power_plant'), ['Zhambyl region']);
  assert.deepEqual(placesOf('In Tashkent, Orvel Group chief executive Anvar Sultanov said demand was strong. The group will build a $60 million glass factory next year.'), []);
  assert.deepEqual(placesOf('In Almaty, traffic jams are a daily fact of life.\n\nMeanwhile, Kestrel Rail will build a 200-km railway linking two towns in the west.', 'railway'), []);
  // a town does not join works already placed in another town
  assert.deepEqual(placesOf('In Almaty, traffic jams are a daily fact of life. Kestrel Rail will build a 400-km railway from Aktobe to Atyrau.', 'railway'), ['Aktobe', 'Atyrau']);
  assert.deepEqual(placesOf('In Tashkent, the conference heard from forty investors. Zarafshan Metals will build a $300 million copper smelter in Almalyk.'), ['Almalyk']);
});

test('"there" after the works stands for the place named just before', () => {
  assert.deepEqual(placesOf('Brightwater Utilities has long been active in Mombasa. It now plans to build a $60 million desalination plant there.'), ['Mombasa']);
  assert.deepEqual(placesOf('The government has set aside land near Dwangwa for farming. Greenfield Agri Ltd will build a 3,000-hectare irrigation scheme there by 2027.', 'irrigation'), ['Dwangwa']);
  assert.deepEqual(placesOf('Tarn Foods already runs a dairy in Plovdiv. The group said it would add a $30 million juice factory there next year.'), ['Plovdiv']);
  assert.deepEqual(placesOf('Balkan Wind Ltd won a tender for land near Kavarna in March. It will build a 90 MW wind farm there, with turbines from Vestra.', 'wind_power_plant'), ['Kavarna']);
});

test('"there is", and a place that says where a body is based, give the works no place', () => {
  assert.deepEqual(placesOf('Kalunga Minerals will build a 100 MW solar plant in Huambo. There is strong demand for power in the south.', 'solar_power_plant'), ['Huambo']);
  assert.deepEqual(placesOf('Halden Bank, based in Oslo, lends to emerging markets. It will finance a 50 MW solar plant in Kunduz, and there are talks on a second.', 'solar_power_plant'), ['Kunduz']);
  assert.deepEqual(placesOf('Orin Energy, a Varna-based developer, will build a 60 MW solar plant there, the company said.', 'solar_power_plant'), []);
});

test('a town a headline puts before the facility words, or makes the subject of a verb of receiving, is the main works\' place', () => {
  const a = run('Brightwater Utilities broke ground on Monday on a $90 million seawater desalination plant at Shimoni beach. The plant will produce 100,000 m3 of water a day.', '2025-03-12', 'Work starts on Mombasa desalination plant after years of dry taps');
  assert.ok(a.projects[0]?.places.includes('Mombasa'), JSON.stringify(a.projects));
  const b = run('Kestrel Oil will spend $2 billion to raise the capacity of its refinery to 12 million tonnes a year, the company said.', '2025-03-12', 'Shymkent refinery upgrade to cost $2 billion');
  assert.deepEqual(b.projects.find((p) => p.type === 'refinery')?.places, ['Shymkent']);
  const c = run('Ikeja Polymers Ltd said on Monday it had signed a $900 million contract for a 500,000-tonne-a-year polypropylene plant in the Lekki Free Trade Zone.', '2025-03-12', 'Lagos gets a polypropylene plant, on paper at last');
  assert.deepEqual([...(c.projects[0]?.places ?? [])].sort(), ['Lagos', 'Lekki Free Trade Zone']);
});

test('a headline capital that acts, a body\'s seat, or a town before other works gives the works no place', () => {
  const a = run('Tengri Wind LLP will build a 500 MW wind farm in Zhambyl region, officials said.', '2025-03-12', 'Beijing signs off on Kazakh wind farm');
  assert.deepEqual(a.projects.find((p) => p.places.length)?.places, ['Zhambyl region']);
  const b = run('Pontica Capital will fund a 60 MW solar plant near Kavarna.', '2025-03-12', 'Varna investor backs new solar plant');
  assert.deepEqual(b.projects[0]?.places, ['Kavarna']);
  const c = run('Steppe Roads LLP will rebuild the 300-km highway from Taraz to Kordai for $400 million.', '2025-03-12', 'Premier presses builders on Shymkent refinery and highway timetables');
  assert.deepEqual([...(c.projects.find((p) => p.type === 'road')?.places ?? [])].sort(), ['Kordai', 'Taraz']);
});

test('a sentence opening on the work of building, right after the works were named, places those works', () => {
  assert.deepEqual(placesOf('Aral Salt LLP plans to spend $50 million on a soda ash plant. Construction is planned in the Kyzylorda region, near the town of Aralsk.'), ['Aralsk', 'Kyzylorda region']);
  assert.deepEqual(placesOf('Arvan Energy signed a contract for a 50 MW solar plant on Tuesday. Work began last week near Mazar-i-Sharif, the company said.', 'solar_power_plant'), ['Mazar-i-Sharif']);
  assert.deepEqual(placesOf('Kestrel Agro will build a grain terminal able to handle 1 million tonnes a year. Construction will start in April at Kuryk, south of Aktau.'), ['Kuryk']);
});

test('building costs, a new paragraph, or other works named in the sentence keep their places', () => {
  assert.deepEqual(placesOf('Orbis Steel will build a 2 million-tonne steel mill in Karaganda. Construction costs in Almaty have risen by a third.'), ['Karaganda']);
  assert.deepEqual(placesOf('Orbis Steel will build a 2 million-tonne steel mill in Karaganda.\n\nWork began in May on a separate housing estate in Almaty.'), ['Karaganda']);
  assert.deepEqual(placesOf('Orbis Steel will build a 2 million-tonne steel mill in Karaganda. Work was delayed by a strike at its Temirtau plant.'), ['Karaganda']);
});

test('the region a paragraph about the works says one of their towns lies in is theirs too', () => {
  assert.deepEqual(placesOf('Lanova Power will build a 300 MW solar plant near Samawah. Samawah, the capital of Muthanna Governorate, has long suffered power cuts.', 'solar_power_plant'), ['Muthanna Governorate', 'Samawah']);
  assert.deepEqual(placesOf('Aral Salt LLP plans a $50 million soda ash plant in Aralsk. Aralsk lies in the Kyzylorda region, on the former shore of the Aral Sea.'), ['Aralsk', 'Kyzylorda region']);
});

test('a town\'s region said of a line\'s end, of a body\'s seat, or in a portrait of the town elsewhere, is not added', () => {
  assert.deepEqual(placesOf('Ferrum Rail will build a 300-km railway from Kigoma to Uvinza. Kigoma, the capital of Kigoma region, is a lake port.', 'railway'), ['Kigoma', 'Uvinza']);
  assert.deepEqual(placesOf('Velmar Cement will build a cement plant in Jizzakh with a capacity of 1 million tonnes. Its owner is based in Samarkand, the capital of Samarkand region.'), ['Jizzakh']);
  assert.deepEqual(placesOf('Velmar Cement will build a cement plant in Jizzakh with a capacity of 1 million tonnes.\n\nThe city has grown fast. Jizzakh, the capital of Jizzakh region, now has 180,000 people.'), ['Jizzakh']);
});
