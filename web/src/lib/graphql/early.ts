// A GraphQL request a page started before hydration (static/netzwerk-vorab.js): taken once, by a fetch
// for exactly the same body; any other request goes out as usual.

declare global {
  interface Window {
    __lotseEarlyRequest?: { body: string; response: Promise<Response> };
  }
}

/** A fetch for executeGraphql that answers `body` from the early request if there is one for it. */
export function withEarlyRequest(fetch: typeof globalThis.fetch, body: string): typeof globalThis.fetch {
  const early = typeof window === 'undefined' ? undefined : window.__lotseEarlyRequest;
  if (!early) return fetch;
  // Taken or not, it is for this page load only: a later request never gets it.
  delete window.__lotseEarlyRequest;
  if (early.body !== body) return fetch;
  let taken = false;
  return (input, init) => {
    if (!taken && init?.body === body) {
      taken = true;
      return early.response;
    }
    return fetch(input, init);
  };
}
