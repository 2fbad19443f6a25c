/**
 * npm run data:release [-- --version 1.2.0 | --bump major|minor|patch] [--summary "…"] [--date YYYY-MM-DD]
 *
 * Records a release of the dataset after a change to data/:
 *   1. checks the data (everything but the release itself) against the articles;
 *   2. compares the figures with the last release's archived dataset.json (data/releases/<version>/)
 *      and lists those added, changed and removed;
 *   3. takes the version (default: the next minor) and a summary, from flags or by asking;
 *   4. writes the changelog entry with the content hash, and meta.json's version;
 *   5. archives this release's downloads in data/releases/<version>/, where the build publishes
 *      them at /data/v/<version>/ for as long as the site lives;
 *   6. checks the data again. Nothing is written when a step before 4 fails; 4–5 are undone when 6 fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { DOWNLOADS } from '../lib/downloads/csv';
import { formatProblems } from '../lib/dataset/problems';
import { describeChanges, figureChanges, recordRelease, releaseProblem } from '../lib/dataset/release';
import { articlesDirFrom, datasetDir, runDataCheck } from '@/server/dataset';
import { archivedFigures } from '../lib/dataset/archive';
import { bumpVersion, type VersionBump } from '../lib/dataset/version';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function ask(question: string, fallback: string): Promise<string> {
  if (!process.stdin.isTTY) return fallback;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    return answer || fallback;
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      version: { type: 'string' },
      bump: { type: 'string' },
      summary: { type: 'string' },
      date: { type: 'string' },
      articles: { type: 'string' },
    },
  });
  const dataDir = datasetDir();
  const archiveDir = (version: string) => path.join(dataDir, 'releases', version);

  // 1. The data, checked, but for the release that is about to be recorded.
  const { dataset, problems } = runDataCheck(dataDir, articlesDirFrom(values.articles));
  const blocking = problems.filter((p) => p.code !== 'unreleased-change');
  if (!dataset || blocking.length > 0) {
    console.error(formatProblems(blocking.length ? blocking : problems));
    console.error('\n✗ no release recorded: fix the data first.');
    return 1;
  }

  // 2. What changed since the last release, figure by figure.
  const newest = dataset.changelog[0];
  let previousFigures: ReturnType<typeof archivedFigures> = [];
  if (newest) {
    const archived = path.join(archiveDir(newest.version), 'dataset.json');
    if (!existsSync(archived)) {
      console.error(
        `✗ release ${newest.version} has no archived dataset in ${path.relative(process.cwd(), archived)}, so its figures cannot be compared: restore its files from the site's /data/v/${newest.version}/`,
      );
      return 1;
    }
    previousFigures = archivedFigures(readFileSync(archived, 'utf8'));
  }
  const changes = figureChanges(previousFigures, dataset.figures);
  console.log(`Since ${newest ? `release ${newest.version}` : 'nothing'}: ${describeChanges(changes)}.`);
  for (const label of ['added', 'changed', 'removed'] as const)
    if (changes[label].length) console.log(`  ${label}: ${changes[label].join(', ')}`);

  // 3. Version, summary, date.
  const bump = (values.bump ?? 'minor') as VersionBump;
  if (!['major', 'minor', 'patch'].includes(bump)) {
    console.error(`✗ expected --bump major, minor or patch, got "${bump}"`);
    return 1;
  }
  const suggested = values.version ?? (newest ? bumpVersion(newest.version, bump) : '1.0.0');
  const version = values.version ?? (await ask('Version', suggested));
  const summary = values.summary ?? (await ask('Summary (what changed, in a sentence or two)', ''));
  const request = { version, summary, date: values.date ?? new Date().toISOString().slice(0, 10) };
  const problem = releaseProblem(dataset, request);
  if (problem) {
    console.error(`✗ no release recorded: ${problem}`);
    return 1;
  }

  // 4–5. The changelog entry, meta.json, the archive.
  const { dataset: released, release } = recordRelease(dataset, previousFigures, request);
  const originals = ['changelog.json', 'meta.json'].map(
    (f) => [f, readFileSync(path.join(dataDir, f), 'utf8')] as const,
  );
  writeFileSync(path.join(dataDir, 'changelog.json'), json(released.changelog));
  writeFileSync(path.join(dataDir, 'meta.json'), json(released.meta));
  const archive = archiveDir(release.version);
  mkdirSync(archive, { recursive: true });
  for (const d of DOWNLOADS) writeFileSync(path.join(archive, d.label), d.make(released));

  // 6. The data as released passes every check, or the release is undone.
  const after = runDataCheck(dataDir, articlesDirFrom(values.articles));
  if (after.problems.length > 0) {
    for (const [f, text] of originals) writeFileSync(path.join(dataDir, f), text);
    rmSync(archive, { recursive: true, force: true });
    console.error(formatProblems(after.problems));
    console.error('\n✗ the release did not pass the data check, so it was undone.');
    return 1;
  }
  console.log(
    `✓ release ${release.version} (${release.date}, hash ${release.hash}) recorded in ${path.relative(process.cwd(), dataDir)}/changelog.json and meta.json`,
  );
  console.log(
    `✓ its downloads archived in ${path.relative(process.cwd(), archive)}/ (${DOWNLOADS.map((d) => d.label).join(', ')}); commit them with the data`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`✗ data:release could not run: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
