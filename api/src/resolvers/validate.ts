// Argument validation for resolvers: zod issues become one BAD_USER_INPUT error naming the fields.
import type { z } from 'zod';
import { InvalidInputError, formatPath } from '../errors.ts';

export function parseArgs<Schema extends z.ZodType>(schema: Schema, args: unknown): z.output<Schema> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((issue) => ({ field: formatPath(issue.path), message: issue.message })),
  );
}
