// bench:api's reference servers: the same schema and context code behind less than the Lotse API, so
// the bench shows which layer costs what (docs/PERFORMANCE.md). Never used to serve anything else.
//
//   MODE=apollo   node:http → Apollo Server's request pipeline (executeHTTPGraphQLRequest); no Express,
//                 no Lotse middleware (request id, CORS, body limit, no-store)
//   MODE=graphql  node:http → graphql-js `execute` of a document parsed once → JSON.stringify; no Apollo
//
// Started by api/bench/api.ts with LOTSE_DATA_PATH, PORT and BENCH_USERNAME; prints
// `ready <cookie>` when it listens. Answers POST bodies of `{ "query": … }` only.
import { createServer } from 'node:http';
import { execute, parse, type DocumentNode } from 'graphql';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApiContext } from '../src/context.ts';
import { formatError } from '../src/errors.ts';
import { requestLimitRules } from '../src/hardening/limits.ts';
import { createSchema } from '../src/schema/executable.ts';
import { limitsFor } from '../src/server.ts';
import { openInProcess } from './in-process.ts';

const mode = process.env.MODE;
if (mode !== 'apollo' && mode !== 'graphql') throw new Error('MODE must be apollo or graphql');
const local = await openInProcess(process.env.LOTSE_DATA_PATH!, process.env.BENCH_USERNAME!);
const schema = createSchema();
// As the Lotse API configures it in production, minus the drain plugin (it needs the Express server) and
// the network-map cache's plugin (the listing is no mutation).
const apollo = new ApolloServer<ApiContext>({
  schema,
  introspection: false,
  csrfPrevention: true,
  allowBatchedHttpRequests: false,
  validationRules: requestLimitRules(limitsFor(true)),
  includeStacktraceInErrorResponses: false,
  formatError,
  plugins: [ApolloServerPluginCacheControlDisabled()],
});
if (mode === 'apollo') await apollo.start();
const documents = new Map<string, DocumentNode>();

async function answer(body: { query: string }, cookie: string | undefined) {
  if (mode === 'graphql') {
    let document = documents.get(body.query);
    if (!document) documents.set(body.query, (document = parse(body.query)));
    const result = await execute({ schema, document, contextValue: local.context(cookie) });
    return { status: 200, headers: [['content-type', 'application/json']], text: JSON.stringify(result) };
  }
  const headers = new HeaderMap([['content-type', 'application/json']]);
  const reply = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body },
    context: async () => local.context(cookie),
  });
  if (reply.body.kind !== 'complete') throw new Error('incremental delivery is not expected here');
  return { status: reply.status ?? 200, headers: [...reply.headers], text: reply.body.string };
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    answer(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string }, req.headers.cookie).then(
      ({ status, headers, text }) => {
        res.writeHead(status, Object.fromEntries(headers));
        res.end(text);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`ready ${local.cookie}`));
process.once('SIGTERM', () => {
  server.close();
  void (mode === 'apollo' ? apollo.stop() : Promise.resolve()).then(() => local.close());
});
