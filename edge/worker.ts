/**
 * The edge host: a Cloudflare Worker in front of the static site (out/), the third host of the one renderer.
 * A page or embed address whose query asks for a view the build did not draw is answered with that view drawn
 * into the page's markup, before any script runs, with its own link preview, oEmbed and file addresses; any
 * view's files are drawn at addresses derived from its key (/charts/<key>/<file>). Everything else is the static
 * site's answer, unchanged. Responses are cached under the release and the normalised view (./cache.ts).
 *
 * Bounded: the address is read only through the parameter table (lib/url/), capped in length, and each drawing
 * in time; whatever it cannot answer goes to the static site, so no address yields a 5xx from here, and nothing
 * from the address is written into a page except values the table accepted, escaped by the rewriter.
 */
import { viewPreviewPath } from '@/lib/charts/exports/export-paths';
import { isBakedView, parseViewKey, viewKey } from '@/lib/charts/model/keys';
import { chartEntry } from '@/lib/charts/model/registry';
import { buildChartSpec } from '@/lib/charts/model/spec';
import type { HeaderRule } from '@/lib/http/headers-file';
import { headersFor } from '@/lib/http/static-site';
import { oembedPath } from '@/lib/embeds/oembed';
import { serializeUrlState } from '@/lib/url/url-state';
import type { View } from '@/lib/url/view';
import serveConfig from '@/serve.json';
import { cacheKey, cached } from './cache';
import { LINK_PREVIEW_FILE, drawFile, drawParts, isDrawnFile } from './draw';
import { type EdgeEnv, fromOrigin, originPage } from './origin';
import { partsKey, readOutline, rewritePage } from './page-html';
import { type ComposedPage, composePage } from './page-views';
import { RELEASE, dataset, vocabulary } from './release';

/** Longer addresses are the static site's to answer: no view's address comes near it. */
const MAX_ADDRESS_LENGTH = 2048;
/** A drawing that takes longer is abandoned, and the static site answers (the reader's browser then draws it). */
const DRAW_BUDGET_MS = 20_000;

const FILE_ADDRESS = /^\/charts\/([a-z0-9-]+)\/([a-z0-9.-]+)$/;
/** The pages whose address may ask for a view: the overview, a company's page, a live embed. */
const PAGE_ADDRESS = /^\/(?:companies\/[a-z0-9-]+|embed\/(?!v\/)[a-z0-9-]+)?$/;

const rules: readonly HeaderRule[] = serveConfig.headers;

function withinBudget<T>(work: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('over the drawing budget')), DRAW_BUDGET_MS);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** A strong validator for what a release draws at an address: the same address, the same bytes. */
function etagOf(normalised: string): string {
  let h = 0x811c9dc5;
  for (const c of `${RELEASE}${normalised}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `"edge-${h.toString(36)}"`;
}

function answer(request: Request, response: Response, etag: string): Response {
  response.headers.set('ETag', etag);
  const unchanged = request.headers
    .get('If-None-Match')
    ?.split(/\s*,\s*/)
    .includes(etag);
  if (unchanged) return new Response(null, { status: 304, headers: response.headers });
  return request.method === 'HEAD' ? new Response(null, response) : response;
}

async function viewFile(request: Request, env: EdgeEnv, ctx: ExecutionContext, key: string, name: string) {
  const view = parseViewKey(key, vocabulary);
  // A baked view's files are the build's; its link preview is the edge's (the build makes each page's).
  if (!view || !isDrawnFile(name) || (isBakedView(view) && name !== LINK_PREVIEW_FILE)) return fromOrigin(request, env);
  const address = `/charts/${key}/${name}`;
  const origin = new URL(request.url).origin;
  const { response } = await cached(
    cacheKey(address),
    headersFor(rules, address.slice(1)),
    async () => {
      const file = await withinBudget(drawFile(view, name, origin));
      return new Response(file.body as BodyInit, { headers: { 'Content-Type': file.type } });
    },
    (p) => ctx.waitUntil(p),
  );
  return answer(request, response, etagOf(address));
}

/** The view a page's link preview and oEmbed name: its main chart's (the registry's linkPreview), as drawn. */
function mainView(page: ComposedPage): View | undefined {
  const shown = page.blocks.filter((b) => !b.hidden).map((b) => b.variants[0]?.view);
  return shown.find((v) => v && chartEntry(v.chart).linkPreview) ?? shown[0];
}

/** The headers of the static page, for the page the edge drew from it. */
function pageHeaders(origin: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  origin.headers.forEach((value, name) => {
    if (!['content-length', 'content-encoding', 'etag', 'last-modified', 'accept-ranges'].includes(name))
      headers[name] = value;
  });
  return headers;
}

async function page(request: Request, env: EdgeEnv, ctx: ExecutionContext): Promise<Response> {
  const url = new URL(request.url);
  const origin = await originPage(url.pathname, request, env);
  if (origin.status !== 200 || !(origin.headers.get('Content-Type') ?? '').startsWith('text/html'))
    return fromOrigin(request, env);
  const html = await origin.text();
  const composed = composePage(await readOutline(html), url.search, vocabulary);
  if (!composed.changed) return fromOrigin(request, env);
  const normalised = `${url.pathname}${serializeUrlState(composed.state)}`;
  const { response } = await cached(
    cacheKey(normalised),
    pageHeaders(origin),
    async () => {
      const parts = new Map();
      await withinBudget(
        (async () => {
          for (const block of composed.blocks)
            for (const v of block.variants)
              if (v.changed)
                parts.set(partsKey(block.id, v.variant), await drawParts(v.view, block.id, v.mode ?? 'cite'));
        })(),
      );
      const main = mainView(composed) ?? null;
      const key = main ? viewKey(main) : null;
      const absolute = (path: string) => new URL(path, url.origin).href;
      const today = new URLSearchParams(serializeUrlState({ ...composed.state, asof: null }));
      return rewritePage(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }, composed, parts, {
        url: absolute(normalised),
        title: main ? buildChartSpec(dataset, main).title : '',
        preview: key ? absolute(viewPreviewPath(key)) : '',
        oembed: key ? absolute(oembedPath(key)) : '',
        today: `${url.pathname}${today.size ? `?${today}` : ''}`,
      });
    },
    (p) => ctx.waitUntil(p),
  );
  return answer(request, response, etagOf(normalised));
}

async function handle(request: Request, env: EdgeEnv, ctx: ExecutionContext): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return fromOrigin(request, env);
  const url = new URL(request.url);
  if (url.pathname.length + url.search.length > MAX_ADDRESS_LENGTH) return fromOrigin(request, env);
  const file = FILE_ADDRESS.exec(url.pathname);
  if (file?.[1] && file[2]) return viewFile(request, env, ctx, file[1], file[2]);
  if (url.search.length > 1 && PAGE_ADDRESS.test(url.pathname)) return page(request, env, ctx);
  return fromOrigin(request, env);
}

export default {
  async fetch(request: Request, env: EdgeEnv, ctx: ExecutionContext): Promise<Response> {
    try {
      return await handle(request, env, ctx);
    } catch (error) {
      // Whatever the edge could not draw, the static site answers: the reader's browser draws it from there.
      console.error(`edge: ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      return fromOrigin(request, env);
    }
  },
};
