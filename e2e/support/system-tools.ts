/**
 * The system tools some tests drive: Debian packages that scripts/ensure-system-tools.sh installs when it
 * runs as root. Outside CI, a test whose tool is missing is skipped and says which to install; in CI
 * (CI is set) it fails instead, so a run without them can never pass for a complete one.
 */
import { spawnSync } from 'node:child_process';
import { test } from '@playwright/test';

const TOOLS = {
  'rsvg-convert': 'librsvg2-bin',
  soffice: 'libreoffice-impress libreoffice-calc',
  pdftoppm: 'poppler-utils',
  pdftotext: 'poppler-utils',
  java: 'default-jre-headless',
  'firefox-esr': 'firefox-esr',
  WebKitWebDriver: 'webkit2gtk-driver',
  'xvfb-run': 'xvfb xauth',
} as const;
export type Tool = keyof typeof TOOLS;

export const hasTool = (tool: Tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** Why a test cannot run here, or null when every tool it needs is installed. */
export function missingTools(...tools: Tool[]): string | null {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) return null;
  return `needs ${missing.join(', ')} (Debian: ${[...new Set(missing.map((t) => TOOLS[t]))].join(' ')}); run the tests as root, or install them`;
}

/** Call first in a test (or a describe block): skips it where a tool is missing, and fails it in CI. */
export function needTools(...tools: Tool[]): void {
  const missing = missingTools(...tools);
  if (!missing) return;
  if (process.env.CI) throw new Error(`CI must run every test: this one ${missing}`);
  test.skip(true, missing);
}
