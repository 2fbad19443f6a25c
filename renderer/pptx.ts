/**
 * PowerPoint files with native, editable charts (a chart with its data sheet,
 * which PowerPoint, Keynote, Google Slides and LibreOffice import), written by
 * pptxgenjs from lib/charts/exports/native-chart.ts. pptxgenjs has no per-bar number
 * formats, hatching or label removal, so those are added to its chart XML
 * afterwards with a DOM parser (@xmldom/xmldom), in the elements and order the
 * DrawingML chart schema defines. Runs at build and in the browser alike:
 * every part is read and written as bytes, never as a Node buffer.
 */
import { DOMParser, type Document, type Element, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import {
  type NativeChart,
  type NativePoint,
  type SeriesRole,
  nativeChart,
  speakerNotes,
} from '@/lib/charts/exports/native-chart';
import { FRAMES, type Measure, footerRight, TYPE_SCALE_PT, typeSizes, wrap } from '@/lib/charts/geometry/frame-layout';
import type { ChartSpec } from '@/lib/charts/model/types';
import { absoluteUrl } from '@/lib/site';
import { type ThemeTokens, blendHex } from '@/lib/theme/tokens';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** Slides are light: a deck has its own theme, and light is what prints and projects everywhere. */
interface Palette {
  /** A token as a PowerPoint colour (RRGGBB), at a share of its strength blended with the page. */
  hex: (token: string, percent?: number) => string;
  ink: string;
  muted: string;
  line: string;
}

function palette(tokens: ThemeTokens): Palette {
  const light = tokens.light;
  const value = (token: string) => {
    const v = light[token];
    if (!v) throw new Error(`No value for colour token ${token} in the light theme`);
    return v;
  };
  const hex = (token: string, percent = 100) =>
    (percent >= 100 ? value(token) : blendHex(value(token), percent, value('--color-page'))).slice(1).toUpperCase();
  return { hex, ink: hex('--color-ink'), muted: hex('--color-muted'), line: hex('--color-line') };
}
const FONT = 'Arial';

/** 13.33 × 7.5 in, 16:9. */
const SLIDE = { w: 13.333, h: 7.5, pad: 0.55 };

function el(doc: Document, name: string, attrs: Record<string, string> = {}, children: Element[] = []): Element {
  const ns = name.startsWith('a:') ? A : C;
  const node = doc.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) node.appendChild(child);
  return node;
}

const solid = (doc: Document, color: string) => el(doc, 'a:solidFill', {}, [el(doc, 'a:srgbClr', { val: color })]);

/** A bar's fill: solid in its entity's colour, a lighter tint for a range's high end, hatched when derived. */
function barFill(doc: Document, point: NativePoint, role: SeriesRole, chart: NativeChart, { hex }: Palette): Element {
  const k = point.strength;
  if (role === 'range')
    return el(doc, 'c:spPr', {}, [solid(doc, hex(point.colorToken, (chart.tints.range * k) / 100))]);
  if (role === 'value') return el(doc, 'c:spPr', {}, [solid(doc, hex(point.colorToken, k))]);
  return el(doc, 'c:spPr', {}, [
    el(doc, 'a:pattFill', { prst: 'wdUpDiag' }, [
      el(doc, 'a:fgClr', {}, [el(doc, 'a:srgbClr', { val: hex(point.colorToken, k) })]),
      el(doc, 'a:bgClr', {}, [el(doc, 'a:srgbClr', { val: hex(point.colorToken, (chart.tints.derived * k) / 100) })]),
    ]),
    el(doc, 'a:ln', { w: '19050' }, [solid(doc, hex(point.colorToken, k))]),
  ]);
}

function labelText(doc: Document, point: NativePoint, colors: Palette): Element {
  return el(doc, 'c:txPr', {}, [
    el(doc, 'a:bodyPr'),
    el(doc, 'a:lstStyle'),
    el(doc, 'a:p', {}, [
      el(doc, 'a:pPr', {}, [
        el(doc, 'a:defRPr', { sz: String(TYPE_SCALE_PT.value * 100), b: point.dimmed ? '0' : '1' }, [
          solid(doc, point.dimmed ? colors.muted : colors.ink),
          el(doc, 'a:latin', { typeface: FONT }),
        ]),
      ]),
      el(doc, 'a:endParaRPr', { lang: 'en-US' }),
    ]),
  ]);
}

