/**
 * npm run bench: builds, serves the static site on loopback, measures, and
 * writes bench/report.md and bench/report.json with every budget pass/fail:
 *  - JavaScript (module scripts, gzip), HTML and CSS shipped per route, read from the real HTML;
 *  - Lighthouse scores (mobile and desktop) for /, the longest company page and the plans embed, median of 5 runs, beside
 *    the same scores for bench/floor, the smallest Next.js page, built and served in the same run: what
 *    the framework alone costs on this machine, so that a missed budget can be put down to the page or not;
 *  - Largest Contentful Paint of / and of an embed against a plain-HTML baseline holding the same SVG,
 *    served by the same server and loaded in the same Chromium, as a ratio;
 *  - build cost: build and bake time, the views the build draws, out/'s files and bytes;
 *  - views drawn on demand (bench/measures/composed-views.ts): the renderer's bytes by request, and on
 *    mobile throttling the time to a composed view, to each of its files, and the click's interaction to
 *    next paint;
 *  - growth (bench/measures/growth.ts): synthetic trackers of 5, 10, 20 and 40 companies built in sandboxes, their
 *    build time, views, out/'s files and bytes and largest page, against a linear budget; Lighthouse on the overview at 20;
 *  - the edge host (bench/measures/edge.ts): its bundle against Cloudflare's limit, its drawing time per file (first,
 *    cache miss, cache hit), a composed permalink's LCP through it and on the static host beside the default
 *    view's, and a filmstrip of the static host's first paints of a composed permalink;
 *  - a bounded load test (autocannon): 50 clients for 20 s on a page, a company page, an image and a CSV;
 *  - each headline number beside the previous report's (bench/report.json before this run), so a change
 *    shows as before and after.
 * A benchmark, not a test: it exits 1 when a budget is missed, and the report names what costs.
 * Each measurement is a module of bench/measures/; this file runs them in order and writes the report.
 * BENCH_LOAD_SECONDS shortens the load test; BENCH_SKIP_BUILD=1 reuses the current out/; BENCH_SKIP_GROWTH=1 skips the growth table.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bakedViews } from '@/lib/charts/model/baked-views';
import { precompressDirectory } from '@/scripts/lib/precompress';
import { type BuildCost, build, outStats } from './measures/build-cost';
import { measureComposedViews, onDemandCosts } from './measures/composed-views';
import { FLOOR_PAGE, buildFloor } from './measures/floor';
import { measureGrowthSection } from './measures/growth';
import { measureClaimsGrowth } from './measures/claims-growth';
import { measureEdge } from './measures/edge';
import { BASELINE_DIR, measureLcp, writeBaselines } from './measures/lcp';
import { runLighthouse } from './measures/lighthouse';
import { loadTest } from './measures/load-test';
import { DATASET } from './measures/pages';
import { type Report, markdown, previousReport } from './measures/report';
import { routeBytes } from './measures/route-bytes';
import { BUDGETS, CHROME, CHROME_FLAGS, ORIGIN, PORT, check, checks, kb, serveSite } from './measures/shared';

async function main() {
  const started = performance.now();
  const previous = previousReport();
  console.log('· building…');
  const times = await build();
  const buildCost: BuildCost = { ...times, views: bakedViews(DATASET).length, ...outStats() };
  console.log('· building the framework floor page…');
  await buildFloor();
  // Written before the server starts: it indexes out/ once, at start-up.
  writeBaselines();
  await precompressDirectory(BASELINE_DIR);
  const server = await serveSite(PORT);
  try {
    const bytes = routeBytes();
    for (const r of bytes) {
      const embed = r.route.startsWith('/embed/');
      const isBudgeted = embed || r.route === '/' || r.route.startsWith('/companies/');
      if (!isBudgeted) continue;
      const budget = (embed ? BUDGETS.jsEmbedKb : BUDGETS.jsSiteKb) * 1024;
      check({
        name: `module JS on ${r.route}`,
        value: kb(r.jsGzip),
        budget: `≤ ${kb(budget)} gzip`,
        pass: r.jsGzip <= budget,
        note:
          r.jsGzip > budget
            ? `largest: ${r.scripts
                .slice(0, 3)
                .map((s) => `${s.src} ${kb(s.gzip)}`)
                .join(', ')}`
            : undefined,
      });
    }
    const home = bytes.find((b) => b.route === '/')!;
    const pageScript = { src: home.scripts[0]!.src, gzip: home.jsGzip, brotli: home.jsBrotli };
    check({
      name: 'the page script (every page’s only script)',
      value: kb(pageScript.gzip),
      budget: `≤ ${kb(BUDGETS.pageScriptKb * 1024)} gzip`,
      pass: pageScript.gzip <= BUDGETS.pageScriptKb * 1024,
    });
    const onDemand = onDemandCosts();
    for (const c of onDemand)
      console.log(`· on demand, ${c.what}: ${c.files} files, ${kb(c.gzip)} gzip, ${kb(c.brotli)} as sent`);
    const composed = await measureComposedViews(ORIGIN, CHROME, CHROME_FLAGS);
    check({
      name: 'interaction to next paint, a click on a company (mobile throttling)',
      value: `${composed.inpMs} ms (runs ${composed.runs.map((r) => r.inpMs).join(', ')})`,
      budget: `≤ ${BUDGETS.inpMs} ms`,
      pass: composed.inpMs <= BUDGETS.inpMs,
    });
    const lh = await runLighthouse();
    for (const r of lh) {
      if (r.page === FLOOR_PAGE) continue;
      const floor = lh.find((f) => f.page === FLOOR_PAGE && f.formFactor === r.formFactor);
      for (const [category, min] of Object.entries(BUDGETS.lighthouse)) {
        const score = r.scores[category] ?? 0;
        const missed = score < min;
        const floorNote =
          category === 'performance' && floor
            ? `; the framework floor page scored ${floor.scores.performance} (TBT ${floor.tbtMs} ms) in this run, this page ${score} (TBT ${r.tbtMs} ms, LCP ${r.lcpMs} ms)`
            : '';
        check({
          name: `Lighthouse ${r.formFactor} ${category} ${r.page}`,
          value: category === 'performance' ? `${score} (runs ${r.performanceRuns.join(', ')})` : String(score),
          budget: `≥ ${min}`,
          pass: r.formFactor === 'desktop' || !missed,
          note: missed ? `failing audits: ${r.failing.join(', ')}${floorNote}` : undefined,
        });
      }
    }
    const lcp = await measureLcp();
    for (const r of lcp)
      check({
        name: `LCP ratio ${r.page} / plain HTML`,
        value: `${r.ratio} (${r.pageMs} ms vs ${r.baselineMs} ms)`,
        budget: `≤ ${BUDGETS.lcpRatio}`,
        pass: r.ratio <= BUDGETS.lcpRatio,
      });
    const edge = await measureEdge();
    const [defaultLcp, , edgeLcp] = edge.lcp;
    check({
      name: 'LCP of a composed permalink through the edge host / the default view (mobile throttling)',
      value: `${((edgeLcp?.ms ?? 0) / (defaultLcp?.ms ?? 1)).toFixed(2)} (${edgeLcp?.ms} ms vs ${defaultLcp?.ms} ms)`,
      budget: `≤ ${BUDGETS.edgeLcpRatio}`,
      pass: (edgeLcp?.ms ?? Infinity) <= (defaultLcp?.ms ?? 0) * BUDGETS.edgeLcpRatio,
    });
    check({
      name: 'the static host paints only the companies a composed permalink asks for',
      value: edge.filmstrip.painted.join(', '),
      budget: edge.filmstrip.asked.join(', '),
      pass: edge.filmstrip.painted.join() === edge.filmstrip.asked.join(),
    });
    check({
      name: 'the edge worker, compressed',
      value: `${edge.bundle.gzipKb} KiB`,
      budget: `≤ ${edge.bundle.limitMb} MB`,
      pass: edge.bundle.gzipKb <= edge.bundle.limitMb * 1024,
    });
    const load = await loadTest();
    for (const r of load)
      check({
        name: `load ${r.target}`,
        value: `${r.requestsPerSecond} req/s, p99 ${r.latencyP99Ms} ms, ${r.errors} errors`,
        budget: '0 errors',
        pass: r.errors === BUDGETS.loadErrors,
      });

    // BENCH_SKIP_GROWTH=1 keeps the previous run's growth table (it says when it was measured) rather than dropping it.
    const reused =
      process.env.BENCH_SKIP_GROWTH === '1' && previous.growth
        ? { ...previous.growth, measuredAt: previous.growth.measuredAt ?? previous.measuredAt ?? 'an earlier run' }
        : null;
    const growth = process.env.BENCH_SKIP_GROWTH === '1' ? reused : await measureGrowthSection();
    // Claims over time at 20 companies (four statements per company-year): skipped with the growth table.
    const claims = process.env.BENCH_SKIP_GROWTH === '1' ? (previous.claims ?? null) : await measureClaimsGrowth();
    const report: Report = {
      measuredAt: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, Node ${process.version}`,
      build: buildCost,
      bytes,
      pageScript,
      onDemand,
      composed,
      lighthouse: lh,
      lcp,
      growth,
      claims,
      edge,
      load,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/report.json', `${JSON.stringify({ ...report, checks, budgets: BUDGETS }, null, 2)}\n`);
    writeFileSync('bench/report.md', markdown(report, previous));
    const failed = checks.filter((c) => !c.pass);
    console.log(
      `\n${failed.length ? `✗ ${failed.length} budget(s) missed` : '✓ every budget met'} — bench/report.md (${Math.round((performance.now() - started) / 1000)} s)`,
    );
    return failed.length ? 1 : 0;
  } finally {
    server.kill();
    rmSync(path.join('out', '_bench'), { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`✗ bench failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
