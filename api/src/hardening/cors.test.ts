// The CORS middleware over real HTTP: an Express app on a free port, asked with fetch.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corsAllowlist, parseOrigins } from './cors.ts';

const webOrigin = 'https://lotse.example';
const devOrigin = 'http://localhost:5173';
const foreignOrigin = 'https://evil.example';

let server: Server;
let endpoint: string;

beforeAll(async () => {
  const app = express();
  // The dev entry carries a trailing slash on purpose: it must still match.
  app.use(corsAllowlist([webOrigin, `${devOrigin}/`]));
  app.all('/graphql', (req, res) => {
    res.json({ reached: true, method: req.method });
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));
}

function post(headers: Record<string, string>): Promise<Response> {
  return fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
}

function preflight(origin: string): Promise<Response> {
  return fetch(endpoint, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
}

describe('corsAllowlist', () => {
  it('echoes an allowed origin with credentials and Vary', async () => {
    const response = await post({ origin: webOrigin });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reached: true, method: 'POST' });
    expect(corsHeaders(response)).toEqual({
      'access-control-allow-origin': webOrigin,
      'access-control-allow-credentials': 'true',
    });
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('matches an allowlist entry written with a trailing slash', async () => {
    const response = await post({ origin: devOrigin });
    expect(response.headers.get('access-control-allow-origin')).toBe(devOrigin);
  });

  it('gives a disallowed origin no CORS headers at all', async () => {
    const response = await post({ origin: foreignOrigin });
    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual({});
    expect(response.headers.get('vary')).toBeNull();
  });

  it('does not match by prefix or by a different scheme', async () => {
    for (const origin of [`${webOrigin}.evil.example`, 'http://lotse.example', 'null']) {
      const response = await post({ origin });
      expect(corsHeaders(response), origin).toEqual({});
    }
  });

  it('answers a preflight from an allowed origin with 204 and the allowed methods and headers', async () => {
    const response = await preflight(webOrigin);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(corsHeaders(response)).toEqual({
      'access-control-allow-origin': webOrigin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
      'access-control-max-age': '600',
    });
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('refuses a preflight from a disallowed origin with 403 and a GraphQL-style error body', async () => {
    const response = await preflight(foreignOrigin);
    expect(response.status).toBe(403);
    expect(corsHeaders(response)).toEqual({});
    expect(await response.json()).toEqual({
      errors: [{ message: 'Herkunft nicht erlaubt / origin not allowed', extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it('passes requests without Origin through untouched', async () => {
    const response = await post({});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reached: true, method: 'POST' });
    expect(corsHeaders(response)).toEqual({});
    expect(response.headers.get('vary')).toBeNull();

    // An OPTIONS without Origin is not a CORS preflight and reaches the app as well.
    const options = await fetch(endpoint, { method: 'OPTIONS' });
    expect(options.status).toBe(200);
    expect(await options.json()).toEqual({ reached: true, method: 'OPTIONS' });
  });
});

describe('parseOrigins', () => {
  const fallback = ['http://localhost:5173'];

  it('uses the fallback when the variable is unset or blank', () => {
    expect(parseOrigins(undefined, fallback)).toBe(fallback);
    expect(parseOrigins('', fallback)).toBe(fallback);
    expect(parseOrigins(' , ,', fallback)).toBe(fallback);
  });

  it('splits, trims, drops empties and trailing slashes', () => {
    expect(parseOrigins(' https://lotse.example/ ,, http://localhost:8080 ,', fallback)).toEqual([
      'https://lotse.example',
      'http://localhost:8080',
    ]);
  });

  it('refuses entries that are not plain http(s) origins, naming the variable', () => {
    const refused = [
      'lotse.example',
      '*',
      'null',
      'ftp://lotse.example',
      'https://lotse.example/graphql',
      'https://lotse.example?x=1',
      'https://user@lotse.example',
      'https://Lotse.Example',
      'https://lotse.example:443',
    ];
    for (const entry of refused) {
      expect(() => parseOrigins(`https://ok.example, ${entry}`, fallback), entry).toThrow(
        `LOTSE_CORS_ORIGINS: "${entry}" is not an http(s) origin`,
      );
    }
    expect(() => parseOrigins('https://lotse.example/graphql', fallback)).toThrow(
      'did you mean https://lotse.example?',
    );
  });
});
