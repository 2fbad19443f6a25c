import { getDataset } from '@/server/data';
import { yearsSpanned } from '@/lib/dataset/plans';
import { countWord, fiscalMonths, listFormat, yearPlans } from '@/lib/dataset/prose';

/** What a year's plans chart can and cannot compare, written from the year's plans. */
export function ComparabilityNote({ year }: { year: string }) {
  const ds = getDataset();
  const { single, multi } = yearPlans(ds, year);
  const fiscal = single.filter((p) => p.figure.period.basis === 'fiscal');
  const spans = [...new Set(multi.map((p) => yearsSpanned(p.figure)))];
  return (
    <aside
      className="rounded-xl border border-line bg-raised p-5 text-sm leading-relaxed"
      aria-labelledby="comparable-title"
    >
      <h2 id="comparable-title" className="text-base font-semibold">
        What is comparable
      </h2>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-muted">
        {fiscal.length > 0 && (
          <li>
            <strong className="text-ink">Fiscal years.</strong>{' '}
            {listFormat(
              fiscal.map((p) => `${p.entity.name}’s plan covers its fiscal ${year}, ${fiscalMonths(p.figure)}`),
            )}
            {fiscal.length < single.length ? `; the others are calendar ${year}` : ''}.
          </li>
        )}
        <li>
          <strong className="text-ink">Plans, not spending.</strong> These are announced intentions reported by the
          press; a plan marked ~ is the press’s reading of what the company said.
        </li>
        <li>
          <strong className="text-ink">AI’s share.</strong> The sources describe the money as going to AI and data
          centers, but none of the companies breaks out how much of its capex is AI.
        </li>
        {multi.length > 0 && (
          <li>
            <strong className="text-ink">
              {listFormat(multi.map((p) => p.entity.name))} {multi.length === 1 ? 'is' : 'are'} different.
            </strong>{' '}
            A commitment over {spans.length === 1 ? `${countWord(spans[0] ?? 0)} years` : 'several years'}, not one
            company’s annual budget: compare its yearly average, or switch to the total.
          </li>
        )}
      </ul>
      <p className="mt-3">
        <a href="/methodology">How the figures were distilled and checked</a>
      </p>
    </aside>
  );
}
