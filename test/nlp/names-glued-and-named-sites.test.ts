import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Faults of organisation and place names seen on unseen articles: a place and a company glued by "for", a sentence's
// full stop kept on a legal form, qualifiers of a listing read as bodies, the subject of a law read as a body, and
// sites named once before a lower-case site noun. All names here are invented.

test('"in <place> for <company>" is a place and a company, not one name', () => {
  const x = run('The 120 MW wind farm in Zhanatas for Korvath Energy will cost $150 million, the developer said.');
  assert.ok(names(x.organizations).includes('Korvath Energy'), names(x.organizations).join(' | '));
  assert.ok(!names(x.organizations).some((n) => n.includes('Zhanatas')), names(x.organizations).join(' | '));
  const y = run('A second solar park near Almaty for Brisant Holdings is planned for 2027.');
  assert.ok(names(y.organizations).includes('Brisant Holdings'), names(y.organizations).join(' | '));
  assert.ok(names(y.places).includes('Almaty'), names(y.places).join(' | '));
});

test('a body whose own name holds "for" keeps it whole', () => {
  const x = run('The Velmora Agency for Renewable Energy and the Tarvin Bank for Reconstruction and Development will co-finance the line. Ardlow Centre for Energy Research advised the lenders.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Velmora Agency for Renewable Energy'), orgs.join(' | '));
  assert.ok(orgs.includes('Tarvin Bank for Reconstruction and Development'), orgs.join(' | '));
  assert.ok(orgs.includes('Ardlow Centre for Energy Research'), orgs.join(' | '));
  const y = run('The grant came in 2024 from the Kessary Fund for Development, which also backs the port.');
  assert.ok(names(y.organizations).includes('Kessary Fund for Development'), names(y.organizations).join(' | '));
});

test("a sentence's full stop after a capitals-only legal form is not part of the name", () => {
  const x = run('The plant will be built by Melden Construction LLC. The company said work starts in May.');
  assert.ok(names(x.organizations).includes('Melden Construction LLC'), names(x.organizations).join(' | '));
  const y = run('The stake was sold to Varkos Energy JSC. Shares rose 4% on the news.');
  assert.ok(names(y.organizations).includes('Varkos Energy JSC'), names(y.organizations).join(' | '));
  // an abbreviated form keeps its own period
  const z = run('The boilers come from Kestrel Industries Inc. The order is worth $40 million.');
  assert.ok(names(z.organizations).includes('Kestrel Industries Inc.'), names(z.organizations).join(' | '));
});

test("the segment and category of a listing are no bodies", () => {
  const x = run('Shares of Brisant Holdings trade on the Velmora Stock Exchange, Main Segment, Standard category, since 2019.');
  assert.deepEqual(names(x.organizations).sort(), ['Brisant Holdings', 'Velmora Stock Exchange']);
  const y = run('Its bonds are listed on the Tarvin Bourse, Premium tier, and pay 6%.');
  assert.deepEqual(names(y.organizations), ['Tarvin Bourse']);
});

test('companies listed with a company stay companies', () => {
  const x = run('The loan comes from Ardlow Capital, Kestrel Partners and Brenmoor, the lenders said.');
  const orgs = names(x.organizations);
  for (const n of ['Ardlow Capital', 'Kestrel Partners', 'Brenmoor']) assert.ok(orgs.includes(n), orgs.join(' | '));
  const y = run('Standard Velmora Bank and Premium Tarvin Insurance signed the facility with Ardlow Capital.');
  assert.ok(names(y.organizations).includes('Standard Velmora Bank'), names(y.organizations).join(' | '));
});

test('the subject of a law, code or decree is no body', () => {
  const x = run('Under the Law on Public-Private Partnership, the ministry must approve the deal within 60 days.');
  assert.deepEqual(names(x.organizations), []);
  const y = run('The Code on Investment Protection and the Decree on Energy Cooperation set the terms of the 200 MW plant.');
  assert.deepEqual(names(y.organizations), []);
  // a body with the same words in its own name is still a body
  const z = run('The Public-Private Partnership Centre of Velmora will run the tender for the 200 MW plant.');
  assert.ok(names(z.organizations).includes('Public-Private Partnership Centre of Velmora'), names(z.organizations).join(' | '));
});

test('an unknown name before a lower-case site noun is a site', () => {
  const x = run('The smelter will be built at the Tessenkol site, 40 km from the border, the ministry said.');
  assert.ok(names(x.places).includes('Tessenkol'), names(x.places).join(' | '));
  const y = run('Concentrate will be trucked 90 km and loaded at the Darsun terminal for export.');
  assert.ok(names(y.places).includes('Darsun'), names(y.places).join(' | '));
  const z = run('Gas will come from the Ulmeko field and the Orvash deposit, both onshore.');
  assert.ok(names(z.places).includes('Ulmeko'), names(z.places).join(' | '));
  assert.ok(names(z.places).includes('Orvash'), names(z.places).join(' | '));
});

