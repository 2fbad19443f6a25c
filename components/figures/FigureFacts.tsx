import {
  derivationInputs,
  disagreementsFor,
  findFigure,
  getFigure,
  findEntity,
  figureHref,
  getSource,
  revisionOf,
} from '@/server/data';
import {
  CONFIDENCE_DESCRIPTION,
  CONFIDENCE_LABEL,
  KIND_DESCRIPTION,
  KIND_LABEL,
  MEASURE_LABEL,
  QUALIFIER_LABEL,
  formatDate,
  formatStatement,
  metricLabel,
} from '@/lib/dataset/labels';
import type { Figure } from '@/lib/dataset/schema';
import { EVIDENCE_DESCRIPTION, EVIDENCE_LABEL, figureEvidence } from '@/lib/dataset/evidence';
import { data } from '@/lib/markup-contract';
import { formatValueLong, formatValueShort } from '@/lib/money/format';

/** "~$85B, 23 Jul 2025": a statement of a plan, linked to its entry. */
function StatementLink({ figure: f }: { figure: Figure }) {
  return (
    <a href={figureHref(f)}>
      <span className="num">{formatValueShort(f.value, f.qualifier)}</span>, {formatDate(f.stated.on)}
    </a>
  );
}

/**
 * Period, kind, qualifier, who stated it and when, what it rests on, what it revises and what revised it
 * (shown from that day on: browser/as-of.ts), and, for derived figures, the formula with its inputs.
 */
export function FigureFacts({ figure }: { figure: Figure }) {
  const inputs = derivationInputs(figure);
  const evidence = figureEvidence(figure, (id) => getSource(id).kind);
  const revises = figure.revises ? findFigure(figure.revises) : undefined;
  const revisedBy = revisionOf(figure);
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
          {figure.measure ? <span className="text-muted"> · {MEASURE_LABEL[figure.measure]}</span> : null}
        </dd>
        <dt className="text-muted">Stated</dt>
        <dd>{formatStatement(figure.stated)}</dd>
        <dt className="text-muted">Evidence</dt>
        <dd>
          {EVIDENCE_LABEL[evidence]} <span className="text-muted">— {EVIDENCE_DESCRIPTION[evidence]}</span>
        </dd>
        {revises && (
          <>
            <dt className="text-muted">Revises</dt>
            <dd>
              <StatementLink figure={revises} />
            </dd>
          </>
        )}
      </dl>
      {revisedBy && (
        <p className="mt-2 text-sm" {...data({ shownFrom: revisedBy.stated.on })}>
          <span className="font-medium">Revised</span> on {formatDate(revisedBy.stated.on)} to{' '}
          <StatementLink figure={revisedBy} />: from that day on, this is not the plan.
        </p>
      )}
      {figure.confidence && (
        <p role="note" className="mt-2 rounded-md border border-line bg-raised p-2 text-sm">
          <span className="font-medium">{CONFIDENCE_LABEL[figure.confidence]}.</span>{' '}
          <span className="text-muted">{CONFIDENCE_DESCRIPTION[figure.confidence]}</span>
        </p>
      )}
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
