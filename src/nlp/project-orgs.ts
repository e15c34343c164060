// Which organisations take part in a project and in what role: the role cues around a name, the bodies that stand
// for a name ("her company", an interviewee's "we"), and the sentences without a facility word that still name the
// project's parties (signings, its consortium, its holders, those helping with its site).
import type { Role } from './extraction.js';
import { newNameMention, type NameMention } from './classify-names.js';
import type { ProjectDraft } from './projects.js';
import { getFacilityLexicon, phraseAt } from './facility-lexicon.js';
import { loadGazetteer } from './gazetteer.js';
import { getLexicon } from './lexicon.js';
import { loadJson } from './data-dir.js';
import { projectWords, type Ctx, type Words } from './project-context.js';

/** "We spoke to Ferro Group chief executive Dana Ospanova. Her company will build ...": "her company" (his
 * group, his firm) is the organisation the person named last holds a post in; it stands in the text as that
 * organisation's mention, so role cues around it give that organisation its part. */
export function markEmployerReferences(ctx: Ctx): void {
  const pw = projectWords();
  const { toks } = ctx;
  for (let k = 0; k + 1 < toks.length; k++) {
    if ((ctx.lowers[k] !== 'his' && ctx.lowers[k] !== 'her') || !pw.employerNouns.has(ctx.lowers[k + 1]) || ctx.mentionAt[k + 1]) continue;
    // (the last person named who holds a post in some body: in "X, president of Y, briefed the minister and Z on the
    // farm his company is developing", Z holds no post in a company, X does)
    let orgName: string | null | undefined;
    for (let j = k - 1; j >= Math.max(0, k - 60) && !orgName; j--) {
      const m = ctx.mentionAt[j];
      if (m?.label === 'PERSON') orgName = ctx.entities.people[m.entity]?.roles.find((r) => r.organization)?.organization;
      if (m) j = m.first;
    }
    if (!orgName) continue;
    const entity = ctx.entities.organizations.findIndex((o) => o.name === orgName || o.aliases.includes(orgName));
    if (entity < 0) continue;
    const ref = newNameMention('ORG', k, k + 1, toks[k].start, toks[k + 1].end, ctx.doc.text.slice(toks[k].start, toks[k + 1].end), entity, 'employer');
    ctx.mentionAt[k] = ref;
    ctx.mentionAt[k + 1] = ref;
    k++;
  }
}

/** "Ospanova: We hired Nordhavn A/S for the turbines.": in an interview's answers, "we" and "us" are the
 * organisation the person answering speaks for: the one their title names, else the first one named in the
 * paragraph that introduced them. Each stands in the text as that organisation's mention, so role cues and the
 * projects of the sentence reach it. */
export function markInterviewFirstPerson(ctx: Ctx): void {
  const pw = projectWords();
  const { toks, doc } = ctx;
  const orgOfSpeaker = new Map<number, number>();
  let speakerOrg = -1;
  let paragraph = -1;
  for (let k = 0; k < toks.length; k++) {
    const para = doc.sentences[toks[k].sent].paragraph;
    if (para !== paragraph) {
      paragraph = para;
      speakerOrg = -1;
      // a paragraph opening "Surname:" is that person's answer
      const m = ctx.mentionAt[k];
      if (m?.label === 'PERSON' && m.first === k && toks[m.last + 1]?.text === ':') {
        if (!orgOfSpeaker.has(m.entity)) orgOfSpeaker.set(m.entity, speakerOrganization(ctx, m.entity));
        speakerOrg = orgOfSpeaker.get(m.entity)!;
      }
    }
    if (speakerOrg < 0 || ctx.mentionAt[k] || !pw.firstPersonPlural.has(ctx.lowers[k])) continue;
    ctx.mentionAt[k] = newNameMention('ORG', k, k, toks[k].start, toks[k].end, toks[k].text, speakerOrg, 'reference');
  }
}

/** "A said that its chairman, X, ...": the organisation "its" stands for when a person is first introduced by a title
 * after "its" or "their" (the nearest organisation before, in that sentence); -1 when not introduced so. */
function possessedBy(ctx: Ctx, person: number): number {
  const first = ctx.entities.people[person]?.mentions.filter((m) => !m.headline).sort((a, b) => a.first - b.first)[0];
  if (!first) return -1;
  const sentFirst = ctx.doc.sentences[ctx.toks[first.first].sent].first;
  let j = first.first - 1;
  if (ctx.toks[j]?.text === ',') j--;
  // back over the title's words to the pronoun
  for (let n = 0; j >= sentFirst && n < 4 && !ctx.toks[j].punct && !ctx.mentionAt[j]; j--, n++) {
    if (ctx.lowers[j] !== 'its' && ctx.lowers[j] !== 'their') continue;
    for (let k = j - 1; k >= sentFirst; k--) { const m = ctx.mentionAt[k]; if (m?.label === 'ORG' && m.entity >= 0) return m.entity; }
    return -1;
  }
  return -1;
}

/** The organisation a person speaks for: the one their title names, else the first one named in the paragraph of
 * their first mention. */
export function speakerOrganization(ctx: Ctx, person: number): number {
  const p = ctx.entities.people[person];
  const named = p?.roles.find((r) => r.organization)?.organization;
  if (named) return ctx.entities.organizations.findIndex((o) => o.name === named || o.aliases.includes(named));
  const first = p?.mentions.filter((m) => !m.headline && m.start >= ctx.doc.bodyStart).sort((a, b) => a.first - b.first)[0];
  if (!first) return -1;
  const para = ctx.doc.sentences[ctx.toks[first.first].sent].paragraph;
  for (let k = first.first; k >= 0 && ctx.doc.sentences[ctx.toks[k].sent].paragraph === para; k--) if (k === 0 || ctx.doc.sentences[ctx.toks[k - 1].sent].paragraph !== para) {
    for (let j = k; j < ctx.toks.length && ctx.doc.sentences[ctx.toks[j].sent].paragraph === para; j++) {
      const m = ctx.mentionAt[j];
      if (m?.label === 'ORG' && m.entity >= 0) return m.entity;
    }
  }
  return -1;
}

/** "Ardlow Engineering Co., Ltd." and, from "Ardlow's president", a body called "Ardlow": on one project a name
 * that is the first words of another of its organisations' names is a short form of that one. */
export function dropShortForms(ctx: Ctx, p: ProjectDraft): void {
  if (p.orgs.size < 2) return;
  const orgs = ctx.entities.organizations;
  for (const i of [...p.orgs.keys()]) {
    const short = orgs[i].name + ' ';
    for (const j of p.orgs.keys()) {
      if (j === i || !orgs[j].name.startsWith(short)) continue;
      // "Majan Renewables" and "Majan Renewables Azerbaijan LLC": a name that adds a country is the local company
      // of the group the short name is, another body
      if (addsCountry(orgs[j].name.slice(short.length))) continue;
      const role = p.orgs.get(i)!;
      if (p.orgs.get(j) === 'partner' && role !== 'partner') p.orgs.set(j, role);
      p.orgs.delete(i);
      break;
    }
  }
}

export function addsCountry(rest: string): boolean {
  const gaz = loadGazetteer();
  return rest.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && (gaz.lookup(w).some((e) => e.kind === 'country') || Boolean(gaz.demonym(w))));
}

/** An organisation right before the facility word, or before it with a possessive, names its owner. */
export function ownsByName(ctx: Ctx, m: NameMention, first: number): boolean {
  const gap = first - m.last - 1;
  if (gap === 0) return true;
  const s = ctx.toks[m.last + 1]?.text;
  if (s !== "'s" && s !== '’s') return false;
  // "Velmora Oil's Sohar refinery": a place naming the facility may stand between the possessive and the word
  for (let k = m.last + 2; k < first; k++) {
    const place = ctx.mentionAt[k];
    if (place?.label !== 'PLACE') return false;
    k = place.last;
  }
  return true;
}

export function roleFor(ctx: Ctx, m: NameMention, first: number, last: number, at = -1): Role {
  return roleCue(ctx, m, first, last, at).role;
}

/** What the words around an organisation say of its part: the role, whether any cue was there at all, and whether the
 * only cues spoke of its line of business ("the pension fund finances hydropower schemes"), not of this project. */
export interface RoleCue { role: Role; cued: boolean; general?: boolean }

/** The mentions whose role is being asked right now, outermost first (see neighbourCue). */
const asking = new Set<NameMention>();

/**
 * The cue of `other`, a neighbour in a list that `m` borrows its role from, or null when `other` is already being
 * asked: in "A and B $40 million", A asks the conjunct after it (B), and B, a member with only a sum after it, asks
 * the member before it (A) again, which without this check recursed until the stack ran out.
 */
function neighbourCue(ctx: Ctx, m: NameMention, other: NameMention, first: number, last: number): RoleCue | null {
  if (asking.has(other)) return null;
  asking.add(m);
  try {
    return roleCue(ctx, other, first, last);
  } finally {
    asking.delete(m);
  }
}

/** The role the words around an organisation give it, and whether any cue was there at all. `at`, when given, is
 * the facility word of the sentence: the body that is the subject of the clause naming it undertakes the project. */
/** The cue at k..cueLast is a form of 'win' whose object, a few words on, is leave from the state (roles.json
 * leave_nouns: approval, permit, licence, go-ahead...). */
function wonLeave(ctx: Ctx, k: number, cueLast: number): boolean {
  if (k !== cueLast || !WIN_FORMS.has(ctx.lowers[k])) return false;
  const leave = wordSet('leave_nouns');
  for (let j = k + 1; j <= Math.min(ctx.toks.length - 1, k + 4); j++) {
    if (ctx.toks[j].punct && ctx.toks[j].text !== '-') return false;
    if (leave.has(ctx.lowers[j])) return true;
  }
  return false;
}
const WIN_FORMS = new Set(['won', 'wins', 'win']);

