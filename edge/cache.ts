/**
 * Every response the edge draws is cached (the Cache API, in each data centre) under the release and the
 * normalised view: the same view asked for in any spelling of its address is drawn once per release, and a
 * release's data never changes, so an entry never goes stale — a new release is a new key. The entry is stored
 * as immutable; the reader gets the site's own caching headers for the address (serve.json).
 */
import { RELEASE } from './release';

/** The cache's key for a normalised address ("/charts/<key>/<file>", "/?companies=…"). */
export function cacheKey(normalised: string): Request {
  return new Request(`https://edge-cache.invalid/${encodeURIComponent(RELEASE)}${normalised}`);
}

const STORED = 'public, max-age=31536000, immutable';

/**
 * The cached response for the key, or the one `draw` makes, stored on the way out. `headers` are the reader's;
 * `waitUntil` keeps the worker alive until the copy is stored.
 */
export async function cached(
  key: Request,
  headers: Record<string, string>,
  draw: () => Promise<Response>,
  waitUntil: (p: Promise<unknown>) => void,
): Promise<{ response: Response; hit: boolean }> {
  const cache = caches.default;
  const hit = await cache.match(key);
  const made = hit ?? (await draw());
  if (!hit && made.ok) {
    const stored = new Response(made.clone().body, made);
    stored.headers.set('Cache-Control', STORED);
    waitUntil(cache.put(key, stored));
  }
  const response = new Response(made.body, made);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set('X-Edge-Cache', hit ? 'HIT' : 'MISS');
  return { response, hit: hit !== undefined };
}
