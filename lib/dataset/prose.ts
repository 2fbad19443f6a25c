/**
 * Sentences the pages say about the data, written from it: which companies
 * plan what in a year, what a fiscal year covers, what a multi-year plan
 * spans. So a company or a year added to data/ is in the prose as it is in
 * the charts, and no page names a company or a year in its text.
 */
import { formatValueLong } from '../money/format';
import { yearsSpanned } from './plans';
import { findFigure, plansOf } from './query';
import type { Dataset, Entity, Figure, Source } from './schema';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "four", as a span of years is said in prose. */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

export const listFormat = (items: readonly string[]) =>
  new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

const monthYear = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** "July 2024 to June 2025": the months a fiscal period runs. */
export function fiscalMonths(f: Pick<Figure, 'period'>): string {
  const { start, end, label } = f.period;
  return start && end ? `${monthYear(start)} to ${monthYear(end)}` : label;
}

/** "Microsoft’s FY2025 is its fiscal year, July 2024 to June 2025, not the calendar year." */
export function fiscalYearNote(name: string, f: Pick<Figure, 'period'>): string {
  return `${name}’s ${shortPeriodLabel(f)} is its fiscal year, ${fiscalMonths(f)}, not the calendar year.`;
}

/** "FY2025" for "FY2025 (Jul 2024 – Jun 2025)": a fiscal label without the months it carries, for a title (a note gives them). */
export function shortPeriodLabel(f: Pick<Figure, 'period'>): string {
  return f.period.label.replace(/\s*\(.*\)$/, '');
}

/** "2025–2028" */
export function spanLabel(f: Pick<Figure, 'period'>): string {
  return `${f.period.start?.slice(0, 4)}–${f.period.end?.slice(0, 4)}`;
}