export function roleCue(ctx: Ctx, m: NameMention, first: number, last: number, at = -1, listed = false): RoleCue {
  const lex = getFacilityLexicon();
  const pw = projectWords();
  const { isGov, isBank, isBuilder } = nameFacts(ctx, m.entity);
  // "on land leased from B", "B has leased the site to the company": the landlord of the site takes no part in the
  // works beyond the lease
  if (isLessor(ctx, m, first, last)) return { role: 'other', cued: true };
  // "The lender, B, will add $50 million", "The Chinese contractor has 34 months to finish": a description that names a
  // part (roles part_nouns) and stands for a body for sure gives it that part
  if (m.via === 'reference' && m.sure) { const part = partNouns().get(ctx.lowers[m.last]); if (part) return { role: part, cued: true }; }
  let general = false;
  // "70% owned by A", "A holds 80 per cent and B the rest": more than half makes the holder the owner
  // (a part said right at the name, "developed by A, which holds 70%", "the Turkish developer A holds 80 per cent",
  // is what it does; the share says only what it holds)
  const share = shareOf(ctx, m, first, last);
  let best: Role | null = null;
  // the nearest cue made the body the client of a works contract it signs or awards
  let client = false;
  let bestDist = Infinity;
  // B was named as a held company ("B, a subsidiary of A"): with no other cue, B develops the works
  let heldChild = false;
  const words = wordSet('agreement_nouns');
  // "funded with a World Bank grant; and in Lomsk, B has dropped plans for ...": a semicolon ends the clause, and a cue
  // past it speaks of another body's part
  let from = Math.max(first, m.first - 8);
  let to = Math.min(last, m.last + 10);
  for (let j = m.first - 1; j >= from; j--) if (ctx.toks[j].text === ';') { from = j + 1; break; }
  for (let j = m.last + 1; j <= to; j++) if (ctx.toks[j].text === ';') { to = j - 1; break; }
  for (let k = from; k <= to; k++) {
    if (k >= m.first && k <= m.last) continue;
    if (ctx.mentionAt[k]) continue; // words inside names ("Development Bank") are not cues
    const hit = phraseAt(lex.roles, ctx.lowers, k);
    if (!hit) continue;
    // "will build, own and operate": a longer cue starting inside this one ("build, own and operate") says more
    if (overlappedByLonger(ctx, lex.roles, k, hit.last)) continue;
    // ("is building it for the Tarvin Ports Authority": past "the" when a build verb comes before)
    const forThe = ctx.lowers[k] === 'for' && hit.last === k && k === m.first - 2 && ctx.lowers[k + 1] === 'the' && builtBefore(ctx, pw, k, first);
    if (ctx.lowers[k] === 'for' && hit.last === k && k !== m.first - 1 && !forThe) continue;
    // "For Hexi, the award comes ...": a clause opening "For X," names whose interest, not who buys
    if (ctx.lowers[k] === 'for' && hit.last === k && (k === first || ctx.toks[k - 1].text === ',') && ctx.toks[m.last + 1]?.text === ',') continue;
    // "from its own funds", "A's own loan": 'own' after a possessive stresses whose, it owns nothing
    if (ctx.lowers[k] === 'own' && hit.last === k && /^(its|their|our|his|her|'s|’s)$/.test(ctx.lowers[k - 1] ?? '')) continue;
    // "A, backed by $7 billion", "A, financed by B": a cue ending in "by" names its agent after it, not the body before
    // (so does a participle right before "by": "built by A, financed by B and operated by C")
    if (k > m.last && (ctx.lowers[hit.last] === 'by' || ctx.lowers[hit.last + 1] === 'by')) continue;
    // "the pension fund finances hydropower schemes", "A builds and runs solar parks": a verb whose object is a
    // class of works tells the body's line of business, not its part in this project
    if (k > m.last && takesClassObject(ctx, hit.last, last)) { general = true; continue; }
    // "The B's board of directors approved a loan": a body's board acts for the body; the words name no part of its own
    // (they stay cues so that "management" in "Management Board" makes no operator)
    if (hit.value === 'other' && wordSet('board_phrases').has(ctx.lowers.slice(k, hit.last + 1).join(' '))) continue;
    // "The plant belongs to B": only the works belong to their owner ("A belongs to the B group" says how two companies
    // hang together; "the land belongs to B" names a landlord)
    if (hit.value === 'owner' && /^belong/.test(ctx.lowers[k]) && !belongingWorks(ctx, pw, k, first)) continue;
    let role = hit.value;
    // "A is wholly owned by B", "A, a subsidiary of B": how two companies are related, not who owns the project
    if (role === 'owner' && isCorporateStructure(ctx, k, hit.last)) continue;
    // "its local subsidiary, B", "its wholly-owned subsidiary B": the words name B as a part of its parent; B's own
    // part in the project is what the clause says it does
    if (role === 'owner' && k < m.first && namesChild(ctx, pw, hit.last, m.first)) continue;
    // "B, a subsidiary of A, is building the plant": the held noun after B with "of" names B as the child; it owns
    // nothing by that: its part is what the clause says it does, else it is the vehicle that develops the works
    if (role === 'owner' && k > m.last && ctx.lowers[hit.last + 1] === 'of' && heldNounEndingAt(ctx, hit.last) >= 0) { heldChild = true; continue; }
    // "bought a 30% stake in B", "took 45% of B": B is the company a share of is bought, not a holder
    if (role === 'owner' && k < m.first && isHeldStake(ctx, hit.last, m.first)) continue;
    // "its electricity will be bought by B": what the works put out (roles output_nouns), bought, goes to a buyer;
    // "the plant was bought by B" is an asset changing hands
    if (role === 'owner' && k < m.first && ctx.lowers[hit.last + 1] === 'by' && /^(bought|acquired)$/.test(ctx.lowers[hit.last]) && outputBefore(ctx, k, first)) role = 'buyer';
    // "A ordered a soil survey": a verb whose object is paperwork or preparation buys no part of the project
    if (k > m.last && (role === 'buyer' || role === 'supplier') && takesPaperwork(ctx, hit.last)) continue;
    // "has been supplying VRZ", "delivered to VRZ": the object of a supply verb receives the goods
    if (role === 'supplier' && k < m.first && lex.recipientVerbs.has(ctx.lowers[hit.last]) && (m.first - hit.last === 1 || (m.first - hit.last === 2 && ctx.lowers[m.first - 1] === 'to'))) role = 'buyer';
    // "will supply 50 locomotives to B", "ordered 50 locomotives from A": the goods travel from the supplier to the
    // buyer, whatever lies between the verb and the preposition
    else if (k < m.first && !orgBetween(ctx, hit.last + 1, m.first - 1)) {
      if (role === 'supplier' && ctx.lowers[m.first - 1] === 'to') role = 'buyer';
      else if (role === 'buyer' && ctx.lowers[m.first - 1] === 'from' && ctx.lowers[hit.last] !== 'for') role = 'supplier';
    }
    // "A won approval for a solar park", "won a permit", "won the go-ahead": what a developer wins from the state is
    // leave to build, not a contract to build for someone
    if (role === 'contractor' && k > m.last && wonLeave(ctx, k, hit.last)) role = 'developer';
    // "A signed an EPC contract with B", "A awarded the construction contract to B": the contract after A names the
    // work B does for A; A is the client, the project's developer
    let awards = false;
    if ((role === 'contractor' || role === 'supplier') && k > m.last && isContractAwardedOn(ctx, k, hit.last)) { role = 'developer'; awards = true; }
    // "A has selected B as EPC contractor", "A chose B to operate the plant", "A has hired B to build it": the part named
    // after the body A picks is that body's; A, the subject that hires, is the client the works are done for
    if (k > m.last && hiresOther(ctx, m, k)) {
      if (role === 'contractor' || role === 'supplier' || role === 'operator' || role === 'financier') { role = 'developer'; awards = true; }
      else if (role === 'developer') awards = true;
    }
    // "A is building the plant for B": A builds as B's contractor, and the works are B's
    if (role === 'developer' && pw.buildVerbs.has(ctx.lowers[hit.last])) {
      if (k > m.last && (buildsFor(ctx, pw, hit.last, last) || contractedTo(ctx, pw, m, k, first) || underContract(ctx, hit.last, last) || isHired(ctx, m, first, k))) role = 'contractor';
      // "an agreement with B to build the plant": B takes the works on with the signer, as a partner
      else if (k > m.last && agreedTo(ctx, pw, m, k, first)) role = 'partner';
      // "A and B signed an agreement to build the plant": two bodies that agree together to build take the works on
      // as partners
      else if (k > m.last && jointPactTo(ctx, pw, m, k, first)) role = 'partner';
      else if (k < m.first && ctx.lowers[m.first - 1] === 'for' && !orgBetween(ctx, hit.last + 1, m.first - 1)) role = 'owner';
    }
    if (role === 'buyer' && ctx.lowers[k] === 'for' && (forThe || (k === m.first - 1 && builtBefore(ctx, pw, k, first)))) role = 'owner';
    // "built by A together with its partner B", "built by A, a joint venture ...": A builds its own works
    if (role === 'contractor' && k < m.first && ctx.lowers[hit.last] === 'by' && buildsAsOwner(ctx, m, last)) role = 'developer';
    // "a $150 million loan to B", "signed a loan with B": B borrows for its works; the lender is on the other side
    // (a public body that borrows for works, "a $75 million loan with the Government of X for a college", owns them)
    if (role === 'financier' && k < m.first && lentTo(ctx, hit.last, m.first)) role = isGov ? 'owner' : 'developer';
    // "A signed a $300 million loan with the B Bank": A borrows from the bank after "with", for its own works
    if (role === 'financier' && k > m.last && !isBank && borrowsFromBank(ctx, hit.last)) role = isGov ? 'owner' : 'developer';
    // "ordered all works halted", "ordered the company to stop": a command, not a purchase
    if (role === 'buyer' && k > m.last && commands(ctx, hit.last)) continue;
    // "signed a power purchase agreement with B": B sells what the agreement buys, as the project's developer
    // ("under a power purchase agreement with B", with no one signing it in the clause, sells the output to B)
    // ("signed an offtake agreement with B": B takes the output, so stays the buyer)
    if (role === 'buyer' && k < m.first && !/^offtak/.test(ctx.lowers[hit.last]) && agreementWith(ctx, hit.last, m.first) && signedBefore(ctx, pw, k, first)) role = 'developer';
    // "B, which holds the engineering, procurement and construction contract": a contract held is work to do
    if (role === 'owner' && k > m.last && holdsContract(ctx, hit.last, last)) role = 'contractor';
    // a purchase agreement has the utility on the buying side, whichever side of "signed ... with" it stands on
    // ("A and B signed a power purchase agreement": with no one after "with", the other side is the co-signer)
    if ((role === 'buyer' || role === 'developer' || role === 'partner') && purchaseAgreementAt(ctx, hit.last) && phraseAt(lex.roles, ctx.lowers, hit.last)?.value === 'buyer') {
      role = offtakeSide(ctx, m, k < m.first ? partyBefore(ctx, k, first) : partyAfter(ctx, hit.last, last) ?? coSigner(ctx, m)) ?? role;
    }
    const dist = k < m.first ? m.first - hit.last : k - m.last;
    if (dist < bestDist) { best = role; bestDist = dist; client = awards && role === 'developer'; }
  }
  // "with pumps and membranes from Korea's B", "a $200 million loan from B": goods or money that come from B, named
  // right before it, say what B gives, nearer than any other cue
  const source = sourceBefore(ctx, m, first);
  if (source && source.dist < bestDist) { best = source.role; bestDist = source.dist; }
  if (best === null && heldChild) { best = 'developer'; bestDist = 10; }
  // "The works were awarded in March to B", "will sell its power to the state utility B": the verb that hands the works
  // or their output over to B, past the words between, when no cue closer to B says otherwise
  // "gave the civil works contract for its new cement plant near Lomsk to B": the body a works contract goes to, however
  // far the contract noun is, does the works (a supply contract makes it the supplier)
  if (best === null) best = contractGoesTo(ctx, m, first);
  if (best === null || (bestDist > 2 && (best === 'developer' || best === 'partner' || best === 'other' || best === 'owner'))) {
    const handed = handedTo(ctx, m, first);
    if (handed && (best === null || handed.dist < bestDist)) { best = handed.role; bestDist = handed.dist; }
  }
  // "B signed a contract with the Ministry of X to build the road", "the Authority and the Turkish company signed the
  // works contract": between a public body and a company, the public body is the client the works are built for (their
  // developer) and the company the builder it hired, whichever side of the signing each stands on
  if (best === null || best === 'developer' || best === 'contractor' || best === 'partner' || best === 'other') {
    const side = worksContractSide(ctx, pw, m, first, last);
    if (side) return { role: side, cued: true };
  }
  // "B, the vehicle through which A develops the wind farm": A works through B, its holder and the project's owner; B is
  // the body that develops it
  const via = throughChild(ctx, m, first, last);
  if (via) return { role: via, cued: true };
  // "A announced that its project company, B, ...", "A said the plant, developed by its subsidiary B, ...": A holds
  // the body that does the work, and owns the project through it
  if ((best === null || best === 'developer') && namesOwnChild(ctx, m, last)) return { role: 'owner', cued: true };
  // "the company's idea for a floating solar plant", "B's proposal for a cement plant": the works are B's own scheme
  if ((best === null || best === 'partner' || best === 'other') && at >= 0 && plansWorks(ctx, m, at)) return { role: 'developer', cued: true };
  // "B, its German parent, will fund the project": the parent of the body that develops the works owns them
  if ((best === null || best === 'developer' || best === 'partner') && describedAsParent(ctx, m)) return { role: 'owner', cued: true };
  // "financing from the A (AA) and the B (BB)", "built by A, B and C": a later member of a list of names shares the
  // cue the member before it has (only the members before are asked, so the lookup ends)
  if (best === null) {
    const prior = conjunctBefore(ctx, m, first);
    if (prior) { const r = roleCue(ctx, prior, first, last, -1, true); if (r.cued && !r.general) best = r.role; }
  }
  // "The consortium is led by A", "a consortium led by A will build the plant": the leader of the group behind the
  // works takes the group's part: the builder's when a contract goes to the group, else the developer's
  // (a contract that goes to the group outweighs the build verb after it: "a contract with a consortium led by A to
  // build the road")
  if (best === null || best === 'developer' || best === 'partner') { const lead = leaderRole(ctx, m, first); if (lead && (best === null || lead === 'contractor')) best = lead; }
  // "awarded to B, a joint venture of C and D", "built by a consortium made up of C and D": the members of the group
  // take its part (only when nothing nearer names a part of their own)
  if (best === null || (best === 'partner' && bestDist > 2)) { const r = memberRole(ctx, m, first, last); if (r) best = r; }
  if (listed) return { role: best ?? 'partner', cued: best !== null };
  // "The Ministry of Energy signed an agreement with A on a wind farm": a public body that signs a pact on works with a
  // company hands them to it; the company develops them
  if ((best === null || (best === 'partner' && bestDist > 2)) && signsWithState(ctx, pw, m, first)) return { role: 'developer', cued: true };
  // "A (AA) and the B (BB) are lending": the first of joint subjects shares the verb past the second's name
  if (best === null) {
    const next = conjunctAfter(ctx, m, last);
    if (next) { const r = neighbourCue(ctx, m, next, first, last); if (r?.cued) best = r.role; }
  }
  // "A is lending $180 million, B $130 million and C $100 million": a list member with only its own sum or share
  // after it shares the verb of the member before it
  if (best === null) {
    const before = gappedMemberBefore(ctx, m, first);
    if (before) { const r = neighbourCue(ctx, m, before, first, last); if (r?.cued) best = r.role; }
  }
  // "B is providing a further $300 million", "the government will contribute $112 million", "with C covering the
  // rest": a body that gives a sum towards the works finances them
  if (best === null && givesMoney(ctx, m, last)) best = 'financier';
  // "the units came from B", "the rest will come from B": what comes from B says what B gives
  if (best === null) best = comesFrom(ctx, m, first);
  if (best === null && general) return { role: 'partner', cued: false, general: true };
  if (share !== null && !(best !== null && bestDist <= 2 && best !== 'owner' && best !== 'partner' && best !== 'other')) return { role: share > 50 ? 'owner' : 'partner', cued: true };
  // "The Ministry of Health on Monday signed a $96 million contract with B to build a hospital": the subject that gives
  // the works contract to a builder is its client (a public body too), however far the contract noun is from its name
  if (best === null && at >= 0 && awardsContract(ctx, m.last + 1, at) && subjectBefore(ctx, first, at)?.entity === m.entity) return { role: 'developer', cued: true };
  // a bank lends: without a cue that it owns, runs or regulates the project, its part is financing
  // ("The Nordic Green Bank has approved a further €60 million": a bank whose verb gives a sum says for sure that it lends)
  if (isBank && best !== 'owner' && best !== 'operator' && best !== 'other') return { role: 'financier', cued: best !== null || bankGivesSum(ctx, m, last) };
  // "The Ministry of Health broke ground on a hospital", "the port authority has proposed a rail spur": a public body
  // that undertakes the works as the subject of a verb of sponsoring (roles sponsor_verbs) is their developer
  // (a word for a public body near the name, "Velmora's port authority, the B", is a description, no part of its own)
  if (isGov && (best === null || best === 'other') && at >= 0 && sponsorVerbAfter(ctx, m, at) && subjectBefore(ctx, first, at)?.entity === m.entity) return { role: 'developer', cued: true };
  // "is being built for the ministry by Spain's B": the agent of a build participle whose beneficiary comes first is the
  // builder the works were given to
  if ((best === null || best === 'partner' || best === 'developer') && builtForBy(ctx, m, first)) return { role: 'contractor', cued: true };
  // "the line will be tendered separately by the state water company B", "a bypass proposed by B": the agent of a
  // verb of sponsoring in the passive undertakes the works
  if ((best === null || best === 'other' || best === 'partner') && sponsoredBy(ctx, m, first)) return { role: 'developer', cued: true };
  // (a ministry that signs a works contract with a builder is the client the works are built for: their developer)
  if (isGov && best !== 'financier' && best !== 'owner' && best !== 'buyer' && !client) return { role: 'other', cued: best !== null };
  // a design or construction institute designs or builds: without another cue its part is the contractor's
  if (best === null && isBuilder) return { role: 'contractor', cued: false };
  // "A broke ground on a plant", "A will not go ahead with a plant": without a cue, the sentence's subject develops it
  if ((best === null || best === 'other') && at >= 0 && subjectBefore(ctx, first, at)?.entity === m.entity) return { role: predicateRole(ctx, m.last + 1, at) ?? 'developer', cued: false };
  if (best === 'other' && !isGov) return { role: 'partner', cued: false };
  return { role: best ?? 'partner', cued: best !== null };
}

/** Right after m and before the facility word at `at` (past its bracketed acronym, the comma closing an apposition,
 * and up to three lower-case words: "has separately", "on Thursday"), a verb of sponsoring (roles sponsor_verbs). */
function sponsorVerbAfter(ctx: Ctx, m: NameMention, at: number): boolean {
  const verbs = wordSet('sponsor_verbs');
  let j = m.last + 1;
  if (ctx.toks[j]?.text === '(' && ctx.toks[j + 2]?.text === ')') j += 3;
  if (ctx.toks[j]?.text === ',' && ctx.toks[j - 1]?.text === ')') j++;
  for (let n = 0; j < at && n <= 3; j++, n++) {
    if (verbs.has(ctx.lowers[j])) return true;
    // "cancelled the tender to widen the road", "put out to tender a solar plant": whoever handles the tender for the
    // works is the body that procures them
    if (!ctx.toks[j].punct && tenderAhead(ctx, j + 1, at)) return true;
    if (ctx.toks[j].punct || ctx.mentionAt[j]?.label === 'ORG') return false;
  }
  return false;
}

/** Before m, "by" (past "the" and a place's possessive: "by Spain's B"), and before it, within six words of one clause,
 * "for" after a build participle (roles built_participles: "built for the ministry by B"). */
function builtForBy(ctx: Ctx, m: NameMention, first: number): boolean {
  let j = m.first - 1;
  if (ctx.lowers[j] === "'s" || ctx.lowers[j] === '’s') { const place = ctx.mentionAt[j - 1]; if (place?.label !== 'PLACE') return false; j = place.first - 1; }
  else if (ctx.mentionAt[j]?.label === 'PLACE') j = ctx.mentionAt[j]!.first - 1;
  if (ctx.lowers[j] === 'the') j--;
  if (ctx.lowers[j] !== 'by') return false;
  const built = wordSet('built_participles');
  let forAt = -1;
  for (let k = j - 1; k >= Math.max(first, j - 6); k--) {
    if (ctx.toks[k].punct) return false;
    if (ctx.lowers[k] === 'for') forAt = k;
    else if (built.has(ctx.lowers[k])) return forAt === k + 1;
  }
  return false;
}

/** Before m, "by" (past "the", a place and up to four lower-case describing words: "by the state water company B"),
 * and right before it, or past one adverb, a verb of sponsoring (roles sponsor_verbs: "tendered separately by"). */
function sponsoredBy(ctx: Ctx, m: NameMention, first: number): boolean {
  let j = m.first - 1;
  for (let n = 0; j > first && n < 5 && ctx.lowers[j] !== 'by'; n++, j--) {
    const place = ctx.mentionAt[j];
    if (place?.label === 'PLACE') { j = place.first; continue; }
    if (ctx.toks[j].punct && ctx.lowers[j] !== "'s" && ctx.lowers[j] !== '’s' && ctx.lowers[j] !== '-') return false;
    if (place || ctx.toks[j].num || (ctx.toks[j].cap && ctx.lowers[j] !== 'the')) return false;
  }
  if (ctx.lowers[j] !== 'by') return false;
  const verbs = wordSet('sponsor_verbs');
  return verbs.has(ctx.lowers[j - 1]) || (/ly$/.test(ctx.lowers[j - 1]) && verbs.has(ctx.lowers[j - 2]));
}

/** Within three words from j (before the facility word at `at`, no punctuation or name between), a tender noun
 * (roles tender_nouns). */
function tenderAhead(ctx: Ctx, j: number, at: number): boolean {
  const nouns = wordSet('tender_nouns');
  for (let i = j; i < Math.min(at, j + 3); i++) {
    if (nouns.has(ctx.lowers[i])) return true;
    if (ctx.toks[i].punct || ctx.mentionAt[i]) return false;
  }
  return false;
}

/** The organisation that is the subject of the clause leading to the facility word at `at`: walking left, the
 * first organisation no preposition governs ("with B", "by B", "to China's B" are objects). A joint subject ("A and B
 * signed ...") has none, nor has a clause whose subject is a person or that a semicolon ends. */
export function subjectBefore(ctx: Ctx, first: number, at: number): NameMention | null {
  const pw = projectWords();
  let compound = false;
  for (let k = at - 1; k >= first; k--) {
    if (ctx.toks[k].text === ';') return null;
    // "A, a joint venture between B and C, is studying a mine": the bodies inside an apposition describe A, the subject
    if (!compound && ctx.toks[k].text === ',') { const opener = appositionOpener(ctx, first, k); if (opener >= 0) { k = opener; continue; } }
    const n = ctx.mentionAt[k];
    if (!n || n.label === 'PLACE') continue;
    if (n.label !== 'ORG' || n.headline) return null;
    k = n.first;
    // "A (AB)": the acronym in brackets glosses the name before it
    if (ctx.toks[n.first - 1]?.text === '(') continue;
    // "KMG's partner at the refinery": a possessor is not the subject
    const after = ctx.lowers[n.last + 1];
    if (after === "'s" || after === '’s') return null;
    const word = governingWord(ctx, pw, n.first, first);
    if (word === 'and' || word === '&') { compound = true; continue; }
    // only the object of "with" may stand between the subject and the facility ("A signed a contract with B to build
    // the line"); after "owned by B" or "a partner of B" the facility belongs to another clause's thought
    if (word === 'with') { compound = false; continue; }
    if (word && pw.governingPrepositions.has(word)) return null;
    if (compound || after === 'and') return null;
    return n;
  }
  return null;
}

/** The word that governs a name: the one before it, past "the", a place's possessive ("China's") and a few
 * describing words ("with the state utility B"), within its clause. */
/** The comma at `close` ends an apposition that describes a name: the comma that opens it comes right after an
 * organisation's name, and the apposition starts with an article and a lower-case word ("A, a joint venture of B and C,
 * ..."): the opening comma's index, or -1. */
function appositionOpener(ctx: Ctx, first: number, close: number): number {
  for (let o = close - 1; o >= Math.max(first + 1, close - 20); o--) {
    const t = ctx.toks[o];
    if (t.text === ';' || t.text === '.') return -1;
    if (t.text !== ',') continue;
    const before = ctx.mentionAt[o - 1];
    const article = /^(a|an|the)$/.test(ctx.lowers[o + 1] ?? '') && !ctx.toks[o + 2]?.cap && !ctx.mentionAt[o + 2];
    return before?.label === 'ORG' && before.last === o - 1 && article ? o : -1;
  }
  return -1;
}

function governingWord(ctx: Ctx, pw: Words, k: number, first: number): string | null {
  for (let j = k - 1, n = 0; j >= first && n < 6; j--, n++) {
    const w = ctx.lowers[j];
    const place = ctx.mentionAt[j];
    if (place?.label === 'PLACE') { j = place.first; continue; }
    if (w === 'the' || w === "'s" || w === '’s') continue;
    if (ctx.toks[j].punct) return w === ',' ? ',' : null;
    if (pw.governingPrepositions.has(w) || w === 'and' || w === '&') return w;
    if (getLexicon().functionWords.has(w) || ctx.mentionAt[j]) return w;
  }
  return null;
}

/** A percentage whose number is at k ("70%", "80 per cent", "49 percent"): its value and last token. */
function percentAt(ctx: Ctx, k: number): { value: number; last: number } | null {
  if (k < 0 || !ctx.toks[k]?.num) return null;
  const value = Number(ctx.toks[k].text.replace(/,/g, ''));
  if (!Number.isFinite(value) || value > 100) return null;
  if (ctx.toks[k + 1]?.text === '%' || ctx.lowers[k + 1] === 'percent') return { value, last: k + 1 };
  if (ctx.lowers[k + 1] === 'per' && ctx.lowers[k + 2] === 'cent') return { value, last: k + 2 };
  return null;
}

/** The percentage ending at `end` ("... 70 %", "... 80 per cent"), if one does. */
function percentEndingAt(ctx: Ctx, end: number): number | null {
  for (const k of [end - 1, end - 2]) { const p = percentAt(ctx, k); if (p && p.last === end) return p.value; }
  return null;
}

/** The share of the owning body the sentence gives to m: "70% owned by A", "owned 60% by A", "35% by B", "the
 * remaining 30% belongs to B", "A, which holds 80 per cent", "A holds 80 per cent and B the rest" (the rest is what
 * the largest other share leaves). Null when the sentence gives it none. */
export function shareOf(ctx: Ctx, m: NameMention, first: number, last: number): number | null {
  if (!sentenceHasShares(ctx, m.first)) return null;
  const pw = projectWords();
  const words = shareWords();
  // before the name: the share, then "by" or "belongs to"
  let j = m.first - 1;
  while (j > first && (ctx.lowers[j] === 'the' || ctx.mentionAt[j]?.label === 'PLACE' || ctx.lowers[j] === "'s" || ctx.lowers[j] === '’s' || (!ctx.toks[j].punct && !ctx.toks[j].num && !ctx.mentionAt[j] && !pw.governingPrepositions.has(ctx.lowers[j]) && !getLexicon().functionWords.has(ctx.lowers[j]) && m.first - j <= 4))) {
    j = ctx.mentionAt[j]?.label === 'PLACE' ? ctx.mentionAt[j]!.first - 1 : j - 1;
  }
  const w = ctx.lowers[j];
  if (w === 'by' || w === 'to') {
    let e = j - 1;
    if (w === 'to' ? words.belongs.has(ctx.lowers[e]) : pw.holdingVerbs.has(ctx.lowers[e])) e--;
    else if (w === 'to') e = -1;
    const v = e >= first ? percentEndingAt(ctx, e) : null;
    if (v !== null) return v;
  }
  // right after the name in brackets: "a joint venture of A (60%) and B (40%)"
  if (ctx.toks[m.last + 1]?.text === '(') {
    const p = percentAt(ctx, m.last + 2);
    if (p && ctx.toks[p.last + 1]?.text === ')') return p.value;
  }
  // after the name: "A, which holds 80%", "A holds 80 per cent", "B the rest"
  for (let k = m.last + 1; k <= Math.min(last, m.last + 6); k++) {
    if (ctx.mentionAt[k] || ctx.toks[k].text === ';' || ctx.toks[k].text === '.') break;
    if (words.holds.has(ctx.lowers[k])) { const p = percentAt(ctx, k + 1); if (p) return p.value; }
    if (words.rest.has(ctx.lowers[k]) && (k === m.last + 1 || ctx.lowers[k - 1] === 'the')) return percentAt(ctx, k + 1)?.value ?? restShare(ctx, first, last);
  }
  return null;
}

/** The share m holds by a holding verb right after its name ("A holds 60 per cent", "A, which owns 75%"), when what it
 * holds is the works or left unsaid: "of the project", "in the plant", "of it" (project-words anaphors), or nothing
 * after the percentage; not "60 per cent of a cement trader". */
function shareOfWorks(ctx: Ctx, m: NameMention, last: number): number | null {
  const words = shareWords();
  const anaphors = projectWords().anaphors;
  for (let k = m.last + 1; k <= Math.min(last, m.last + 6); k++) {
    if (ctx.mentionAt[k] || ctx.toks[k].text === ';' || ctx.toks[k].text === '.') return null;
    if (!words.holds.has(ctx.lowers[k])) continue;
    const p = percentAt(ctx, k + 1);
    if (!p) return null;
    const after = ctx.lowers[p.last + 1];
    if (after !== 'of' && after !== 'in') return p.value;
    for (let j = p.last + 2; j <= Math.min(last, p.last + 5); j++) {
      if (ctx.lowers[j] === 'it' || anaphors.has(ctx.lowers[j])) return p.value;
      if (ctx.mentionAt[j] || ctx.toks[j].punct) return null;
    }
    return null;
  }
  return null;
}

const sharesBySentence = new WeakMap<Ctx, Int8Array>();
/** The sentence of token k states a percentage or a rest ("the rest", "the remainder"): worked out once a sentence. */
function sentenceHasShares(ctx: Ctx, k: number): boolean {
  let marks = sharesBySentence.get(ctx);
  if (!marks) { marks = new Int8Array(ctx.doc.sentences.length).fill(-1); sharesBySentence.set(ctx, marks); }
  const si = ctx.toks[k].sent;
  if (marks[si] < 0) {
    const s = ctx.doc.sentences[si];
    const rest = shareWords().rest;
    let has = 0;
    for (let j = s.first; j <= s.last && !has; j++) if (rest.has(ctx.lowers[j]) || (ctx.toks[j].num && percentAt(ctx, j))) has = 1;
    marks[si] = has;
  }
  return marks[si] === 1;
}

/** What the largest share stated in the sentence leaves for the rest. */
function restShare(ctx: Ctx, first: number, last: number): number | null {
  let max = -1;
  for (let k = first; k <= last; k++) { const p = percentAt(ctx, k); if (p) { max = Math.max(max, p.value); k = p.last; } }
  return max < 0 ? null : 100 - max;
}

let shareWordSets: { holds: Set<string>; belongs: Set<string>; rest: Set<string> } | null = null;
function shareWords(): { holds: Set<string>; belongs: Set<string>; rest: Set<string> } {
  if (!shareWordSets) {
    const d = rolesData().share_words;
    shareWordSets = { holds: new Set(d.holds), belongs: new Set(d.belongs), rest: new Set(d.rest) };
  }
  return shareWordSets;
}

/** The object right after a verb (within four words, no punctuation) is paperwork: "a soil survey", "the designs". */
function takesPaperwork(ctx: Ctx, verb: number): boolean {
  const objects = getFacilityLexicon().processObjects;
  for (let j = verb + 1; j <= verb + 4 && j < ctx.toks.length; j++) {
    if (ctx.toks[j].punct || ctx.mentionAt[j]) return false;
    if (objects.has(ctx.lowers[j])) return true;
  }
  return false;
}

/** Between a cue ending at `from` and a name at `to`: a child noun ("subsidiary", "unit") and nothing but describing
 * words and a comma ("subsidiary, B", "wholly-owned subsidiary B", "Colombian subsidiary, B"). */
function namesChild(ctx: Ctx, pw: Words, from: number, to: number): boolean {
  let child = false;
  for (let j = from; j < to; j++) {
    const w = ctx.lowers[j];
    if (pw.childNouns.has(w)) child = true;
    else if (child && w !== ',') return false;
    else if (ctx.mentionAt[j]?.label === 'ORG' || w === 'of' || w === 'and') return false;
  }
  return child;
}

/** A purchase cue ending at `cue`, then an agreement noun and "with" right before the name at `name`. */
function agreementWith(ctx: Ctx, cue: number, n: number): boolean {
  const words = wordSet('agreement_nouns');
  let j = cue + 1;
  // ("a PPA with B": the short form is its own agreement noun)
  if (!wordSet('agreement_short_forms').has(ctx.lowers[cue])) {
    if (!words.has(ctx.lowers[j])) return false;
    j++;
  }
  // ("a PPA earlier today with B", "an agreement on Monday with B": up to three words of time before "with")
  for (let n2 = 0; n2 < 3 && ctx.lowers[j] !== 'with' && j < n && !ctx.toks[j].punct && !ctx.mentionAt[j] && !ctx.toks[j].num; n2++) j++;
  if (ctx.lowers[j] !== 'with') return false;
  j++;
  if (ctx.lowers[j] === 'the') j++;
  return j === n;
}

/** A purchase cue ending at `cue` names an agreement: an agreement noun follows it ("purchase agreement") or it is a
 * short form of one (roles agreement_short_forms: "PPA"). */
function purchaseAgreementAt(ctx: Ctx, cue: number): boolean {
  return wordSet('agreement_nouns').has(ctx.lowers[cue + 1] ?? '') || wordSet('agreement_short_forms').has(ctx.lowers[cue]);
}

/** Which side of a purchase agreement m is on when one side's name says it is a utility (roles offtaker_words):
 * that one buys, the other sells (develops); null when neither or both do. */
function offtakeSide(ctx: Ctx, m: NameMention, other: NameMention | null): Role | null {
  if (!other) return null;
  const mine = isOfftakerName(ctx.entities.organizations[m.entity].name);
  const theirs = isOfftakerName(ctx.entities.organizations[other.entity].name);
  if (mine === theirs) return null;
  return mine ? 'buyer' : 'developer';
}

function isOfftakerName(name: string): boolean {
  const offtakers = rolesData().offtaker_words;
  const words = ` ${name.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ')} `;
  return offtakers.some((w) => words.includes(` ${w} `));
}

/** The body joined to m by "and" as a subject ("A and Japan's B", "A (AC) and B"), or null. */
function coSigner(ctx: Ctx, m: NameMention): NameMention | null {
  // before m: over a possessive place ("Japan's") and an acronym in brackets after the other name
  let j = m.first - 1;
  if ((ctx.toks[j]?.text === "'s" || ctx.toks[j]?.text === '’s') && ctx.mentionAt[j - 1]?.label === 'PLACE') j = ctx.mentionAt[j - 1]!.first - 1;
  if (ctx.lowers[j] === 'and') {
    let k = j - 1;
    if (ctx.toks[k]?.text === ')') while (k > 0 && ctx.toks[k].text !== '(' && j - k <= 6) k--;
    if (ctx.toks[k]?.text === '(') k--;
    const o = ctx.mentionAt[k];
    return o?.label === 'ORG' && o !== m ? o : null;
  }
  // after m: "A and B signed"
  let k = m.last + 1;
  if (ctx.toks[k]?.text === '(') { while (k < ctx.toks.length && ctx.toks[k].text !== ')' && k - m.last <= 6) k++; k++; }
  else if (ctx.toks[k]?.text === ')') k++;
  if (ctx.lowers[k] !== 'and') return null;
  k++;
  if (ctx.lowers[k] === 'the') k++;
  if (ctx.mentionAt[k]?.label === 'PLACE' && (ctx.toks[ctx.mentionAt[k]!.last + 1]?.text === "'s" || ctx.toks[ctx.mentionAt[k]!.last + 1]?.text === '’s')) k = ctx.mentionAt[k]!.last + 2;
  const o = ctx.mentionAt[k];
  return o?.label === 'ORG' && o !== m ? o : null;
}

/** The organisation nearest before k in the clause. */
function partyBefore(ctx: Ctx, k: number, first: number): NameMention | null {
  for (let j = k - 1; j >= first; j--) {
    const n = ctx.mentionAt[j];
    if (n?.label === 'ORG') return n;
    if (ctx.toks[j].text === ';') return null;
  }
  return null;
}

/** The organisation after "with" within eight words of k ("agreement on Tuesday with the B"). */
function partyAfter(ctx: Ctx, k: number, last: number): NameMention | null {
  for (let j = k + 1; j <= Math.min(last, k + 8); j++) {
    if (ctx.toks[j].text === ';' || ctx.toks[j].text === '.') return null;
    if (ctx.lowers[j] !== 'with') continue;
    let n = j + 1;
    if (ctx.lowers[n] === 'the') n++;
    const o = ctx.mentionAt[n];
    return o?.label === 'ORG' ? o : null;
  }
  return null;
}

/** A signing verb within the six words before k ("signed a 25-year power purchase agreement"). */
function signedBefore(ctx: Ctx, pw: Words, k: number, first: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - 6); j--) if (pw.signingVerbs.has(ctx.lowers[j])) return true;
  return false;
}

