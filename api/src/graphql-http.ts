// /graphql on node:http without Express: Lotse's request id and CORS, `Cache-Control: no-store`, the JSON
// body parser (body-parser, as express.json), then Apollo Server's own request pipeline
// (executeHTTPGraphQLRequest, which Apollo's integrations call). Express's routing and response helpers
// took ≈ 40 % of the directory listing's throughput (bench:api, ADR 0011); Express still serves the rest.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import express from 'express';
import type { ApiContext } from './context.ts';
import type { NodeMiddleware } from './hardening/cors.ts';

export interface GraphqlHandlerOptions {
  apollo: ApolloServer<ApiContext>;
  /** Run first, in order (request id, CORS); one that answers by itself does not call on. */
  before: NodeMiddleware[];
  context: (req: IncomingMessage, res: ServerResponse) => Promise<ApiContext>;
  /** Largest request body, as body-parser reads it ('100kb'). */
  bodyLimit: string;
  /** Answers an error of the HTTP layer (a body too large, malformed JSON, anything unexpected). */
  fail: (error: unknown, res: ServerResponse) => void;
}

/** Requests for this path go to the handler; Express answers everything else. */
export const isGraphqlPath = (url: string | undefined): boolean => {
  const path = (url ?? '').split('?', 1)[0];
  return path === '/graphql' || path === '/graphql/';
};

export function graphqlHandler(options: GraphqlHandlerOptions) {
  const readJson = express.json({ limit: options.bodyLimit });

  async function answer(req: IncomingMessage & { body?: unknown }, res: ServerResponse) {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const query = req.url!.indexOf('?');
    const reply = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method!.toUpperCase(),
        headers,
        search: query < 0 ? '' : req.url!.slice(query),
        body: req.body,
      },
      context: () => options.context(req, res),
    });
    for (const [name, value] of reply.headers) res.setHeader(name, value);
    res.statusCode = reply.status ?? 200;
    if (reply.body.kind === 'complete') {
      res.end(reply.body.string);
      return;
    }
    for await (const chunk of reply.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    const fail = (error: unknown) => {
      try {
        if (res.headersSent) res.destroy();
        else options.fail(error, res);
      } catch {
        // Answering failed too (a closed socket, an odd status): the connection ends, the process stays.
        res.destroy();
      }
    };
    const steps = options.before;
    const next = (index: number) => {
      if (index < steps.length) {
        steps[index]!(req, res, () => next(index + 1));
        return;
      }
      // Answers may carry client data (special category): never kept by browsers or proxies.
      res.setHeader('Cache-Control', 'no-store');
      readJson(req as Parameters<typeof readJson>[0], res as Parameters<typeof readJson>[1], (error) => {
        if (error) fail(error);
        else answer(req, res).catch(fail);
      });
    };
    try {
      next(0);
    } catch (error) {
      fail(error);
    }
  };
}
