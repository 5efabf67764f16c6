// clientAddress and overHttps must read a request exactly as Express reads req.ip and req.secure, for
// every kind of `trust proxy` setting: one Express app answers both readings of the same real request.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, overHttps, type TrustProxy } from './http-request.ts';

const settings: (boolean | number | string)[] = [
  false,
  true,
  'loopback',
  1,
  2,
  '10.0.0.0/8',
  'loopback, 10.1.2.3',
];
let server: Server;
let base: string;

beforeAll(async () => {
  const root = express();
  settings.forEach((setting, index) => {
    const app = express();
    app.set('trust proxy', setting);
    const trust = app.get('trust proxy fn') as TrustProxy;
    app.get('/', (req, res) => {
      res.json({
        express: { ip: req.ip, secure: req.secure },
        ours: { ip: clientAddress(req, trust), secure: overHttps(req, trust) },
      });
    });
    root.use(`/${index}`, app);
  });
  server = createServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const headerSets: Record<string, string>[] = [
  {},
  { 'x-forwarded-for': '203.0.113.7' },
  { 'x-forwarded-for': '203.0.113.7, 10.1.2.3' },
  { 'x-forwarded-for': ' 198.51.100.1 ,203.0.113.7 , 10.9.9.9 ' },
  { 'x-forwarded-for': ',,' },
  { 'x-forwarded-for': '203.0.113.7,\t127.0.0.1' },
  { 'x-forwarded-for': '2001:db8::7, ::1' },
  { 'x-forwarded-proto': 'https' },
  { 'x-forwarded-proto': 'https, http', 'x-forwarded-for': '203.0.113.7' },
  { 'x-forwarded-proto': 'http' },
  { 'x-forwarded-proto': '' },
];

describe('the request as Express reads it', () => {
  it.each(settings.map((setting, index) => [String(setting), index] as const))(
    'trust proxy %s: same client address and HTTPS as req.ip and req.secure',
    async (_name, index) => {
      for (const headers of headerSets) {
        const reply = (await (await fetch(`${base}/${index}/`, { headers })).json()) as {
          express: { ip: string; secure: boolean };
          ours: { ip: string; secure: boolean };
        };
        expect(reply.ours, JSON.stringify(headers)).toEqual(reply.express);
      }
    },
  );

  it('a trusted proxy is believed, an untrusted one is not', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' };
    const trusted = (await (await fetch(`${base}/${settings.indexOf('loopback')}/`, { headers })).json()) as {
      ours: { ip: string; secure: boolean };
    };
    expect(trusted.ours).toEqual({ ip: '203.0.113.7', secure: true });
    const untrusted = (await (await fetch(`${base}/${settings.indexOf(false)}/`, { headers })).json()) as {
      ours: { ip: string; secure: boolean };
    };
    expect(untrusted.ours).toEqual({ ip: '127.0.0.1', secure: false });
  });
});
