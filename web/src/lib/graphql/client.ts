// Runs a typed GraphQL document against the web app's own /graphql (the proxy to the API, with the
// user's cookies): from server load functions with SvelteKit's fetch, and from the browser with its own.
import type { TypedDocumentString } from '$lib/graphql/__generated__/graphql';

export interface GraphqlErrorEntry {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** The API could not answer (unreachable, not JSON) or answered with errors. */
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly kind: 'unreachable' | 'errors',
    readonly status: number,
    readonly errors: readonly GraphqlErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'GraphqlRequestError';
  }

  /** The `extensions.code` of the first error, e.g. BAD_USER_INPUT. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }

  /** The field the first error names (`extensions.field`, e.g. `input.at`), or ''. */
  get field(): string {
    return String(this.errors[0]?.extensions?.field ?? '');
  }

  /** Why that field was refused ("Deutsch / English"): its entry in `extensions.issues`, else the message. */
  get reason(): string {
    const issues = this.errors[0]?.extensions?.issues;
    const issue = Array.isArray(issues)
      ? (issues as { field?: unknown; message?: unknown }[]).find((i) => i.field === this.field)
      : undefined;
    return typeof issue?.message === 'string' ? issue.message : this.message;
  }
}

interface GraphqlResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphqlErrorEntry[];
}

/** The request body of a document with its variables, exactly as executeGraphql sends it. */
export const graphqlBody = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): string => JSON.stringify({ query: document.toString(), variables });

export async function executeGraphql<TResult, TVariables>(
  fetch: typeof globalThis.fetch,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: graphqlBody(document, variables),
    });
  } catch (cause) {
    throw new GraphqlRequestError(
      `API nicht erreichbar / API unreachable: ${String(cause)}`,
      'unreachable',
      0,
    );
  }

  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    throw new GraphqlRequestError(
      `API answered ${response.status} without JSON`,
      'unreachable',
      response.status,
    );
  }
  const body = (await response.json()) as GraphqlResponseBody<TResult>;
  if (body.errors?.length || !body.data) {
    const errors = body.errors ?? [];
    throw new GraphqlRequestError(
      errors[0]?.message ?? 'GraphQL answered without data',
      'errors',
      response.status,
      errors,
    );
  }
  return body.data;
}
