import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, type ProblemCode, formatProblem } from './problems';
import { runDataCheck } from './run-check';
import { BROKEN_FIXTURES, writeFixture } from './testing/fixtures';

const root = mkdtempSync(path.join(tmpdir(), 'data-check-'));
const names = { data: 'data', articles: 'articles' };

function check(fixture: (typeof BROKEN_FIXTURES)[number] | null, withArticles = true) {
  const dirs = writeFixture(path.join(root, fixture?.name ?? 'valid'), fixture);
  return runDataCheck(dirs.dataDir, withArticles ? dirs.articlesDir : null, names);
}

describe('data check', () => {
  it('accepts the real dataset against articles made of its own quotes (the baseline every fixture breaks)', () => {
    const result = check(null);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.coverage?.every((c) => c.mentions === c.byFigures + c.ignored)).toBe(true);
  });

  it('has a broken fixture for every kind of problem it reports (a missing articles folder is tested on its own, below)', () => {
    const covered = new Set<ProblemCode>([...BROKEN_FIXTURES.map((f) => f.expected.code), 'articles-folder-missing']);
    expect(PROBLEM_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('rejects an articles folder that does not exist, naming it', () => {
    const dirs = writeFixture(path.join(root, 'no-articles'), null);
    const { problems } = runDataCheck(dirs.dataDir, path.join(root, 'no-such-folder'), names);
    expect(problems).toEqual([
      {
        code: 'articles-folder-missing',
        file: 'articles',
        message: 'expected a folder holding the article .txt files',
      },
    ]);
  });

  for (const fixture of BROKEN_FIXTURES) {
    it(`rejects ${fixture.breaks}`, () => {
      const { problems } = check(fixture);
      const match = problems.find((p) => p.code === fixture.expected.code);
      expect(match, `problems were:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
      expect(match!.file).toBe(fixture.expected.file);
      if (fixture.expected.record) expect(match!.record).toBe(fixture.expected.record);
      if (fixture.expected.field) expect(match!.field).toBe(fixture.expected.field);
      expect(match!.message).toMatch(fixture.expected.message);
    });

    if (!fixture.needsArticles) {
      it(`rejects ${fixture.breaks}, even without the article texts`, () => {
        expect(check(fixture, false).problems.some((p) => p.code === fixture.expected.code)).toBe(true);
      });
    }
  }

  it('names file, record and field on one line and what was expected on the next', () => {
    const { problems } = check(BROKEN_FIXTURES.find((f) => f.name === 'unknown-source')!);
    expect(formatProblem(problems[0]!)).toBe(
      'data/figures.json › figure "amazon-capex-2024" › citations[0].source\n    expected a source id from data/sources.json, got "reuters"',
    );
  });
});
