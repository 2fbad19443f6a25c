import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { viewFor } from '../charts/model/registry';
import { buildChartSpec } from '../charts/model/spec';
import { figureHref, getFigure, getSource, siteName } from '../dataset/query';
import { firstPlans, frozen as ds } from '../dataset/testing/test-datasets';
import { absoluteUrl } from '../site';
import { ACCESS_DATE_SENTINEL, formatAccessDate } from './access-date';
import { citeChart } from './cite-chart';
import { citeFigure } from './cite-figure';
import { markAccessDates } from './rendered-citation';
import { citeprocApa } from './testing/citeproc-apa';

/** The release the tests cite: the frozen one, whatever the live data's date and version become. */
const meta = ds.meta;
const sentinel = formatAccessDate(ACCESS_DATE_SENTINEL, 'long');
/** The release's date as a US reference style prints it: "February 7, 2025". */
const asOfInCitations = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
  new Date(`${meta.asOf}T00:00:00Z`),
);
const specOf = (choices: Parameters<typeof viewFor>[2]) => buildChartSpec(ds, viewFor(ds, 'capex', choices));

describe('a chart’s citation', () => {
  const spec = specOf({ basis: 'total', highlight: 'meta' });
  const c = citeChart(spec);

  it('names the dashboard, the chart’s title, the view’s permalink, the dataset version, the as-of date and the access date, in APA and Chicago', () => {
    for (const text of [c.text.apa, c.text.chicago]) {
      expect(text).toContain(siteName(ds));
      expect(text).toMatch(new RegExp(spec.title, 'i'));
      expect(text).toContain(absoluteUrl(spec.permalink));
      expect(text).toContain(`dataset version ${meta.version}`);
      expect(text).toContain(`data as of ${asOfInCitations}`);
      expect(text).toContain(sentinel);
    }
    expect(c.text.apa).toContain(`Retrieved ${sentinel}, from ${absoluteUrl(spec.permalink)}`);
    expect(c.text.chicago).toContain(`Accessed ${sentinel}.`);
  });

  it('names the day of a view as of a day, and its permalink carries that day', () => {
    const past = specOf(firstPlans);
    const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${firstPlans.asof}T00:00:00Z`),
    );
    const cited = citeChart(past);
    for (const text of [cited.text.apa, cited.text.chicago]) {
      expect(text).toContain(`data as of ${day}`);
      expect(text).not.toContain(`data as of ${asOfInCitations}`);
      expect(text).toContain(`asof=${firstPlans.asof}`);
    }
  });

  it('is BibTeX that a BibTeX parser reads without an error, with the title, permalink, version and access date', () => {
    const lib = parseBibtex(c.bibtex);
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    const [entry] = lib.entries;
    expect(entry!.fields.url).toBe(absoluteUrl(spec.permalink));
    expect(entry!.fields.title).toBe(spec.title);
    expect(entry!.fields.type).toContain(`dataset version ${meta.version}`);
    expect(entry!.fields.note).toContain(formatAccessDate(ACCESS_DATE_SENTINEL, 'iso'));
  });

  // The first call builds citeproc-js's engine (parsing the APA style), which takes seconds on a busy machine.
  it('renders from its CSL-JSON through citeproc-js to exactly the APA text shown', () => {
    expect(citeprocApa(c.items)).toBe(c.text.apa);
  }, 30_000);

  it('differs per view: a highlighted view cites its own permalink', () => {
    const plainSpec = specOf({ basis: 'total', highlight: null });
    const plain = citeChart(plainSpec);
    expect(plain.text.apa).not.toBe(c.text.apa);
    expect(plain.text.apa).toContain(absoluteUrl(plainSpec.permalink));
  });
});

describe('a figure’s citation', () => {
  it('names the figure and its value, its permalink, and then every article it rests on', () => {
    const f = getFigure(ds, 'amazon-capex-2025-plan');
    const c = citeFigure(ds, f);
    expect(c.text.apa).toContain('Amazon, capital expenditure');
    expect(c.text.apa).toContain(absoluteUrl(figureHref(ds, f)));
    const cited = [...new Set(f.citations.map((x) => x.source))].map((id) => getSource(ds, id));
    expect(cited.length).toBeGreaterThan(1);
    for (const s of cited) {
      expect(c.text.apa).toContain(s.publisher);
      expect(c.bibtex).toContain(`journal = {${s.publisher}}`);
    }
    expect(c.items).toHaveLength(1 + cited.length);
  });

  it('of a derived figure names the articles of the figures it is computed from', () => {
    const derived = ds.figures.find((f) => f.derivation && f.citations.length === 0);
    expect(derived).toBeDefined();
    expect(citeFigure(ds, derived!).items.length).toBeGreaterThan(1);
  });

  it('of every figure parses as BibTeX and renders through citeproc-js to the APA text shown', () => {
    for (const f of ds.figures) {
      const c = citeFigure(ds, f);
      expect(parseBibtex(c.bibtex).errors, f.id).toEqual([]);
      expect(citeprocApa(c.items), f.id).toBe(c.text.apa);
    }
  }, 60_000);
});

describe('the access date in the markup', () => {
  it('is marked wherever a style prints it, showing the given day until the page sets the reader’s', () => {
    const html = markAccessDates(
      `Retrieved ${sentinel}, from x; accessed ${formatAccessDate(ACCESS_DATE_SENTINEL, 'iso')}`,
      new Date(2030, 0, 2),
    );
    expect(html).toBe(
      'Retrieved <time data-accessed="long" datetime="2030-01-02">January 2, 2030</time>, from x; accessed <time data-accessed="iso" datetime="2030-01-02">2030-01-02</time>',
    );
  });
});
