import { describe, expect, it } from 'vitest';
import { resolvePlace } from './place';

const places = [
  { ags: '08425033', name: 'Ehingen (Donau)' },
  { ags: '08425004', name: 'Altheim' },
  { ags: '08425005', name: 'Altheim (Alb)' },
  { ags: '08425020', name: 'Blaubeuren' },
  { ags: '08421000', name: 'Ulm' },
  { ags: '08425074', name: 'Langenau' },
];
const found = (text: string) => {
  const match = resolvePlace(text, places);
  return match.kind === 'found' ? match.place.name : match.kind;
};

describe('"Wo?" as free text', () => {
  it('finds a municipality by its name, its name without the parenthesis, or its AGS', () => {
    expect(found('Blaubeuren')).toBe('Blaubeuren');
    expect(found('ehingen')).toBe('Ehingen (Donau)');
    expect(found('Ehingen (Donau)')).toBe('Ehingen (Donau)');
    expect(found('08421000')).toBe('Ulm');
  });

  it('reads an address down to the municipality it names', () => {
    expect(found('Marktplatz 1, 89584 Ehingen')).toBe('Ehingen (Donau)');
    expect(found('Karlstraße 3 89073 Ulm')).toBe('Ulm');
  });

  it('prefers the full name over a shorter one it contains, and the exact name when both are written', () => {
    expect(found('Hauptstr. 2, Altheim (Alb)')).toBe('Altheim (Alb)');
    expect(found('Altheim')).toBe('Altheim');
  });

  it('does not take a name for part of a longer word, and says when nothing or several places match', () => {
    expect(found('Ulmenweg 4, Langenau')).toBe('Langenau');
    expect(found('Ulmer Straße 4, Langenau')).toBe('Langenau');
    expect(found('Berlin')).toBe('none');
    expect(found('   ')).toBe('none');
    const both = resolvePlace('zwischen Ulm und Blaubeuren', places);
    expect(both.kind).toBe('ambiguous');
    expect(both.kind === 'ambiguous' && both.candidates.map((p) => p.name).sort()).toEqual([
      'Blaubeuren',
      'Ulm',
    ]);
  });
});
