// One colour per top-level sector, shared by the map, the network and their legends. Chosen
// to stay apart from each other on a light background (and from the grey of "other").

export const SECTOR_COLORS = {
  energy: '#d9480f',
  transport: '#1864ab',
  digital: '#7048e8',
  industry: '#5c940d',
  chemicals: '#c2255c',
  mining: '#795548',
  health: '#0b7285',
  education: '#e67700',
  agriculture: '#2b8a3e',
  water: '#1098ad',
  waste: '#868e96',
  finance: '#343a40',
  real_estate: '#ae3ec9',
  other: '#adb5bd',
};

export function sectorColor(sector) {
  const top = String(sector ?? 'other').split('.')[0];
  return SECTOR_COLORS[top] ?? SECTOR_COLORS.other;
}