/** After the owner verb at `verb` ("holds", "held"), its object ends in a contract noun within the clause. */
function holdsContract(ctx: Ctx, verb: number, last: number): boolean {
  if (!wordSet('contract_holding_verbs').has(ctx.lowers[verb])) return false;
  for (let j = verb + 1; j <= Math.min(last, verb + 9); j++) {
    if (ctx.mentionAt[j] || ctx.toks[j].text === ';' || ctx.toks[j].text === '.') return false;
    if (/^contracts?$/.test(ctx.lowers[j])) return true;
  }
  return false;
}

/** The part a subject's predicate gives it however far the facility is: a purchase cue before an agreement noun
 * ("signed a power purchase agreement with a consortium for a plant") buys the output; a loan ("signed a $75 million
 * loan with B for a college") lends; an agreement to buy or supply buys or supplies. */
function predicateRole(ctx: Ctx, from: number, to: number): Role | null {
  const roles = getFacilityLexicon().roles;
  const words = wordSet('agreement_nouns');
  const loans = wordSet('loan_nouns');
  for (let k = from; k < to; k++) {
    const hit = phraseAt(roles, ctx.lowers, k);
    if (hit?.value === 'buyer' && purchaseAgreementAt(ctx, hit.last)) return 'buyer';
    if (hit?.value === 'financier' && loans.has(ctx.lowers[hit.last])) return 'financier';
    // "signed a 20-year agreement to buy the output of a solar farm", "a deal to supply turbines": the infinitive after
    // the agreement noun says what the subject undertook
    if (words.has(ctx.lowers[k]) && ctx.lowers[k + 1] === 'to') {
      const verb = phraseAt(roles, ctx.lowers, k + 2);
      if (verb && verb.last === k + 2 && (verb.value === 'buyer' || verb.value === 'supplier')) return verb.value;
    }
  }
  return null;
}

/** A loan noun ending at `cue`, then "to" or "with" right before the name at n (past "the" and a bracketed gloss:
 * "a $150 million loan (roughly NPR 20 billion) to B"). */
function lentTo(ctx: Ctx, cue: number, n: number): boolean {
  if (!wordSet('loan_nouns').has(ctx.lowers[cue])) return false;
  let j = cue + 1;
  if (ctx.toks[j]?.text === '(') { while (j < n && ctx.toks[j].text !== ')') j++; j++; }
  if (ctx.lowers[j] !== 'to' && ctx.lowers[j] !== 'with') return false;
  j++;
  if (ctx.lowers[j] === 'the') j++;
  return j === n;
}

/** A loan noun ending at `cue` (and an agreement noun after it: "loan agreement"), then "with" and, past "the" and a
 * place, an organisation whose name says it is a bank: the loan is borrowed from that bank. */
function borrowsFromBank(ctx: Ctx, cue: number): boolean {
  if (!wordSet('loan_nouns').has(ctx.lowers[cue])) return false;
  let j = cue + 1;
  if (wordSet('agreement_nouns').has(ctx.lowers[j])) j++;
  if (ctx.lowers[j] !== 'with') return false;
  j++;
  if (ctx.lowers[j] === 'the') j++;
  const place = ctx.mentionAt[j];
  if (place?.label === 'PLACE') { j = place.last + 1; if (ctx.lowers[j] === "'s" || ctx.lowers[j] === '’s') j++; }
  const n = ctx.mentionAt[j];
  return n?.label === 'ORG' && n.first === j && n.entity >= 0 && nameFacts(ctx, n.entity).isBank;
}

