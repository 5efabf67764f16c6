import { describe, expect, it } from 'vitest';
import { apiText } from '$lib/i18n';

describe("the API's texts in the page's language", () => {
  it('takes the German half for German pages and the English half for English ones', () => {
    const text = 'Organisation ist archiviert / organisation is archived';
    expect(apiText(text, 'de')).toBe('Organisation ist archiviert');
    expect(apiText(text, 'en')).toBe('organisation is archived');
  });

  it('splits at the first separator only, and shows a text without one as it is', () => {
    expect(apiText('„von“ liegt nach „bis“ / from is after to / really', 'en')).toBe(
      'from is after to / really',
    );
    expect(apiText('Kontakt gespeichert', 'en')).toBe('Kontakt gespeichert');
    expect(apiText('', 'de')).toBe('');
  });
});
