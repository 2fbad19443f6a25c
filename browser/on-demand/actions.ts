/** The view a Download entry, Copy image or Cite belongs to: its actions name it (components/view/ChartActions.tsx). */
import type { ActionsMode } from '@/components/view/ChartActions';
import { viewVocabulary } from '@/lib/dataset/query';
import { readData, select } from '@/lib/markup-contract';
import { type View, parseView } from '@/lib/url/view';
import { dataset } from './dataset';

export function viewOfActions(el: Element): { view: View; mode: ActionsMode } {
  const root = el.closest(select('viewActions'));
  const view = root && parseView(readData(root, 'view') ?? '', viewVocabulary(dataset));
  if (!root || !view) throw new Error('Not inside a view’s actions');
  return { view, mode: readData(root, 'viewActions') === 'cite' ? 'cite' : 'all' };
}
