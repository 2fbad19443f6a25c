/**
 * The CDN version of serve.json's headers: a `_headers` file (Cloudflare Pages
 * syntax; Netlify reads the same blocks but cannot detach a header, see the
 * deploy docs) written into out/ at build, so the headers travel with the
 * static site. serve.json stays the one place they are defined.
 */
/** One rule of serve.json's headers: a glob of file paths from the site root, and the headers it sets. */
export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/** serve.json's globs (file paths from the site root) and the URL patterns that mean the same on a CDN. */
const PATTERNS: Record<string, string> = {
  '**/*': '/*',
  '{*,!(embed)/**}': '/*',
  'embed/**': '/embed/*',
  'charts/**': '/charts/*',
  'charts/cards/**': '/charts/cards/*',
  'charts/views/**': '/charts/views/*',
  'og/**': '/og/*',
  'data/**': '/data/*',
  'data/v/**': '/data/v/*',
  'js/**': '/js/*',
  '_next/static/**': '/_next/static/*',
};

/** Whether every URL the pattern `narrow` matches is matched by `broad` too. */
function covers(broad: string, narrow: string): boolean {
  return broad !== narrow && broad.endsWith('/*') && narrow.startsWith(broad.slice(0, -1));
}

export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = new Map<string, string[]>();
  /** Which pattern set which header, so a narrower pattern replaces it instead of adding a second value. */
  const setBy: { pattern: string; key: string }[] = [];
  for (const rule of rules) {
    const pattern = PATTERNS[rule.source];
    if (!pattern)
      throw new Error(
        `serve.json header source "${rule.source}" has no _headers pattern: add it to lib/http/headers-file.ts`,
      );
    const lines = blocks.get(pattern) ?? [];
    for (const { key, value } of rule.headers) {
      // CDNs apply every matching block and join repeated headers: detach what a broader block set.
      if (setBy.some((s) => s.key === key && covers(s.pattern, pattern)) && !lines.includes(`! ${key}`))
        lines.push(`! ${key}`);
      setBy.push({ pattern, key });
      lines.push(`${key}: ${value}`);
    }
    blocks.set(pattern, lines);
  }
  // Headers only the negated rule sets (not embed/**) must be detached on /embed/* too.
  const embed = blocks.get('/embed/*');
  const negated = rules.find((r) => r.source === '{*,!(embed)/**}');
  if (embed && negated) {
    for (const { key } of negated.headers) if (!embed.includes(`! ${key}`)) embed.unshift(`! ${key}`);
  }
  return `${[...blocks].map(([pattern, lines]) => `${pattern}\n${lines.map((l) => `  ${l}`).join('\n')}`).join('\n\n')}\n`;
}
