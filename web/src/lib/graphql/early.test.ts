// The early request of /netzwerk: answered once, for exactly its body; anything else is fetched as usual.
import { afterEach, describe, expect, it } from 'vitest';
import { withEarlyRequest } from './early';

const globals = globalThis as { window?: Partial<Window> };
afterEach(() => delete globals.window);

describe('withEarlyRequest', () => {
  const asked: string[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    asked.push(String(init?.body));
    return new Response('fetched');
  }) as typeof globalThis.fetch;

  it('answers the same body once from the early request, and takes it off the window', async () => {
    const early = Promise.resolve(new Response('early'));
    globals.window = { __lotseEarlyRequest: { body: '{"a":1}', response: early } };
    asked.length = 0;
    const wrapped = withEarlyRequest(fetch, '{"a":1}');
    expect(globals.window.__lotseEarlyRequest).toBeUndefined();
    expect(await (await wrapped('/graphql', { body: '{"a":1}' })).text()).toBe('early');
    // the same request again (after a recorded contact) goes out anew
    expect(await (await wrapped('/graphql', { body: '{"a":1}' })).text()).toBe('fetched');
    expect(await (await wrapped('/graphql', { body: '{"b":2}' })).text()).toBe('fetched');
    expect(asked).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('fetches when the early request was for another body, and drops it', async () => {
    const early = { body: '{"other":true}', response: Promise.resolve(new Response('early')) };
    globals.window = { __lotseEarlyRequest: early };
    expect(withEarlyRequest(fetch, '{"a":1}')).toBe(fetch);
    expect(globals.window.__lotseEarlyRequest).toBeUndefined();
    expect(withEarlyRequest(fetch, '{"other":true}')).toBe(fetch);
  });

  it('fetches when there is no window (server) or no early request', () => {
    expect(withEarlyRequest(fetch, '{"a":1}')).toBe(fetch);
    globals.window = {};
    expect(withEarlyRequest(fetch, '{"a":1}')).toBe(fetch);
  });
});
