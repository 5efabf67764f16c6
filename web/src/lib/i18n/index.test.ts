import { describe, expect, it } from 'vitest';
import { apiText, webHref } from '$lib/i18n';

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

describe("a stored website's link", () => {
  it('keeps http(s) links and adds https:// to a bare domain', () => {
    expect(webHref('https://www.caritas.demo.example/ulm')).toBe('https://www.caritas.demo.example/ulm');
    expect(webHref('http://beratung.demo.example:8080/?a=1')).toBe('http://beratung.demo.example:8080/?a=1');
    expect(webHref(' www.müllheim.demo.example ')).toBe('https://www.müllheim.demo.example');
  });

  it('links nothing else', () => {
    expect(webHref('javascript:alert(1).x')).toBeNull();
    expect(webHref('mailto:info@x.de')).toBeNull();
    expect(webHref('kein link')).toBeNull();
    expect(webHref('')).toBeNull();
  });
});
