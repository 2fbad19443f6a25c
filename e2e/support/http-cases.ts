/**
 * What RFC 9110 asks of a static file server, as cases a client can check:
 * each sends raw requests (node:http, so any method, path and header goes out
 * as written) and says whether the answer is right. The e2e test holds our
 * server to every case; the same cases measured the maintained servers we
 * compared (docs/deploying.md).
 */
import { request } from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export function probe(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export interface HttpCase {
  name: string;
  /** Resolves to null when the server answers right, or to what was wrong. */
  check: (base: string) => Promise<string | null>;
}

const header = (a: Answer, name: string) => {
  const v = a.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};
const expectStatus = (a: Answer, ...ok: number[]) =>
  ok.includes(a.status) ? null : `answered ${a.status}, expected ${ok.join(' or ')}`;

const PAGE = '/companies/amazon';
const LONG = 'a'.repeat(251);

export const HTTP_CASES: HttpCase[] = [
  ...['/', '/companies/', '/embed/', '/data/', '/charts/'].map((prefix) => ({
    name: `a 251-byte path segment under ${prefix} is a 404, not a 5xx`,
    check: async (base: string) => expectStatus(await probe(base, `${prefix}${LONG}`), 404),
  })),
  {
    name: 'a path of 5 kB made of short segments is a 404',
    check: async (base) => expectStatus(await probe(base, `/${'abcdefgh/'.repeat(560)}x`), 404, 414),
  },
  {
    name: 'a NUL byte or broken percent-encoding in the path is a 404',
    check: async (base) =>
      expectStatus(await probe(base, '/companies/%00amazon'), 404) ??
      expectStatus(await probe(base, '/companies/%E0%A4%A'), 404, 400),
  },
  {
    name: 'pages carry an ETag, and a request with it gets 304 and no body',
    check: async (base) => {
      const first = await probe(base, PAGE);
      const etag = header(first, 'etag');
      if (!etag) return 'no ETag';
      const again = await probe(base, PAGE, { headers: { 'if-none-match': etag } });
      return expectStatus(again, 304) ?? (again.body.length ? 'a 304 with a body' : null);
    },
  },
  {
    name: 'If-None-Match with a list and a weak validator is matched by weak comparison (304)',
    check: async (base) => {
      const etag = header(await probe(base, PAGE), 'etag');
      if (!etag) return 'no ETag';
      const weak = etag.startsWith('W/') ? etag : `W/${etag}`;
      return expectStatus(await probe(base, PAGE, { headers: { 'if-none-match': `"nope", ${weak}` } }), 304);
    },
  },
  {
    name: 'If-Modified-Since with the page’s own Last-Modified gets 304',
    check: async (base) => {
      const lastModified = header(await probe(base, PAGE), 'last-modified');
      if (!lastModified) return 'no Last-Modified';
      return expectStatus(await probe(base, PAGE, { headers: { 'if-modified-since': lastModified } }), 304);
    },
  },
  {
    name: 'the Brotli and the gzip copy of a page have different ETags',
    check: async (base) => {
      const br = await probe(base, PAGE, { headers: { 'accept-encoding': 'br' } });
      const gz = await probe(base, PAGE, { headers: { 'accept-encoding': 'gzip' } });
      if (header(br, 'content-encoding') !== 'br' || header(gz, 'content-encoding') !== 'gzip')
        return 'not served precompressed';
      return header(br, 'etag') && header(br, 'etag') !== header(gz, 'etag')
        ? null
        : `ETags ${header(br, 'etag')} and ${header(gz, 'etag')}`;
    },
  },
  {
    name: 'a client that refuses Brotli (br;q=0) gets gzip, one that accepts nothing encoded gets the file as it is',
    check: async (base) => {
      const gz = await probe(base, PAGE, { headers: { 'accept-encoding': 'br;q=0, gzip' } });
      const plain = await probe(base, PAGE, { headers: { 'accept-encoding': 'identity' } });
      if (header(gz, 'content-encoding') !== 'gzip') return `br;q=0, gzip got ${header(gz, 'content-encoding')}`;
      return header(plain, 'content-encoding') ? `identity got ${header(plain, 'content-encoding')}` : null;
    },
  },
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'].map((method) => ({
    name: `${method} gets 405 with Allow: GET, HEAD`,
    check: async (base: string) => {
      const a = await probe(base, PAGE, { method });
      return expectStatus(a, 405) ?? (header(a, 'allow') === 'GET, HEAD' ? null : `Allow: ${header(a, 'allow')}`);
    },
  })),
  {
    name: 'HEAD gets the headers of GET and no body',
    check: async (base) => {
      const get = await probe(base, PAGE, { headers: { 'accept-encoding': 'br' } });
      const head = await probe(base, PAGE, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
      if (head.status !== 200 || head.body.length) return `HEAD answered ${head.status} with ${head.body.length} bytes`;
      return header(head, 'etag') === header(get, 'etag') &&
        header(head, 'content-length') === header(get, 'content-length')
        ? null
        : 'headers differ from GET';
    },
  },
  {
    name: 'an invalid Range (bytes=abc) is ignored: 200 and the whole file',
    check: async (base) => {
      const whole = await probe(base, '/data/figures.csv', { headers: { 'accept-encoding': 'identity' } });
      const a = await probe(base, '/data/figures.csv', {
        headers: { range: 'bytes=abc', 'accept-encoding': 'identity' },
      });
      return expectStatus(a, 200) ?? (a.body.equals(whole.body) ? null : 'not the whole file');
    },
  },
  {
    name: 'an unsatisfiable Range gets 416 with Content-Range and an empty body',
    check: async (base) => {
      const a = await probe(base, '/data/figures.csv', {
        headers: { range: 'bytes=99999999-', 'accept-encoding': 'identity' },
      });
      return (
        expectStatus(a, 416) ??
        (/^bytes \*\/\d+$/.test(header(a, 'content-range') ?? '')
          ? a.body.length
            ? `a ${a.body.length}-byte body`
            : null
          : `Content-Range: ${header(a, 'content-range')}`)
      );
    },
  },
  {
    name: 'a single Range gets 206 with exactly those bytes, bytes=0-0 included',
    check: async (base) => {
      const whole = (await probe(base, '/data/figures.csv', { headers: { 'accept-encoding': 'identity' } })).body;
      const a = await probe(base, '/data/figures.csv', {
        headers: { range: 'bytes=0-0', 'accept-encoding': 'identity' },
      });
      const b = await probe(base, '/data/figures.csv', {
        headers: { range: 'bytes=-10', 'accept-encoding': 'identity' },
      });
      if (a.status !== 206 || !a.body.equals(whole.subarray(0, 1)))
        return `bytes=0-0 answered ${a.status} with ${a.body.length} bytes`;
      return b.status === 206 && b.body.equals(whole.subarray(-10))
        ? null
        : `bytes=-10 answered ${b.status} with ${b.body.length} bytes`;
    },
  },
  {
    name: 'a multi-range request gets all its ranges or the whole file, never just the first',
    check: async (base) => {
      const a = await probe(base, '/data/figures.csv', {
        headers: { range: 'bytes=0-1,10-11', 'accept-encoding': 'identity' },
      });
      if (a.status === 200) return null;
      return a.status === 206 && /multipart\/byteranges/.test(header(a, 'content-type') ?? '')
        ? null
        : `answered ${a.status}, ${header(a, 'content-type')}, ${a.body.length} bytes`;
    },
  },
  {
    name: 'the CDN headers file is not served',
    check: async (base) => expectStatus(await probe(base, '/_headers'), 404),
  },
  {
    name: 'precompressed copies are not served by their own names',
    check: async (base) =>
      expectStatus(await probe(base, '/index.html.br'), 404) ??
      expectStatus(await probe(base, '/data/figures.csv.gz'), 404),
  },
  {
    name: 'the trailing-slash redirect keeps the query',
    check: async (base) => {
      const a = await probe(base, '/companies/amazon/?highlight=meta');
      return (
        expectStatus(a, 301, 308) ??
        (header(a, 'location') === '/companies/amazon?highlight=meta' ? null : `Location: ${header(a, 'location')}`)
      );
    },
  },
  {
    name: 'a .html address redirects to its clean URL, keeping the query',
    check: async (base) => {
      const a = await probe(base, '/sources.html?x=1');
      return (
        expectStatus(a, 301, 308) ??
        (header(a, 'location') === '/sources?x=1' ? null : `Location: ${header(a, 'location')}`)
      );
    },
  },
  {
    name: 'an unknown page gets the site’s 404 page',
    check: async (base) => {
      const a = await probe(base, '/companies/nope');
      return (
        expectStatus(a, 404) ??
        (/<html/i.test(a.body.toString()) && /text\/html/.test(header(a, 'content-type') ?? '')
          ? null
          : 'not the 404 page')
      );
    },
  },
  {
    name: 'pages revalidate; hashed scripts are immutable; images, slides and CSVs are short-lived',
    check: async (base) => {
      const page = header(await probe(base, PAGE), 'cache-control') ?? '';
      const html = await probe(base, '/');
      const script = html.body.toString().match(/src="(\/js\/page-[^"]+\.js)"/)?.[1];
      const js = script ? (header(await probe(base, script), 'cache-control') ?? '') : '';
      const csv = header(await probe(base, '/data/figures.csv'), 'cache-control') ?? '';
      const png = header(await probe(base, '/og/overview.png'), 'cache-control') ?? '';
      if (!/no-cache/.test(page)) return `page: ${page}`;
      if (!/immutable/.test(js) || !/max-age=31536000/.test(js)) return `script: ${js}`;
      for (const [what, v] of [
        ['csv', csv],
        ['png', png],
      ] as const) {
        const age = Number(v.match(/max-age=(\d+)/)?.[1] ?? NaN);
        if (!(age > 0 && age <= 3600) && !/no-cache/.test(v)) return `${what}: ${v}`;
      }
      return null;
    },
  },
];
