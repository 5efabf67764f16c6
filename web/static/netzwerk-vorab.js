// The network map's data request, started while the page is still loading: the map's answer takes the
// API a good half-second for a large district, and the app needs about as long to start. /netzwerk puts
// this script in its head with the request's body (data-body, made by the server load); the page takes
// the response (lotseEarlyRequest in $lib/graphql/early.ts) if it asks exactly this, else it asks itself.
// External, not inline: the Content-Security-Policy allows scripts from this origin only.
(function () {
  var script = document.currentScript;
  var body = script && script.getAttribute('data-body');
  if (!body || typeof fetch !== 'function') return;
  // Inserted by the running app (a navigation within Lotse), it would come after the page's own request.
  if (document.body && document.body.getAttribute('data-hydrated') === 'true') return;
  var response = fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: body,
    credentials: 'same-origin',
  });
  // A failure is handled by whoever takes the response; none must go unhandled meanwhile.
  response.catch(function () {});
  window.__lotseEarlyRequest = { body: body, response: response };
})();
