import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['{lib,renderer,edge,server,scripts,components,browser}/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['scripts/testing/unit-setup.ts'],
    // Exports print the site's address: the renderer's snapshots are made for this one, whatever the shell says.
    env: { SITE_URL: 'https://capex.example.org' },
  },
});
