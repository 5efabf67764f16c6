// Forwards /graphql from the web server to the API, so the browser talks to one origin only.
import type { RequestEvent } from '@sveltejs/kit';

/** Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus the ones fetch recomputes. */
const hopByHop = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];
const requestDrop = new Set([...hopByHop, 'host', 'content-length', 'accept-encoding']);
// fetch has already decoded the body, so its length and encoding no longer hold.
const responseDrop = new Set([...hopByHop, 'content-length', 'content-encoding', 'set-cookie']);

/** Headers the Connection header names are hop-by-hop too. */
function connectionListed(headers: Headers): Set<string> {
  return new Set(
    (headers.get('connection') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
}

function clientAddress(event: RequestEvent): string | undefined {
  try {
    return event.getClientAddress();
  } catch {
    return undefined;
  }
}

export async function proxyToApi(event: RequestEvent, apiOrigin: string): Promise<Response> {
  const { request, url } = event;
  const target = new URL(url.pathname + url.search, apiOrigin);

  const listed = connectionListed(request.headers);
  const headers = new Headers();
  for (const [name, value] of request.headers) {
    if (!requestDrop.has(name) && !listed.has(name)) headers.set(name, value);
  }
  headers.set('x-forwarded-host', url.host);
  headers.set('x-forwarded-proto', url.protocol.replace(':', ''));
  const address = clientAddress(event);
  if (address) headers.set('x-forwarded-for', address);

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
    });
  } catch (cause) {
    console.error(`[proxy] API at ${apiOrigin} unreachable:`, cause);
    return Response.json(
      {
        errors: [
          {
            message: 'Die API ist nicht erreichbar / the API cannot be reached',
            extensions: { code: 'API_UNREACHABLE' },
          },
        ],
      },
      { status: 502 },
    );
  }

  const upstreamListed = connectionListed(upstream.headers);
  const responseHeaders = new Headers();
  for (const [name, value] of upstream.headers) {
    if (!responseDrop.has(name) && !upstreamListed.has(name)) responseHeaders.set(name, value);
  }
  for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);

  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}