test('a company named before a site noun stays a company', () => {
  const x = run('Korvath Energy said on Monday it will expand the Korvath site near the coast with a 50 MW battery.');
  assert.ok(!names(x.places).includes('Korvath'), names(x.places).join(' | '));
  assert.ok(names(x.organizations).includes('Korvath Energy'), names(x.organizations).join(' | '));
});

test('an honorific after "at" or "in" opens a place name, not a person', () => {
  const x = run('The 60-km line will start in Darvash and will end at Pak Dorn, the transport ministry said.');
  assert.ok(!names(x.people).includes('Mong'), names(x.people).join(' | '));
  assert.ok(names(x.places).includes('Pak Dorn'), names(x.places).join(' | '));
  const y = run('Pak Joko Santoso, the regent, said he welcomed the line. Reporters met Pak Harun at the depot.');
  assert.ok(names(y.people).includes('Joko Santoso'), names(y.people).join(' | '));
  assert.ok(names(y.people).includes('Harun'), names(y.people).join(' | '));
});

test('an honorific after "between" or before a possessive still opens a person', () => {
  const x = run('Talks between Pak Joko Santoso and the lenders ended on Friday. The plan, in Pak Harun Wibowo\'s view, is sound.');
  assert.ok(names(x.people).includes('Joko Santoso'), names(x.people).join(' | '));
  assert.ok(names(x.people).includes('Harun Wibowo'), names(x.people).join(' | '));
});

test('"<body> for <company>": a lender and the company it lends to are two bodies', () => {
  const x = run('The $50 million loan from the Tarvin Development Bank for Korvath Energy was signed on Friday.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Tarvin Development Bank'), orgs.join(' | '));
  assert.ok(orgs.includes('Korvath Energy'), orgs.join(' | '));
  const y = run('The guarantee of the Velmora Export Agency for Brisant Solar LLC covers 80% of the debt.');
  assert.ok(names(y.organizations).includes('Velmora Export Agency'), names(y.organizations).join(' | '));
  assert.ok(names(y.organizations).includes('Brisant Solar LLC'), names(y.organizations).join(' | '));
  // the field or place after a head's "for" stays in the name
  const z = run('The Ardlow Institute for Velmora Energy Studies and the Kessary Council for Renewable Energy signed the memorandum.');
  assert.ok(names(z.organizations).includes('Ardlow Institute for Velmora Energy Studies'), names(z.organizations).join(' | '));
  assert.ok(names(z.organizations).includes('Kessary Council for Renewable Energy'), names(z.organizations).join(' | '));
});

test('a name after "near" is a place even when a business verb follows', () => {
  const x = run('The open-pit mine near Ravenak will supply 2 million tonnes of ore a year to the smelter.');
  assert.ok(names(x.places).includes('Ravenak'), names(x.places).join(' | '));
  assert.ok(!names(x.organizations).includes('Ravenak'), names(x.organizations).join(' | '));
  // a company acting after "by" stays a company
  const y = run('The ore will be bought by Ravenak, which will supply the smelter.');
  assert.ok(!names(y.places).includes('Ravenak'), names(y.places).join(' | '));
});

test('"Lake", "Mount" or "Cape" before a name opens a natural site', () => {
  const x = run('Water will be piped 40 km from Lake Orvash to the new plant. The antenna sits on Mount Telbek, and the cable lands at Cape Vorin.');
  for (const n of ['Lake Orvash', 'Mount Telbek', 'Cape Vorin']) assert.ok(names(x.places).includes(n), names(x.places).join(' | '));
  assert.deepEqual(names(x.organizations), []);
});

test('the towns a road or line links are places', () => {
  const x = run('The 80-km road will link Darvash with Kelmir, the ministry said on Tuesday.');
  assert.ok(names(x.places).includes('Darvash'), names(x.places).join(' | '));
  assert.ok(names(x.places).includes('Kelmir'), names(x.places).join(' | '));
  const y = run('The new line will connect Orbeli to Tamsar and will reach Vostel by 2028.');
  for (const n of ['Orbeli', 'Tamsar', 'Vostel']) assert.ok(names(y.places).includes(n), names(y.places).join(' | '));
  // a body linked with another body is no place
  const z = run('The deal will link Korvath Energy with Brisant Holdings for ten years.');
  assert.deepEqual(names(z.places), []);
});

