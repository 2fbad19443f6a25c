/**
 * The dataset the on-demand renderer draws from: the build's validated copy, bundled with the renderer so
 * that a view is drawn from exactly the release the page was built from; and the check every view handed to
 * the renderer passes, so that it draws nothing a URL could not ask for.
 */
import dataset from 'virtual:bundled-dataset';
import { viewVocabulary } from '@/lib/dataset/query';
import { type View, formatView, parseView } from '@/lib/url/view';

export { dataset };

/**
 * A view the page asks for, read again through its codec against the bundled data's vocabulary: a known
 * chart, and only the values a URL may state. The page asks only for views it read from its URL or its
 * markup; this keeps the renderer from drawing anything else, whatever it is handed.
 */
export function checkedView(view: View): View {
  const checked = parseView(formatView(view), viewVocabulary(dataset));
  if (!checked) throw new Error('Not a view this site draws');
  return checked;
}
