import { extract } from '@extractus/oembed-extractor';
import { expect, test } from '@playwright/test';
import { pageCharts } from '../lib/charts/model/page-charts';
import { embedPath } from '../lib/embeds/embed-code';
import { baseURL } from '../playwright.config';
import { dataset, viewOf } from './helpers';
import { siteName } from '@/server/data';

/**
 * Pasting a chart's link into a CMS that discovers oEmbed, as WordPress and Ghost do: a maintained
 * oEmbed consumer (@extractus/oembed-extractor) finds the page's discovery link and reads the response.
 * The site is built for SITE_URL, so its absolute links are sent to the test server.
 */
const CASES = [
  { path: '/', embeds: embedPath(viewOf('capex')) },
  { path: '/companies/meta', embeds: embedPath(pageCharts(dataset, 'meta')[0]!) },
  { path: '/embed/aws-revenue', embeds: embedPath(viewOf('aws-revenue')) },
];

for (const { path, embeds } of CASES) {
  test(`a link to ${path} pasted into a CMS embeds its chart, with a title, a size and a thumbnail`, async ({
    request,
  }) => {
    const html = await (await request.get(path)).text();
    const discovery = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)?.[1];
    expect(discovery, 'a discovery link').toBeTruthy();
    const siteOrigin = new URL(discovery!).origin;
    const fetcher = (url: string) => fetch(url.replace(siteOrigin, baseURL));

    const data = (await extract(`${siteOrigin}${path}`, {}, fetcher)) as Record<string, unknown>;
    expect(data).toMatchObject({
      method: 'auto-discovery',
      version: '1.0',
      type: 'rich',
      provider_name: siteName(),
      provider_url: `${siteOrigin}/`,
    });
    expect(data.title).toEqual(expect.any(String));
    expect(data.width).toBeGreaterThan(0);
    expect(data.height).toBeGreaterThan(0);
    const iframe = String(data.html).match(/<iframe src="([^"]+)"[^>]* height="(\d+)"/)!;
    expect(iframe[1]!.replaceAll('&amp;', '&')).toBe(`${siteOrigin}${embeds}`);
    expect(Number(iframe[2])).toBe(data.height);

    const thumbnail = await request.get(String(data.thumbnail_url).replace(siteOrigin, baseURL));
    expect(thumbnail.status()).toBe(200);
    expect(thumbnail.headers()['content-type']).toBe('image/png');
    expect([data.thumbnail_width, data.thumbnail_height]).toEqual([1200, 675]);
  });
}
