/**
 * npm run bake (part of npm run build and npm run dev): draws every view the
 * build draws (lib/charts/model/baked-views.ts: each basis and highlight of each chart)
 * with the renderer (renderer/), in its Node host (renderer/hosts/node.ts):
 *  - its parts (title, body with the chart at two sizes, actions), which pages
 *    inline (.generated/views/) and a page switching to it fetches
 *    (public/charts/<view>/view.json);
 *  - its files: PNG and SVG at 1920×1080 and 1200×675, light and dark, the
 *    PowerPoint file, the CSV and the oEmbed response (public/charts/<view>/);
 *  - the link previews (public/og/), the deck of every chart, and every
 *    figure's citation card (public/charts/cards/), which a page fetches when a
 *    bar is first opened;
 *  - the Atom feed of the dataset's releases (public/changelog.atom);
 *  - the dataset, for the renderer the browser loads to draw any other view
 *    on demand (.generated/dataset.json).
 * Its cost grows with the number of views, which grows linearly with the companies.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CitationCard } from '@/components/figures/CitationCard';
import { ReleaseFeedContent } from '@/components/site/ReleaseChanges';
import { VIEW_FILES, deckPath, exportDir } from '@/lib/charts/exports/export-paths';
import { cardPath, viewPartsPath } from '@/lib/charts/model/keys';
import { oembedPath, oembedResponse } from '@/lib/embeds/oembed';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { bakedViews, deckViews, deckYears } from '@/lib/charts/model/baked-views';
import { linkPreviews } from '@/lib/charts/model/page-charts';
import { citeChart } from '@/lib/citations/cite-chart';
import { loadDataset } from '@/server/dataset';
import { formatProblems } from '@/lib/dataset/problems';
import { siteName } from '@/lib/dataset/query';
import { releaseChangeGroups } from '@/lib/feed/release-changes';
import { RELEASES_FEED_PATH, releasesFeed } from '@/lib/feed/releases-feed';
import { datasetDir } from '@/server/dataset';
import { BUNDLED_DATASET, CARDS_DIR, VIEWS_DIR, viewPartsFile } from '@/server/generated';
import { SITE_URL, absoluteUrl } from '@/lib/site';
import { framedSpec } from '@/renderer/export-svg';
import { makeLinkPreview, makeViewFiles } from '@/renderer/view-files';
import { renderMarkup } from '@/renderer/render-react';
import { pptxFor } from '@/renderer/pptx';
import { renderViewParts } from '@/renderer/view-parts';
import { nodeExportKit } from '@/renderer/hosts/node';
import { chartBlock } from '@/lib/charts/blocks';
import { embedViews } from '@/lib/embeds/embed-views';
import { figuresBefore, pinnedReleases } from '@/server/releases';

function publish(publicPath: string, content: string | Uint8Array): void {
  const file = path.join('public', publicPath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

async function main(): Promise<number> {
  const started = performance.now();
  const { dataset, problems } = loadDataset(datasetDir());
  if (!dataset) {
    console.error(formatProblems(problems));
    return 1;
  }
  for (const dir of [VIEWS_DIR, path.resolve('public', 'charts'), path.resolve('public', 'og')])
    rmSync(dir, { recursive: true, force: true });
  for (const dir of [VIEWS_DIR, CARDS_DIR]) mkdirSync(dir, { recursive: true });
  const kit = await nodeExportKit();
  let files = 0;

  const views = bakedViews(dataset);
  for (const view of views) {
    const spec = buildChartSpec(dataset, view);
    const parts = renderViewParts(kit.dom, spec, {
      blockId: view.chart,
      citation: citeChart(spec),
      baked: true,
      modes: ['all', 'cite'],
    });
    const json = JSON.stringify(parts);
    writeFileSync(viewPartsFile(spec.key), json);
    publish(viewPartsPath(spec.key), json);
    for (const made of await makeViewFiles(kit, dataset, spec, VIEW_FILES))
      publish(`${exportDir(spec.key)}/${made.file.file}`, made.content);
    publish(oembedPath(spec.key), JSON.stringify(oembedResponse(spec, { name: spec.siteName, absoluteUrl })));
    files += VIEW_FILES.length + 2;
  }
  // Each release's embeds as they opened, drawn from its own archive: a pinned embed never changes.
  let pinned = 0;
  for (const release of pinnedReleases()) {
    for (const view of embedViews(release.dataset))
      for (const { spec } of chartBlock(release.dataset, view).variants) {
        const parts = renderViewParts(kit.dom, spec, {
          blockId: view.chart,
          citation: citeChart(spec),
          baked: true,
          modes: ['cite'],
        });
        const file = viewPartsFile(spec.key, release.version);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(parts));
        pinned++;
      }
  }
  const previews = linkPreviews(dataset);
  for (const preview of previews) {
    publish(preview.path, makeLinkPreview(kit, dataset, buildChartSpec(dataset, preview.view)));
  }
  const years = deckYears(dataset);
  for (const year of years) {
    const deck = deckViews(dataset, year).map((v) => framedSpec(kit, dataset, buildChartSpec(dataset, v), 'slide'));
    publish(
      deckPath(year),
      await pptxFor(
        kit.tokens,
        deck,
        `${siteName(dataset)}: every chart${year ? ` of ${year}` : ''}`,
        kit.raster.measure,
      ),
    );
  }
  for (const f of dataset.figures) publish(cardPath(f.id), renderMarkup(kit.dom, <CitationCard figureId={f.id} />));
  writeFileSync(BUNDLED_DATASET, JSON.stringify(dataset));
  const feed = releasesFeed(dataset, {
    siteUrl: SITE_URL,
    siteName: siteName(dataset),
    contentHtml: (r) =>
      renderMarkup(
        kit.dom,
        <ReleaseFeedContent
          release={r}
          groups={releaseChangeGroups(dataset, r, figuresBefore(r.version))}
          absolute={absoluteUrl}
        />,
      ),
  });
  publish(RELEASES_FEED_PATH, feed);

  console.log(
    `✓ baked ${views.length} views (${files} files), ${pinned} pinned embed views, ${previews.length} link previews, ${years.length} ${years.length === 1 ? 'deck' : 'decks'} ${dataset.figures.length} citation cards and the releases feed in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`✗ baking failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
