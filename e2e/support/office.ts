/**
 * How other software draws our exports: librsvg (rsvg-convert) and
 * LibreOffice (soffice, headless) turning SVGs and .pptx files into PDF, and
 * poppler turning PDFs into PNGs and text; plus a pixel comparison. The tools
 * are Debian packages: a test that needs them calls needTools (./system-tools.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export function scratchDir(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `${name}-`));
}

/** An SVG as librsvg draws it, at a width. */
export function rsvgPng(svg: string, width: number): PNG {
  const dir = scratchDir('rsvg');
  try {
    writeFileSync(path.join(dir, 'in.svg'), svg);
    execFileSync('rsvg-convert', ['-w', String(width), '-o', path.join(dir, 'out.png'), path.join(dir, 'in.svg')]);
    return PNG.sync.read(readFileSync(path.join(dir, 'out.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Files converted by LibreOffice headless, in one run (its start-up is the slow part), each with its
 * own profile directory so parallel test workers do not share one.
 */
export function libreOfficeConvert(
  files: { name: string; content: string | Buffer }[],
  to: string,
  infilter?: string,
): Map<string, string> {
  const dir = scratchDir('soffice');
  for (const f of files) writeFileSync(path.join(dir, f.name), f.content);
  const args = [
    `-env:UserInstallation=file://${dir}/profile`,
    '--headless',
    ...(infilter ? [`--infilter=${infilter}`] : []),
    '--convert-to',
    to,
    '--outdir',
    path.join(dir, 'out'),
    ...files.map((f) => path.join(dir, f.name)),
  ];
  execFileSync('soffice', args, { stdio: 'pipe', timeout: 180_000 });
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, 'out'))) out.set(name, path.join(dir, 'out', name));
  return out;
}

/** A one-page PDF as a PNG of exactly this size. */
export function pdfPng(pdf: string, width: number, height: number): PNG {
  const base = pdf.replace(/\.pdf$/, '-page');
  execFileSync('pdftoppm', [
    '-png',
    '-singlefile',
    '-scale-to-x',
    String(width),
    '-scale-to-y',
    String(height),
    pdf,
    base,
  ]);
  return PNG.sync.read(readFileSync(`${base}.png`));
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** The picture without its text: what must not differ between renderers whatever their fonts. */
export function withoutText(svg: string): string {
  return svg.replace(/<text\b[\s\S]*?<\/text>/g, '');
}

function crop(p: PNG, border: number): PNG {
  const out = new PNG({ width: p.width - border * 2, height: p.height - border * 2 });
  PNG.bitblt(p, out, border, border, out.width, out.height, 0, 0);
  return out;
}

/**
 * Share of pixels that differ between two renderings (pixelmatch, colour threshold 0.1, anti-aliased
 * edge pixels not counted), leaving out a frame of `border` pixels (PDF rasterisers soften the page edge).
 */
export function differingShare(a: PNG, b: PNG, border = 2): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  const [ca, cb] = [crop(a, border), crop(b, border)];
  return pixelmatch(ca.data, cb.data, undefined, ca.width, ca.height, { threshold: 0.1 }) / (ca.width * ca.height);
}

/** What every exported SVG must be, to draw alike in office suites and librsvg: plain SVG 1.1, in Arial's two weights, at its size. */
export function expectPlainSvg11(svg: string, size: { width: number; height: number }, what: string): void {
  expect(svg, what).not.toMatch(
    /var\(|color-mix|<style|@font-face|transparent|\sopacity=|tabindex|role="button"|chart-row-focus|<pattern|\d(?:em|rem)"/,
  );
  expect(svg.match(/fill-opacity="([\d.]+)"/g) ?? [], what).toEqual(svg.match(/fill-opacity="1"/g) ?? []);
  expect(new Set(svg.match(/font-weight="\d+"/g)), `${what}: Arial has regular and bold only`).toEqual(
    new Set(['font-weight="400"', 'font-weight="700"']),
  );
  expect(svg, what).toMatch(
    /^<\?xml[^>]*>\n<svg [^>]*font-family="Arial, Arimo, 'Liberation Sans', Helvetica, sans-serif"/,
  );
  expect(svg, what).toContain('viewBox="0 0 1920 1080"');
  expect(svg, what).toContain(`width="${size.width}" height="${size.height}"`);
}
