import { describe, expect, it } from 'vitest';
import { unservablePath } from './unservable-path';

describe('paths the server answers with its 404 page before touching the disk', () => {
  it('lets ordinary paths, queries and unicode through', () => {
    expect(unservablePath('/companies/meta?highlight=%3Cscript%3E')).toBe(false);
    expect(unservablePath('/companies/%EF%BD%8D%EF%BD%85%EF%BD%94%EF%BD%81')).toBe(false);
  });

  it('stops a NUL byte, a 256-byte segment and broken percent-encoding', () => {
    expect(unservablePath('/companies/meta%00')).toBe(true);
    expect(unservablePath(`/${'A'.repeat(256)}`)).toBe(true);
    expect(unservablePath(`/${'A'.repeat(255)}`)).toBe(false);
    expect(unservablePath('/companies/%E0%A4%A')).toBe(true);
  });
});
