/**
 * npm run data:check [-- <articles-dir>]
 *
 * Validates the dataset and, given the article texts (default ../shared/articles
 * when present), that every quote is verbatim and every dollar amount is covered.
 * Exits 1 with one message per problem; never prints a stack trace.
 */
import { formatProblems } from '../lib/dataset/problems';
import { articlesDirFrom, datasetDir, runDataCheck } from '@/server/dataset';

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const articlesDir = articlesDirFrom(args[0]);
  const { dataset, problems, coverage } = runDataCheck(datasetDir(), articlesDir);

  if (problems.length > 0 || !dataset) {
    console.error(formatProblems(problems));
    return 1;
  }
  const ds = dataset;
  console.log(
    `✓ dataset: ${ds.entities.length} entities, ${ds.sources.length} sources, ${ds.figures.length} figures, ` +
      `${ds.figures.reduce((n, f) => n + f.citations.length, 0)} citations, ${ds.disagreements.length} disagreements`,
  );
  if (coverage) {
    const total = coverage.reduce((n, c) => n + c.mentions, 0);
    const ignored = coverage.reduce((n, c) => n + c.ignored, 0);
    console.log(
      `✓ articles: ${coverage.length} files, ${total} dollar amounts, every one covered (${total - ignored} by figures, ${ignored} in the ignore list); every quote verbatim`,
    );
  } else {
    console.log(
      '· articles: folder not found, so quotes were not compared with the article texts (pass its path to check them)',
    );
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`✗ data check could not run: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
