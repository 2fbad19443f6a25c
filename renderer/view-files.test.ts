import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { VIEW_FILES } from '@/lib/charts/exports/export-paths';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { viewFor } from '@/lib/charts/model/registry';
import { frozenDataset } from '@/lib/dataset/testing/frozen';
import { frozenYear } from '@/lib/dataset/testing/test-datasets';
import { nodeExportKit } from '@/renderer/hosts/node';
import { makeViewFile, makeViewFiles } from './view-files';

const kit = await nodeExportKit();
// A view the build does not draw: two of the companies, one highlighted.
const spec = buildChartSpec(
  frozenDataset(),
  viewFor(frozenDataset(), 'capex', { companies: ['amazon', 'meta'], highlight: 'meta', year: frozenYear }),
);
const made = await makeViewFiles(kit, frozenDataset(), spec, VIEW_FILES);
const text = (file: string) => made.find((m) => m.file.file === file)!.content as string;

describe('the files of a view', () => {
  it('are every file the registry names, of its type', () => {
    expect(made.map((m) => m.file.file)).toEqual(VIEW_FILES.map((f) => f.file));
    for (const m of made)
      expect(typeof m.content === 'string').toBe(m.file.format === 'svg' || m.file.format === 'csv');
    const png = made.find((m) => m.file.format === 'png')!.content as Uint8Array;
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
  });

  it('hold the rows shown and no other: the CSV has Amazon’s bar and markers and Meta’s bar', () => {
    const rows = parse<Record<string, string>>(text('data.csv'), { bom: true, columns: true });
    expect(rows.map((r) => `${r.entity} ${r.series}`)).toEqual(
      spec.rows.flatMap((r) => [`${r.entity} bar`, ...r.markers.map((m) => `${r.entity} marker: ${m.name}`)]),
    );
    expect(rows.every((r) => ['amazon', 'meta'].includes(r.entity!))).toBe(true);
  });

  it('say on every slide where they come from: the view’s permalink, with its companies', () => {
    for (const f of VIEW_FILES.filter((x) => x.format === 'svg'))
      expect(text(f.file)).toContain(
        `capex.example.org/?year=${frozenYear}&amp;companies=amazon,meta&amp;highlight=meta</text>`,
      );
  });

  it('put the view’s chart, and only its rows, in the PowerPoint file', async () => {
    const zip = await JSZip.loadAsync(made.find((m) => m.file.format === 'pptx')!.content);
    const chart = await zip.file(/ppt\/charts\/chart\d+\.xml$/)[0]!.async('string');
    const categories = [...chart.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!.split('\n')[0]);
    for (const name of ['Amazon', 'Meta']) expect(categories.some((c) => c!.startsWith(name))).toBe(true);
    for (const name of ['Microsoft', 'Alphabet', 'Stargate'])
      expect(categories.some((c) => c!.startsWith(name))).toBe(false);
  });

  it('refuses a file the registry does not name', async () => {
    await expect(makeViewFile(kit, frozenDataset(), spec, '../../etc/passwd')).rejects.toThrow('A view has no file');
  });
});
