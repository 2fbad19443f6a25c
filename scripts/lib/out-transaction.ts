/**
 * The build as a transaction on out/: the last good out/ is set aside when a
 * build starts, thrown away when the build succeeds, and put back when any
 * step fails, throws or is interrupted, so a failed build never leaves a
 * half-written site where the last good one was. A build killed outright
 * (power cut, kill -9) leaves the set-aside copy, and the next build starts
 * by putting it back.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export interface OutTransaction {
  /** The build succeeded: its out/ stays, the set-aside one goes. */
  commit(): void;
  /** The build failed: its out/ goes, the set-aside one comes back (or there is no out/, if there was none). */
  rollback(): void;
}

export function beginOutTransaction(out: string, setAside = `${out}-last-good`): OutTransaction {
  // A set-aside copy at the start means an earlier build died mid-way: that copy is the last good one.
  if (existsSync(setAside)) {
    rmSync(out, { recursive: true, force: true });
    renameSync(setAside, out);
  }
  const hadOut = existsSync(out);
  if (hadOut) renameSync(out, setAside);
  let open = true;
  return {
    commit() {
      if (!open) return;
      open = false;
      rmSync(setAside, { recursive: true, force: true });
    },
    rollback() {
      if (!open) return;
      open = false;
      rmSync(out, { recursive: true, force: true });
      if (hadOut) renameSync(setAside, out);
    },
  };
}

/**
 * Runs `build` inside a transaction on `out`: its result commits, a throw or a
 * non-zero exit code rolls back. Ctrl-C and SIGTERM roll back too.
 */
export async function withOutTransaction(
  out: string,
  build: () => Promise<number> | number,
  setAside?: string,
): Promise<number> {
  const tx = beginOutTransaction(out, setAside);
  const interrupted = (signal: NodeJS.Signals) => {
    tx.rollback();
    console.error(`\n✗ build interrupted (${signal}); out/ was put back as it was.`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const code = await build();
    if (code === 0) tx.commit();
    else tx.rollback();
    return code;
  } catch (error) {
    tx.rollback();
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}
