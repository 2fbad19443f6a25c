/**
 * `npm run dev -- -p 4000` is how Next users pick a port. The dev server is a proxy in front of Next
 * (scripts/dev.ts), so the port is the proxy's: it is taken out of the arguments, and everything else
 * goes on to `next dev` as given.
 */
import { parseArgs } from 'node:util';

export function devPortArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): { port: number; nextArgs: string[] } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string', short: 'p' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let port = Number(env.PORT ?? 3000);
  const taken = new Set<number>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== 'port') continue;
    if (!token.value || !/^\d+$/.test(token.value)) throw new Error(`expected a port number after ${token.rawName}`);
    port = Number(token.value);
    taken.add(token.index);
    // "-p 4000" is two arguments; "-p4000", "--port=4000" one.
    if (token.inlineValue === false) taken.add(token.index + 1);
  }
  return { port, nextArgs: argv.filter((_, i) => !taken.has(i)) };
}
