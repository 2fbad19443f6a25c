/**
 * What a printed page repeats in its margins (app/globals.css, @page): the
 * page's permalink at the top left, the dataset's as-of date and version at
 * the top right (page numbers are CSS counters). They reach the margin boxes
 * as custom properties on :root, which @page inherits.
 */
import { formatDate } from '../dataset/labels';

export const PRINT_PERMALINK_PROPERTY = '--print-permalink';
export const PRINT_AS_OF_PROPERTY = '--print-as-of';

/** A CSS string literal: JSON's escaping (quotes, backslashes, control characters) is valid CSS. */
export function cssString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\3c ');
}

export function printAsOf(meta: { asOf: string; version: string }): string {
  return `Data as of ${formatDate(meta.asOf)} · dataset version ${meta.version}`;
}

/** The :root rule a page carries for print: its permalink (absolute) and the as-of line. */
export function runningHeadCss(permalink: string, meta: { asOf: string; version: string }): string {
  return `:root{${PRINT_PERMALINK_PROPERTY}:${cssString(permalink)};${PRINT_AS_OF_PROPERTY}:${cssString(printAsOf(meta))}}`;
}
