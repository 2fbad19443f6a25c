/**
 * The data's vocabulary as the page script knows it: the companies and the
 * years with plans a URL may name (lib/url/params.ts). Written into the
 * script when it is built, from the dataset the pages were built from
 * (scripts/build-page-script.ts), by the function the pages use.
 */
import type { Vocabulary } from '@/lib/url/params';

declare const VIEW_VOCABULARY: Vocabulary;

export const vocabulary: Vocabulary = VIEW_VOCABULARY;

/** The newest year with plans: what a view without a year shows. */
export const latestYear: string | null = VIEW_VOCABULARY.years[VIEW_VOCABULARY.years.length - 1] ?? null;
