// Test helper: GraphQL over real HTTP with a session cookie, as a browser would send it.
import { expect } from 'vitest';

export interface Reply {
  status: number;
  cookie: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username role managerId } }';

export const cookieOf = (setCookie: string | null) => setCookie?.split(';')[0] ?? '';
export const codeOf = (reply: Reply) => reply.body.errors?.[0]?.extensions?.code;

export function graphqlClient(url: () => string) {
  async function post(
    query: string,
    variables: Record<string, unknown> = {},
    cookie?: string,
  ): Promise<Reply> {
    const response = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      cookie: response.headers.get('set-cookie'),
      body: (await response.json()) as Reply['body'],
    };
  }
  async function login(username: string, password: string): Promise<string> {
    const reply = await post(LOGIN, { u: username, p: password });
    expect(reply.body.errors).toBeUndefined();
    return cookieOf(reply.cookie);
  }
  return { post, login };
}