test('a lone name before a water, irrigation, airport or hospital works word is the site it stands at', () => {
  const x = run('The Velmora water utility signed a €30 million loan with the Tarvin Development Bank for the upgrade of its Ordanik treatment plant, which serves 90,000 people.');
  assert.ok(names(x.places).includes('Ordanik'), names(x.places).join(' | '));
  const y = run('The ministry will spend $45 million on the Sarbel airport, which will get a new 3-km runway.');
  assert.ok(names(y.places).includes('Sarbel'), names(y.places).join(' | '));
  // a company's name before the works word stays the company's
  const z = run('Korvath Water said on Monday that the Korvath treatment plant will cost $20 million.');
  assert.ok(!names(z.places).includes('Korvath'), names(z.places).join(' | '));
});

test('ticker symbols and the exchange codes before them in brackets are no bodies', () => {
  const x = run('Korvath Energy Inc. (NYSE: KRV; TSX: KRV), a developer of solar farms, today announced financing for its 150 MW plant. Brisant Holdings (ASX: BRS) will supply panels, and shares of Ardlow Resources plc (LSE: ARD, OTCQX: ARDLF) rose.');
  assert.deepEqual(names(x.organizations).sort(), ['Ardlow Resources plc', 'Brisant Holdings', 'Korvath Energy Inc.']);
  // an acronym defined in brackets is still the body's short form, and a bracketed body stays a body
  const y = run('The Velmora Power Company (VPC) signed the deal; the lender (Tarvin Development Bank) agreed. VPC will pay.');
  const orgs = names(y.organizations);
  assert.ok(orgs.includes('Velmora Power Company'), orgs.join(' | '));
  assert.ok(orgs.includes('Tarvin Development Bank'), orgs.join(' | '));
});

test('two companies joined by "and", each opened by a name of its own and ended by a head, are two bodies', () => {
  const x = run('Funding comes from Korvath Capital and Tarvin Bank, the sponsors said on Monday.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Korvath Capital'), orgs.join(' | '));
  assert.ok(orgs.includes('Tarvin Bank'), orgs.join(' | '));
  // one body whose name holds "and" stays whole
  const y = run('The Velmora Oil and Gas Company and the Tarvin Road and Bridge Corporation signed the contract.');
  const orgs2 = names(y.organizations);
  assert.ok(orgs2.includes('Velmora Oil and Gas Company'), orgs2.join(' | '));
  assert.ok(orgs2.includes('Tarvin Road and Bridge Corporation'), orgs2.join(' | '));
});

test("an exchange's brand and its market's town name the exchange, not a place", () => {
  const x = run('Korvath Datacenters A/S is listed on Nasdaq Copenhagen, and its bonds trade on Euronext Lisbon.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Nasdaq Copenhagen'), orgs.join(' | '));
  assert.ok(orgs.includes('Euronext Lisbon'), orgs.join(' | '));
  assert.ok(!names(x.places).some((p) => p.startsWith('Nasdaq') || p.startsWith('Euronext')), names(x.places).join(' | '));
  // the town alone stays a town
  const y = run('A new tyre plant will open in Bursa, Turkey, in 2027.');
  assert.ok(names(y.places).includes('Bursa'), names(y.places).join(' | '));
  assert.deepEqual(names(y.organizations), []);
});

test('a mixed-case brand before a product noun names a product, not a body', () => {
  const x = run('Korvath Energy will install 40 Brisant MegaStack battery units and the Ardlow GridPilot software at the 90 MW plant. Trains will use the Velmora RailNet signalling system, and the turbines are Halvek EnerWave 6.2 models.');
  assert.deepEqual(names(x.organizations), ['Korvath Energy']);
  // a mixed-case company that acts is still a company
  const y = run('The data will be managed by TeleServ, a Velmora firm, and the contract went to DataHub Solutions. PowerVel signed the deal.');
  const orgs = names(y.organizations);
  for (const n of ['TeleServ', 'DataHub Solutions', 'PowerVel']) assert.ok(orgs.includes(n), orgs.join(' | '));
});

test('ordinary words before "of" and a body name a part of that body, not a body of their own', () => {
  const x = run('The shares of Korvath Bhd have traded on the Main Market of Bursa Velmora since 2014.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Bursa Velmora'), orgs.join(' | '));
  assert.ok(!orgs.some((n) => n.startsWith('Main Market')), orgs.join(' | '));
  // an institution's own head before "of" keeps the name whole
  const y = run('The Development Bank of Velmora and the Council of Ministers of Tarvin approved the loan.');
  assert.ok(names(y.organizations).includes('Development Bank of Velmora'), names(y.organizations).join(' | '));
});
