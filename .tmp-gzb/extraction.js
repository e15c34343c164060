// Extraction JSON v1: the contract between the engine and everything that reads it
// (see shared/spec/extraction-v1.md). Offsets are UTF-16 code units, end exclusive.
export const EXTRACTION_SCHEMA = 'corridor.extraction/1';
export const PROJECT_TYPES = [
    'refinery', 'petrochemical_plant', 'fertilizer_plant', 'pipeline', 'oil_gas_field', 'mine',
    'thermal_power_plant', 'wind_power_plant', 'solar_power_plant', 'hydro_power_plant',
    'nuclear_power_plant', 'waste_to_energy_plant', 'transmission_line', 'power_grid', 'energy_storage',
    'manufacturing_plant', 'industrial_zone', 'data_center', 'telecom_network', 'digital_programme',
    'railway', 'rolling_stock', 'road', 'bridge', 'port', 'airport', 'logistics_hub', 'hospital',
    'education_facility', 'education_programme', 'housing', 'water_supply', 'irrigation',
    'agricultural_facility', 'financing_facility', 'other',
];
export const SECTORS = [
    'energy.oil_gas', 'energy.power', 'energy.renewables', 'energy.nuclear', 'energy.grid',
    'transport.rail', 'transport.road', 'transport.air', 'transport.maritime', 'transport.logistics',
    'digital', 'industry', 'chemicals', 'mining', 'health', 'education', 'agriculture', 'water', 'waste',
    'finance', 'real_estate', 'other',
];
export const STATUSES = ['announced', 'agreed', 'construction', 'operating', 'completed', 'cancelled', 'unknown'];
export const ROLES = ['developer', 'partner', 'financier', 'contractor', 'supplier', 'operator', 'buyer', 'owner', 'other'];
export const EVENT_TYPES = ['meeting', 'agreement', 'launch', 'visit', 'investment', 'other'];
export const PLACE_KINDS = ['country', 'region', 'city', 'site'];
export const QUALIFIERS = ['exact', 'over', 'under', 'about', 'up_to'];
