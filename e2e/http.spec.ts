/**
 * The server (`npm start`, which the e2e tests run against) follows HTTP
 * semantics: each case of e2e/support/http-cases.ts, as a client sees it.
 */
import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { HTTP_CASES } from './support/http-cases';

test.describe('HTTP semantics (RFC 9110)', () => {
  for (const c of HTTP_CASES) {
    test(c.name, async () => {
      expect(await c.check(baseURL)).toBeNull();
    });
  }
});
