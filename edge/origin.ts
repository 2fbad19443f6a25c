/**
 * The static site behind the edge host: everything the worker does not draw is answered by it, unchanged —
 * its headers, 304s and ranges included. Deployed in front of any static host, the worker forwards to ORIGIN
 * (its address); deployed with Workers Static Assets, to the ASSETS binding (docs/deploying.md).
 */
export interface EdgeEnv {
  /** The static host's address ("https://static.example.org"), when the worker fronts one. */
  ORIGIN?: string;
  /** Workers Static Assets, when out/ is deployed with the worker. */
  ASSETS?: { fetch(request: Request): Promise<Response> };
}

export function fromOrigin(request: Request, env: EdgeEnv): Promise<Response> {
  if (env.ASSETS) return env.ASSETS.fetch(request);
  if (!env.ORIGIN) return Promise.resolve(new Response('The edge host has no ORIGIN to forward to.', { status: 502 }));
  const url = new URL(request.url);
  const target = new URL(`${url.pathname}${url.search}`, env.ORIGIN);
  // The origin's redirects are the reader's to follow: they name the reader's address, not the origin's.
  return fetch(new Request(target, { method: request.method, headers: request.headers, redirect: 'manual' }));
}

/** A page of the static site, whole (no validators: the edge reads its markup). */
export function originPage(path: string, request: Request, env: EdgeEnv): Promise<Response> {
  const url = new URL(path, request.url);
  return fromOrigin(new Request(url, { headers: { accept: 'text/html', 'accept-encoding': 'identity' } }), env);
}
