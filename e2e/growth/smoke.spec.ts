/**
 * The growth smoke test: the site built from a synthetic tracker of twelve companies over two years
 * (scripts/growth-check.ts builds it in a sandbox and runs this suite against it). Every expectation
 * derives from that dataset (DATASET_DIR), as the main suite's derive from data/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { viewKey } from '../../lib/charts/model/keys';
import { VIEW_FILES, deckPath } from '../../lib/charts/exports/export-paths';
import { planYears, plansOf, primaryEntities } from '@/server/data';
import { COMPANIES, PLANNERS, PLANS_BLOCK, dataset, expectNoHorizontalScroll, viewOf } from '../helpers';

const years = planYears();
const [oldest, newest] = [years[0]!, years.at(-1)!];

test('the tracker has grown: more companies than the palette’s first row and more than one year', () => {
  expect(COMPANIES.length).toBeGreaterThanOrEqual(12);
  expect(years.length).toBeGreaterThanOrEqual(2);
});

test('the overview draws every company with a plan in the newest year, each bar in a colour of its own', async ({
  page,
}) => {
  await page.goto('/');
  const rows = page.locator(`${PLANS_BLOCK} .chart-svg--wide .chart-row:visible`);
  await expect(rows).toHaveCount(PLANNERS.length);
  const fills = await page
    .locator(`${PLANS_BLOCK} .chart-svg--wide:visible .chart-row-group`)
    .evaluateAll((groups) =>
      groups.map(
        (g) =>
          g.querySelector('[data-mark] rect, [data-mark] polygon')?.getAttribute('fill') ??
          g.querySelector('[data-mark] rect')?.getAttribute('stroke'),
      ),
    );
  expect(new Set(fills).size).toBe(PLANNERS.length);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the year switch shows an older year’s plans, names it in the URL, and Back returns to the newest', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-overview-controls="ready"]').waitFor();
  await page.getByRole('combobox', { name: 'Year' }).selectOption(oldest);
  await expect(page).toHaveURL(new RegExp(`\\?year=${oldest}$`));
  await expect(page.locator(`${PLANS_BLOCK} .chart-variant:visible`)).toHaveAttribute(
    'data-view-key',
    viewKey(viewOf('capex', { year: oldest })),
    { timeout: 15_000 },
  );
  await expect(page.locator(`${PLANS_BLOCK} .chart-svg--wide .chart-row:visible`)).toHaveCount(plansOf(oldest).length);
  await page.goBack();
  await expect(page.locator(`${PLANS_BLOCK} .chart-variant:visible`)).toHaveAttribute(
    'data-view-key',
    viewKey(viewOf('capex', { year: newest })),
    { timeout: 15_000 },
  );
});

test('the company filter folds into a disclosure with Clear and Select all, and two companies make a view drawn in the browser', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-overview-controls="ready"]').waitFor();
  const [a, b] = PLANNERS;
  await page.locator('[data-control="companiesSummary"]').click();
  await page.getByRole('button', { name: 'Clear' }).click();
  for (const slug of [a, b]) await page.locator(`[data-control="companies"] input[value="${slug}"]`).check();
  await expect(page).toHaveURL(new RegExp(`companies=${a},${b}`));
  await expect(page.locator(`${PLANS_BLOCK} .chart-variant:visible`)).toHaveAttribute(
    'data-view-key',
    new RegExp(`--only-${a}-${b}$`),
    { timeout: 20_000 },
  );
  await expect(page.locator(`${PLANS_BLOCK} .chart-svg--wide .chart-row:visible`)).toHaveCount(2);
  await page.getByRole('button', { name: 'Select all' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('every company has its page, with its plans chart in the year of its latest plan', async ({ page }) => {
  for (const entity of primaryEntities()) {
    const response = await page.goto(`/companies/${entity.slug}`);
    expect(response!.status(), entity.slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(entity.name);
    const latest = Object.keys(entity.plans).sort().at(-1)!;
    await expect(
      page.locator(`#capex-${latest} .chart-row-group[data-entity="${entity.slug}"]`).first(),
    ).toBeAttached();
  }
});

test('every company added as data has its highlighted view’s files, its oEmbed and its link preview', async ({
  request,
}) => {
  for (const entity of primaryEntities()) {
    const latest = Object.keys(entity.plans).sort().at(-1)!;
    const key = viewKey(viewOf('capex', { year: latest, highlight: entity.slug }));
    for (const f of VIEW_FILES)
      expect((await request.head(`/charts/${key}/${f.file}`)).status(), `${key}/${f.file}`).toBe(200);
    expect((await request.head(`/charts/${key}/oembed.json`)).status(), `${key}/oembed.json`).toBe(200);
    expect((await request.head(`/og/companies/${entity.slug}.png`)).status(), entity.slug).toBe(200);
  }
});

test('every year has its embed, its deck and link previews', async ({ request }) => {
  for (const year of years) {
    expect((await request.get(`/embed/capex-${year}`)).status(), `/embed/capex-${year}`).toBe(200);
    const deck = await request.get(deckPath(year));
    expect(deck.status(), deckPath(year)).toBe(200);
  }
  for (const preview of ['/og/overview.png', `/og/companies/${COMPANIES.at(-1)}.png`]) {
    const png = await (await request.get(preview)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], preview).toEqual([1200, 630]);
  }
});

test('the overview has no accessibility violations, and no horizontal scroll on a phone', async ({ page }) => {
  await page.goto('/');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/', `/companies/${COMPANIES[0]}`, `/embed/capex-${newest}`]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
});

test('as of a day between statements, the overview draws each plan as it stood then, and its company page the plan’s history to that day', async ({
  page,
}) => {
  // Every company's plan for the newest year was revised: as of the day before the first revision, none shows.
  const newestPlans = plansOf(newest);
  const revisions = dataset.figures.filter(
    (f) => f.kind === 'revision' && newestPlans.some((p) => p.entity.slug === f.entity),
  );
  expect(revisions.length, 'the synthetic tracker has revisions').toBeGreaterThan(0);
  const day = revisions.map((f) => f.stated.on).sort()[0]!;
  const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const view = viewOf('capex', { asof: before });
  await page.goto(`/?asof=${before}`);
  const variant = page.locator(`${PLANS_BLOCK} .chart-variant:visible`);
  await expect(variant).toHaveAttribute('data-view-key', viewKey(view), { timeout: 20_000 });
  const shown = await variant
    .locator('.chart-svg--wide .chart-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-figure-id')));
  for (const id of shown) expect(revisions.map((f) => f.id)).not.toContain(id);
  await expect(page.locator('[data-as-of-banner]')).toBeVisible();

  const company = revisions[0]!.entity;
  await page.goto(`/companies/${company}?asof=${day}`);
  await expect(page.locator('[data-as-of-banner]')).toBeVisible();
  await expect(
    page.locator(`.chart-variant:visible[data-view-key*="plan-history-${company}"]`).first(),
  ).toHaveAttribute('data-view-key', new RegExp(`asof-${day}`), { timeout: 20_000 });
});
