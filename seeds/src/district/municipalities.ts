// The real municipalities of the Alb-Donau-Kreis (55 Gemeinden) and the city of Ulm as service hub.
//
// Sources and accuracy:
// - Names and 8-digit AGS: annex to the Mietniveau-Einstufungsverordnung (MietNEinV, BGBl. I 2021,
//   3739 ff., Gebietsstand 25 January 2021), as published in github.com/bundestag/gesetze
//   (m/mietneinv/index.md); the list matches Wikipedia's "Liste der Gemeinden im Alb-Donau-Kreis" (55).
// - Centre coordinates and populations are APPROXIMATE (rounded, from general knowledge of the area,
//   population around 2019): good enough for maps and distances in a demo, not for statistics.
import type { MunicipalityInput } from '@lotse/graph';
import { approximateOutlines } from './outlines.ts';

/** Service areas (Raumschaften) used to give offices and integration managers plausible catchments. */
export type Region = 'ehingen' | 'alb' | 'ulm_north' | 'langenau' | 'iller' | 'ulm';

export interface DistrictMunicipality {
  ags: string;
  name: string;
  /** Short form for names of demo organisations ("Ehingen" rather than "Ehingen (Donau)"). */
  shortName: string;
  lat: number;
  lon: number;
  population: number;
  isTown: boolean;
  region: Region;
}

export const DISTRICT = 'Alb-Donau-Kreis';
export const STATE = 'Baden-Württemberg';
export const ULM_AGS = '08421000';

// [ags, name, lat, lon, population, town?, region]
type Row = [string, string, number, number, number, boolean, Region];
const ROWS: Row[] = [
  ['08425002', 'Allmendingen', 48.33, 9.728, 4600, false, 'ehingen'],
  ['08425004', 'Altheim', 48.329, 9.772, 1850, false, 'ehingen'],
  ['08425005', 'Altheim (Alb)', 48.583, 10.03, 1800, false, 'langenau'],
  ['08425008', 'Amstetten', 48.578, 9.875, 4000, false, 'ulm_north'],
  ['08425011', 'Asselfingen', 48.529, 10.193, 1050, false, 'langenau'],
  ['08425013', 'Ballendorf', 48.553, 10.084, 650, false, 'langenau'],
  ['08425140', 'Balzheim', 48.181, 10.077, 2150, false, 'iller'],
  ['08425014', 'Beimerstetten', 48.483, 9.983, 2700, false, 'ulm_north'],
  ['08425017', 'Berghülen', 48.466, 9.762, 1950, false, 'alb'],
  ['08425019', 'Bernstadt', 48.5, 10.025, 2100, false, 'langenau'],
  ['08425020', 'Blaubeuren', 48.412, 9.785, 12100, true, 'alb'],
  ['08425141', 'Blaustein', 48.417, 9.917, 16300, true, 'ulm_north'],
  ['08425022', 'Börslingen', 48.542, 10.082, 160, false, 'langenau'],
  ['08425024', 'Breitingen', 48.531, 10.063, 350, false, 'langenau'],
  ['08425028', 'Dietenheim', 48.211, 10.074, 6800, true, 'iller'],
  ['08425031', 'Dornstadt', 48.469, 9.945, 8900, false, 'ulm_north'],
  ['08425033', 'Ehingen (Donau)', 48.283, 9.723, 26400, true, 'ehingen'],
  ['08425035', 'Emeringen', 48.242, 9.545, 90, false, 'ehingen'],
  ['08425036', 'Emerkingen', 48.213, 9.656, 900, false, 'ehingen'],
  ['08425039', 'Erbach', 48.328, 9.888, 13700, true, 'iller'],
  ['08425050', 'Griesingen', 48.267, 9.783, 1050, false, 'ehingen'],
  ['08425052', 'Grundsheim', 48.166, 9.669, 220, false, 'ehingen'],
  ['08425055', 'Hausen am Bussen', 48.158, 9.596, 320, false, 'ehingen'],
  ['08425139', 'Heroldstatt', 48.443, 9.66, 2900, false, 'alb'],
  ['08425062', 'Holzkirch', 48.585, 10.043, 270, false, 'langenau'],
  ['08425064', 'Hüttisheim', 48.28, 9.94, 1500, false, 'iller'],
  ['08425137', 'Illerkirchberg', 48.322, 10.006, 4900, false, 'iller'],
  ['08425066', 'Illerrieden', 48.271, 10.05, 3300, false, 'iller'],
  ['08425071', 'Laichingen', 48.489, 9.686, 11600, true, 'alb'],
  ['08425072', 'Langenau', 48.497, 10.12, 15300, true, 'langenau'],
  ['08425073', 'Lauterach', 48.25, 9.565, 600, false, 'ehingen'],
  ['08425075', 'Lonsee', 48.541, 9.918, 4900, false, 'ulm_north'],
  ['08425079', 'Merklingen', 48.511, 9.756, 2000, false, 'alb'],
  ['08425081', 'Munderkingen', 48.235, 9.644, 5400, true, 'ehingen'],
  ['08425083', 'Neenstetten', 48.575, 10.01, 830, false, 'langenau'],
  ['08425084', 'Nellingen', 48.543, 9.793, 1950, false, 'alb'],
  ['08425085', 'Nerenstetten', 48.565, 10.075, 350, false, 'langenau'],
  ['08425088', 'Oberdischingen', 48.301, 9.83, 2100, false, 'ehingen'],
  ['08425090', 'Obermarchtal', 48.234, 9.573, 1250, false, 'ehingen'],
  ['08425091', 'Oberstadion', 48.187, 9.703, 1550, false, 'ehingen'],
  ['08425092', 'Öllingen', 48.544, 10.147, 500, false, 'langenau'],
  ['08425093', 'Öpfingen', 48.285, 9.8, 2200, false, 'ehingen'],
  ['08425097', 'Rammingen', 48.523, 10.173, 1350, false, 'langenau'],
  ['08425098', 'Rechtenstein', 48.226, 9.548, 300, false, 'ehingen'],
  ['08425104', 'Rottenacker', 48.232, 9.687, 2300, false, 'ehingen'],
  ['08425108', 'Schelklingen', 48.376, 9.733, 7000, true, 'ehingen'],
  ['08425110', 'Schnürpflingen', 48.275, 9.996, 1400, false, 'iller'],
  ['08425112', 'Setzingen', 48.537, 10.121, 700, false, 'langenau'],
  ['08425138', 'Staig', 48.294, 9.991, 3400, false, 'iller'],
  ['08425123', 'Untermarchtal', 48.24, 9.611, 900, false, 'ehingen'],
  ['08425124', 'Unterstadion', 48.202, 9.694, 750, false, 'ehingen'],
  ['08425125', 'Unterwachingen', 48.194, 9.635, 200, false, 'ehingen'],
  ['08425130', 'Weidenstetten', 48.555, 9.995, 1300, false, 'langenau'],
  ['08425134', 'Westerheim', 48.515, 9.625, 3000, false, 'alb'],
  ['08425135', 'Westerstetten', 48.516, 9.955, 2300, false, 'ulm_north'],
];

