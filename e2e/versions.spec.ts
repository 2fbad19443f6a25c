import { expect, test } from '@playwright/test';
import { releasePath } from '../lib/dataset/version';
import { DOWNLOADS } from '../lib/downloads/csv';
import { dataset } from './helpers';

/** Every page and download says which release of the dataset it shows, and each release's files stay where a citation points. */
const { meta, changelog } = dataset;

test('every page names the dataset version and links its changelog; the embed names it too', async ({ page }) => {
  for (const path of ['/', '/companies/meta', '/sources']) {
    await page.goto(path);
    const footer = page.locator('footer');
    await expect(footer).toContainText(`Dataset version ${meta.version}`);
    await expect(footer.getByRole('link', { name: 'changelog' })).toHaveAttribute('href', '/changelog');
  }
  await page.goto('/embed/aws-revenue');
  await expect(page.locator('main')).toContainText(`version ${meta.version}`);
});

test('the changelog lists each release with its date, hash and files, and dataset.json carries the version', async ({
  page,
  request,
}) => {
  await page.goto('/changelog');
  for (const r of changelog) {
    const entry = page.locator(`#v${r.version.replaceAll('.', '\\.')}`);
    await expect(entry.getByRole('heading')).toContainText(`Version ${r.version}`);
    await expect(entry).toContainText(r.hash);
    await expect(entry.getByRole('link', { name: 'dataset.json' })).toHaveAttribute(
      'href',
      releasePath(r.version, 'dataset.json'),
    );
  }
  const json = (await (await request.get('/data/dataset.json')).json()) as {
    meta: { version: string };
    changelog: { version: string; hash: string }[];
  };
  expect(json.meta.version).toBe(meta.version);
  expect(json.changelog[0]).toMatchObject({ version: meta.version, hash: changelog[0]!.hash });
});

test('this release’s downloads are kept at its own address, byte for byte, cached as never changing', async ({
  request,
}) => {
  for (const d of DOWNLOADS) {
    const name = d.href.split('/').pop()!;
    const kept = await request.get(releasePath(meta.version, name));
    expect(kept.status(), name).toBe(200);
    expect(kept.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Buffer.compare(await kept.body(), await (await request.get(d.href)).body()), name).toBe(0);
  }
});
