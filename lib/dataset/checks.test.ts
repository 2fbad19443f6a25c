import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThemeTokens } from '../theme/tokens';
import { checkData } from './data-check';
import { PROBLEM_CODES, type ProblemCode, formatProblem } from './problems';
import { BROKEN_FIXTURES, fixtureFiles } from './testing/fixtures';
import { textsOf } from './testing/raw-files';

const tokens = parseThemeTokens(readFileSync('app/globals.css', 'utf8'));
const names = { data: 'data', articles: 'articles' };

/** The data check on a fixture, as the build runs it: the files as text, the articles when at hand. */
function check(fixture: (typeof BROKEN_FIXTURES)[number] | null, withArticles = true) {
  const { files, articles } = fixtureFiles(fixture);
  return checkData({ texts: textsOf(files), articles: withArticles ? articles : null, tokens, names });
}

describe('data check', () => {
  it('accepts the frozen release against articles made of its own quotes (the baseline every fixture breaks)', () => {
    const result = check(null);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.coverage?.every((c) => c.mentions === c.byFigures + c.ignored)).toBe(true);
  });

  it('has a broken fixture for every kind of problem it reports (a missing articles folder is tested where folders are read, server/dataset.test.ts)', () => {
    const covered = new Set<ProblemCode>([...BROKEN_FIXTURES.map((f) => f.expected.code), 'articles-folder-missing']);
    expect(PROBLEM_CODES.filter((code) => !covered.has(code))).toEqual([]);
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