/** m's side of a works contract a public body and a company sign together: the clause's signing verb (project-words
 * signing_verbs) with a contract noun within six words after it; the parties are the bodies named before the verb in
 * its clause (its subject, one or joined by "and") and the one after "with" past the contract noun. With exactly two
 * parties, one a public body (roles government_words) and the other not, the public body is the client ('developer')
 * and the company the builder ('contractor'); null otherwise. */
function worksContractSide(ctx: Ctx, pw: Words, m: NameMention, first: number, last: number): Role | null {
  for (let s = Math.max(first, m.last + 1 - 40); s <= Math.min(last, m.last + 12); s++) {
    if (!pw.signingVerbs.has(ctx.lowers[s])) continue;
    let contract = -1;
    for (let j = s + 1; j <= Math.min(last, s + 6) && contract < 0; j++) {
      if (ctx.toks[j].text === ';' || ctx.mentionAt[j]?.label === 'ORG') break;
      if (/^contracts?$/.test(ctx.lowers[j])) contract = j;
    }
    if (contract < 0) continue;
    const parties = new Set<number>();
    // the subject: bodies before the verb, back to the clause's start (a semicolon or a name no "and" or comma joins)
    for (let j = s - 1; j >= Math.max(first, s - 12); j--) {
      if (ctx.toks[j].text === ';') break;
      const n = ctx.mentionAt[j];
      if (n?.label === 'ORG' && n.entity >= 0) { parties.add(n.entity); j = n.first; continue; }
      if (n) { j = n.first; continue; }
    }
    // the other party: "with" (past the contract noun and a few words) and a body
    for (let j = contract + 1; j <= Math.min(last, contract + 4); j++) {
      if (ctx.toks[j].punct) break;
      if (ctx.lowers[j] !== 'with') continue;
      let n = j + 1;
      if (ctx.lowers[n] === 'the') n++;
      const o = ctx.mentionAt[n];
      if (o?.label === 'ORG' && o.entity >= 0) parties.add(o.entity);
      break;
    }
    if (parties.size !== 2 || !parties.has(m.entity)) return null;
    const [a, b] = [...parties];
    const govA = nameFacts(ctx, a).isGov;
    const govB = nameFacts(ctx, b).isGov;
    if (govA === govB || nameFacts(ctx, govA ? b : a).isBank) return null;
    return nameFacts(ctx, m.entity).isGov ? 'developer' : 'contractor';
  }
  return null;
}

/** m right after "led by" (or "headed by", roles leader_cues; past "the") that follows a group noun (roles
 * leading_groups) within three words: 'contractor' when a contract noun or "awarded" comes before the group in the
 * clause ("signed a contract with a consortium led by A"), else 'developer'; null when m leads no group. */
function leaderRole(ctx: Ctx, m: NameMention, first: number): Role | null {
  let j = m.first - 1;
  if (ctx.lowers[j] === 'the') j--;
  if (ctx.lowers[j] !== 'by' || !wordSet('leader_cues').has(ctx.lowers[j - 1] ?? '')) return null;
  const groups = wordSet('leading_groups');
  for (let g = j - 2; g >= Math.max(first, j - 5); g--) {
    if (ctx.toks[g].punct && ctx.toks[g].text !== '-') return null;
    if (!groups.has(ctx.lowers[g])) continue;
    // ("The only bidder, a consortium led by A", "the bid, submitted by a consortium led by A": a group that only bids
    // for the works has no part in them yet)
    const bids = wordSet('bid_words');
    // (the group the text spoke of before, "The consortium is led by A", is the one behind the works: its leader is their
    // developer; a group first named here only leads when it is given a contract)
    // ("a group of commercial banks led by A", "a syndicate of lenders led by A": a group of lenders lends, whoever leads it)
    for (let k = g + 1; k < j - 1; k++) if (wordSet('lender_plurals').has(ctx.lowers[k])) return 'financier';
    let role: Role | null = /^(the|this|its|that)$/.test(ctx.lowers[g - 1] ?? '') && g - 1 === first ? 'developer' : null;
    for (let c = g - 1; c >= Math.max(first, g - 12); c--) {
      if (ctx.toks[c].text === ';' || ctx.toks[c].text === '.') break;
      if (bids.has(ctx.lowers[c])) return null;
      if (/^(contracts?|awarded)$/.test(ctx.lowers[c])) role = 'contractor';
    }
    return role;
  }
  return null;
}

/** m is a member of a group named just before its list of members: "B, a joint venture of Paraguay's C and Brazil's
 * D", "built by a consortium made up of C and D" (group nouns roles leading_groups, then "of", "made up of",
 * "comprising" or "between"). Returns where the group is named: the body B the group is given as (its first token),
 * or the group noun's article when the group has no name; null when m is no listed member. */
