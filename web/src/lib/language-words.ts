// A language named in the need's free text ("Schwangerschaftsberatung arabisch", "Arabic-speaking debt
// counselling"): the suggestion form asks for it, as if chosen in its language field, when none is
// chosen there, and says so. Names come from the ICU data of the runtime in German and English, plus a few names people use
// that ICU does not give. A need about learning a language ("Englisch lernen", "Nachhilfe Französisch")
// or one that rules it out ("nicht auf Russisch") names no language to counsel in.

const EXTRA_NAMES: Record<string, string[]> = {
  fa: ['farsi'],
  ku: ['kurmandschi', 'kurmanji', 'kurmanci', 'sorani'],
  ti: ['tigrinisch', 'tigrinja'],
  so: ['somalisch'],
  prs: ['dari'],
  ps: ['paschtunisch', 'pashto'],
};

/** Words that make the text about learning or translating a language, not about counselling in it. */
const LEARNING = /^(lern|learn|kurs|course|nachhilfe|unterricht|lesson|tutor|sprachkurs)/;
/** Words that rule out the language named right after them ("nicht auf Russisch"). */
const NEGATIONS = new Set(['nicht', 'kein', 'keine', 'ohne', 'not', 'no', 'without']);

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

/** "arabischsprachig(e)" → "arabisch"; "arabische", "arabischer" … → "arabisch". */
const SPEAKING = /^(.+?)sprachig(e|en|er|es|em)?$/;
const ADJECTIVE = /^(.+isch)(e|en|er|es|em)$/;

/**
 * The first of `codes` that the text names as a word ("arabisch", "auf Arabisch", "Arabic-speaking",
 * "arabischsprachige Beratung", "in arabischer Sprache"), with the word as written; null when it names
 * none, or when the text is about learning a language.
 */
export function languageNamedIn(
  text: string,
  codes: readonly string[],
): { code: string; word: string } | null {
  const written = text.split(/[^\p{L}]+/u).filter(Boolean);
  const lower = written.map(normalise);
  if (lower.some((word) => LEARNING.test(word))) return null;
  const byName = namesOf(codes);
  for (const [i, word] of lower.entries()) {
    const code =
      byName.get(word) ??
      byName.get(SPEAKING.exec(word)?.[1] ?? '') ??
      byName.get(ADJECTIVE.exec(word)?.[1] ?? '');
    if (!code) continue;
    // "nicht auf Russisch", "keine arabische": ruled out, not asked for.
    if (lower.slice(Math.max(0, i - 2), i).some((before) => NEGATIONS.has(before))) continue;
    return { code, word: written[i]! };
  }
  return null;
}
