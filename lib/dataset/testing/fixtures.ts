/**
 * Broken-dataset fixtures: each is the frozen release (./frozen/) with one small, deliberate fault, and the
 * problem the data check must report for it. The unit tests run each through the data check
 * (lib/dataset/checks.test.ts); the build test (scripts/build.test.ts) shows with one of them that a bad
 * dataset stops `npm run build` and leaves the previous out/ intact. Made from the frozen copy, they name
 * figures that never change, whatever the live data/ becomes.
 */
import { findMoneyMentions } from '../../money/parse';
import type { ProblemCode } from '../problems';
import { bumpVersion } from '../version';
import { frozenFiles } from './frozen';
import type { Articles, RawFiles } from './raw-files';

/* eslint-disable @eslint-community/eslint-comments/disable-enable-pair, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return --
   The whole file: fixtures poke at the raw JSON of the data files, as a hand edit would, before any schema has read it. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- see above

export interface BrokenFixture {
  name: string;
  /** Completes the sentence "the check rejects …". */
  breaks: string;
  /** Whether the fault is only visible with the article texts at hand. */
  needsArticles: boolean;
  mutate(files: RawFiles, articles: Articles): void;
  expected: { code: ProblemCode; file: string; record?: string; field?: string; message: RegExp };
}

/**
 * Small stand-ins for the articles, made of the dataset's own quotes and
 * ignore-list contexts, so the tests need no copy of the real texts.
 */
export function syntheticArticles(files: RawFiles): Articles {
  // Reports have no text: only the archived articles are stood in for.
  const sources = (files['sources.json'] as Json[]).filter((s) => s.kind === 'article');
  const figures = files['figures.json'] as Json[];
  const ignored = files['ignored-amounts.json'] as Json[];
  const articles: Articles = new Map();
  for (const s of sources) {
    const parts: string[] = [];
    for (const f of figures)
      for (const c of f.citations)
        if (c.source === s.id && c.quote !== undefined && !parts.includes(c.quote)) parts.push(c.quote);
    let text = parts.join('\n');
    for (const a of ignored) if (a.source === s.id && !text.includes(a.context)) text += `\n${a.context}.`;
    articles.set(s.file, text);
  }
  return articles;
}

/** The frozen release's newest release, which the release fixtures name. */
const RELEASE = (frozenFiles()['changelog.json'] as Json[])[0]!.version as string;
const NOT_RELEASED = bumpVersion(RELEASE, 'patch');
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const figure = (files: RawFiles, id: string): Json => (files['figures.json'] as Json[]).find((f) => f.id === id)!;
const firstFileOf = (files: RawFiles, sourceId: string): string =>
  (files['sources.json'] as Json[]).find((s) => s.id === sourceId)!.file;

