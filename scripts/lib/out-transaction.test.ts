import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { beginOutTransaction, withOutTransaction } from './out-transaction';

let root = '';
const out = () => path.join(root, 'out');
const site = (marker: string) => {
  mkdirSync(path.join(out(), 'companies'), { recursive: true });
  writeFileSync(path.join(out(), 'index.html'), marker);
  writeFileSync(path.join(out(), 'companies', 'amazon.html'), marker);
};
const contents = () =>
  existsSync(out())
    ? `${readdirSync(out()).sort().join(',')}: ${readFileSync(path.join(out(), 'index.html'), 'utf8')}`
    : 'no out/';

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a build as a transaction on out/', () => {
  it('keeps the new out/ and nothing else when the build succeeds', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'out-tx-'));
    site('last good');
    const code = await withOutTransaction(out(), () => (site('new'), 0));
    expect(code).toBe(0);
    expect(contents()).toBe('companies,index.html: new');
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('puts the last good out/ back when a step fails after writing half a site', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'out-tx-'));
    site('last good');
    const code = await withOutTransaction(out(), () => {
      mkdirSync(out());
      writeFileSync(path.join(out(), 'index.html'), 'half');
      return 1;
    });
    expect(code).toBe(1);
    expect(contents()).toBe('companies,index.html: last good');
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('puts the last good out/ back when a step throws', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'out-tx-'));
    site('last good');
    await expect(
      withOutTransaction(out(), () => {
        site('half');
        throw new Error('resvg failed');
      }),
    ).rejects.toThrow('resvg failed');
    expect(contents()).toBe('companies,index.html: last good');
  });

  it('leaves no out/ when the first build fails', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'out-tx-'));
    expect(await withOutTransaction(out(), () => (site('half'), 2))).toBe(2);
    expect(contents()).toBe('no out/');
  });

  it('puts the last good out/ back at the next start when a build was killed mid-way', () => {
    root = mkdtempSync(path.join(tmpdir(), 'out-tx-'));
    site('last good');
    beginOutTransaction(out()); // killed: neither commit nor rollback
    site('half');
    const tx = beginOutTransaction(out());
    tx.rollback();
    expect(contents()).toBe('companies,index.html: last good');
    expect(readdirSync(root)).toEqual(['out']);
  });
});
