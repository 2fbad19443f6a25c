import type { Figure } from '@/lib/dataset/schema';
import { formatValueLong, formatValueShort } from '@/lib/money/format';

/**
 * A value as the eye reads it ("~$100B") and as a screen reader says it
 * ("about $100B"): the short form hidden from assistive technology, the long
 * one visually hidden. An aria-label would do neither on a paragraph or a
 * span, which have no name to give.
 */
export function SpokenValue({ value, qualifier, prefix }: Pick<Figure, 'value' | 'qualifier'> & { prefix?: string }) {
  return (
    <>
      <span className="sr-only">
        {prefix ? `${prefix}: ` : ''}
        {formatValueLong(value, qualifier)}
      </span>
      <span aria-hidden="true">{formatValueShort(value, qualifier)}</span>
    </>
  );
}
