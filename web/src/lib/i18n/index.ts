// A deliberately small message dictionary until the UI needs plural rules or many languages.
import type { NeedCategory } from '$lib/graphql/__generated__/graphql';
import { categoryLabels, de, en, type MessageKey } from './messages';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';
export type { MessageKey };

export const isLocale = (value: unknown): value is Locale => LOCALES.some((locale) => locale === value);

const dictionaries: Record<Locale, Record<MessageKey, string>> = { de, en };

export interface Translator {
  locale: Locale;
  /** The message for `key`, with `{name}` placeholders filled from `values`. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  category(category: NeedCategory): string;
  /** A language's name for an ISO 639 code, e.g. 'ar' → 'Arabisch'. */
  language(code: string): string;
  number(value: number): string;
}

export function translator(locale: Locale): Translator {
  const messages = dictionaries[locale];
  const languageNames = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const numbers = new Intl.NumberFormat(locale);
  return {
    locale,
    t: (key, values = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
        name in values ? String(values[name]) : placeholder,
      ),
    category: (category) => categoryLabels[locale][category],
    language: (code) => languageNames.of(code) ?? code,
    number: (value) => numbers.format(value),
  };
}