function groupOfMembers(ctx: Ctx, m: NameMention, first: number): { named: NameMention | null; at: number } | null {
  let j = m.first - 1;
  // back over the members listed before m, their places and the words that join them
  for (let n = 0; j >= first && n < 24; n++) {
    const pm = ctx.mentionAt[j];
    if (pm && pm.label !== 'PERSON') { j = pm.first - 1; continue; }
    if (/^(,|and|the|'s|’s|&)$/.test(ctx.lowers[j])) { j--; continue; }
    break;
  }
  if (/^(of|between|comprising)$/.test(ctx.lowers[j] ?? '') === false) return null;
  let g = j - 1;
  if (ctx.lowers[j] === 'of' && ctx.lowers[g] === 'up' && ctx.lowers[g - 1] === 'made') g -= 2;
  if (!wordSet('leading_groups').has(ctx.lowers[g] ?? '')) return null;
  // back over the describing words to the article ("a Turkish-Chinese joint venture")
  let a = g - 1;
  for (let n = 0; a >= first && n < 4 && !/^(a|an|the)$/.test(ctx.lowers[a]); n++) {
    if (ctx.mentionAt[a]?.label === 'ORG' || (ctx.toks[a].punct && ctx.toks[a].text !== '-')) return null;
    a--;
  }
  if (!/^(a|an|the)$/.test(ctx.lowers[a] ?? '')) return null;
  const named = ctx.toks[a - 1]?.text === ',' ? ctx.mentionAt[a - 2] : undefined;
  if (named?.label === 'ORG' && named.entity !== m.entity) return { named, at: named.first };
  return { named: null, at: a };
}

/** The part of the group m is listed in: the part of the body the group is given as ("awarded to B, a joint venture of
 * C and D": C and D build with B), or, for a group without a name, of the cue that ends right before it ("built by a
 * consortium made up of C and D"). A group that develops or owns the works has its members as partners ("built and
 * run by B, a consortium of C and D": B develops, C and D are its sides). */
function memberRole(ctx: Ctx, m: NameMention, first: number, last: number): Role | null {
  const group = groupOfMembers(ctx, m, first);
  if (!group) return null;
  const asMember = (r: Role): Role => (r === 'developer' || r === 'owner' ? 'partner' : r);
  if (group.named) { const r = neighbourCue(ctx, m, group.named, first, last); return r?.cued ? asMember(r.role) : null; }
  const lex = getFacilityLexicon();
  for (let k = group.at - 1; k >= Math.max(first, group.at - 5); k--) {
    const hit = phraseAt(lex.roles, ctx.lowers, k);
    if (hit && hit.last === group.at - 1 && hit.value !== 'other') return asMember(hit.value);
  }
  return null;
}

/** Before the verb at k (past auxiliaries and adverbs: "will", "now", "still"), a word for the works (project-words
 * anaphors: "the plant", "the project"). */
function belongingWorks(ctx: Ctx, pw: Words, k: number, first: number): boolean {
  let b = k - 1;
  while (b > first && /^(will|would|shall|should|now|still|also|already|then|is|to|would|may)$/.test(ctx.lowers[b])) b--;
  return b >= first && pw.anaphors.has(ctx.lowers[b]);
}

/** After an order verb at `verb`, a command rather than goods within four words ("all works halted", "the company to
 * stop"). */
function commands(ctx: Ctx, verb: number): boolean {
  const words = wordSet('order_commands');
  for (let j = verb + 1; j <= verb + 4 && j < ctx.toks.length; j++) {
    if (ctx.toks[j].punct || ctx.mentionAt[j]?.label === 'ORG') return false;
    if (words.has(ctx.lowers[j])) return true;
  }
  return false;
}


/** After m, within its sentence and before another body is named, "its" or "their" and, within three words, a noun
 * for a held company (roles held_company_nouns: "its Fijian project company", "its wholly-owned subsidiary"). */
function namesOwnChild(ctx: Ctx, m: NameMention, last: number): boolean {
  const heldNouns = wordSet('held_company_nouns');
  for (let j = m.last + 1; j <= Math.min(last, m.last + 24); j++) {
    const n = ctx.mentionAt[j];
    if (n?.label === 'ORG' && n.entity !== m.entity) return false;
    if (n) { j = n.last; continue; }
    if (ctx.lowers[j] !== 'its' && ctx.lowers[j] !== 'their') continue;
    for (let i = j + 1; i <= Math.min(last, j + 4); i++) {
      if (heldNouns.has(ctx.lowers[i]) || heldNouns.has(`${ctx.lowers[i]} ${ctx.lowers[i + 1]}`)) return true;
      if (ctx.toks[i].punct || ctx.mentionAt[i]?.label === 'ORG') break;
    }
  }
  return false;
}

/** In a list whose verb is said once ("A is lending $180 million, the B $130 million and C $100 million"): m comes
 * right after a comma or "and" and right before its own sum or percentage; the list member before it in the clause. */
function gappedMemberBefore(ctx: Ctx, m: NameMention, first: number): NameMention | null {
  // ("B (BB) $90 million": past the name's bracketed short form)
  const after = withGloss(ctx, m) + 1;
  if (!ctx.moneyAt[after] && !percentAt(ctx, after)) return null;
  let j = m.first - 1;
  if (ctx.lowers[j] === 'the') j--;
  if (ctx.toks[j]?.text !== ',' && ctx.lowers[j] !== 'and') return null;
  for (let k = j - 1; k >= first; k--) {
    if (ctx.toks[k].text === ';') return null;
    const n = ctx.mentionAt[k];
    // (a member glossed by its short form, "the B (BB) $90 million": the member is the name before the gloss)
    if (n?.label === 'ORG' && n.entity !== m.entity) return isGloss(ctx, n) ? ctx.mentionAt[n.first - 2]! : n;
    if (n) k = n.first;
  }
  return null;
}

/** The object of the verb ending at `verb` is a class of works, with no count or determiner that would pick some
 * out ("finances hydropower schemes", "builds and runs solar and wind farms"; not "two wind farms"). */
function takesClassObject(ctx: Ctx, verb: number, last: number): boolean {
  const classes = wordSet('class_objects');
  for (let j = verb + 1; j <= Math.min(last, verb + 6); j++) {
    const w = ctx.lowers[j];
    if (classes.has(w)) return true;
    if (ctx.mentionAt[j] || ctx.toks[j].num || ctx.quantityAt[j] || ctx.moneyAt[j] || /^(the|this|these|those|its|their|our|a|an|both|two|three|several|one)$/.test(w)) return false;
    if (ctx.toks[j].punct && w !== ',' && w !== '-') return false;
  }
  return false;
}

/** "on land leased from the park's owner, B", "The B (BB) has leased the land to the company": m lets the site
 * (roles lessor_before, right before m or before a description set off by a comma; lessor_after, right after m
 * past its acronym and an auxiliary). */
function isLessor(ctx: Ctx, m: NameMention, first: number, last: number): boolean {
  let start = m.first;
  if (ctx.lowers[start - 1] === 'the') start--;
  // back over a description set off by a comma ("the park's owner, B")
  if (ctx.toks[m.first - 1]?.text === ',') {
    for (let j = m.first - 2, n = 0; j >= first && n < 6; j--, n++) {
      if (ctx.mentionAt[j]?.label === 'ORG' || (ctx.toks[j].punct && ctx.toks[j].text !== "'s" && ctx.toks[j].text !== '’s')) break;
      if (/^(the|a|an)$/.test(ctx.lowers[j])) { start = j; break; }
    }
  }
  if (phraseEdges('lessor_before').last.has(ctx.lowers[start - 1] ?? '')) {
    for (const p of phraseList('lessor_before')) if (start - p.length >= first && p.every((w, i) => ctx.lowers[start - p.length + i] === w)) return true;
  }
  let j = m.last + 1;
  if (ctx.toks[j]?.text === '(' && ctx.toks[j + 2]?.text === ')') j += 3;
  if (/^(has|have|had|will|would|is|was)$/.test(ctx.lowers[j] ?? '')) j++;
  if (!phraseEdges('lessor_after').first.has(ctx.lowers[j] ?? '')) return false;
  for (const p of phraseList('lessor_after')) if (j + p.length - 1 <= last && p.every((w, i) => ctx.lowers[j + i] === w)) return true;
  return false;
}

/** "B, the vehicle through which A develops X": 'developer' for B, 'owner' for A (held company nouns of
 * roles held_company_nouns, then "through which" or "via which", then the holder and a build or develop verb). */
function throughChild(ctx: Ctx, m: NameMention, first: number, last: number): Role | null {
  const held = wordSet('held_company_nouns');
  const throughAt = (j: number) => (ctx.lowers[j] === 'through' || ctx.lowers[j] === 'via') && ctx.lowers[j + 1] === 'which';
  const developsAfter = (j: number) => {
    for (let i = j; i <= Math.min(last, j + 4); i++) if (phraseAt(getFacilityLexicon().roles, ctx.lowers, i)?.value === 'developer') return true;
    return false;
  };
  // the holder named within a few describing words after "which" ("through which the Tarvin utility A builds")
  const holderAfter = (j: number) => {
    for (let i = j; i <= Math.min(last, j + 4); i++) {
      const n = ctx.mentionAt[i];
      if (n?.label === 'ORG') return n;
      if (n?.label === 'PLACE') { i = n.last; continue; }
      if (n || ctx.toks[i].punct) return null;
    }
    return null;
  };
  // m is the holder: "... the vehicle through which A develops"
  for (let j = m.first - 1; j >= Math.max(first + 2, m.first - 5); j--) {
    if (ctx.lowers[j] !== 'which') continue;
    if (throughAt(j - 1) && held.has(ctx.lowers[j - 2] ?? '') && holderAfter(j + 1)?.entity === m.entity && developsAfter(m.last + 1)) return 'owner';
    break;
  }
  // m is the held company: "B, the subsidiary through which A ..."
  let j = m.last + 1;
  if (ctx.toks[j]?.text === '(' && ctx.toks[j + 2]?.text === ')') j += 3;
  else if (ctx.toks[j]?.text === ')' && ctx.toks[m.first - 1]?.text === '(') j++;
  if (ctx.toks[j]?.text !== ',') return null;
  for (let i = j + 1; i <= Math.min(last - 2, j + 5); i++) {
    // (the description may itself stand for B: "the subsidiary" read as a reference to it)
    if (ctx.toks[i].punct || (ctx.mentionAt[i] && ctx.mentionAt[i]!.entity !== m.entity)) return null;
    if (held.has(ctx.lowers[i]) && throughAt(i + 1)) {
      const holder = holderAfter(i + 3);
      return holder && developsAfter(holder.last + 1) ? 'developer' : null;
    }
  }
  return null;
}

/** Between an ownership cue ending at `cue` and a name at n: a share of the name ("bought 45% of B", "a stake in B"),
 * so the name is what is held. */
function isHeldStake(ctx: Ctx, cue: number, n: number): boolean {
  const prep = ctx.lowers[n - 1] === 'the' ? n - 2 : n - 1;
  if (ctx.lowers[prep] !== 'of' && ctx.lowers[prep] !== 'in') return false;
  if (prep - cue > 5) return false;
  return percentEndingAt(ctx, prep - 1) !== null || /^(stake|share|shares|control|majority|interest)$/.test(ctx.lowers[prep - 1] ?? '');
}

/** Right after m (past its bracketed acronym and up to two auxiliaries) a verb of giving (roles money_verbs), then
 * within four words a sum of money or the rest of one ("the rest", "the balance"). */
function givesMoney(ctx: Ctx, m: NameMention, last: number): boolean {
  let j = m.last + 1;
  if (ctx.toks[j]?.text === '(' && ctx.toks[j + 2]?.text === ')') j += 3;
  for (let n = 0; n < 2 && /^(will|would|is|are|was|were|has|have|had|also|to|be|already)$/.test(ctx.lowers[j] ?? ''); n++) j++;
  // ("has pledged to cover", "agreed to provide": a promise of the giving)
  if (wordSet('promise_verbs').has(ctx.lowers[j] ?? '') && ctx.lowers[j + 1] === 'to') j += 2;
  // ("pays the rest", "will pay for the balance": paying gives money only with the rest or the cost as its object; a
  // bare sum paid as often buys an asset or a stake)
  const paying = wordSet('pay_verbs').has(ctx.lowers[j] ?? '');
  if (j > last || (!paying && !wordSet('money_verbs').has(ctx.lowers[j]))) return false;
  if (paying && ctx.lowers[j + 1] === 'for') j++;
  const rest = shareWords().rest;
  const costNouns = projectWords().costNouns;
  for (let k = j + 1; k <= Math.min(last, j + 4); k++) {
    if ((ctx.moneyAt[k] && !paying) || (rest.has(ctx.lowers[k]) && ctx.lowers[k - 1] === 'the')) return true;
    // ("to cover up to 85% of the cost", "will cover the bill": a share of the works' cost, or all of it)
    const pct = percentAt(ctx, k);
    if (pct && ctx.lowers[pct.last + 1] === 'of' && ctx.lowers[pct.last + 2] === 'the' && costNouns.has(ctx.lowers[pct.last + 3] ?? '')) return true;
    if (ctx.lowers[k] === 'the' && costNouns.has(ctx.lowers[k + 1] ?? '') && ctx.lowers[k + 2] !== 'of') return true;
    if (ctx.mentionAt[k] || (ctx.toks[k].punct && ctx.toks[k].text !== '$')) return false;
  }
  return false;
}

/** "B has approved a further €60 million", "B (BB) will put up $90 million": right after the body's name (past its
 * bracketed acronym and up to three auxiliaries or adverbs) a verb that does not judge or report a sum (roles
 * sum_judging_verbs: "puts the cost at", "said"), then a sum as its object ("a", "further", "additional" before it
 * allowed) that is no modifier of a noun after it ("approved the €60 million project" approves works, not money). */
function bankGivesSum(ctx: Ctx, m: NameMention, last: number): boolean {
  let j = m.last + 1;
  if (ctx.toks[j]?.text === '(' && ctx.toks[j + 2]?.text === ')') j += 3;
  for (let n = 0; n < 3 && /^(will|would|is|are|was|were|has|have|had|also|already|now|today|yesterday|to|be|been)$/.test(ctx.lowers[j] ?? ''); n++) j++;
  const verb = ctx.toks[j];
  if (!verb || j > last || verb.punct || verb.cap || ctx.mentionAt[j] || wordSet('sum_judging_verbs').has(verb.lower) || projectWords().attributionVerbs.has(verb.lower)) return false;
  let k = j + 1;
  for (let n = 0; n < 3 && /^(a|an|another|further|additional|up|to|some|about|around|nearly|almost)$/.test(ctx.lowers[k] ?? ''); n++) k++;
  const sum = ctx.moneyAt[k];
  if (!sum || sum.first !== k || sum.last > last) return false;
  const after = ctx.toks[sum.last + 1];
  return !after || after.punct || /^(for|in|to|towards|toward|of|on|as|and)$/.test(after.lower);
}

/** Right before m (past "the" and a place: "from Germany's B"), "came from", "come from" or "comes from", and before
 * the verb, in its clause, what comes: money (roles source_money_nouns, or a sum) makes B a financier, goods
 * (source_goods_nouns) a supplier; null when the clause names neither. */
function comesFrom(ctx: Ctx, m: NameMention, first: number): Role | null {
  let j = m.first - 1;
  if (ctx.mentionAt[j]?.label === 'PLACE') j = ctx.mentionAt[j]!.first - 1;
  if (ctx.lowers[j] === 'the') j--;
  if (ctx.lowers[j] !== 'from' || !/^(came|come|comes|coming)$/.test(ctx.lowers[j - 1] ?? '')) return null;
  const money = wordSet('source_money_nouns');
  const goods = wordSet('source_goods_nouns');
  for (let k = j - 2; k >= Math.max(first, j - 12); k--) {
    const w = ctx.lowers[k];
    if (ctx.toks[k].text === ';' || ctx.toks[k].text === ',' || ctx.mentionAt[k]?.label === 'ORG') break;
    if (money.has(w) || ctx.moneyAt[k]) return 'financier';
    if (goods.has(w)) return 'supplier';
  }
  return null;
}

/** Right before m (past "the" and a place with its possessive: "from Korea's B"), "from", and right before it, within
 * three words of one phrase ("pumps and membranes from", "a $200 million loan from"), goods (roles source_goods_nouns)
 * or money (source_money_nouns): 'supplier' or 'financier', with the distance from the noun to m; null otherwise. */
function sourceBefore(ctx: Ctx, m: NameMention, first: number): { role: Role; dist: number } | null {
  let j = m.first - 1;
  if ((ctx.lowers[j] === "'s" || ctx.lowers[j] === '’s') && ctx.mentionAt[j - 1]?.label === 'PLACE') j = ctx.mentionAt[j - 1]!.first - 1;
  else if (ctx.mentionAt[j]?.label === 'PLACE') j = ctx.mentionAt[j]!.first - 1;
  if (ctx.lowers[j] === 'the') j--;
  if (ctx.lowers[j] !== 'from') return null;
  const money = wordSet('source_money_nouns');
  const goods = wordSet('source_goods_nouns');
  for (let k = j - 1; k >= Math.max(first, j - 3); k--) {
    const w = ctx.lowers[k];
    if (goods.has(w)) return { role: 'supplier', dist: m.first - k };
    if (money.has(w) && !shareWords().rest.has(w)) return { role: 'financier', dist: m.first - k };
    if (ctx.mentionAt[k] || (ctx.toks[k].punct && ctx.toks[k].text !== '-') || (w !== 'and' && getLexicon().functionWords.has(w))) return null;
  }
  return null;
}

/** The organisation m is joined to by "and" or a comma, right before it (past "the" and that one's bracketed
 * acronym): "A (AA) and the B", "A, B". */
function conjunctBefore(ctx: Ctx, m: NameMention, first: number): NameMention | null {
  let j = m.first - 1;
  // ("A and Japan's B": past a place's possessive)
  if ((ctx.lowers[j] === "'s" || ctx.lowers[j] === '’s') && ctx.mentionAt[j - 1]?.label === 'PLACE') j = ctx.mentionAt[j - 1]!.first - 1;
  if (ctx.lowers[j] === 'the') j--;
  if (ctx.lowers[j] !== 'and' && ctx.toks[j]?.text !== ',') return null;
  j--;
  if (ctx.toks[j]?.text === ')' && ctx.toks[j - 2]?.text === '(') j -= 3;
  const n = j >= first ? ctx.mentionAt[j] : undefined;
  return n?.label === 'ORG' && n.entity !== m.entity && n.last === j ? n : null;
}

/** The organisation joined to m by "and" (past m's bracketed acronym and a "the"): "A (AA) and the B". */
function conjunctAfter(ctx: Ctx, m: NameMention, last: number): NameMention | null {
  let j = m.last + 1;
  if (ctx.toks[j]?.text === '(' && ctx.toks[j + 2]?.text === ')') j += 3;
  if (ctx.lowers[j] !== 'and') return null;
  j++;
  if (ctx.lowers[j] === 'the') j++;
  const n = j <= last ? ctx.mentionAt[j] : undefined;
  return n?.label === 'ORG' && n.entity !== m.entity && n.first === j ? n : null;
}

/** A longer role cue that starts after k, within the cue k..last, and ends beyond it. */
function overlappedByLonger(ctx: Ctx, roles: ReturnType<typeof getFacilityLexicon>['roles'], k: number, last: number): boolean {
  for (let j = k + 1; j <= last; j++) { const h = phraseAt(roles, ctx.lowers, j); if (h && h.last > last && h.last - j > last - k) return true; }
  return false;
}

interface NameFacts { isGov: boolean; isBank: boolean; isBuilder: boolean }
const factsByCtx = new WeakMap<Ctx, Map<number, NameFacts>>();
/** What an organisation's name says about its part (a public body, a bank, a builder), worked out once a document. */
function nameFacts(ctx: Ctx, entity: number): NameFacts {
  let byEntity = factsByCtx.get(ctx);
  if (!byEntity) { byEntity = new Map(); factsByCtx.set(ctx, byEntity); }
  let f = byEntity.get(entity);
  if (!f) {
    const lex = getFacilityLexicon();
    const words = ctx.entities.organizations[entity].name.toLowerCase().split(/\s+/);
    const spaced = ` ${words.join(' ')} `;
    f = {
      isGov: words.some((w) => lex.governmentWords.has(w)) || governmentPhrases().some((ph) => spaced.includes(` ${ph} `)),
      isBank: words.some((w) => lex.financierWords.has(w)) || rolesData().financier_name_phrases.some((ph) => spaced.includes(` ${ph} `)),
      isBuilder: words.some((w) => lex.contractorWords.has(w)),
    };
    byEntity.set(entity, f);
  }
  return f;
}

/** Phrases that make a name a public body's though no single word does ("Electricity Grid Operating Company"). */
function governmentPhrases(): string[] {
  return rolesData().government_name_phrases;
}

/** After a build verb at `verb`, "for" and an organisation within the clause: the works are built for that body. */
function buildsFor(ctx: Ctx, pw: Words, verb: number, last: number): boolean {
  for (let j = verb + 1; j <= Math.min(last, verb + 8); j++) {
    if (ctx.toks[j].text === ',' || ctx.toks[j].text === ';' || (ctx.mentionAt[j] && ctx.lowers[j - 1] !== 'for')) return false;
    // ("for the Tarvin Ports Authority", "for Velmora's B")
    if (ctx.lowers[j] === 'for' && orgStartsNear(ctx, j + 1)) return true;
  }
  return false;
}

/** "A has selected B as EPC contractor", "A hired B to build": right after m (past its bracketed short form, auxiliaries
 * and adverbs) a hiring verb (roles hiring_verbs) at or before the cue at k, whose object, another body, comes right after
 * it (past "the", a place and describing words) and before the cue: m takes another body on for the works. */
function hiresOther(ctx: Ctx, m: NameMention, k: number): boolean {
  let j = m.last + 1;
  if (ctx.toks[j]?.text === '(' && ctx.toks[j + 2]?.text === ')') j += 3;
  for (let n = 0; n < 3 && /^(has|have|had|will|would|is|was|also|now|recently|formally|officially|already|then|finally)$/.test(ctx.lowers[j] ?? ''); n++) j++;
  if (j > k || !wordSet('hiring_verbs').has(ctx.lowers[j])) return false;
  const o = objectAfter(ctx, j + 1, k);
  return o !== null && o.entity !== m.entity;
}

/** The body that starts at j or past "the", a place (with its possessive) and up to three lower-case describing words
 * ("the Turkish builder B", "Spain's B"), before token `limit`. */
function objectAfter(ctx: Ctx, j: number, limit: number): NameMention | null {
  for (let n = 0; j <= limit && n < 5; j++, n++) {
    const o = ctx.mentionAt[j];
    if (o?.label === 'ORG') return o;
    if (o?.label === 'PLACE') { j = o.last; if (ctx.lowers[j + 1] === "'s" || ctx.lowers[j + 1] === '’s') j++; continue; }
    const t = ctx.toks[j];
    if (o || t.num || (t.punct && t.text !== '-') || (t.cap && ctx.lowers[j] !== 'the')) return null;
    // ("selected by A": a preposition makes the body after it no object)
    if (ctx.lowers[j] !== 'the' && getLexicon().functionWords.has(ctx.lowers[j])) return null;
  }
  return null;
}

/** Right before m (past "the", a place and describing words), "to" or "with", and before it in the clause (within
 * sixteen words, no other body between) a contract noun that goes on to that "to" or "with": 'supplier' for a supply
 * contract, else 'contractor'; null otherwise. */
function contractGoesTo(ctx: Ctx, m: NameMention, first: number): Role | null {
  let j = m.first - 1;
  for (let n = 0; j >= first && n < 5 && ctx.lowers[j] !== 'to' && ctx.lowers[j] !== 'with'; n++, j--) {
    const p = ctx.mentionAt[j];
    if (p?.label === 'PLACE') { j = p.first; continue; }
    const t = ctx.toks[j];
    if (p || t.num || (t.punct && t.text !== '-' && t.text !== "'s" && t.text !== '’s') || (t.cap && ctx.lowers[j] !== 'the')) return null;
  }
  if (j < first || (ctx.lowers[j] !== 'to' && ctx.lowers[j] !== 'with')) return null;
  for (let c = j - 1; c >= Math.max(first, j - 16); c--) {
    if (ctx.mentionAt[c]?.label === 'ORG' || ctx.toks[c].text === ';') return null;
    if (!/^contracts?$/.test(ctx.lowers[c]) || !isContractAwardedOn(ctx, c, c)) continue;
    return /^(supply|equipment|delivery|procurement)$/.test(ctx.lowers[c - 1] ?? '') ? 'supplier' : 'contractor';
  }
  return null;
}

/** m, a company (not a public body or a bank), is the object of "with" right after a pact noun (roles pact_nouns, past
 * "of understanding" and describing words: "a memorandum of understanding with B"), which a signing verb (within four
 * words before it) has as its object, and the subject of that verb (the body nearest before it in the clause) is a
 * public body. A loan agreement is no such pact. */
function signsWithState(ctx: Ctx, pw: Words, m: NameMention, first: number): boolean {
  const facts = nameFacts(ctx, m.entity);
  if (facts.isGov || facts.isBank) return false;
  let w = m.first - 1;
  if (ctx.lowers[w] === 'the') w--;
  if (ctx.lowers[w] !== 'with') return false;
  let j = w - 1;
  if (ctx.lowers[j] === 'understanding' && ctx.lowers[j - 1] === 'of') j -= 2;
  if (!wordSet('pact_nouns').has(ctx.lowers[j])) return false;
  const loans = wordSet('loan_nouns');
  let sign = -1;
  for (let i = j - 1; i >= Math.max(first, j - 5); i--) {
    if (loans.has(ctx.lowers[i]) || ctx.mentionAt[i] || ctx.toks[i].punct) return false;
    if (pw.signingVerbs.has(ctx.lowers[i])) { sign = i; break; }
  }
  if (sign < 0) return false;
  const subject = partyBefore(ctx, sign, first);
  return subject !== null && subject.entity >= 0 && subject.entity !== m.entity && nameFacts(ctx, subject.entity).isGov;
}

/** m was taken on by another body for the works: right before it, a hiring verb (past "the", a place and describing
 * words: "hired the Turkish builder B"), or right after it, "which was hired by", "(has been) appointed by". */
function isHired(ctx: Ctx, m: NameMention, first: number, k: number): boolean {
  const verbs = wordSet('hiring_verbs');
  for (let j = m.first - 1, n = 0; j >= first && n < 5; j--, n++) {
    const p = ctx.mentionAt[j];
    if (p?.label === 'PLACE') { j = p.first; continue; }
    if (verbs.has(ctx.lowers[j])) return j + 1 === m.first || objectAfter(ctx, j + 1, m.last) === m;
    const t = ctx.toks[j];
    if (p || t.num || (t.punct && t.text !== '-' && t.text !== "'s" && t.text !== '’s') || (t.cap && ctx.lowers[j] !== 'the')) break;
  }
  // the passive after m, before the cue: "B, which was hired by A, will build"
  for (let j = m.last + 1; j < Math.min(k, m.last + 6); j++) {
    if (ctx.mentionAt[j]) return false;
    if (verbs.has(ctx.lowers[j]) && ctx.lowers[j + 1] === 'by' && /^(was|were|been|being|is|are)$/.test(ctx.lowers[j - 1] ?? '')) return true;
  }
  return false;
}

/** "signed a contract with B to build the line": B, the object of "with" after a contract noun, with the build verb
 * at k right after it as an infinitive, is contracted to build. */
function contractedTo(ctx: Ctx, pw: Words, m: NameMention, k: number, first: number): boolean {
  if (ctx.lowers[k] !== 'to' && ctx.lowers[k - 1] !== 'to') return false;
  if (k - m.last > 2 || governingWord(ctx, pw, m.first, first) !== 'with') return false;
  for (let j = m.first - 1; j >= Math.max(first, m.first - 12); j--) if (/^contracts?$/.test(ctx.lowers[j])) return true;
  return false;
}

/** "an agreement with B to build": B, the object of "with" right after an agreement noun (not a contract), with the
 * build verb at k right after it as an infinitive. */
function agreedTo(ctx: Ctx, pw: Words, m: NameMention, k: number, first: number): boolean {
  if (ctx.lowers[k] !== 'to' && ctx.lowers[k - 1] !== 'to') return false;
  if (k - m.last > 2 || governingWord(ctx, pw, m.first, first) !== 'with') return false;
  for (let j = m.first - 1; j >= Math.max(first, m.first - 4); j--) if (wordSet('pact_nouns').has(ctx.lowers[j])) return true;
  return false;
}

/** "A and B signed an agreement to build": the build verb at k comes as an infinitive right after a pact noun (roles
 * pact_nouns, within three describing words after a signing verb), and m is one of a joint subject of that verb (joined
 * to another body by "and" right before or after its name). */
function jointPactTo(ctx: Ctx, pw: Words, m: NameMention, k: number, first: number): boolean {
  const to = ctx.lowers[k] === 'to' ? k : ctx.lowers[k - 1] === 'to' ? k - 1 : -1;
  if (to < 0 || !wordSet('pact_nouns').has(ctx.lowers[to - 1])) return false;
  let sign = -1;
  for (let j = to - 2; j >= Math.max(m.last + 1, to - 5); j--) if (pw.signingVerbs.has(ctx.lowers[j])) { sign = j; break; }
  if (sign < 0) return false;
  // m second: "A and B signed", with nothing but an auxiliary between B and the verb
  const before = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  if (ctx.lowers[before] === 'and' && conjunctBefore(ctx, m, first)) return auxiliariesOnly(ctx, m.last + 1, sign);
  // m first, then "and" and another body, then (past an auxiliary) the signing verb
  let j = m.last + 1;
  if (ctx.lowers[j] !== 'and') return false;
  j++;
  if (ctx.lowers[j] === 'the') j++;
  const n = ctx.mentionAt[j];
  if (n?.label !== 'ORG' || n.entity === m.entity) return false;
  return auxiliariesOnly(ctx, n.last + 1, sign);
}

/** Only auxiliaries and adverbs of a signing ("have", "also", "jointly") from `from` up to the verb at `to`. */
function auxiliariesOnly(ctx: Ctx, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/^(have|has|had|also|jointly|will|today|yesterday)$/.test(ctx.lowers[i])) return false;
  return true;
}

/** Right after the name (past a comma): "together with", "a joint venture", "the project company" (roles
 * own_builder_phrases): the builder builds its own works with partners. */
function buildsAsOwner(ctx: Ctx, m: NameMention, last: number): boolean {
  const ownBuilderPhrases = phraseList('own_builder_phrases');
  let j = m.last + 1;
  if (ctx.toks[j]?.text === ',') j++;
  return j <= last && ownBuilderPhrases.some((p) => p.every((w, i) => ctx.lowers[j + i] === w));
}

/** "will build the plant under a fixed-price EPC contract": "under" and a contract noun in the build verb's clause. */
function underContract(ctx: Ctx, verb: number, last: number): boolean {
  for (let j = verb + 1; j <= Math.min(last, verb + 10); j++) {
    if (ctx.toks[j].text === ';' || ctx.mentionAt[j]?.label === 'ORG') return false;
    if (ctx.lowers[j] !== 'under') continue;
    for (let i = j + 1; i <= Math.min(last, j + 10); i++) {
      if (ctx.toks[i].text === ';' || ctx.toks[i].text === '.') return false;
      if (/^contracts?$/.test(ctx.lowers[i])) return true;
    }
    return false;
  }
  return false;
}

/** A build verb shortly before the "for" at k, within its clause ("is building the 1,500 MW station for B"). */
function builtBefore(ctx: Ctx, pw: Words, k: number, first: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - 8); j--) {
    if (ctx.toks[j].text === ',' || ctx.toks[j].text === ';' || ctx.mentionAt[j]) return false;
    if (pw.buildVerbs.has(ctx.lowers[j])) return true;
  }
  return false;
}

