import { CiteAction } from '@/components/citations/CiteAction';
import { getDataset } from '@/server/data';
import { citeFigure } from '@/lib/citations/cite-figure';
import { formatDate } from '@/lib/dataset/labels';
import type { Figure } from '@/lib/dataset/schema';

/** A figure's Cite (its entry on a company page and the card a bar opens): the figure, then its articles. */
export function FigureCite({ figure, id }: { figure: Figure; id: string }) {
  const ds = getDataset();
  const meta = ds.meta;
  return (
    <CiteAction
      citation={citeFigure(ds, figure)}
      id={id}
      what="this figure"
      version={meta.version}
      asOf={formatDate(meta.asOf)}
      inline
    />
  );
}