// "Altheim (Alb)" keeps its suffix: it tells it apart from Altheim near Ehingen.
const shortNameOf = (name: string) => name.replace(/ \(Donau\)$/, '');

/** The 55 municipalities of the Alb-Donau-Kreis, ordered by AGS. */
export const ALB_DONAU_MUNICIPALITIES: readonly DistrictMunicipality[] = ROWS.map(
  ([ags, name, lat, lon, population, isTown, region]) => ({
    ags,
    name,
    shortName: shortNameOf(name),
    lat,
    lon,
    population,
    isTown,
    region,
  }),
).sort((a, b) => a.ags.localeCompare(b.ags));

export const ULM: DistrictMunicipality = {
  ags: ULM_AGS,
  name: 'Ulm',
  shortName: 'Ulm',
  lat: 48.3984,
  lon: 9.9916,
  population: 126300,
  isTown: true,
  region: 'ulm',
};

/** Every municipality of the demo: the district plus Ulm. */
export const DEMO_MUNICIPALITIES: readonly DistrictMunicipality[] = [...ALB_DONAU_MUNICIPALITIES, ULM];

/** Approximate outlines from the centres (outlines.ts); no official boundaries ship with the demo. */
const DEMO_OUTLINES = approximateOutlines(
  DEMO_MUNICIPALITIES.map((m) => ({ key: m.ags, lat: m.lat, lon: m.lon })),
);

export function toMunicipalityInput(m: DistrictMunicipality): MunicipalityInput {
  const outline = DEMO_OUTLINES.get(m.ags);
  return {
    ags: m.ags,
    name: m.name,
    district: m.ags === ULM_AGS ? 'Ulm' : DISTRICT,
    state: STATE,
    lat: m.lat,
    lon: m.lon,
    population: m.population,
    boundary: outline ? JSON.stringify(outline) : null,
    boundaryApproximate: true,
  };
}