/** The cue k..last names a contract ("EPC contract", "construction contract", or "contract with", a cue of its own)
 * that goes on "with B" or "to B", past B's describing words ("with Ankara-based B", "to the Kessary builder B"). */
export function isContractAwardedOn(ctx: Ctx, k: number, last: number): boolean {
  let c = last;
  if (c > k && (ctx.lowers[c] === 'with' || ctx.lowers[c] === 'to')) c--;
  // ("the civil works contract": a cue naming the work, then the contract noun)
  if (/^contracts?$/.test(ctx.lowers[c + 1] ?? '') && !/^contracts?$/.test(ctx.lowers[c])) c++;
  if (!/^contracts?$/.test(ctx.lowers[c])) return false;
  // ("awarded the construction contract for its 250 MW plant in Basra to B": past what the contract is for, its size and
  // place, up to a "to" or "with" that a body follows; a body named on the way is another party, and ends the search)
  for (let j = c + 1; j <= c + 14 && j < ctx.toks.length; j++) {
    const w = ctx.lowers[j];
    const n = ctx.mentionAt[j];
    if (n?.label === 'PLACE' || ctx.quantityAt[j] || ctx.moneyAt[j]) { j = Math.max(j, n?.label === 'PLACE' ? n.last : j); continue; }
    if (n || (ctx.toks[j].punct && w !== '(' && w !== ')' && w !== '-')) return false;
    if (w === 'with' || w === 'to') return orgStartsNear(ctx, j + 1);
  }
  return false;
}

/** A contract noun between `from` and `to` goes on "with B" or "to B". */
function awardsContract(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^contracts?$/.test(ctx.lowers[k]) && isContractAwardedOn(ctx, k, k)) return true;
  return false;
}

/** An organisation's name starts at j, or after "the", a place ("China's", "Ankara-based") and a few lower-case
 * describing words. */
function orgStartsNear(ctx: Ctx, j: number): boolean {
  for (let n = 0; j < ctx.toks.length && n < 6; n++) {
    const m = ctx.mentionAt[j];
    if (m?.label === 'ORG') return true;
    if (m?.label === 'PLACE') { j = m.last + 1; continue; }
    if (m || (ctx.toks[j].punct && ctx.toks[j].text !== '-' && ctx.toks[j].text !== "'s" && ctx.toks[j].text !== '’s') || ctx.toks[j].num) return false;
    if (ctx.toks[j].cap && ctx.lowers[j] !== 'the' && !/-(based|registered|headquartered)$/.test(ctx.lowers[j])) return false;
    j++;
  }
  return false;
}

export function orgBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ctx.mentionAt[k]?.label === 'ORG' || ctx.toks[k].text === ';') return true;
  return false;
}

/** An ownership cue with an organisation right before and right after it: corporate structure. */
export function isCorporateStructure(ctx: Ctx, first: number, last: number): boolean {
  const lex = getFacilityLexicon();
  let structural = false;
  for (let k = Math.max(0, first - 2); k <= first && !structural; k++) {
    const hit = phraseAt(lex.structureCues, ctx.lowers, k);
    if (hit && hit.last >= first) structural = true;
  }
  if (!structural) return false;
  const orgWithin = (from: number, to: number) => {
    for (let k = from; k <= to; k++) if (ctx.mentionAt[k]?.label === 'ORG') return true;
    return false;
  };
  // "The project company is owned by B": the company that holds the works (roles project_vehicle_nouns) is the project
  // itself as a firm, so whoever owns it owns the project
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    const n = ctx.mentionAt[k];
    if (n?.label === 'ORG') { if (namesProjectVehicle(ctx, n)) return false; break; }
  }
  return orgWithin(Math.max(0, first - 5), first - 1) && orgWithin(last + 1, Math.min(ctx.toks.length - 1, last + 5));
}

/** The mention's words end in a noun for the company set up to hold the works ("the project company", "the SPV"). */
function namesProjectVehicle(ctx: Ctx, n: NameMention): boolean {
  const words = ctx.lowers.slice(n.first, n.last + 1).join(' ');
  return wordSet('project_vehicle_nouns').has(words.replace(/^(the|a|an|its|their) /, ''));
}

/** "..., the Ministry of Energy said.": a body a sentence is attributed to is its source, not by that a party. */
export function isAttribution(ctx: Ctx, m: NameMention): boolean {
  const before = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return (ctx.toks[before]?.text === ',' && projectWords().attributionVerbs.has(ctx.lowers[m.last + 1] ?? '')) || isSpeakersEmployer(ctx, m) || isNamedSource(ctx, m, before);
}

/** "according to B", "the company told B", "said an analyst at B", "in an interview with B": the words right before
 * the name (past "the" and a place's possessive; roles source_before) make B where a statement comes from or goes to,
 * an outlet, an analyst's firm, not a party. */
function isNamedSource(ctx: Ctx, m: NameMention, before: number): boolean {
  let end = before;
  const place = ctx.mentionAt[end];
  if ((ctx.lowers[end] === "'s" || ctx.lowers[end] === '’s') && ctx.mentionAt[end - 1]?.label === 'PLACE') end = ctx.mentionAt[end - 1]!.first - 1;
  else if (place?.label === 'PLACE') end = place.first - 1;
  if (ctx.lowers[end] === 'the' && end < before) end--;
  if (sourceWordsEndAt(ctx, end)) return true;
  // ("a fertilizer analyst at Brel-based consultancy B", "according to the research firm B": a noun describing the firm
  // (roles source_descriptors), with a few describing words or a seat before it, between the source words and the name)
  if (!wordSet('source_descriptors').has(ctx.lowers[end] ?? '')) return false;
  for (let k = end - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const place = ctx.mentionAt[k];
    if (place?.label === 'PLACE') { k = place.first; continue; }
    const t = ctx.toks[k];
    if (/^(the|a|an)$/.test(t.lower) && sourceWordsEndAt(ctx, k - 1)) return true;
    if (sourceWordsEndAt(ctx, k)) return true;
    // (a seat, "Brel-based", is one describing word)
    if (t.text !== '-' && !/-based$/.test(t.lower) && (t.punct || t.cap || ctx.mentionAt[k])) return false;
  }
  return false;
}

/** A phrase of roles source_before ("according to", "analyst at") ends at token `end`. */
function sourceWordsEndAt(ctx: Ctx, end: number): boolean {
  if (!phraseEdges('source_before').last.has(ctx.lowers[end] ?? '')) return false;
  return phraseList('source_before').some((p) => end - p.length + 1 >= 0 && p.every((w, i) => ctx.lowers[end - p.length + 1 + i] === w));
}

/** "X, director of the Velmora Institute, told reporters ...", "X, who heads the office of B, said ...": the body
 * named in the apposition of a person who is then quoted is where the speaker works, the comment's source. */
function isSpeakersEmployer(ctx: Ctx, m: NameMention): boolean {
  const pw = projectWords();
  // back over "of", "the", the title and a place's possessive to the comma after the person
  let j = m.first - 1;
  let of = false;
  for (let n = 0; j >= 0 && n < 10; j--, n++) {
    const t = ctx.toks[j];
    const place = ctx.mentionAt[j];
    if (place?.label === 'PLACE') { j = place.first; continue; }
    if (t.text === ',') break;
    if (place || t.punct) return false;
    if (ctx.lowers[j] === 'of') of = true;
  }
  if (!of || ctx.toks[j]?.text !== ',' || ctx.mentionAt[j - 1]?.label !== 'PERSON') return false;
  // on past the name to the closing comma and the verb of saying
  let k = m.last + 1;
  if (ctx.toks[k]?.text === '(' && ctx.toks[k + 2]?.text === ')') k += 3;
  return ctx.toks[k]?.text === ',' && pw.attributionVerbs.has(ctx.lowers[k + 1] ?? '');
}

/** "BRENMOOR, Velmora, March 3 (Tarvin Wire) — ...": the first body sentence opening with a word in capitals, followed
 * only by capitalised words, commas, numbers and a bracketed wire up to a spaced dash, opens with a dateline; a name
 * inside it (the town, the country, the wire read as names) is no party. */
export function isDateline(ctx: Ctx, m: NameMention): boolean {
  const s = ctx.doc.sentences[ctx.toks[m.first].sent];
  if (s.start < ctx.doc.bodyStart || m.first - s.first > 14) return false;
  if (ctx.doc.sentences.find((x) => x.start >= ctx.doc.bodyStart) !== s) return false;
  const open = ctx.toks[s.first];
  if (!open.upper || open.punct || open.text.length < 3) return false;
  let bracket = false;
  for (let k = s.first + 1; k <= Math.min(s.last, s.first + 16); k++) {
    const t = ctx.toks[k];
    // (the sentence goes on after the dash with a capital: "KMG — the state oil company — will" is an aside)
    if (t.text === '—' || t.text === '–' || (t.text === '-' && t.start > ctx.toks[k - 1].end)) return m.last < k && Boolean(ctx.toks[k + 1]?.cap);
    if (t.text === '(') { bracket = true; continue; }
    if (t.text === ')') { bracket = false; continue; }
    if (bracket || t.text === ',' || t.num || t.cap) continue;
    return false;
  }
  return false;
}

/** Bodies that are named near a project but take no part in it (an exchange where a filing was made). */
export function isNotParty(ctx: Ctx, entity: number): boolean {
  const name = ctx.entities.organizations[entity].name.toLowerCase();
  const words = name.split(/\s+/);
  const lex = getFacilityLexicon();
  // "the MoU was signed by ...": a paper read as a name is no body at all
  return words.some((w) => lex.notPartyWords.has(w)) || projectWords().transactionNouns.has(name);
}

/** "according to the B (BB)": the bracketed short form right after its body's name is that name again; whatever keeps
 * the name off the project (a source, a tentative lender) keeps it off too. */
function isGloss(ctx: Ctx, m: NameMention): boolean {
  if (ctx.toks[m.first - 1]?.text !== '(') return false;
  const n = ctx.mentionAt[m.first - 2];
  return n?.label === 'ORG' && n.entity === m.entity;
}

/** A sentence that names no facility but says who finances, builds, supplies or runs "it": those
 * organisations join the project under discussion with that role. */
export function attachCuedOrganizations(ctx: Ctx, p: ProjectDraft, first: number, last: number, signing = false, recent = false): void {
  if (opensAnotherMatter(ctx, first)) return;
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    // a body already on the project takes a later cue only over the default part ("A and B signed a memorandum on
    // the farm. B will be the EPC contractor.")
    const prev = p.orgs.get(m.entity);
    // "A will build the plant. A holds 60 per cent of the project": the builder that holds more than half of the works
    // right after they were spoken of is their owner (the majority holder, as the gold conventions read a shareholding)
    if (m.label === 'ORG' && prev === 'developer' && recent && !isGloss(ctx, m) && (shareOfWorks(ctx, m, last) ?? 0) > 50) { p.orgs.set(m.entity, 'owner'); continue; }
    // "A consortium led by A won the concession. ... A holds 60% of the consortium": a body on the project with no part
    // said that, right after, holds more than half of the company behind the works owns them
    if (m.label === 'ORG' && prev === 'partner' && recent && !isGloss(ctx, m) && (shareOf(ctx, m, first, last) ?? 0) > 50) { p.orgs.set(m.entity, 'owner'); continue; }
    if (m.label !== 'ORG' || (prev && prev !== 'partner') || isDateline(ctx, m) || isGloss(ctx, m)) continue;
    // "in talks with B about loans", "B could offer a loan": a body that has lined nothing up is no party yet
    if (!prev && isTentative(ctx, m, first, last)) continue;
    const { role, cued } = roleCue(ctx, m, first, last);
    if (!prev && (!cued || role === 'other') && (commentsOn(ctx, m) || isHost(ctx, m))) continue;
    // "The parent company, B, will provide the equity" right after the works were spoken of: the parent of their
    // developer owns them
    if (!prev && recent && role === 'owner' && describedAsParent(ctx, m) && [...p.orgs.values()].includes('developer') && !isNotParty(ctx, m.entity)) { p.orgs.set(m.entity, 'owner'); continue; }
    // "It has asked B for a $50 million loan": a lender only asked has lined nothing up
    if (!prev && role === 'financier' && isAsked(ctx, m, first)) continue;
    // (an upgrade needs the sentence to speak of the works or to name the part: "The company runs projects in 40
    // countries" is a profile, not a part in this project)
    // (a landlord, "B has leased the site to the company", is the one 'other' such a sentence gives: B lets the site)
    if (cued && (role !== 'other' || isLessor(ctx, m, first, last)) && role !== 'partner' && (!prev || speaksOfWorks(ctx, first, last) || namesPart(ctx, first, last, role))) p.orgs.set(m.entity, role);
    else if (prev) continue;
    // "Oskel Energy holds 40% and Kessary Solar the rest": right after the project was spoken of, a body given a share
    // holds part of it (more than half makes it the owner)
    else if (recent && cued && (role === 'partner' || role === 'owner') && !isNotParty(ctx, m.entity) && shareOf(ctx, m, first, last) !== null) p.orgs.set(m.entity, role);
    // "The contract was signed by A and B", "Signatories were A, B and C": the parties to the project's papers
    // (not the building they were signed at, nor a source the sentence is attributed to)
    else if (signing && !isVenue(ctx, m) && !isAttribution(ctx, m) && !isNotParty(ctx, m.entity) && !isParentOfNamed(ctx, projectWords(), m)) p.orgs.set(m.entity, role);
  }
}

/** "In a separate deal, the bank and B signed a loan ...", "Separately, B ...": a sentence that opens by saying it turns
 * to another matter (roles another_matter_openers) names no party of the project under discussion. */
function opensAnotherMatter(ctx: Ctx, first: number): boolean {
  if (!phraseEdges('another_matter_openers').first.has(ctx.lowers[first])) return false;
  return phraseList('another_matter_openers').some((p) => p.every((w, i) => ctx.lowers[first + i] === w) && ctx.toks[first + p.length]?.text === ',');
}

/** The sentence refers to the works: "the plant", "this project". */
function speaksOfWorks(ctx: Ctx, first: number, last: number): boolean {
  const pw = projectWords();
  for (let k = first; k <= last; k++) if (pw.anaphors.has(ctx.lowers[k]) && /^(the|this|its|that)$/.test(ctx.lowers[k - 1] ?? '')) return true;
  return false;
}

/** The sentence names the part itself with a noun ("will act as the EPC contractor", "the lender"). */
function namesPart(ctx: Ctx, first: number, last: number, role: Role): boolean {
  const nouns = partNouns();
  for (let k = first; k <= last; k++) if (nouns.get(ctx.lowers[k]) === role) return true;
  return false;
}

