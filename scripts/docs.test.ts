/**
 * The README and docs/ name files of the repository; a renamed or removed file leaves a name that points
 * nowhere. Every repository path they name, in `code` or as a link, must exist.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The folders and files of the repository a doc may name. */
const TRACKED_ROOTS = /^(app|bench|browser|components|data|docs|e2e|lib|public|renderer|scripts|server)\//;
const ROOT_FILES =
  /^(package\.json|next\.config\.ts|tsconfig\.json|serve\.json|playwright\.config\.ts|vitest\.config\.ts|eslint\.config\.mjs|\.dependency-cruiser\.cjs|\.prettierrc\.json|\.prettierignore|\.ci\/run|wrangler\.jsonc)$/;
/** What the build or a run writes, which a fresh clone does not have: named, not checked. */
const GENERATED = /^(public\/(charts|og|js|changelog\.atom)|\.generated|out|bench\/report\.json$|bench\/\.work)/;

/** A repository path written in prose: a tracked folder, then a file name with its extension. */
const PATH_IN_PROSE =
  /(?<![\w@./-])(?:app|bench|browser|components|data|docs|e2e|lib|public|renderer|scripts|server)\/[\w./[\]-]*\.(?:tsx?|json|css|md|mjs|cjs|sh)\b/g;

/** The project's own source files. */
function sourceFiles(dir = '.'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = dir === '.' ? name : `${dir}/${name}`;
    if (
      ['node_modules', 'out', 'public', '.next', '.generated', '.sandbox', '.git'].includes(name) ||
      name.startsWith('out-')
    )
      return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|mjs|cjs)$/.test(name) ? [full] : [];
  });
}

/** Every repository path a Markdown text names: in backticks, and as a relative link. */
export function pathsNamed(markdown: string, from: string): string[] {
  const found = new Set<string>();
  for (const [, code = ''] of markdown.matchAll(/`([^`\s]+)`/g)) {
    const candidate = code.replace(/[#:].*$/, '').replace(/\/$/, '');
    if ((TRACKED_ROOTS.test(`${candidate}/`) || ROOT_FILES.test(candidate)) && !/[<>*{}…]/.test(candidate))
      found.add(candidate);
  }
  for (const [, link = ''] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:|^#|^\//.test(link)) continue;
    found.add(path.posix.normalize(path.posix.join(path.posix.dirname(from), link.replace(/#.*$/, ''))));
  }
  return [...found].filter((p) => !GENERATED.test(p)).sort();
}

describe('the docs', () => {
  it('finds the paths a text names, in code and as links', () => {
    expect(
      pathsNamed('See `lib/url/params.ts` and [data](data.md#x), not `/charts/x` or `lib/<id>.ts`.', 'docs/a.md'),
    ).toEqual(['docs/data.md', 'lib/url/params.ts']);
  });

  for (const doc of DOCS) {
    it(`${doc} names only paths that exist`, () => {
      const missing = pathsNamed(readFileSync(doc, 'utf8'), doc).filter((p) => !existsSync(p));
      expect(missing).toEqual([]);
    });
  }

  it('the comments of the source name only paths that exist', () => {
    const missing: string[] = [];
    for (const file of sourceFiles()) {
      for (const [comment = ''] of readFileSync(file, 'utf8').matchAll(/\/\*[\s\S]*?\*\/|\/\/.*$/gm))
        for (const [named = ''] of comment.matchAll(PATH_IN_PROSE))
          if (!GENERATED.test(named) && !existsSync(named) && !/[<>*{}…]/.test(named))
            missing.push(`${file}: ${named}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the README a front door: at most 12 kB', () => {
    expect(Buffer.byteLength(readFileSync('README.md', 'utf8'))).toBeLessThanOrEqual(12 * 1024);
  });
});
