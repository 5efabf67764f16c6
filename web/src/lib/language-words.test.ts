import { describe, expect, it } from 'vitest';
import { COUNSELLING_LANGUAGES } from '$lib/i18n';
import { languageNamedIn } from './language-words';

describe('a language named in the need text', () => {
  it.each([
    ['Schwangerschaftsberatung arabisch', 'ar', 'arabisch'],
    ['Schuldnerberatung auf Türkisch', 'tr', 'Türkisch'],
    ['arabischsprachige Schwangerschaftsberatung', 'ar', 'arabischsprachige'],
    ['Arabic-speaking pregnancy counselling', 'ar', 'Arabic'],
    ['Sucht Farsi', 'fa', 'Farsi'],
    ['Beratung in Dari', 'prs', 'Dari'],
    ['Ukrainian debt counselling', 'uk', 'Ukrainian'],
    ['arabische Beratung', 'ar', 'arabische'],
    ['Beratung in arabischer Sprache', 'ar', 'arabischer'],
    ['ukrainische Familie, Schulden', 'uk', 'ukrainische'],
    ['Jobcenter Somalisch', 'so', 'Somalisch'],
    ['Tigrinja', 'ti', 'Tigrinja'],
    ['Kurmanci', 'ku', 'Kurmanci'],
    ['Schulden, nicht auf Russisch, lieber Ukrainisch', 'uk', 'Ukrainisch'],
  ])('%s → %s', (text, code, word) => {
    expect(languageNamedIn(text, COUNSELLING_LANGUAGES)).toEqual({ code, word });
  });

  it.each([
    'Schwangerschaftsberatung',
    'Englischkurs',
    'Integrationskurs',
    'Aufenthaltserlaubnis',
    '',
    'Nachhilfe Englisch',
    'Französisch lernen',
    'nicht auf Russisch',
    'Schuldnerberatung, keine arabische',
  ])('names none in %j', (text) => {
    expect(languageNamedIn(text, COUNSELLING_LANGUAGES)).toBeNull();
  });

  it('only offers languages of the list', () => {
    expect(languageNamedIn('Beratung auf Polnisch', COUNSELLING_LANGUAGES)).toBeNull();
    expect(languageNamedIn('Beratung auf Polnisch', ['pl'])).toEqual({ code: 'pl', word: 'Polnisch' });
  });
});