let nounsOfParts: Map<string, Role> | null = null;
function partNouns(): Map<string, Role> {
  nounsOfParts ??= new Map(Object.entries(rolesData().part_nouns));
  return nounsOfParts;
}

/** "Tarvin Invest will help the company choose a plot and apply for preferences": a body that helps the investor
 * with the site, permits or incentives of the project under discussion takes part in it, as 'other'. */
export function attachFacilitators(ctx: Ctx, pw: Words, p: ProjectDraft, first: number, last: number): void {
  if (opensAnotherMatter(ctx, first)) return;
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    if (m.label !== 'ORG' || p.orgs.has(m.entity) || isNotParty(ctx, m.entity)) continue;
    // the help verb right after the body, behind at most an auxiliary ("will help", "is helping")
    let j = m.last + 1;
    if (ctx.lowers[j] === 'will' || ctx.lowers[j] === 'would' || ctx.lowers[j] === 'is' || ctx.lowers[j] === 'has') j++;
    if (!pw.helpVerbs.has(ctx.lowers[j] ?? '')) continue;
    for (let i = j + 1; i <= last; i++) if (pw.siteMatters.has(ctx.lowers[i])) { p.orgs.set(m.entity, 'other'); break; }
  }
}

/** "JPC is 65% owned by A and 35% by B": the holders of an organisation that is already on the project (its project
 * company, its owner) hold the project with it; those the text did not give a part yet are its partners. */
export function attachShareholders(ctx: Ctx, pw: Words, p: ProjectDraft, first: number, last: number): void {
  if (opensAnotherMatter(ctx, first)) return;
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    if (m.label !== 'ORG' || !p.orgs.has(m.entity)) continue;
    let cue = -1;
    for (let j = m.last + 1; j <= Math.min(last, m.last + 6) && cue < 0; j++) {
      if (ctx.mentionAt[j] || ctx.toks[j].text === ',' || ctx.toks[j].text === ';') break;
      if (pw.holdingVerbs.has(ctx.lowers[j]) && ctx.lowers[j + 1] === 'by') cue = j + 1;
    }
    if (cue < 0) continue;
    // "X is controlled by B; ...": the one holder named, with no shares, holds all of it; when X develops or owns
    // the project, B owns it through X (a partner's parent is only a partner's parent)
    const holders: NameMention[] = [];
    let shares = false;
    for (let j = cue + 1; j <= last && ctx.toks[j].text !== ';'; j++) {
      const n = ctx.mentionAt[j];
      if (percentAt(ctx, j)) shares = true;
      if (!n) continue;
      j = n.last;
      if (n.label === 'ORG' && n.entity !== m.entity && !holders.some((h) => h.entity === n.entity)) holders.push(n);
    }
    const heldRole = p.orgs.get(m.entity);
    const sole = holders.length === 1 && !shares && (heldRole === 'developer' || heldRole === 'owner') ? holders[0].entity : -1;
    for (let j = cue + 1; j <= last; j++) {
      const n = ctx.mentionAt[j];
      if (!n) continue;
      j = n.last;
      if (n.label !== 'ORG' || isNotParty(ctx, n.entity)) continue;
      const share = n.entity === sole ? 100 : shareOf(ctx, n, first, last);
      const prev = p.orgs.get(n.entity);
      if (!prev) p.orgs.set(n.entity, share !== null && share > 50 ? 'owner' : 'partner');
      else if (prev === 'partner' && share !== null && share > 50) p.orgs.set(n.entity, 'owner');
    }
    return;
  }
}

/** A sentence that reports the signing of the project's papers: "signatories were ...", "the contract was
 * signed ... by ...", "the documents were signed by ...". */
export function isSigning(ctx: Ctx, pw: Words, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = ctx.lowers[k];
    if (w === 'signatories' || w === 'signatory') return true;
    if (!pw.signingVerbs.has(w)) continue;
    for (let j = k + 1; j <= Math.min(last, k + 6); j++) if (ctx.lowers[j] === 'by') return true;
    for (let j = k - 1; j >= Math.max(first, k - 4); j--) {
      if (pw.transactionNouns.has(ctx.lowers[j]) && /^(the|these|this)$/.test(ctx.lowers[j - 1] ?? '')) return true;
    }
  }
  return false;
}

/** "The consortium is led by A, with B as a partner", "The sponsors are A and B": a sentence whose subject is the
 * group behind the project under discussion names its members. */
export function opensWithPartyGroup(ctx: Ctx, pw: Words, first: number): boolean {
  // (the plural groups come with the plural pointers: "Those shareholders are A and B", "Its owners are ...")
  if (!/^(the|this|its|that|these|those|their)$/.test(ctx.lowers[first] ?? '')) return false;
  return pw.partyGroups.has(ctx.lowers[first + 1] ?? '') || pw.partyGroups.has(`${ctx.lowers[first + 1]} ${ctx.lowers[first + 2]}`);
}

/** "A, a unit of the state-owned B", "chairman of parent group B": a body named as the parent of another says how
 * the companies hang together; the parent takes part in the project only when the text says so elsewhere. */
export function isParentOfNamed(ctx: Ctx, pw: Words, m: NameMention): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 5); k--) {
    const w = ctx.lowers[k];
    if (w === 'parent') return true;
    if (w === 'of') return pw.childNouns.has(ctx.lowers[k - 1] ?? '') && ctx.toks[k - 2]?.text !== 'the' ? true : false;
    if (ctx.toks[k].punct || ctx.mentionAt[k] || ctx.toks[k].cap) return false;
  }
  return false;
}

/** The bodies named in a sentence that names the project (its facility word at `at`; `ats`, the facility words of
 * every project of the sentence when it names several) join it with the part the words around them give them. */
export function attachClauseParties(ctx: Ctx, p: ProjectDraft, first: number, last: number, at: number, ats: number[], projectsInSentence: number): void {
  const pw = projectWords();
  // "GSE plans to build a 220 kV line from the plant to Tskal", "to connect the plant to the grid, B will build a line":
  // a project spoken of again only in passing, as the object of another clause's verb or preposition, is where the
  // works of the sentence start or end; the bodies of the sentence are the parties of the works it introduces
  if (projectsInSentence > 1) {
    const passing = ats.map((a) => inPassing(ctx, a));
    const mine = passing[ats.indexOf(at)] ?? false;
    if (mine && passing.some((x) => !x)) return;
    if (!mine && passing.some((x) => x)) { ats = ats.filter((_, i) => !passing[i]); projectsInSentence = ats.length; }
  }
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    if (m.label !== 'ORG' || isNotParty(ctx, m.entity) || isDateline(ctx, m) || isGloss(ctx, m)) continue;
    // (a parent that puts money in, "the rest is equity from our parent, B", does take part: as its financier)
    if (!p.orgs.has(m.entity) && isParentOfNamed(ctx, pw, m) && roleFor(ctx, m, first, last) !== 'financier') continue;
    // with several projects in the sentence, a body goes with the facility word nearest it
    if (projectsInSentence > 1 && !nearestFacility(m.first, withGloss(ctx, m), at, ats)) continue;
    if (isAttribution(ctx, m) && !roleCue(ctx, m, first, last).cued) continue;
    // "the bank could offer a loan for the bridge": a body only talking about its part is no party yet
    if (!p.orgs.has(m.entity) && isTentative(ctx, m, first, last)) continue;
    // (with several projects in the sentence, the subject undertakes the first one after it: "A plans a solar farm
    // next to the plant")
    const cue = roleCue(ctx, m, first, last, projectsInSentence > 1 && !firstFacilityAfter(m.last, at, ats) ? -1 : at);
    // "The B Alliance criticised the wind farm", "at a meeting hosted by the Ministry of Energy": a body that only
    // comments on the works, or hosts the event where they come up, is no party (unless a part is named for it)
    if (!p.orgs.has(m.entity) && (!cue.cued || cue.role === 'other') && (commentsOn(ctx, m) || isHost(ctx, m))) continue;
    // "officials said the pension fund finances hydropower schemes and the dam will ...": a body only said to be in the business
    // is no party to these works
    if (cue.general && !p.orgs.has(m.entity)) continue;
    // "A has asked B for a loan for the plant": a lender only asked has lined nothing up
    if (cue.role === 'financier' && !p.orgs.has(m.entity) && isAsked(ctx, m, first)) continue;
    const prev = p.orgs.get(m.entity);
    if (!prev || prev === 'partner') p.orgs.set(m.entity, cue.role);
    // "A will build the plant. A holds 60 per cent of the project": the builder said to hold more than half of the works
    // is their owner (the majority holder)
    else if (prev === 'developer' && cue.role === 'owner' && (shareOfWorks(ctx, m, last) ?? 0) > 50) p.orgs.set(m.entity, 'owner');
  }
  if (projectsInSentence === 1) { attachDiscussants(ctx, p, first, at); attachSigningSides(ctx, p, first, at); }
}

/** The facility word at `a` is a bare definite mention ("the plant", "this site") governed by the verb or preposition
 * before it ("from the site", "connect the plant"), not opening a clause (project-words clause_openers): a project the
 * sentence passes by, not the one it is about. */
function inPassing(ctx: Ctx, a: number): boolean {
  if (!/^(the|this|that)$/.test(ctx.lowers[a - 1] ?? '')) return false;
  // ("part of the park's second phase": the possessive makes the project the owner of what the sentence is about)
  if (ctx.lowers[a + 1] === "'s" || ctx.lowers[a + 1] === '’s') return false;
  const t = ctx.toks[a - 2];
  if (!t || t.punct || t.cap || t.num || ctx.mentionAt[a - 2] || ctx.toks[a - 2].sent !== ctx.toks[a].sent) return false;
  return !clauseOpeners().has(t.lower);
}

let openers: Set<string> | null = null;
function clauseOpeners(): Set<string> {
  openers ??= new Set(loadJson<{ clause_openers: string[] }>('lexicon/project-words.json').clause_openers);
  return openers;
}

/** "On Thursday Haddad and Varga discussed a steel plant", "Ms Obi reviewed progress on the dam": people who are the
 * subject of a verb of deliberation (roles deliberation_verbs) with the project as its object speak for their
 * companies, which take part in it (as partners, unless the text gives them a part elsewhere). Public bodies are left
 * out: an official discussing works is no party by that. */
function attachDiscussants(ctx: Ctx, p: ProjectDraft, first: number, at: number): void {
  const verbs = phraseList('deliberation_verbs');
  const starts = phraseEdges('deliberation_verbs').first;
  let verb = -1;
  for (let k = at - 1; k >= first && verb < 0; k--) {
    if (ctx.toks[k].text === ';' || ctx.mentionAt[k]?.label === 'ORG') return;
    if (starts.has(ctx.lowers[k]) && verbs.some((v) => v.every((w, i) => ctx.lowers[k + i] === w) && k + v.length <= at)) verb = k;
  }
  if (verb < 0) return;
  // the subject: people joined by "and", commas or "also", right before the verb
  const people: number[] = [];
  for (let k = verb - 1; k >= first; k--) {
    const m = ctx.mentionAt[k];
    if (m?.label === 'PERSON') { people.push(m.entity); k = m.first; continue; }
    if (m || !/^(and|,|also|both|jointly|together|then|later|had|have|has)$/.test(ctx.lowers[k])) break;
  }
  const officials = wordSet('official_titles');
  for (const person of people) {
    // (only a post the text names with its organisation: "chairman of B", not the body named near them)
    const roles = ctx.entities.people[person]?.roles ?? [];
    if (roles.some((r) => r.title?.toLowerCase().split(/[\s-]+/).some((w) => officials.has(w)))) continue;
    const named = roles.find((r) => r.organization)?.organization;
    const org = named ? ctx.entities.organizations.findIndex((o) => o.name === named || o.aliases.includes(named)) : possessedBy(ctx, person);
    if (org < 0 || p.orgs.has(org) || isNotParty(ctx, org) || nameFacts(ctx, org).isGov) continue;
    p.orgs.set(org, 'partner');
  }
}

/** The facility word at `at` is the first of the sentence's (ats) after token k. */
function firstFacilityAfter(k: number, at: number, ats: number[]): boolean {
  return at > k && ats.every((a) => a === at || a < k || a > at);
}

/** No other facility word of the sentence (ats) is nearer the name first..last than the one at `at`. */
function nearestFacility(first: number, last: number, at: number, ats: number[]): boolean {
  // (from the span of the name with its bracketed short form: "the B (BB) granted it zone status")
  const dist = (a: number) => a < first ? first - a : Math.max(0, a - last);
  const d = dist(at);
  return ats.every((a) => a === at || dist(a) >= d);
}

/** The last token of m's name with its bracketed short form after it ("B (BB)"), else m's last. */
function withGloss(ctx: Ctx, m: NameMention): number {
  if (ctx.toks[m.last + 1]?.text !== '(') return m.last;
  const n = ctx.mentionAt[m.last + 2];
  return n?.label === 'ORG' && n.entity === m.entity && ctx.toks[n.last + 1]?.text === ')' ? n.last + 1 : m.last;
}

/** "The Zhanatas Environmental Alliance criticised the wind farm", "B has welcomed the plant": right after m (past its
 * bracketed short form, auxiliaries and adverbs) a verb by which it only comments on the works (roles comment_verbs). */
function commentsOn(ctx: Ctx, m: NameMention): boolean {
  let j = withGloss(ctx, m) + 1;
  for (let n = 0; n < 3 && /^(has|have|had|also|strongly|openly|repeatedly|publicly|already|loudly|warmly|sharply|still|is|was|will|would|has)$/.test(ctx.lowers[j] ?? ''); n++) j++;
  return wordSet('comment_verbs').has(ctx.lowers[j] ?? '');
}

/** "at a meeting hosted by the Ministry of Energy", "a forum organised by B": right before m (past "the" and a place's
 * possessive) a phrase of roles host_cues. */
function isHost(ctx: Ctx, m: NameMention): boolean {
  let end = m.first - 1;
  if ((ctx.lowers[end] === "'s" || ctx.lowers[end] === '’s') && ctx.mentionAt[end - 1]?.label === 'PLACE') end = ctx.mentionAt[end - 1]!.first - 1;
  if (ctx.lowers[end] === 'the') end--;
  if (!phraseEdges('host_cues').last.has(ctx.lowers[end] ?? '')) return false;
  return phraseList('host_cues').some((p) => end - p.length + 1 >= 0 && p.every((w, i) => ctx.lowers[end - p.length + 1 + i] === w));
}

/** "B, its German parent, will fund ...", "The parent company, B, will ...": m is named, in apposition, as the parent of
 * the body the text speaks of (up to three describing words before "parent": "its German parent"). */
function describedAsParent(ctx: Ctx, m: NameMention): boolean {
  const parentAt = (j: number, step: 1 | -1): boolean => {
    for (let n = 0; n < 5; n++, j += step) {
      const w = ctx.lowers[j];
      if (w === undefined) return false;
      if (w === 'parent') return true;
      if (ctx.mentionAt[j] || (ctx.toks[j].punct && w !== '-')) return false;
    }
    return false;
  };
  // after: "B, its German parent,"
  const after = withGloss(ctx, m) + 1;
  if (ctx.toks[after]?.text === ',' && /^(its|the|their)$/.test(ctx.lowers[after + 1] ?? '') && parentAt(after + 2, 1)) return true;
  // before: "The parent company, B," (the phrase opens with "the" or "its")
  if (ctx.toks[m.first - 1]?.text !== ',') return false;
  let j = m.first - 2;
  if (/^(company|group|firm|companies)$/.test(ctx.lowers[j] ?? '')) j--;
  if (ctx.lowers[j] !== 'parent') return false;
  for (let k = j - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    if (/^(the|its|their)$/.test(ctx.lowers[k])) return true;
    // ("The Lanzhou-based parent, B,", "its Chinese parent, B,": a place describing the parent is one more word)
    const place = ctx.mentionAt[k];
    // (a place mention may take the article in: "The Lanzhou-based")
    if (place?.label === 'PLACE') { if (/^(the|its|their)$/.test(ctx.lowers[place.first])) return true; k = place.first; continue; }
    if (place || (ctx.toks[k].punct && ctx.toks[k].text !== '-')) return false;
  }
  return false;
}

/** Right after m (past its bracketed short form) a possessive, up to two describing words, a plan noun (roles
 * plan_nouns) and "for", with the facility word at `at` within eight words after it: "B's proposal for a 1 million-tonne
 * cement plant". */
function plansWorks(ctx: Ctx, m: NameMention, at: number): boolean {
  let j = withGloss(ctx, m) + 1;
  if (ctx.lowers[j] !== "'s" && ctx.lowers[j] !== '’s') return false;
  j++;
  const plans = wordSet('plan_nouns');
  for (let n = 0; n < 3 && !plans.has(ctx.lowers[j] ?? ''); n++, j++) if (!ctx.toks[j] || ctx.toks[j].punct || ctx.mentionAt[j]) return false;
  if (!plans.has(ctx.lowers[j] ?? '') || ctx.lowers[j + 1] !== 'for') return false;
  if (at <= j + 1 || at - (j + 1) > 8) return false;
  for (let i = j + 2; i < at; i++) if (ctx.mentionAt[i]?.label === 'ORG' || (ctx.toks[i].punct && ctx.toks[i].text !== '-' && ctx.toks[i].text !== ',')) return false;
  return true;
}

