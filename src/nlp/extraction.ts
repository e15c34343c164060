// Extraction JSON v1: the contract between the engine and everything that reads it
// (see shared/spec/extraction-v1.md). Offsets are UTF-16 code units, end exclusive.

export const EXTRACTION_SCHEMA = 'corridor.extraction/1' as const;

export const PROJECT_TYPES = [
  'refinery', 'petrochemical_plant', 'fertilizer_plant', 'pipeline', 'oil_gas_field', 'mine',
  'thermal_power_plant', 'wind_power_plant', 'solar_power_plant', 'hydro_power_plant',
  'nuclear_power_plant', 'waste_to_energy_plant', 'transmission_line', 'power_grid', 'energy_storage',
  'manufacturing_plant', 'industrial_zone', 'data_center', 'telecom_network', 'digital_programme',
  'railway', 'rolling_stock', 'road', 'bridge', 'port', 'airport', 'logistics_hub', 'hospital',
  'education_facility', 'education_programme', 'housing', 'water_supply', 'irrigation',
  'agricultural_facility', 'financing_facility', 'other',
] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const SECTORS = [
  'energy.oil_gas', 'energy.power', 'energy.renewables', 'energy.nuclear', 'energy.grid',
  'transport.rail', 'transport.road', 'transport.air', 'transport.maritime', 'transport.logistics',
  'digital', 'industry', 'chemicals', 'mining', 'health', 'education', 'agriculture', 'water', 'waste',
  'finance', 'real_estate', 'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const STATUSES = ['announced', 'agreed', 'construction', 'operating', 'completed', 'cancelled', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const ROLES = ['developer', 'partner', 'financier', 'contractor', 'supplier', 'operator', 'buyer', 'owner', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const EVENT_TYPES = ['meeting', 'agreement', 'launch', 'visit', 'investment', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PLACE_KINDS = ['country', 'region', 'city', 'site'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const QUALIFIERS = ['exact', 'over', 'under', 'about', 'up_to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Evidence { start: number; end: number }

export interface DocumentInfo {
  path: string | null;
  title: string | null;
  published: string | null; // YYYY-MM-DD
  source: string | null;
  language: 'en' | string;
  url?: string | null;
}

export interface PersonRole { title: string | null; organization: string | null }
export interface Person {
  name: string;
  aliases: string[];
  roles: PersonRole[];
  evidence?: Evidence[];
}

export interface Organization {
  name: string;
  aliases: string[];
  country: string | null;
  evidence?: Evidence[];
}

export interface Place {
  name: string;
  aliases?: string[];
  kind: PlaceKind;
  country: string | null;
  lat?: number;
  lon?: number;
  evidence?: Evidence[];
}

export interface Capacity {
  value: number;
  unit: string;
  text: string;
  qualifier?: Qualifier;
  min?: number;
  item?: string;
}

export interface Amount {
  value: number;
  currency: string;
  qualifier: Qualifier;
  text: string;
  min?: number;
}

export interface ProjectOrg { name: string; role: Role }

export interface Project {
  name: string;
  type: ProjectType;
  sector: Sector;
  status: Status;
  country: string | null;
  countries?: string[];
  places: string[];
  organizations: ProjectOrg[];
  capacity: Capacity[];
  amount: Amount | null;
  evidence: Evidence[];
}

export interface ExtractedEvent {
  type: EventType;
  date: string | null;
  participants: string[];
  organizations: string[];
  projects: string[];
  evidence: Evidence[];
}

export interface Extraction {
  schema: typeof EXTRACTION_SCHEMA;
  document: DocumentInfo;
  /** The normalised text all offsets point into (an extra field the spec allows). */
  text?: string;
  people: Person[];
  organizations: Organization[];
  places: Place[];
  projects: Project[];
  events: ExtractedEvent[];
}