export const BROKEN_FIXTURES: BrokenFixture[] = [
  {
    name: 'invalid-json',
    breaks: 'a data file that is not valid JSON, giving line and column',
    needsArticles: false,
    mutate: (files) => {
      files['figures.json'] = JSON.stringify(files['figures.json'], null, 2).replace(
        '"entity": "meta"',
        '"entity": "meta",,',
      );
    },
    expected: {
      code: 'invalid-json',
      file: 'data/figures.json',
      message: /expected valid JSON; the parser stopped at line \d+, column \d+/,
    },
  },
  {
    name: 'missing-file',
    breaks: 'a dataset with one of its files missing',
    needsArticles: false,
    mutate: (files) => {
      delete files['disagreements.json'];
    },
    expected: {
      code: 'missing-file',
      file: 'data/disagreements.json',
      message: /expected the file disagreements\.json/,
    },
  },
  {
    name: 'value-wrong-type',
    breaks: 'a value written as a string instead of a number',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'microsoft-capex-fy2025').value.low = '80 billion';
    },
    expected: {
      code: 'schema',
      file: 'data/figures.json',
      record: 'figure "microsoft-capex-fy2025"',
      field: 'value.low',
      message: /expected number, received string/,
    },
  },
  {
    name: 'range-inverted',
    breaks: 'a range whose low end is above its high end',
    needsArticles: false,
    mutate: (files) => {
      const meta = figure(files, 'meta-capex-2025');
      meta.value = { low: 65e9, high: 60e9 };
    },
    expected: {
      code: 'schema',
      file: 'data/figures.json',
      record: 'figure "meta-capex-2025"',
      field: 'value.low',
      message: /expected low ≤ high/,
    },
  },
  {
    name: 'range-drawn-as-point',
    breaks: 'a figure qualified as a range whose low and high are equal',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'meta-capex-2025').value = { low: 60e9, high: 60e9 };
    },
    expected: {
      code: 'schema',
      file: 'data/figures.json',
      record: 'figure "meta-capex-2025"',
      field: 'value.high',
      message: /expected high > low for a "range" qualifier/,
    },
  },
  {
    name: 'quote-too-long',
    breaks: 'a quote longer than 300 characters',
    needsArticles: false,
    mutate: (files) => {
      const c = figure(files, 'alphabet-capex-2025').citations[0];
      c.quote = `${c.quote} ${'and so on '.repeat(30)}`;
    },
    expected: {
      code: 'schema',
      file: 'data/figures.json',
      record: 'figure "alphabet-capex-2025"',
      field: 'citations[0].quote',
      message: /<=300 characters/,
    },
  },
  {
    name: 'inferred-date-without-note',
    breaks: 'an inferred publication date that does not say how it was inferred',
    needsArticles: false,
    mutate: (files) => {
      delete (files['sources.json'] as Json[]).find((s) => s.id === 'kodefied')!.publishedNote;
    },
    expected: {
      code: 'schema',
      file: 'data/sources.json',
      record: 'source "kodefied"',
      field: 'publishedNote',
      message: /expected a note saying how the date was inferred/,
    },
  },
  {
    name: 'bad-slug',
    breaks: 'a figure id that is not a lowercase slug',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'amazon-capex-2024').id = 'Amazon Capex 2024';
    },
    expected: {
      code: 'schema',
      file: 'data/figures.json',
      record: 'figure "Amazon Capex 2024"',
      field: 'id',
      message: /expected a lowercase slug/,
    },
  },
  {
    name: 'unknown-source',
    breaks: 'a citation of a source that does not exist',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'amazon-capex-2024').citations[0].source = 'reuters';
    },
    expected: {
      code: 'unknown-source',
      file: 'data/figures.json',
      record: 'figure "amazon-capex-2024"',
      field: 'citations[0].source',
      message: /expected a source id from data\/sources\.json, got "reuters"/,
    },
  },
  {
    name: 'unknown-entity',
    breaks: 'a figure of an entity that does not exist',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'alphabet-capex-2025').entity = 'google';
    },
    expected: {
      code: 'unknown-entity',
      file: 'data/figures.json',
      record: 'figure "alphabet-capex-2025"',
      field: 'entity',
      message: /got "google"/,
    },
  },
  {
    name: 'duplicate-id',
    breaks: 'two figures with the same id',
    needsArticles: false,
    mutate: (files) => {
      const list = files['figures.json'] as Json[];
      list.push(structuredClone(figure(files, 'amazon-capex-2024')));
    },
    expected: {
      code: 'duplicate-id',
      file: 'data/figures.json',
      record: 'figure "amazon-capex-2024"',
      message: /expected a unique id/,
    },
  },
  {
    name: 'orphan-source',
    breaks: 'a source that no figure cites',
    needsArticles: false,
    mutate: (files, articles) => {
      const list = files['sources.json'] as Json[];
      list.push({ ...structuredClone(list[0]), id: 'uncited-blog', file: 'zzz_uncited.txt' });
      articles.set('zzz_uncited.txt', 'A blog post without any amounts.');
    },
    expected: {
      code: 'orphan-source',
      file: 'data/sources.json',
      record: 'source "uncited-blog"',
      message: /expected at least one figure citing this source/,
    },
  },
  {
    name: 'quote-missing-value',
    breaks: "a quote that does not print its figure's number",
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'amazon-capex-2024').value = { low: 85e9, high: 85e9 };
    },
    expected: {
      code: 'quote-missing-value',
      file: 'data/figures.json',
      record: 'figure "amazon-capex-2024"',
      field: 'citations[0].quote',
      message: /expected the quote to print the figure's value \$85B \(85000000000 USD\); it prints "\$83 billion"/,
    },
  },
  {
    name: 'derivation-mismatch',
    breaks: 'a derived figure that does not recompute from its inputs',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'amazon-capex-2025-run-rate').derivation.by = 3;
    },
    expected: {
      code: 'derivation-mismatch',
      file: 'data/figures.json',
      record: 'figure "amazon-capex-2025-run-rate"',
      field: 'value',
      message: /expected \$78\.9B .* the figure says \$105\.2B/,
    },
  },
  {
    name: 'derivation-unknown-input',
    breaks: 'a derived figure whose input does not exist',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'stargate-investment-per-year').derivation.input = 'stargate-total';
    },
    expected: {
      code: 'unknown-figure',
      file: 'data/figures.json',
      record: 'figure "stargate-investment-per-year"',
      field: 'derivation',
      message: /unknown: "stargate-total"/,
    },
  },
  {
    name: 'derived-without-formula',
    breaks: 'a figure of kind "derived" without its formula',
    needsArticles: false,
    mutate: (files) => {
      delete figure(files, 'big-tech-capex-2025-sum-of-plans').derivation;
    },
    expected: {
      code: 'schema',
      file: 'data/figures.json',
      record: 'figure "big-tech-capex-2025-sum-of-plans"',
      field: 'derivation',
      message: /expected a derivation exactly when kind is "derived"/,
    },
  },
  {
    name: 'disagreement-unknown-figure',
    breaks: 'a disagreement that lists a figure that does not exist',
    needsArticles: false,
    mutate: (files) => {
      (files['disagreements.json'] as Json[])[0]!.figures.push('amazon-capex-2025-guess');
    },
    expected: {
      code: 'unknown-figure',
      file: 'data/disagreements.json',
      record: 'disagreement "amazon-capex-2025"',
      field: 'figures[3]',
      message: /got "amazon-capex-2025-guess"/,
    },
  },
  {
    name: 'company-shown-nowhere',
    breaks: 'a compared company without a plan for any year, which no chart would show',
    needsArticles: false,
    mutate: (files) => {
      (files['entities.json'] as Json[]).find((e) => e.slug === 'alphabet')!.plans = {};
    },
    expected: {
      code: 'shown-nowhere',
      file: 'data/entities.json',
      record: 'entity "alphabet"',
      field: 'plans',
      message: /expected a plan for at least one year/,
    },
  },
  {
    name: 'plan-of-another-entity',
    breaks: "an entity whose plan for a year is another entity's figure",
    needsArticles: false,
    mutate: (files) => {
      (files['entities.json'] as Json[]).find((e) => e.slug === 'meta')!.plans = { '2025': 'alphabet-capex-2025' };
    },
    expected: {
      code: 'unknown-figure',
      file: 'data/entities.json',
      record: 'entity "meta"',
      field: 'plans.2025',
      message: /expected a figure of this entity, got "alphabet-capex-2025"/,
    },
  },
  {
    name: 'multi-year-plan-without-yearly-average',
    breaks: 'a plan over several years without the derived yearly average it is drawn as',
    needsArticles: false,
    mutate: (files) => {
      const figures = files['figures.json'] as Json[];
      figures.splice(
        figures.findIndex((f) => f.id === 'stargate-investment-per-year'),
        1,
      );
    },
    expected: {
      code: 'missing-yearly-average',
      file: 'data/figures.json',
      record: 'figure "stargate-investment-total"',
      field: 'period',
      message:
        /expected a derived figure for its yearly average \(op "divide", input "stargate-investment-total", by 4\)/,
    },
  },
  {
    name: 'context-entity-shown-nowhere',
    breaks: 'a context entity that no figure names',
    needsArticles: false,
    mutate: (files) => {
      (files['entities.json'] as Json[]).push({
        slug: 'oracle',
        name: 'Oracle',
        kind: 'company',
        role: 'context',
        ticker: 'ORCL',
        fiscalYearEnd: '--05-31',
        plans: {},
        description: 'A Stargate backer.',
      });
    },
    expected: {
      code: 'shown-nowhere',
      file: 'data/entities.json',
      record: 'entity "oracle"',
      message: /it would be shown nowhere/,
    },
  },
  {
    name: 'quote-not-verbatim',
    breaks: 'a quote that is not verbatim in its article, showing where it differs',
    needsArticles: true,
    mutate: (files) => {
      const c = figure(files, 'amazon-capex-2024').citations[0];
      c.quote = c.quote.replace('spent around', 'spent roughly');
    },
    expected: {
      code: 'quote-not-in-article',
      file: 'data/figures.json',
      record: 'figure "amazon-capex-2024"',
      field: 'citations[0].quote',
      message: /then the quote has "roughly/,
    },
  },
  {
    name: 'uncovered-amount',
    breaks: 'a dollar amount in an article that no figure or ignore entry covers',
    needsArticles: true,
    mutate: (files, articles) => {
      const file = firstFileOf(files, 'quartz');
      articles.set(file, `${articles.get(file)}\nNvidia lost $589 billion in market value in one day.`);
    },
    expected: {
      code: 'uncovered-amount',
      file: 'articles/004_a64b26275be978f9.txt',
      record: '"$589 billion"',
      message: /expected a figure whose quote states 589000000000 USD or an entry in data\/ignored-amounts\.json/,
    },
  },
  {
    name: 'ignore-entry-stale',
    breaks: 'an ignore-list entry whose context is not in the article',
    needsArticles: true,
    mutate: (files) => {
      (files['ignored-amounts.json'] as Json[])[0]!.context = 'Amazon is taking the lead with its $100 billion promise';
    },
    expected: {
      code: 'ignore-not-found',
      file: 'data/ignored-amounts.json',
      record: 'ignored amount #1 ("$100 billion" in anzali)',
      field: 'context',
      message: /expected the context verbatim in articles\/000_5abd457cf6dd7fc0\.txt/,
    },
  },
  {
    name: 'article-missing',
    breaks: 'a source whose article file is missing',
    needsArticles: true,
    mutate: (_files, articles) => {
      articles.delete('002_8e33f3efe47ef344.txt');
    },
    expected: {
      code: 'article-missing',
      file: 'data/sources.json',
      record: 'source "american-bazaar"',
      field: 'file',
      message: /expected the article 002_8e33f3efe47ef344\.txt in articles\//,
    },
  },
  {
    name: 'article-without-source',
    breaks: 'a new article that no source describes',
    needsArticles: true,
    mutate: (_files, articles) => {
      articles.set('005_new.txt', 'Oracle plans to spend more on data centers.');
    },
    expected: {
      code: 'article-without-source',
      file: 'articles/005_new.txt',
      message: /expected a source in data\/sources\.json for this article/,
    },
  },
  {
    name: 'unreleased-change',
    breaks: 'a change to the data without a new release in the changelog',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'alphabet-capex-2025').note = 'A note added without a release.';
    },
    expected: {
      code: 'unreleased-change',
      file: 'data/changelog.json',
      record: `release "${RELEASE}"`,
      field: 'hash',
      message: /the data has changed since \(hash [0-9a-f]{12}\)\. Record a release: npm run data:release/,
    },
  },
  {
    name: 'version-mismatch',
    breaks: 'a meta.json version that is not the newest release',
    needsArticles: false,
    mutate: (files) => {
      (files['meta.json'] as Json).version = NOT_RELEASED;
    },
    expected: {
      code: 'version-mismatch',
      file: 'data/meta.json',
      field: 'version',
      message: new RegExp(
        `expected the newest release in data/changelog\\.json, ${literal(RELEASE)}; got ${literal(NOT_RELEASED)}`,
      ),
    },
  },
  {
    name: 'charted-figure-not-listed',
    breaks: 'a disagreement that charts a figure it does not list',
    needsArticles: false,
    mutate: (files) => {
      (files['disagreements.json'] as Json[]).find((d) => d.id === 'amazon-capex-2025')!.chartedFigure =
        'meta-capex-2025';
    },
    expected: {
      code: 'charted-figure-not-listed',
      file: 'data/disagreements.json',
      record: 'disagreement "amazon-capex-2025"',
      field: 'chartedFigure',
      message: /expected one of the disagreement's own figures, got "meta-capex-2025"/,
    },
  },
  {
    name: 'as-of-mismatch',
    breaks: 'a figure stated after the dataset’s date',
    needsArticles: false,
    mutate: (files) => {
      (files['meta.json'] as Json).asOf = '2024-12-31';
    },
    expected: {
      code: 'as-of-mismatch',
      file: 'data/figures.json',
      record: `figure "${(frozenFiles()['figures.json'] as Json[]).find((f) => f.stated.on > '2024-12-31')!.id}"`,
      field: 'stated.on',
      message: /expected a statement on or before the dataset's date \(meta\.json's asOf, 2024-12-31\)/,
    },
  },
  {
    name: 'quote-missing',
    breaks: 'a citation of an archived article without its quote',
    needsArticles: false,
    mutate: (files) => {
      delete figure(files, 'meta-capex-2025').citations[0].quote;
    },
    expected: {
      code: 'quote-missing',
      file: 'data/figures.json',
      record: 'figure "meta-capex-2025"',
      field: 'citations[0].quote',
      message: /expected the verbatim sentence: "[a-z-]+" is an archived article/,
    },
  },
  {
    name: 'quote-from-report',
    breaks: 'a quote copied from a report, whose sentences are not copied',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'meta-capex-2025-actual').citations[0].quote = 'Meta spent $72.22 billion on capital expenditures.';
    },
    expected: {
      code: 'quote-from-report',
      file: 'data/figures.json',
      record: 'figure "meta-capex-2025-actual"',
      field: 'citations[0].quote',
      message: /expected no quote: "[a-z0-9-]+" is a report whose text the project does not keep/,
    },
  },
  {
    name: 'too-many-reports',
    breaks: 'a figure citing more than the two most reputable reports',
    needsArticles: false,
    mutate: (files) => {
      const cited = new Set(figure(files, 'meta-capex-2025-actual').citations.map((c: Json) => c.source));
      const other = (files['sources.json'] as Json[]).find((x) => x.kind === 'report' && !cited.has(x.id))!;
      figure(files, 'meta-capex-2025-actual').citations.push({ source: other.id, role: 'states-value' });
    },
    expected: {
      code: 'too-many-reports',
      file: 'data/figures.json',
      record: 'figure "meta-capex-2025-actual"',
      field: 'citations',
      message: /expected at most the 2 most reputable reports of the statement; got 3/,
    },
  },
  {
    name: 'unmarked-single-source',
    breaks: 'a figure one publisher carries that does not say so',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'meta-capex-2025-actual').citations.splice(1);
    },
    expected: {
      code: 'unmarked-single-source',
      file: 'data/figures.json',
      record: 'figure "meta-capex-2025-actual"',
      field: 'confidence',
      message: /expected "confidence": "single-source": only .+ carries it/,
    },
  },
  {
    name: 'revision-mismatch',
    breaks: 'a second revision of one statement, which would make its plan two chains',
    needsArticles: false,
    mutate: (files) => {
      figure(files, 'meta-capex-2025-revision-2025-07').revises = 'meta-capex-2025';
    },
    expected: {
      code: 'revision-mismatch',
      file: 'data/figures.json',
      record: 'figure "meta-capex-2025-revision-2025-07"',
      field: 'revises',
      message: /expected one revision of "meta-capex-2025"; "meta-capex-2025-revision-2025-04" revises it too/,
    },
  },
  {
    name: 'ignore-ambiguous',
    breaks: 'an ignore-list entry whose context occurs twice in its article',
    needsArticles: true,
    mutate: (files, articles) => {
      const entry = (files['ignored-amounts.json'] as Json[])[0]!;
      const file = firstFileOf(files, entry.source);
      articles.set(file, `${articles.get(file)}\n\n${entry.context}.`);
    },
    expected: {
      code: 'ignore-ambiguous',
      file: 'data/ignored-amounts.json',
      record: 'ignored amount #1 ("$100 billion" in anzali)',
      field: 'context',
      message: /expected a context that occurs once; it occurs 2 times/,
    },
  },
  {
    name: 'ignore-redundant',
    breaks: 'an ignore-list entry for an amount a figure already states',
    needsArticles: true,
    mutate: (files) => {
      const quote = figure(files, 'meta-capex-2025').citations[0];
      (files['ignored-amounts.json'] as Json[]).push({
        source: quote.source,
        text: findMoneyMentions(quote.quote)[0]!.text,
        context: quote.quote,
        reason: 'restates-figure',
        figure: 'meta-capex-2025',
      });
    },
    expected: {
      code: 'ignore-redundant',
      file: 'data/ignored-amounts.json',
      message: /a figure already states this one, so remove the entry/,
    },
  },
  {
    name: 'missing-release',
    breaks: 'a changelog without any release',
    needsArticles: false,
    mutate: (files) => {
      files['changelog.json'] = [];
    },
    expected: { code: 'missing-release', file: 'data/changelog.json', message: /expected at least one release/ },
  },
  {
    name: 'release-order',
    breaks: 'releases listed oldest first',
    needsArticles: false,
    mutate: (files) => {
      // A later release listed after the one before it.
      const releases = files['changelog.json'] as Json[];
      releases.push({ ...releases[0], version: NOT_RELEASED });
    },
    expected: {
      code: 'release-order',
      file: 'data/changelog.json',
      message: /expected releases newest first, each with a higher version/,
    },
  },
  {
    name: 'unknown-color-token',
    breaks: 'an entity pinned to a colour the stylesheet does not define',
    needsArticles: false,
    mutate: (files) => {
      (files['entities.json'] as Json[])[0]!.colorToken = '--color-series-99';
    },
    expected: {
      code: 'unknown-color-token',
      file: 'data/entities.json',
      field: 'colorToken',
      message:
        /expected a colour token that app\/globals\.css defines with a light and a dark value, got "--color-series-99"/,
    },
  },
  {
    name: 'palette-exhausted',
    breaks: 'more companies than the series palette has colours, none pinned',
    needsArticles: false,
    mutate: (files) => {
      const entities = files['entities.json'] as Json[];
      const template = entities.find((e) => e.role === 'primary')!;
      for (let i = 1; i <= 20; i++)
        entities.push({ ...template, slug: `company-${i}`, name: `Company ${i}`, plans: {} });
    },
    expected: {
      code: 'palette-exhausted',
      file: 'data/entities.json',
      field: 'colorToken',
      message: /expected a colour: the series palette in app\/globals\.css has \d+ .* and they are taken/,
    },
  },
];

/** A fixture's dataset and articles (the frozen release's, unbroken, for null): files to check or to write. */
export function fixtureFiles(fixture: BrokenFixture | null): { files: RawFiles; articles: Articles } {
  const files = frozenFiles();
  const articles = syntheticArticles(files);
  fixture?.mutate(files, articles);
  return { files, articles };
}
