// The project recogniser's shared state and word lists: the context one document is read in (tokens, the names,
// figures and money at each token, the projects so far) and the data-driven word sets of
// data/lexicon/project-words.json, with the facility kinds that are lines and the head nouns of each kind.
import type { Doc, Money, Quantity, Token } from './doc.js';
import type { ProjectType } from './extraction.js';
import type { NameMention } from './classify-names.js';
import type { EntityTables } from './entities.js';
import type { ProjectDraft } from './projects.js';
import { getFacilityLexicon } from './facility-lexicon.js';
import { loadJson } from './data-dir.js';

export interface ProjectWords {
  anaphors: string[]; sector_words: string[]; aggregate_cues: string[]; premodifier_stop: string[]; place_prepositions: string[];
  figure_context: string[]; generic_facility_heads: string[]; umbrella_initiatives: string[]; descriptor_adjectives: string[];
  section_nouns: string[]; product_plants: Record<string, string[]>; product_heads: string[]; other_facility_words: string[]; cost_nouns: string[]; event_place_words: string[]; compass_directions: string[]; transaction_anaphors: string[]; government_verbs: string[]; site_named_kinds: string[]; attribution_verbs: string[]; setting_nouns: string[]; settlement_nouns: string[]; admin_unit_plurals: string[]; crossing_words: string[]; signing_verbs: string[]; signed_papers: string[]; component_cues: string[]; employer_nouns: string[]; continuing_subjects: string[]; wide_region_ids: { prefixes: string[]; suffixes: string[] }; cooperation_verbs: string[]; shipping_verbs: string[]; party_groups: string[]; holding_verbs: string[]; stage_nouns: string[]; stage_ordinals: Record<string, string>; child_nouns: string[]; first_person_plural: string[]; help_verbs: string[]; site_matters: string[]; build_verbs: string[]; governing_prepositions: string[]; unit_prices: string[]; partitive_heads: string[]; destination_words: string[]; transit_prepositions: string[]; node_transit_prepositions: string[]; idioms: string[]; old_plan_cues: string[]; site_kinds: string[]; site_prepositions: string[]; site_labels: string[]; component_subjects: string[]; money_only_aggregate_cues: string[]; making_verbs: string[]; process_words: string[]; one_product_types: string[]; throughput_verbs: string[]; offer_verbs: string[]; tentative_modals: string[]; condition_inversions: string[]; later_stage_ordinals: string[]; later_stage_nouns: string[]; unlisted_product_heads: string[]; not_product_words: string[]; water_words: string[]; first_stage_ordinals: string[]; stage_noun_kinds: Record<string, string[]>; farm_water_words: string[]; drinking_words: string[]; fuel_words: string[]; figure_questions?: string[]; captive_words?: string[];
}

export interface Words {
  anaphors: Set<string>; sectorWords: Set<string>; aggregate: Set<string>; stop: Set<string>; placePreps: Set<string>; figureContext: Set<string>;
  genericHeads: Set<string>; umbrellas: string[][]; umbrellaFirst: Set<string>; descriptors: Set<string>; sections: Set<string>;
  products: Map<string, ProjectType>; productHeads: Set<string>; otherWords: Set<string>; costNouns: Set<string>; eventPlaceWords: Set<string>; compass: Set<string>; transactions: Set<string>; governmentVerbs: Set<string>; siteNamedKinds: Set<string>; attributionVerbs: Set<string>; settingNouns: Set<string>; settlementNouns: Set<string>; unitPlurals: Set<string>; crossingWords: Set<string>; signingVerbs: Set<string>; transactionNouns: Set<string>; componentCues: Set<string>; employerNouns: Set<string>; continuingSubjects: Set<string>; wideRegionIds: { prefixes: string[]; suffixes: string[] }; cooperationVerbs: Set<string>; shippingVerbs: Set<string>; partyGroups: Set<string>; holdingVerbs: Set<string>; stageNouns: Set<string>; stageOrdinals: Record<string, string>; childNouns: Set<string>; firstPersonPlural: Set<string>; helpVerbs: Set<string>; siteMatters: Set<string>; buildVerbs: Set<string>; governingPrepositions: Set<string>; unitPrices: Set<string>; partitiveHeads: Set<string>; destinationWords: Set<string>; transitPrepositions: Set<string>; nodeTransitPrepositions: Set<string>; idioms: string[][]; oldPlanCues: string[][]; oldPlanFirst: Set<string>; siteKinds: Set<string>; sitePrepositions: Set<string>; siteLabels: Set<string>; componentSubjects: Set<string>; moneyOnlyAggregate: Set<string>; makingVerbs: Set<string>; processWords: Set<string>; oneProductTypes: Set<string>; throughputVerbs: Set<string>; offerVerbs: Set<string>; tentativeModals: Set<string>; conditionInversions: Set<string>; laterStageOrdinals: Set<string>; laterStageNouns: Set<string>; unlistedProductHeads: Set<string>; notProductWords: Set<string>; waterWords: Set<string>; firstStageOrdinals: Set<string>; stageNounKinds: Map<string, Set<string>>; farmWaterWords: Set<string>; drinkingWords: Set<string>; fuelWords: Set<string>; figureQuestions: Set<string>; captiveWords: Set<string>;
}

