// Transport-neutral errors of the graph layer; the API maps them to GraphQL codes in one place.

export interface FieldIssue {
  /** Path to the offending field, e.g. ['rows', 3, 'lat']. */
  path: (string | number)[];
  message: string;
}

/** Input that does not fit the model. Thrown before anything is written. */
export class GraphValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    const first = issues[0];
    super(
      first
        ? `Ungültige Eingabe / invalid input at ${formatPath(first.path)}: ${first.message}` +
            (issues.length > 1 ? ` (+${issues.length - 1} more)` : '')
        : 'Ungültige Eingabe / invalid input',
    );
    this.name = 'GraphValidationError';
    this.issues = issues;
  }
}

/** The engine failed (unreachable, constraint, driver fault). The message may contain engine detail: log it, do not show it. */
export class GraphEngineError extends Error {
  readonly engineCode: string;
  constructor(message: string, engineCode: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphEngineError';
    this.engineCode = engineCode;
  }
}

export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    '',
  );
}
