/**
 * Reading view state from a query string, shared by the overview (lib/url-state.ts)
 * and the embeds (lib/embed-state.ts): the known values of each key, how a
 * single-valued key is read, and how what was dropped is reported — as text,
 * never as markup. Dependency-free, so the embed page's bundle stays small.
 */
import type { PrimarySlug } from './dataset/slugs';

export const VIEWS = ['chart', 'table'] as const;
export const BASES = ['per-year', 'total'] as const;
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedThemeChoice = (typeof EMBED_THEMES)[number];
export type { PrimarySlug };

export interface IgnoredParam {
  key: string;
  /** The raw value, shortened for display. */
  value: string;
  reason: string;
}

export type Ignore = (key: string, value: string, reason: string) => void;

/** Accepts a (trimmed, lower-cased) value, or returns null to drop it. */
export type Accept<T> = (value: string) => T | null;

/** Longer values are rejected outright; nothing legitimate comes close. */
export const MAX_VALUE_LENGTH = 120;

export function shorten(value: string, max = 40): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function collector(ignored: IgnoredParam[]): Ignore {
  return (key, value, reason) => ignored.push({ key, value: shorten(value), reason });
}

/** One of a fixed list of values. */
export function oneOf<const T extends string>(values: readonly T[]): Accept<T> {
  return (value) => ((values as readonly string[]).includes(value) ? (value as T) : null);
}

/** A single-valued key: the first valid value wins; every other value is reported. */
export function readSingle<T>(params: URLSearchParams, key: string, accept: Accept<T>, apply: (v: T) => void, ignore: Ignore): void {
  let taken = false;
  for (const raw of params.getAll(key)) {
    const value = raw.length > MAX_VALUE_LENGTH ? null : accept(raw.trim().toLowerCase());
    if (value !== null && !taken) {
      apply(value);
      taken = true;
    } else {
      ignore(key, raw, raw.length > MAX_VALUE_LENGTH ? 'too long' : value !== null ? 'given more than once' : 'not a valid value');
    }
  }
}

/** "ignored: companies=foo, basis=yearly" */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  return `ignored: ${ignored.map((i) => `${i.key}=${i.value}`).join(', ')}`;
}