let words: Words | null = null;
export function projectWords(): Words {
  if (!words) {
    const w = loadJson<ProjectWords>('lexicon/project-words.json');
    const products = new Map<string, ProjectType>();
    for (const [type, list] of Object.entries(w.product_plants)) for (const word of list) products.set(word, type as ProjectType);
    words = {
      anaphors: new Set(w.anaphors), sectorWords: new Set(w.sector_words), aggregate: new Set(w.aggregate_cues), stop: new Set(w.premodifier_stop),
      placePreps: new Set(w.place_prepositions), figureContext: new Set(w.figure_context), genericHeads: new Set(w.generic_facility_heads),
      umbrellas: w.umbrella_initiatives.map((u) => u.split(/\s+/)), umbrellaFirst: new Set(w.umbrella_initiatives.map((u) => u.split(/\s+/)[0])), descriptors: new Set(w.descriptor_adjectives),
      sections: new Set(w.section_nouns), products, productHeads: new Set(w.product_heads), otherWords: new Set(w.other_facility_words), costNouns: new Set(w.cost_nouns), eventPlaceWords: new Set(w.event_place_words), compass: new Set(w.compass_directions), transactions: new Set(w.transaction_anaphors), governmentVerbs: new Set(w.government_verbs), siteNamedKinds: new Set(w.site_named_kinds), attributionVerbs: new Set(w.attribution_verbs), settingNouns: new Set(w.setting_nouns), settlementNouns: new Set(w.settlement_nouns), unitPlurals: new Set(w.admin_unit_plurals), crossingWords: new Set(w.crossing_words), signingVerbs: new Set(w.signing_verbs), transactionNouns: new Set(w.signed_papers), componentCues: new Set(w.component_cues), employerNouns: new Set(w.employer_nouns), continuingSubjects: new Set(w.continuing_subjects), wideRegionIds: w.wide_region_ids, cooperationVerbs: new Set(w.cooperation_verbs), shippingVerbs: new Set(w.shipping_verbs), partyGroups: new Set(w.party_groups), holdingVerbs: new Set(w.holding_verbs), stageNouns: new Set(w.stage_nouns), stageOrdinals: w.stage_ordinals, childNouns: new Set(w.child_nouns), firstPersonPlural: new Set(w.first_person_plural), helpVerbs: new Set(w.help_verbs), siteMatters: new Set(w.site_matters), buildVerbs: new Set(w.build_verbs), governingPrepositions: new Set(w.governing_prepositions), unitPrices: new Set(w.unit_prices), partitiveHeads: new Set(w.partitive_heads), destinationWords: new Set(w.destination_words), transitPrepositions: new Set(w.transit_prepositions), nodeTransitPrepositions: new Set(w.node_transit_prepositions), idioms: w.idioms.map((x) => x.split(' ')), oldPlanCues: w.old_plan_cues.map((x) => x.split(' ')), oldPlanFirst: new Set(w.old_plan_cues.map((x) => x.split(' ')[0])), siteKinds: new Set(w.site_kinds), sitePrepositions: new Set(w.site_prepositions), siteLabels: new Set(w.site_labels), componentSubjects: new Set(w.component_subjects), moneyOnlyAggregate: new Set(w.money_only_aggregate_cues), makingVerbs: new Set(w.making_verbs), processWords: new Set(w.process_words), oneProductTypes: new Set(w.one_product_types), throughputVerbs: new Set(w.throughput_verbs), offerVerbs: new Set(w.offer_verbs), tentativeModals: new Set(w.tentative_modals), conditionInversions: new Set(w.condition_inversions), laterStageOrdinals: new Set(w.later_stage_ordinals), laterStageNouns: new Set(w.later_stage_nouns), unlistedProductHeads: new Set(w.unlisted_product_heads), notProductWords: new Set(w.not_product_words), waterWords: new Set(w.water_words), firstStageOrdinals: new Set(w.first_stage_ordinals), stageNounKinds: new Map(Object.entries(w.stage_noun_kinds).map(([k, v]) => [k, new Set(v)])), farmWaterWords: new Set(w.farm_water_words), drinkingWords: new Set(w.drinking_words), fuelWords: new Set(w.fuel_words), figureQuestions: new Set(w.figure_questions ?? []), captiveWords: new Set(w.captive_words ?? []),
    };
  }
  return words;
}

let linear: Set<string> | null = null;
export function linearKinds(): Set<string> {
  linear ??= new Set(loadJson<{ linear_kinds: string[] }>('lexicon/facilities.json').linear_kinds);
  return linear;
}

export interface Ctx {
  doc: Doc; toks: Token[]; lowers: string[];
  mentionAt: (NameMention | undefined)[];
  quantityAt: (Quantity | undefined)[];
  moneyAt: (Money | undefined)[];
  entities: EntityTables;
  projects: ProjectDraft[];
  usedQuantities: Set<Quantity>;
  usedMoney: Set<Money>;
  /** The sentence being read: the project each facility mention (by its token) stands for. */
  mentionOf?: Map<number, ProjectDraft>;
  /** Per paragraph, the subheading section it is in. */
  sections?: number[];
}

let headsByType: Map<string, Set<string>> | null = null;
/** The head nouns each project type is named with ("depot" of "fuel storage depot"). */
export function kindHeads(type: ProjectType): Set<string> {
  if (!headsByType) {
    headsByType = new Map();
    for (const list of getFacilityLexicon().facilities.byFirst.values()) {
      for (const { words, value } of list) {
        const set = headsByType.get(value.type) ?? new Set<string>();
        set.add(words[words.length - 1]);
        headsByType.set(value.type, set);
      }
    }
  }
  return headsByType.get(type) ?? new Set();
}
