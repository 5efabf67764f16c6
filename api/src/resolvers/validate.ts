// Argument validation for resolvers: zod issues become one BAD_USER_INPUT error naming the fields.
import { z } from 'zod';
import { InvalidInputError, formatPath } from '../errors.ts';

// zod's own messages (too small, unknown key …) in German and English, like ours.
const german = z.locales.de().localeError;
const english = z.locales.en().localeError;
const text = (result: ReturnType<typeof german>) =>
  typeof result === 'string' ? result : (result?.message ?? '');
z.config({ localeError: (issue) => `${text(german(issue))} / ${text(english(issue))}` });

export function parseArgs<Schema extends z.ZodType>(schema: Schema, args: unknown): z.output<Schema> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((issue) => ({ field: formatPath(issue.path), message: issue.message })),
  );
}