/** "the Stargate project", "Amazon": how a sentence names an entity. */
export function entityName(e: Pick<Entity, 'name' | 'kind'>): string {
  return e.kind === 'project' ? `the ${e.name} project` : e.name;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The year's plans, split as the pages speak of them: single-year plans, and commitments over several years. */
export function yearPlans(ds: Dataset, year: string) {
  const plans = plansOf(ds, year);
  return {
    single: plans.filter((p) => yearsSpanned(p.figure) === 1),
    multi: plans.filter((p) => yearsSpanned(p.figure) > 1),
  };
}

/** The derived figure that sums the year's single-year plans, if the data has one. */
export function sumOfPlans(ds: Dataset, year: string): Figure | undefined {
  const ids = new Set(yearPlans(ds, year).single.map((p) => p.figure.id));
  return ds.figures.find(
    (f) =>
      f.derivation?.op === 'sum' &&
      f.derivation.inputs.length === ids.size &&
      f.derivation.inputs.every((i) => ids.has(i)),
  );
}

/**
 * "Amazon plans about $100B of capital spending in 2025, Microsoft $80B in its fiscal year to June 2025,
 * Alphabet $75B and Meta $60–65B: $315–320B together. The Stargate project adds $500B over four years."
 * With many companies, it gives their number and the range instead of each.
 */
export function plansSentence(ds: Dataset, year: string): string {
  const { single, multi } = yearPlans(ds, year);
  const sum = sumOfPlans(ds, year);
  const sentences: string[] = [];
  if (single.length > 0 && single.length <= 6) {
    const items = single.map(({ entity, figure }, i) => {
      const value = formatValueLong(figure.value, figure.qualifier);
      const when =
        figure.period.basis === 'fiscal' && figure.period.end
          ? ` in its fiscal year to ${monthYear(figure.period.end)}`
          : i === 0
            ? ` in ${year}`
            : '';
      return i === 0
        ? `${entityName(entity)} plans ${value} of capital spending${when}`
        : `${entityName(entity)} ${value}${when}`;
    });
    sentences.push(
      `${capital(listFormat(items))}${sum ? `: ${formatValueLong(sum.value, sum.qualifier)} together` : ''}.`,
    );
  } else if (single.length > 6) {
    const sorted = [...single].sort((a, b) => a.figure.value.high - b.figure.value.high);
    const [low, high] = [sorted[0], sorted.at(-1)];
    if (low && high)
      sentences.push(
        `${single.length} companies plan capital spending for ${year}, from ${formatValueLong(low.figure.value, low.figure.qualifier)} (${low.entity.name}) to ${formatValueLong(high.figure.value, high.figure.qualifier)} (${high.entity.name})${sum ? `, ${formatValueLong(sum.value, sum.qualifier)} together` : ''}.`,
      );
  }
  for (const { entity, figure } of multi) {
    sentences.push(
      `${capital(entityName(entity))} adds ${formatValueLong(figure.value, figure.qualifier)} over ${countWord(yearsSpanned(figure))} years.`,
    );
  }
  return sentences.join(' ');
}

/** "Amazon, Microsoft, Alphabet, Meta and the Stargate project", or "Amazon, Microsoft, Alphabet and 17 more". */
export function namesOf(entities: readonly Pick<Entity, 'name' | 'kind'>[], max = 5): string {
  if (entities.length <= max) return listFormat(entities.map(entityName));
  return `${entities
    .slice(0, max - 1)
    .map((e) => e.name)
    .join(', ')} and ${entities.length - (max - 1)} more`;
}

/** "five news articles" */
export function articlesPhrase(ds: Pick<Dataset, 'sources'>): string {
  const n = ds.sources.filter((s) => s.kind === 'article').length;
  return `${countWord(n)} news ${n === 1 ? 'article' : 'articles'}`;
}

/** "five news articles and 68 reports": the sources, by kind (no reports: the articles alone). */
export function sourcesPhrase(ds: Pick<Dataset, 'sources'>): string {
  const n = ds.sources.filter((s) => s.kind === 'report').length;
  return n ? `${articlesPhrase(ds)} and ${countWord(n)} ${n === 1 ? 'report' : 'reports'}` : articlesPhrase(ds);
}

const monthOf = (iso: string) => monthYear(`${iso.slice(0, 7)}-01`);

/**
 * "in February 2025", or "from January 2025 to March 2026": when the sources of a kind (all, by default) were
 * published, to the month; undated reports are left out.
 */
export function publishedPeriod(ds: Pick<Dataset, 'sources'>, kind?: Source['kind']): string {
  const dates = ds.sources
    .filter((s) => kind === undefined || s.kind === kind)
    .map((s) => s.published)
    .filter((d) => d !== null)
    .sort();
  const [earliest, latest] = [dates[0], dates.at(-1)];
  if (!earliest || !latest) return '';
  const [first, last] = [monthOf(earliest), monthOf(latest)];
  return first === last ? `in ${first}` : `from ${first} to ${last}`;
}

/**
 * What a company's fiscal year covers, from its latest plan on a fiscal year: "its fiscal 2025 runs from July
 * 2024 to June 2025, six months of it in calendar 2024". Null when it has no such plan.
 */
export function fiscalYearSpan(ds: Dataset, entity: Entity): string | null {
  const plans = Object.entries(entity.plans)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([year, id]) => {
      const figure = findFigure(ds, id);
      const { basis, start, end } = figure?.period ?? {};
      return figure && basis === 'fiscal' && start && end ? [{ year, figure, start, end }] : [];
    });
  const latest = plans.at(-1);
  if (!latest) return null;
  const { start, end } = latest;
  const startYear = start.slice(0, 4);
  const before = startYear === end.slice(0, 4) ? 0 : 13 - Number(start.slice(5, 7));
  const share =
    before === 0 ? '' : `, ${countWord(before)} ${before === 1 ? 'month' : 'months'} of it in calendar ${startYear}`;
  return `its fiscal ${latest.year} runs from ${fiscalMonths(latest.figure)}${share}`;
}