/** "signed at the Ministry of Energy": the body whose building hosted the event. */
export function isVenue(ctx: Ctx, m: NameMention): boolean {
  const before = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return ctx.lowers[before] === 'at';
}

let typeRoles: Map<string, Map<Role, Role>> | null = null;
/** "A signed a contract with B for 20 trains": a fleet is bought, not developed; the roles a kind of project cannot
 * have (roles.json type_roles) become the ones it has: its developer is its buyer, its builder its supplier. */
export function settleRolesByType(p: ProjectDraft): void {
  typeRoles ??= new Map(Object.entries(rolesData().type_roles)
    .map(([type, map]) => [type, new Map(Object.entries(map) as [Role, Role][])]));
  const map = typeRoles.get(p.type);
  if (!map) return;
  for (const [entity, role] of p.orgs) { const to = map.get(role); if (to) p.orgs.set(entity, to); }
}

let tentativeFirst: Set<string> | null = null;
/** "The sponsors are in talks with B about loans", "B could offer a loan": within the clause around m (eight words
 * either side) a phrase of roles.json tentative_cues says m's part is only being discussed. */
export function isTentative(ctx: Ctx, m: NameMention, first: number, last: number): boolean {
  const phrases = phraseList('tentative_cues');
  tentativeFirst ??= new Set(phrases.map((p) => p[0]));
  const from = Math.max(first, m.first - 8);
  const to = Math.min(last, m.last + 8);
  if (!sentenceHasWord(ctx, tentativeMarks, tentativeFirst, m.first)) return false;
  for (let k = from; k <= to; k++) {
    if (k >= m.first && k <= m.last) continue;
    if (ctx.toks[k].text === ';') { if (k < m.first) continue; break; }
    if (!tentativeFirst.has(ctx.lowers[k])) continue;
    for (const p of phrases) if (p.every((w, i) => ctx.lowers[k + i] === w)) return true;
  }
  return false;
}

/** "has asked B for a loan", "requested a $60 million loan from B", "has also approached B": within eight words
 * before m in its clause (no other body between), a verb of asking (roles asking_cues) whose object is m or the money
 * m would give. ("Asked about the loan, B said ...": a sentence opening with the verb, or a verb asking about
 * something, asks B a question, not for money.) */
function isAsked(ctx: Ctx, m: NameMention, first: number): boolean {
  const asking = wordSet('asking_cues');
  for (let k = m.first - 1; k >= Math.max(first, m.first - 8); k--) {
    const t = ctx.toks[k];
    if (t.text === ';' || ctx.mentionAt[k]?.label === 'ORG') return false;
    if (!asking.has(ctx.lowers[k])) continue;
    if (k === first || /^(about|whether|if|how|why|when|what|to)$/.test(ctx.lowers[k + 1] ?? '')) return false;
    return true;
  }
  return false;
}

/** "The works were awarded in March to B", "will sell its power to the state utility B": a verb that hands something
 * over (roles handing_verbs) at most six words (no name, no punctuation) before a "to" that introduces m (past
 * "the", a place with its possessive and lower-case describing words): the part that verb gives. A sale passes on
 * what the works put out (roles output_nouns between the verb and "to"): "sold the plant to B" is an asset changing
 * hands. Returns the part and the distance from "to" to m, or null. */
function handedTo(ctx: Ctx, m: NameMention, first: number): { role: Role; dist: number } | null {
  let j = m.first - 1;
  for (let n = 0; j >= first && n < 5 && ctx.lowers[j] !== 'to'; n++) {
    const pm = ctx.mentionAt[j];
    if (pm?.label === 'PLACE') { j = pm.first - 1; continue; }
    const t = ctx.toks[j];
    if (pm || t.num || (t.punct && t.text !== "'s" && t.text !== '’s' && t.text !== '-') || (t.cap && ctx.lowers[j] !== 'the')) return null;
    j--;
  }
  if (j < first || ctx.lowers[j] !== 'to') return null;
  const verbs = rolesData().handing_verbs;
  const outputs = wordSet('output_nouns');
  let output = false;
  for (let k = j - 1; k >= Math.max(first, j - 7); k--) {
    const t = ctx.toks[k];
    if (ctx.mentionAt[k] || (t.punct && t.text !== '-')) return null;
    if (outputs.has(ctx.lowers[k])) output = true;
    const role = Object.hasOwn(verbs, ctx.lowers[k]) ? verbs[ctx.lowers[k]] : undefined;
    if (!role) continue;
    if (role === 'buyer' && !output) return null;
    return { role, dist: m.first - j };
  }
  return null;
}

/** Within five words before k in its clause (a passive's auxiliaries, "its", "the"), a noun of what works put out
 * (roles output_nouns): "its electricity will be", "the entire output is". */
function outputBefore(ctx: Ctx, k: number, first: number): boolean {
  const outputs = wordSet('output_nouns');
  for (let j = k - 1; j >= Math.max(first, k - 5); j--) {
    if (ctx.mentionAt[j] || ctx.toks[j].punct) return false;
    if (outputs.has(ctx.lowers[j])) return true;
  }
  return false;
}

const tentativeMarks = new WeakMap<Ctx, Int8Array>();
/** The sentence of token k has one of the words: worked out once a sentence per word set. */
function sentenceHasWord(ctx: Ctx, marksOf: WeakMap<Ctx, Int8Array>, words: Set<string>, k: number): boolean {
  let marks = marksOf.get(ctx);
  if (!marks) { marks = new Int8Array(ctx.doc.sentences.length).fill(-1); marksOf.set(ctx, marks); }
  const si = ctx.toks[k].sent;
  if (marks[si] < 0) {
    const s = ctx.doc.sentences[si];
    let has = 0;
    for (let j = s.first; j <= s.last && !has; j++) if (words.has(ctx.lowers[j])) has = 1;
    marks[si] = has;
  }
  return marks[si] === 1;
}

/** roles.json, the part of it this file reads. */
interface RolesData {
  part_nouns: Record<string, Role>;
  type_roles: Record<string, Record<string, Role>>;
  share_words: { holds: string[]; belongs: string[]; rest: string[] };
  tentative_cues: string[];
  pact_nouns: string[];
  contract_holding_verbs: string[];
  agreement_nouns: string[];
  loan_nouns: string[];
  order_commands: string[];
  offtaker_words: string[];
  held_company_nouns: string[];
  project_vehicle_nouns: string[];
  financier_name_phrases: string[];
  own_builder_phrases: string[];
  government_name_phrases: string[];
  class_objects: string[];
  deliberation_verbs: string[];
  official_titles: string[];
  sponsor_verbs: string[];
  another_matter_openers: string[];
  tender_nouns: string[];
  source_before: string[];
  source_descriptors: string[];
  lessor_before: string[];
  lessor_after: string[];
  money_verbs: string[];
  pay_verbs: string[];
  source_money_nouns: string[];
  source_goods_nouns: string[];
  board_phrases: string[];
  leader_cues: string[];
  leading_groups: string[];
  lender_plurals: string[];
  promise_verbs: string[];
  bid_words: string[];
  built_participles: string[];
  signing_sides: string[];
  handing_verbs: Record<string, Role>;
  output_nouns: string[];
  asking_cues: string[];
  hiring_verbs: string[];
  plan_nouns: string[];
  agreement_short_forms: string[];
  comment_verbs: string[];
  host_cues: string[];
  leave_nouns: string[];
  sum_judging_verbs: string[];
}
/** The keys of roles.json that hold a plain word list. */
type WordList = { [K in keyof RolesData]: RolesData[K] extends string[] ? K : never }[keyof RolesData];

function rolesData(): RolesData {
  return loadJson<RolesData>('lexicon/roles.json');
}

const wordSets = new Map<WordList, Set<string>>();
/** A word list of roles.json as a set, built once. */
function wordSet(key: WordList): Set<string> {
  let set = wordSets.get(key);
  if (!set) wordSets.set(key, set = new Set(rolesData()[key]));
  return set;
}

const edges = new Map<WordList, { first: Set<string>; last: Set<string> }>();
/** The first and the last words of a phrase list's phrases: a cheap test before the phrases are matched. */
function phraseEdges(key: WordList): { first: Set<string>; last: Set<string> } {
  let e = edges.get(key);
  if (!e) edges.set(key, e = { first: new Set(phraseList(key).map((p) => p[0])), last: new Set(phraseList(key).map((p) => p[p.length - 1])) });
  return e;
}

const phraseLists = new Map<WordList, string[][]>();
/** A phrase list of roles.json, each phrase split into its words, built once. */
function phraseList(key: WordList): string[][] {
  let list = phraseLists.get(key);
  if (!list) phraseLists.set(key, list = rolesData()[key].map((p) => p.split(/\s+/)));
  return list;
}

/** The nouns for a body that another holds (roles held_company_nouns, project-words child_nouns), one or two words
 * ending at token j: the first token of the noun, or -1. */
function heldNounEndingAt(ctx: Ctx, j: number): number {
  const held = wordSet('held_company_nouns');
  const w = ctx.lowers[j];
  if (j > 0 && held.has(`${ctx.lowers[j - 1]} ${w}`)) return j - 1;
  return held.has(w) || projectWords().childNouns.has(w) ? j : -1;
}

/** Up to three describing words from j on ("wholly owned", "local", "Albanian"), then a held noun: the noun's last
 * token, or -1. */
function describedHeldNoun(ctx: Ctx, j: number): number {
  for (let n = 0; n <= 3; n++, j++) {
    const t = ctx.toks[j];
    if (!t || ctx.mentionAt[j]) return -1;
    // ("project company": the longer noun ends on the next word)
    if (heldNounEndingAt(ctx, j) >= 0 && heldNounEndingAt(ctx, j + 1) !== j) return j;
    // (a describing word: lower-case, hyphenated, or a demonym: "Albanian subsidiary")
    if (t.punct && t.text !== '-') return -1;
    if (t.cap && !loadGazetteer().demonym(t.text)) return -1;
  }
  return -1;
}

const parentsByCtx = new WeakMap<Ctx, Map<number, { parent: number; sent: number }>>();
/** The body each organisation belongs to where the text gives the holder as the one the child is said of: "A's
 * Albanian subsidiary, B", "Its local company, B, says ..." ("its" being the body named last before, in the sentence
 * or, opening one, in the sentence before it within the paragraph); with the sentence that says so. (A description,
 * "B, a unit of A", only says who stands behind B: no part in B's works by that alone, see project-words child_nouns.)
 * Read once per document. */
function parentsOf(ctx: Ctx): Map<number, { parent: number; sent: number }> {
  let out = parentsByCtx.get(ctx);
  if (out) return out;
  out = new Map();
  const { toks, lowers } = ctx;
  const orgAt = (j: number) => { const m = ctx.mentionAt[j]; return m?.label === 'ORG' && m.entity >= 0 ? m : null; };
  // the organisation a held noun ending at `noun` names: right after it, past a comma
  const childAfter = (noun: number) => orgAt(toks[noun + 1]?.text === ',' ? noun + 2 : noun + 1);
  for (let k = 0; k < toks.length; k++) {
    const m = orgAt(k);
    if (m) {
      k = m.last;
      // "B, the company's wholly owned subsidiary" (the possessor a name or a description standing for one)
      if (toks[m.last + 1]?.text === ',') {
        const p = orgAt(m.last + 2);
        const poss = p ? lowers[p.last + 1] : '';
        if (p && (poss === "'s" || poss === '’s') && describedHeldNoun(ctx, p.last + 2) >= 0 && !out.has(m.entity)) {
          let parent = p.entity;
          // ("the company's" read as B itself: B is not its own subsidiary; the company meant is the one named before B)
          for (let i = m.first - 1; parent === m.entity && p.via === 'reference' && i >= 0 && toks[i].sent === toks[m.first].sent; i--) { const o = orgAt(i); if (o && o.entity !== m.entity) parent = o.entity; }
          if (parent !== m.entity) out.set(m.entity, { parent, sent: toks[m.first].sent });
        }
      }
      // "A's Albanian subsidiary, B"
      if (lowers[m.last + 1] === "'s" || lowers[m.last + 1] === '’s') {
        const noun = describedHeldNoun(ctx, m.last + 2);
        const c = noun >= 0 ? childAfter(noun) : null;
        if (c && c.entity !== m.entity && !out.has(c.entity)) out.set(c.entity, { parent: m.entity, sent: toks[c.first].sent });
      }
      continue;
    }
    // "Its local company, B, ..."
    if (lowers[k] !== 'its') continue;
    const noun = describedHeldNoun(ctx, k + 1);
    const c = noun >= 0 ? childAfter(noun) : null;
    if (!c || out.has(c.entity)) continue;
    const sent = toks[k].sent;
    let holder: NameMention | null = null;
    for (let j = k - 1; j >= 0 && !holder; j--) {
      if (toks[j].sent !== sent) {
        // none before it in its sentence: the body named first in the sentence before, in the same paragraph
        const prev = ctx.doc.sentences[toks[j].sent];
        if (toks[j].sent !== sent - 1 || prev.paragraph !== ctx.doc.sentences[sent].paragraph) break;
        for (let i = prev.first; i <= prev.last && !holder; i++) holder = orgAt(i);
        break;
      }
      holder = orgAt(j);
    }
    if (holder && holder.entity !== c.entity) out.set(c.entity, { parent: holder.entity, sent });
  }
  parentsByCtx.set(ctx, out);
  return out;
}

/** "Sungjin Apparel ... broke ground on a second factory. Its local company, Sungjin Honduras, says the plant will cost
 * ...": the body that holds the project's developer or owner owns the project through it, when the sentence that says
 * so speaks of the project (a holding named over another project says nothing of this one). */
export function attachParents(ctx: Ctx, p: ProjectDraft): void {
  const parents = parentsOf(ctx);
  if (!parents.size) return;
  for (const [e, role] of [...p.orgs]) {
    const held = parents.get(e);
    if (!held) continue;
    // "A's chairman and B's director, the company's subsidiary, ... the parties signed": a body and its holder that both
    // take part with no part said: the held company is the vehicle that develops the works, its holder owns them
    if (role === 'partner' && p.orgs.get(held.parent) === 'partner') { p.orgs.set(e, 'developer'); p.orgs.set(held.parent, 'owner'); continue; }
    if (role !== 'developer' && role !== 'owner') continue;
    const s = ctx.doc.sentences[held.sent];
    if (!p.evidence.some((ev) => ev.start <= s.start && ev.end >= s.end)) continue;
    const parent = held.parent;
    if (isNotParty(ctx, parent) || nameFacts(ctx, parent).isGov) continue;
    const had = p.orgs.get(parent);
    if (!had || had === 'partner') p.orgs.set(parent, 'owner');
  }
}

/** "The minister received A's chairman and B's director. After the talks the parties signed an agreement on a cement
 * plant": a sentence whose subject is the sides that sign (roles signing_sides, then project-words signing_verbs) names
 * them only by that word; they are
 * the bodies the sentence before it, in the paragraph, brought together: those named there, and the employers of the
 * people named there. They join the project as partners; public bodies and officials are left out (a ministry that
 * hosts the talks is no party by that). */
export function attachSigningSides(ctx: Ctx, p: ProjectDraft, first: number, at: number): void {
  let sides = -1;
  for (let k = first; k < at && sides < 0; k++) {
    for (const words of phraseList('signing_sides')) if (words.every((w, i) => ctx.lowers[k + i] === w)) { sides = k + words.length; break; }
  }
  // (the sides sign: "the two sides discussed possible financing" signs nothing)
  const signing = projectWords().signingVerbs;
  if (sides < 0 || ![0, 1, 2].some((n) => signing.has(ctx.lowers[sides + n]))) return;
  for (let k = sides; k < at; k++) if (ctx.mentionAt[k]?.label === 'ORG' || ctx.toks[k].text === ';') return;
  const sent = ctx.toks[first].sent;
  const prev = ctx.doc.sentences[sent - 1];
  if (!prev || prev.paragraph !== ctx.doc.sentences[sent].paragraph) return;
  const officials = wordSet('official_titles');
  const join = (org: number) => {
    if (org < 0 || p.orgs.has(org) || isNotParty(ctx, org) || nameFacts(ctx, org).isGov) return;
    p.orgs.set(org, 'partner');
  };
  for (let k = prev.first; k <= prev.last; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    if (m.label === 'ORG' && m.entity >= 0) join(m.entity);
    else if (m.label === 'PERSON' && m.entity >= 0) {
      const roles = ctx.entities.people[m.entity]?.roles ?? [];
      if (roles.some((r) => r.title?.toLowerCase().split(/[\s-]+/).some((w) => officials.has(w)))) continue;
      const named = roles.find((r) => r.organization)?.organization;
      if (named) join(ctx.entities.organizations.findIndex((o) => o.name === named || o.aliases.includes(named)));
    }
  }
}
