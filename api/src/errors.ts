// Application errors of the API and the one place that turns any error into a GraphQL error
// response: known errors keep their code, everything else is masked and logged with the request id.
import type { GraphQLFormattedError } from 'graphql';
import type { z } from 'zod';
import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphValidationError } from '@lotse/graph';
import { describeError, logger } from './logger.ts';
import { currentRequestId } from './request-scope.ts';

export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export interface FieldIssue {
  /** Dotted path of the offending argument or input field, e.g. `municipalityAgs` or `input.rows[2].lat`. */
  field: string;
  message: string;
}

/** An error the caller caused and may see. Services throw these; they know nothing of GraphQL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** Arguments that do not fit the rules; names the first offending field and lists all of them. */
export class InvalidInputError extends AppError {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    const first = issues[0];
    super(
      'BAD_USER_INPUT',
      first
        ? `Ungültige Eingabe / invalid input: ${first.field}: ${first.message}`
        : 'Ungültige Eingabe / invalid input',
      { field: first?.field ?? null, issues },
    );
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

/** The error for a refused authorisation: log in first, or not allowed (with what is not allowed). */
export function deniedError(code: 'UNAUTHENTICATED' | 'FORBIDDEN', forbidden: string): AppError {
  return code === 'UNAUTHENTICATED'
    ? new AppError('UNAUTHENTICATED', 'Bitte anmelden / please log in')
    : new AppError('FORBIDDEN', forbidden);
}

/** Parses `value`; every issue becomes a field of one BAD_USER_INPUT error, below `prefix` when given. */
export function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  prefix?: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((issue) => ({
      field: formatPath(prefix ? [prefix, ...issue.path] : issue.path),
      message: issue.message,
    })),
  );
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `Nicht gefunden / not found: ${what} ${id}`, { id });
    this.name = 'NotFoundError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    const name = String(part);
    return acc ? `${acc}.${name}` : name;
  }, '');
}

/** Errors GraphQL itself raises about the request; they describe the caller's request, not our state. */
const requestErrorCodes = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
  'INTROSPECTION_DISABLED',
  'MAX_RECURSIVE_SELECTIONS_EXCEEDED',
]);

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/**
 * GraphQL's own variable checks (a Date that is no date, a missing required field) say where in their
 * message: `Variable "$input" got invalid value … at "input.openedOn"; …`. Name that field like ours.
 */
function withFieldOfVariable(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (
    formatted.extensions?.['code'] !== ApolloServerErrorCode.BAD_USER_INPUT ||
    formatted.extensions['field']
  )
    return formatted;
  const match = /^Variable "\$([\w]+)" got invalid value .*? at "([^"]+)"/s.exec(formatted.message);
  const variable = /^Variable "\$([\w]+)"/.exec(formatted.message);
  const field = match?.[2] ?? variable?.[1];
  return field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
}

/** Apollo's `formatError`: the single mapping from thrown errors to what a client sees. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof GraphValidationError) {
    const issues = original.issues.map((issue) => ({
      field: formatPath(issue.path),
      message: issue.message,
    }));
    return {
      ...base,
      message: original.message,
      extensions: { code: 'BAD_USER_INPUT', field: issues[0]?.field ?? null, issues },
    };
  }
  // The request-limit rules raise QUERY_TOO_COMPLEX; Apollo relabels validation errors, so restore it.
  const limitError = [original, original instanceof GraphQLError ? original.originalError : undefined].find(
    (e): e is GraphQLError => e instanceof GraphQLError && e.extensions['code'] === 'QUERY_TOO_COMPLEX',
  );
  if (limitError) return { ...base, message: limitError.message, extensions: { ...limitError.extensions } };
  const code = formatted.extensions?.['code'];
  const raisedByGraphql = original instanceof GraphQLError || original === error;
  if (raisedByGraphql && typeof code === 'string' && requestErrorCodes.has(code)) {
    return withFieldOfVariable(withoutStacktrace(formatted));
  }

  const requestId = currentRequestId() ?? 'unknown';
  logger.error('unexpected error while answering a GraphQL request', {
    path: formatted.path,
    ...describeError(original),
  });
  return {
    ...base,
    message: `Interner Fehler, bitte später erneut versuchen (Anfrage ${requestId}) / internal error, please try again later (request ${requestId})`,
    extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}

/**
 * Runs a single-row graph write whose input the caller sent as `prefix` (e.g. `input`): the graph names
 * a missing reference as `rows[0].municipalityAgs`; the caller sees `input.municipalityAgs`.
 */
export async function asField<T>(prefix: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof GraphValidationError)) throw error;
    throw new InvalidInputError(
      error.issues.map((issue) => {
        const [rows, index, ...rest] = issue.path;
        const path =
          rows === 'rows' && typeof index === 'number' ? [prefix, ...rest] : [prefix, ...issue.path];
        return { field: formatPath(path), message: issue.message };
      }),
    );
  }
}
