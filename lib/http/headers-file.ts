/**
 * The CDN version of serve.json's headers: a `_headers` file (Cloudflare Pages
 * syntax; Netlify reads the same blocks but cannot detach a header, see
 * README) written into out/ at build, so the security headers travel with the
 * static site. serve.json stays the one place they are defined.
 */
export interface ServeHeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/** serve.json's globs (relative file paths) and the URL patterns that mean the same on a CDN. */
const PATTERNS: Record<string, string> = {
  '**/*': '/*',
  '{*,!(embed)/**}': '/*',
  'embed/**': '/embed/*',
  'charts/**': '/charts/*',
  'js/**': '/js/*',
  '_next/static/**': '/_next/static/*',
};

export function headersFile(rules: readonly ServeHeaderRule[]): string {
  const blocks = new Map<string, string[]>();
  const everywhere = new Set<string>();
  for (const rule of rules) {
    const pattern = PATTERNS[rule.source];
    if (!pattern) throw new Error(`serve.json header source "${rule.source}" has no _headers pattern: add it to lib/http/headers-file.ts`);
    const lines = blocks.get(pattern) ?? [];
    for (const { key, value } of rule.headers) {
      // A header set for every path and set again for a narrower one is detached first, so it is replaced, not joined.
      if (pattern !== '/*' && everywhere.has(key)) lines.push(`! ${key}`);
      if (pattern === '/*') everywhere.add(key);
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