/** One bar's label: the site's value label as a number format, right of the bar; or none. */
function pointLabel(doc: Document, index: number, point: NativePoint, role: SeriesRole, colors: Palette): Element {
  if (point.labelSeries !== role)
    return el(doc, 'c:dLbl', {}, [el(doc, 'c:idx', { val: String(index) }), el(doc, 'c:delete', { val: '1' })]);
  const flag = (name: string, on: boolean) => el(doc, name, { val: on ? '1' : '0' });
  return el(doc, 'c:dLbl', {}, [
    el(doc, 'c:idx', { val: String(index) }),
    el(doc, 'c:numFmt', { formatCode: point.formatCode, sourceLinked: '0' }),
    el(doc, 'c:spPr', {}, [el(doc, 'a:noFill'), el(doc, 'a:ln', {}, [el(doc, 'a:noFill')])]),
    labelText(doc, point, colors),
    el(doc, 'c:dLblPos', { val: 'outEnd' }),
    flag('c:showLegendKey', false),
    flag('c:showVal', true),
    flag('c:showCatName', false),
    flag('c:showSerName', false),
    flag('c:showPercent', false),
    flag('c:showBubbleSize', false),
  ]);
}

function childrenNamed(parent: Element, local: string): Element[] {
  return Array.from(parent.childNodes).filter(
    // xmldom's nodes are not instances of the DOM's classes: an element is told by its node type.
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === local,
  );
}

/** A series' one child element of a name, which pptxgenjs always writes. */
function childNamed(parent: Element, local: string): Element {
  const [found] = childrenNamed(parent, local);
  if (!found) throw new Error(`a series of the chart XML has no <c:${local}>`);
  return found;
}

/** Adds what pptxgenjs cannot write: per-bar fills and labels, hatching, and no cached values for empty cells. */
export function patchChartXml(xml: string, chart: NativeChart, colors: Palette): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const sers = Array.from(doc.getElementsByTagNameNS(C, 'ser'));
  if (sers.length !== chart.series.length)
    throw new Error(`expected ${chart.series.length} series in the chart XML, found ${sers.length}`);
  const [firstPoint] = chart.points;
  if (!firstPoint) throw new Error('a chart without points has nothing to patch');
  chart.series.forEach(({ role }, s) => {
    const ser = sers[s];
    if (!ser) return;
    // Series fill (what the legend shows): the neutral of the site's legend, hatched for derived values.
    const spPr = childNamed(ser, 'spPr');
    const neutral: NativePoint = { ...firstPoint, colorToken: '--color-muted', strength: 100 };
    ser.replaceChild(barFill(doc, neutral, role, chart, colors), spPr);
    // Per-bar fills go after invertIfNegative; per-bar labels first inside dLbls.
    const anchor = childNamed(ser, 'invertIfNegative');
    let after: Element = anchor;
    chart.points.forEach((point, i) => {
      if (point.values[role] === null) return;
      const dPt = el(doc, 'c:dPt', {}, [
        el(doc, 'c:idx', { val: String(i) }),
        el(doc, 'c:invertIfNegative', { val: '0' }),
        el(doc, 'c:bubble3D', { val: '0' }),
        barFill(doc, point, role, chart, colors),
      ]);
      ser.insertBefore(dPt, after.nextSibling);
      after = dPt;
    });
    const dLbls = childNamed(ser, 'dLbls');
    const first = dLbls.firstChild;
    chart.points.forEach((point, i) => dLbls.insertBefore(pointLabel(doc, i, point, role, colors), first));
    // An empty cell is a missing point, not a zero: leave it out of the cached values.
    for (const cache of Array.from(ser.getElementsByTagNameNS(C, 'numCache'))) {
      for (const pt of childrenNamed(cache, 'pt')) {
        if ((pt.textContent ?? '').trim() === '') cache.removeChild(pt);
      }
    }
  });
  return new XMLSerializer().serializeToString(doc);
}

