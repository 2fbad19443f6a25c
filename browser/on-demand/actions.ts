/** The view a Download entry, Copy image or Cite belongs to: its actions name it (components/view/ChartActions.tsx). */
import type { ActionsMode } from '@/components/view/ChartActions';
import { readData, select } from '@/lib/markup-contract';

export function viewOfActions(el: Element): { chart: string; options: Record<string, unknown>; mode: ActionsMode } {
  const root = el.closest(select('viewActions'));
  if (!root) throw new Error('Not inside a view’s actions');
  return {
    chart: readData(root, 'chart') ?? '',
    options: JSON.parse(readData(root, 'viewOptions') ?? '{}') as Record<string, unknown>,
    mode: readData(root, 'viewActions') === 'cite' ? 'cite' : 'all',
  };
}
