// Argument validation for resolvers: zod issues become one BAD_USER_INPUT error naming the fields.
import { z } from 'zod';
import { parseOrThrow } from '../errors.ts';

// zod's own messages (too small, unknown key …) in German and English, like ours.
const german = z.locales.de().localeError;
const english = z.locales.en().localeError;
const text = (result: ReturnType<typeof german>) =>
  typeof result === 'string' ? result : (result?.message ?? '');
z.config({ localeError: (issue) => `${text(german(issue))} / ${text(english(issue))}` });

export const parseArgs = <Schema extends z.ZodType>(schema: Schema, args: unknown): z.output<Schema> =>
  parseOrThrow(schema, args);

/**
 * GraphQL input objects may carry explicit nulls for optional fields; they mean "not given", so the
 * model's defaults apply. Fields in `keep` keep their null (where null is a value, e.g. an unknown year).
 */
export function withoutNulls(value: unknown, keep: readonly string[] = []): Record<string, unknown> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => v !== null || keep.includes(k)));
}