/** The embedded workbook: blank cells stay blank, and the corner cell says what the numbers are. */
function patchWorkbook(file: string, xml: string, chart: NativeChart): string {
  if (/sharedStrings\.xml$/.test(file)) {
    return xml.replace(
      '<si><t xml:space="preserve"></t></si>',
      `<si><t>US dollars, ${chart.unit.suffix === 'B' ? 'billions' : 'millions'}</t></si>`,
    );
  }
  return xml.replace(/<c r="([A-Z]+\d+)"( s="\d+")?( t="[a-z]+")?><v><\/v><\/c>/g, '');
}

function addChartSlide(pptx: PptxGenJS, spec: ChartSpec, colors: Palette, measure: Measure): NativeChart {
  const { hex, ink: INK, muted: MUTED, line: LINE } = colors;
  const chart = nativeChart(spec);
  const permalink = absoluteUrl(spec.permalink);
  const slide = pptx.addSlide();
  slide.background = { color: hex('--color-page') };
  const x = SLIDE.pad;
  const w = SLIDE.w - SLIDE.pad * 2;
  const text = { fontFace: FONT, margin: 0, valign: 'top' as const, fit: 'none' as const };
  // A title of two lines (a long company name) pushes the rest down by a line, as on the SVG slide, which wraps it the same way.
  const titleLines = wrap(
    spec.title,
    typeSizes('slide').title,
    700,
    FRAMES.slide.width - FRAMES.slide.pad * 2,
    2,
    measure,
  ).length;
  const extra = ((titleLines - 1) * TYPE_SCALE_PT.title * 1.15) / 72;
  slide.addText(spec.title, {
    ...text,
    x,
    y: 0.4,
    w,
    h: 0.62 + extra,
    fontSize: TYPE_SCALE_PT.title,
    bold: true,
    color: INK,
  });
  slide.addText(spec.subtitle, {
    ...text,
    x,
    y: 1.06 + extra,
    w,
    h: 0.34,
    fontSize: TYPE_SCALE_PT.subtitle,
    color: MUTED,
  });
  const chartTop = 1.5 + extra;
  // A slide cut to fit (lib/charts/geometry/fit.ts) says so above the source line, on a second line.
  const sourceHeight = spec.leftOut ? 0.45 : 0.3;
  const chartBottom = SLIDE.h - 0.75 - sourceHeight;
  slide.addChart(
    pptx.ChartType.bar,
    chart.series.map((s) => ({
      name: s.name,
      labels: chart.points.map((p) => p.category),
      values: chart.points.map((p) => p.values[s.role] as number),
    })),
    {
      x,
      y: chartTop,
      w,
      h: chartBottom - chartTop,
      altText: spec.description,
      chartArea: { roundedCorners: false },
      barDir: 'bar',
      barGrouping: 'clustered',
      // Series overlap fully: a range's lighter high end sits behind its solid low end.
      barOverlapPct: 100,
      barGapWidthPct: 45,
      // Every category gets its label, never every other one.
      catAxisLabelFrequency: '1',
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 16,
      catAxisLabelColor: INK,
      catAxisLineShow: false,
      catAxisMajorTickMark: 'none',
      valAxisMinVal: 0,
      valAxisMaxVal: chart.axis.max,
      valAxisMajorUnit: chart.axis.step,
      valAxisLabelFormatCode: chart.axis.formatCode,
      valAxisLabelFontFace: FONT,
      valAxisLabelFontSize: TYPE_SCALE_PT.tick,
      valAxisLabelColor: MUTED,
      valAxisLineShow: false,
      valGridLine: { color: LINE, style: 'dash', size: 1 },
      showValue: true,
      dataLabelFormatCode: chart.axis.formatCode,
      dataLabelFontFace: FONT,
      dataLabelFontSize: TYPE_SCALE_PT.value,
      dataLabelFontBold: true,
      dataLabelColor: INK,
      dataLabelPosition: 'outEnd',
      showLegend: true,
      legendPos: 't',
      legendFontFace: FONT,
      legendFontSize: TYPE_SCALE_PT.legend,
      legendColor: MUTED,
      chartColors: chart.series.map(() => MUTED),
    },
  );
  slide.addText(spec.leftOut ? `${spec.leftOut} ${spec.sourceLine}` : spec.sourceLine, {
    ...text,
    x,
    y: SLIDE.h - 0.65 - sourceHeight,
    w,
    h: sourceHeight,
    fontSize: TYPE_SCALE_PT.source,
    color: MUTED,
  });
  slide.addShape(pptx.ShapeType.line, { x, y: SLIDE.h - 0.6, w, h: 0, line: { color: LINE, width: 0.75 } });
  slide.addText(spec.siteName, {
    ...text,
    x,
    y: SLIDE.h - 0.5,
    w: 3,
    h: 0.26,
    fontSize: TYPE_SCALE_PT.footer,
    bold: true,
    color: INK,
  });
  slide.addText(
    [
      { text: footerRight(spec, permalink).replace(/ · [^·]+$/, ' · '), options: {} },
      {
        text: permalink.replace(/^https?:\/\//, '').replace(/^([^/]+)\/$/, '$1'),
        options: { hyperlink: { url: permalink, tooltip: 'This view on the site' } },
      },
    ],
    {
      ...text,
      x: x + 3,
      y: SLIDE.h - 0.5,
      w: w - 3,
      h: 0.26,
      fontSize: TYPE_SCALE_PT.footer,
      color: MUTED,
      align: 'right',
    },
  );
  slide.addNotes(speakerNotes(spec, permalink));
  return chart;
}

/** Where a relationship's target points, as a path inside the package: "../charts/chart1.xml" from ppt/slides/. */
function resolvePart(fromDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromDir.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * A .pptx with one slide per spec, each a native chart; the charts' XML patched in order. `measure` is the
 * export font's (renderer/raster.ts): it tells how many lines each slide's title takes.
 */
export async function pptxFor(
  tokens: ThemeTokens,
  specs: readonly ChartSpec[],
  title: string,
  measure: Measure,
): Promise<Uint8Array> {
  const colors = palette(tokens);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  const siteName = specs[0]?.siteName ?? '';
  pptx.author = siteName;
  pptx.company = siteName;
  pptx.subject = 'Big Tech AI capital expenditure, every figure traced to its source';
  const charts = specs.map((spec) => addChartSlide(pptx, spec, colors, measure));
  const raw = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;

  const zip = await JSZip.loadAsync(raw);
  const entry = (archive: JSZip, file: string) => {
    const found = archive.file(file);
    if (!found) throw new Error(`the deck has no ${file}`);
    return found;
  };
  const read = (file: string) => entry(zip, file).async('string');
  /** Where a part's relationship of a type points, as a path inside the package. */
  const target = async (part: string, type: string) => {
    const slash = part.lastIndexOf('/');
    const dir = part.slice(0, slash);
    const rels = `${dir}/_rels/${part.slice(slash + 1)}.rels`;
    const found = new RegExp(
      `Type="[^"]*/${type}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*/${type}"`,
    ).exec(await read(rels));
    if (!found) throw new Error(`${part} has no ${type} relationship`);
    return resolvePart(dir, found[1] ?? found[2] ?? '');
  };
  // Slide n holds chart n of `charts`: follow slide → chart → embedded workbook by their relationships.
  for (const [i, chart] of charts.entries()) {
    const chartPart = await target(`ppt/slides/slide${i + 1}.xml`, 'chart');
    zip.file(chartPart, patchChartXml(await read(chartPart), chart, colors));
    const bookPart = await target(chartPart, 'package');
    const book = await JSZip.loadAsync(await entry(zip, bookPart).async('uint8array'));
    for (const part of Object.keys(book.files).filter((f) =>
      /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(f),
    )) {
      book.file(part, patchWorkbook(part, await entry(book, part).async('string'), chart));
    }
    zip.file(bookPart, await book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
