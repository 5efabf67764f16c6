// "Wo?" as free text: a municipality's name or an address that names one ("Marktplatz 1, 89584 Ehingen").
// Lotse has no geocoder (it runs offline), so an address resolves to its municipality, never closer.

export interface NamedPlace {
  ags: string;
  name: string;
}

export type PlaceMatch<Place extends NamedPlace> =
  { kind: 'found'; place: Place } | { kind: 'ambiguous'; candidates: Place[] } | { kind: 'none' };

const normalise = (text: string) =>
  ` ${text
    .toLocaleLowerCase('de')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** "Ehingen (Donau)" → "ehingen"; names without a parenthesis stay as they are. */
const baseName = (name: string) => normalise(name.replace(/\(.*?\)/g, ''));

export function resolvePlace<Place extends NamedPlace>(
  text: string,
  places: readonly Place[],
): PlaceMatch<Place> {
  const wanted = normalise(text);
  if (wanted.trim() === '') return { kind: 'none' };
  if (/^ \d{8} $/.test(wanted)) {
    const byAgs = places.find((p) => p.ags === wanted.trim());
    return byAgs ? { kind: 'found', place: byAgs } : { kind: 'none' };
  }
  // The full name ("Altheim (Alb)") beats its base ("Altheim"); a longer name beats one it contains.
  const full = places.filter((p) => wanted.includes(normalise(p.name)));
  const candidates = full.length ? full : places.filter((p) => wanted.includes(baseName(p.name)));
  if (candidates.length === 0) return { kind: 'none' };
  const key = (p: Place) => (full.length ? normalise(p.name) : baseName(p.name));
  const best = candidates.filter(
    (p) => !candidates.some((other) => other !== p && key(other) !== key(p) && key(other).includes(key(p))),
  );
  if (best.length === 1) return { kind: 'found', place: best[0]! };
  // Several base names in the text, or one base shared by several places: exact text wins, else ask.
  const exact = best.filter((p) => normalise(p.name) === wanted || baseName(p.name) === wanted);
  if (exact.length === 1) return { kind: 'found', place: exact[0]! };
  return { kind: 'ambiguous', candidates: best };
}
