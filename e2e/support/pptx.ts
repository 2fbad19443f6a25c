/**
 * A PowerPoint file read back as its reader meets it: each slide's native
 * chart (series, values, value labels, categories), its alt text, the slide's
 * text and its speaker notes; and held to the chart spec it was made from.
 */
import { DOMParser } from '@xmldom/xmldom';
import { expect } from '@playwright/test';
import JSZip from 'jszip';
import type { ChartSpec } from '../../lib/charts/model/types';
import { formatDate } from '../../lib/dataset/labels';

export interface PptxChart {
  series: { name: string; values: Map<number, number>; labels: Map<number, string | null> }[];
  categories: string[];
  altText: string;
  slideText: string;
  notes: string;
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const textOf = (xml: string) =>
  [...parse(xml).getElementsByTagNameNS('http://schemas.openxmlformats.org/drawingml/2006/main', 't')]
    .map((t) => t.textContent)
    .join(' ');

/** A deck's slides read back from the zip: each chart's data, labels, alt text, slide text and notes. */
export async function readDeck(buffer: Buffer): Promise<PptxChart[]> {
  const zip = await JSZip.loadAsync(buffer);
  const read = (name: string) => zip.file(name)!.async('string');
  const slides = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const out: PptxChart[] = [];
  for (const slide of slides) {
    const n = slide.match(/slide(\d+)\.xml$/)![1];
    const rels = await read(`ppt/slides/_rels/slide${n}.xml.rels`);
    const chartPath = `ppt/charts/${rels.match(/charts\/(chart\d+\.xml)/)![1]}`;
    const notesPath = `ppt/notesSlides/${rels.match(/notesSlides\/(notesSlide\d+\.xml)/)![1]}`;
    const chart = parse(await read(chartPath));
    const series = [...chart.getElementsByTagNameNS(C, 'ser')].map((ser) => {
      const values = new Map<number, number>();
      const val = ser.getElementsByTagNameNS(C, 'val')[0]!;
      for (const pt of [...val.getElementsByTagNameNS(C, 'pt')])
        values.set(Number(pt.getAttribute('idx')), Number(pt.textContent));
      const labels = new Map<number, string | null>();
      for (const dLbl of [...ser.getElementsByTagNameNS(C, 'dLbl')]) {
        const idx = Number(dLbl.getElementsByTagNameNS(C, 'idx')[0]!.getAttribute('val'));
        labels.set(
          idx,
          dLbl.getElementsByTagNameNS(C, 'delete')[0]
            ? null
            : dLbl.getElementsByTagNameNS(C, 'numFmt')[0]!.getAttribute('formatCode'),
        );
      }
      const name = ser.getElementsByTagNameNS(C, 'tx')[0]!.getElementsByTagNameNS(C, 'v')[0]!.textContent!;
      return { name, values, labels };
    });
    const cat = chart.getElementsByTagNameNS(C, 'cat')[0]!;
    const categories = [...cat.getElementsByTagNameNS(C, 'pt')].map((p) => p.textContent!.trim());
    const slideXml = await read(slide);
    const altText = slideXml
      .match(/<p:graphicFrame>[\s\S]*?descr="([^"]*)"/)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&apos;/g, "'");
    out.push({ series, categories, altText, slideText: textOf(slideXml), notes: textOf(await read(notesPath)) });
  }
  return out;
}

/** The bars a spec draws, top to bottom: each row, then its markers. */
export const barsOf = (spec: ChartSpec) =>
  spec.rows.flatMap((r) => [{ label: r.label, value: r }, ...r.markers.map((m) => ({ label: r.label, value: m }))]);

export function expectChartMatchesSpec(deck: PptxChart, spec: ChartSpec, what: string) {
  const bars = barsOf(spec);
  // The sheet lists bars bottom-up (a bar chart draws its first category at the bottom), so the slide reads top-down.
  const topDown = [...deck.categories].reverse();
  expect(topDown, what).toHaveLength(bars.length);
  bars.forEach((bar, i) =>
    expect(topDown[i], what).toMatch(new RegExp(`^${bar.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
  );
  const idx = (i: number) => bars.length - 1 - i;
  bars.forEach((bar, i) => {
    const at = (name: RegExp) => deck.series.find((s) => name.test(s.name))?.values.get(idx(i));
    const range = at(/^Range/);
    const solid = at(/^(?!Range|Computed)/) ?? at(/^Computed/);
    expect(Math.round(solid! * 1e9), `${what}: ${bar.label} low`).toBe(bar.value.low);
    if (bar.value.high !== bar.value.low)
      expect(Math.round(range! * 1e9), `${what}: ${bar.label} high`).toBe(bar.value.high);
    else expect(range, `${what}: ${bar.label} is a point, not a range`).toBeUndefined();
    // One label per bar, the site's value label as a number format.
    const labels = deck.series.map((s) => s.labels.get(idx(i))).filter((l): l is string => !!l);
    expect(labels, `${what}: ${bar.label} label`).toHaveLength(1);
    // Each citation's evidence: the article's sentence, or who reported the statement.
    for (const c of bar.value.citations)
      expect(deck.notes, `${what}: notes cite ${bar.label}`).toContain(c.quote ?? `Reported by ${c.publisher}`);
  });
  expect(deck.altText).toBe(spec.description);
  for (const text of [spec.title, spec.subtitle, spec.sourceLine, `Data as of ${formatDate(spec.asOf)}`])
    expect(deck.slideText, what).toContain(text);
  for (const note of spec.notes) expect(deck.notes).toContain(note);
}

/**
 * The chart XML of a one-slide PowerPoint file, found by its relationships (its part's name counts charts made
 * before it): what two PowerPoint files of one view share byte for byte (their zips record when they were made).
 */
export async function chartXml(pptx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(pptx);
  const rels = await zip.file('ppt/slides/_rels/slide1.xml.rels')!.async('string');
  return zip.file(`ppt/charts/${/charts\/(chart\d+\.xml)/.exec(rels)![1]}`)!.async('string');
}
