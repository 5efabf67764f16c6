// A language named in the need's free text ("Schwangerschaftsberatung arabisch", "Arabic-speaking debt
// counselling"): the suggestion form asks for it when none is chosen (services in it rank first), and
// says so.
// Names come from the ICU data of the runtime in German and English, plus a few names people use that
// ICU does not give.

const EXTRA_NAMES: Record<string, string[]> = {
  fa: ['farsi'],
  ku: ['kurmandschi', 'kurmanji', 'sorani'],
  ti: ['tigrinisch'],
  prs: ['dari'],
  ps: ['paschtunisch', 'pashto'],
};

const normalise = (text: string) =>
  text
    .toLocaleLowerCase('de')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

/** Every name of each code, lower case: German, English and the extra ones. */
function namesOf(codes: readonly string[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const locale of ['de', 'en']) {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name) byName.set(normalise(name), code);
    }
  }
  for (const code of codes) for (const name of EXTRA_NAMES[code] ?? []) byName.set(name, code);
  return byName;
}

/** "arabischsprachig", "arabischsprachige" … count as the language; "Englischkurs" does not. */
const SPEAKING = /^(.+?)sprachig(e|en|er|es)?$/;

/**
 * The first of `codes` that the text names as a word ("arabisch", "auf Arabisch", "Arabic-speaking",
 * "arabischsprachige Beratung"), with the word as written; null when it names none.
 */
export function languageNamedIn(
  text: string,
  codes: readonly string[],
): { code: string; word: string } | null {
  const byName = namesOf(codes);
  const written = text.split(/[^\p{L}]+/u).filter(Boolean);
  for (const word of written) {
    const lower = normalise(word);
    const code = byName.get(lower) ?? byName.get(SPEAKING.exec(lower)?.[1] ?? '');
    if (code) return { code, word };
  }
  return null;
}
