import { derivationInputs, disagreementsFor, getFigure, findEntity, figureHref, getSource } from '@/server/data';
import { KIND_DESCRIPTION, KIND_LABEL, QUALIFIER_LABEL, metricLabel } from '@/lib/dataset/labels';
import type { Figure } from '@/lib/dataset/schema';
import { formatValueLong, formatValueShort } from '@/lib/money/format';

/** Period, kind, qualifier and, for derived figures, the formula with its inputs. */
export function FigureFacts({ figure }: { figure: Figure }) {
  const inputs = derivationInputs(figure);
  return (
    <>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">Period</dt>
        <dd>
          {figure.period.label}
          {figure.period.basis === 'fiscal' ? ' · fiscal year, not calendar' : ''}
        </dd>
        <dt className="text-muted">Kind</dt>
        <dd title={KIND_DESCRIPTION[figure.kind]}>
          {KIND_LABEL[figure.kind]} <span className="text-muted">— {KIND_DESCRIPTION[figure.kind]}</span>
        </dd>
        <dt className="text-muted">Value</dt>
        <dd>
          {QUALIFIER_LABEL[figure.qualifier]}: {formatValueLong(figure.value, figure.qualifier)}
        </dd>
      </dl>
      {figure.derivation && (
        <p className="mt-2 text-sm">
          <span className="font-medium">Formula:</span> {figure.derivation.description}
          {inputs.length > 0 && (
            <>
              {' '}
              (from{' '}
              {inputs.map((f, i) => (
                <span key={f.id}>
                  {i > 0 ? ', ' : ''}
                  <a href={figureHref(f)}>
                    {findEntity(f.entity)?.name} {metricLabel(f).toLowerCase()}, {f.period.label}:{' '}
                    {formatValueShort(f.value, f.qualifier)}
                  </a>
                </span>
              ))}
              )
              {figure.derivation.statedInSource
                ? '; the source states the result itself.'
                : '; computed by this dataset.'}
            </>
          )}
        </p>
      )}
      {figure.note && <p className="mt-2 text-sm text-muted">{figure.note}</p>}
    </>
  );
}

/** Where sources disagree about this figure: every other reading, with who says it, and which one the charts use. */
export function DisagreementNotes({ figure }: { figure: Figure }) {
  const list = disagreementsFor(figure.id);
  if (list.length === 0) return null;
  return (
    <div className="mt-3 space-y-2">
      {list.map((d) => (
        <div
          role="note"
          key={d.id}
          className="rounded-md border border-line bg-raised p-3 text-sm"
          aria-label={`Sources differ: ${d.topic}`}
        >
          <p className="font-medium">Sources differ: {d.topic}</p>
          <ul className="mt-1 space-y-1">
            {d.figures.map((id) => {
              const f = getFigure(id);
              const publishers = [
                ...new Set(
                  f.citations.filter((c) => c.role === 'states-value').map((c) => getSource(c.source).publisher),
                ),
              ];
              return (
                <li key={id}>
                  <span className="num font-medium">{formatValueShort(f.value, f.qualifier)}</span>{' '}
                  <span className="text-muted">
                    {KIND_LABEL[f.kind].toLowerCase()}
                    {publishers.length ? ` · ${publishers.join(', ')}` : ' · computed'}
                    {d.chartedFigure === id ? ' · used in charts' : ''}
                    {id === figure.id ? ' · this figure' : ''}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="mt-1 text-muted">{d.resolution}</p>
          <a href={`/sources#${d.id}`} className="mt-1 inline-block">
            The disagreement in full
          </a>
        </div>
      ))}
    </div>
  );
}
