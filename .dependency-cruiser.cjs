/**
 * The import graph's rules, run by `npm run lint` (docs/code-style.md says why each exists). Code is grouped by
 * where it runs (docs/architecture.md), and these rules are what makes the grouping true:
 *  - no cycles, type-only imports included (ESLint's import-x/no-cycle skips those, and a type-level cycle
 *    still ties modules together: they cannot be read, moved or tested apart);
 *  - lib/ is the floor: it imports nothing of the project above it, and no Node built-in (it runs anywhere:
 *    build, browser, edge);
 *  - what the reader's browser loads (browser/, the renderer, components/view/) imports no Node built-in and
 *    nothing of server/ or scripts/; the renderer's one Node module, its Node host, is kept out of it too;
 *  - the edge host (edge/, run by workerd) imports the renderer and lib/, never the build's code (server/,
 *    scripts/, the Node host), the reader's page code (browser/) or a Node built-in of its own.
 * Tests and test support (`*.test.ts`, `testing/` folders) may use Node: they never reach a reader.
 */
const TESTS = '(\\.test\\.tsx?$|/testing/)';
const NODE_BUILTIN = { dependencyTypes: ['core'] };
const BROWSER_CODE = '^(browser|renderer|components/view)/';
const NODE_HOST = '^renderer/hosts/node\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module reaches itself through its imports (types included). Move the shared part to a leaf module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-imports-nothing-above-it',
      severity: 'error',
      comment:
        'lib/ is pure logic, run by every host: it may import lib/ and packages only. Pass what it needs in (the dataset, a renderer host) instead of reaching up for it.',
      from: { path: '^lib/', pathNot: TESTS },
      to: { path: '^(app|components|browser|renderer|server|scripts|bench|e2e)/' },
    },
    {
      name: 'lib-uses-no-node',
      severity: 'error',
      comment: 'lib/ runs in the browser and at the edge too: file-system and process code belongs in server/.',
      from: { path: '^lib/', pathNot: TESTS },
      to: NODE_BUILTIN,
    },
    {
      name: 'browser-code-uses-no-node',
      severity: 'error',
      comment:
        'The page script, the renderer and the view components run in the reader’s browser: no Node built-ins. The renderer’s Node host (renderer/hosts/node.ts) is the one exception, and nothing the browser loads imports it.',
      from: { path: BROWSER_CODE, pathNot: `${TESTS}|${NODE_HOST}` },
      to: NODE_BUILTIN,
    },
    {
      name: 'browser-code-uses-no-build-time-code',
      severity: 'error',
      comment:
        'server/ (the file system, the dataset loaded from disk, generated files) and scripts/ run at build in Node: the reader’s browser cannot load them. Hand the browser code what it needs as arguments or bundled data.',
      from: { path: BROWSER_CODE, pathNot: TESTS },
      to: { path: `^(server|scripts)/|${NODE_HOST}` },
    },
    {
      name: 'edge-runs-the-renderer-only',
      severity: 'error',
      comment:
        'The edge host (edge/) is a Cloudflare Worker: it draws with the renderer and reads with lib/, as the build and the browser do. The build’s code (server/, scripts/, the renderer’s Node host) and the page script’s (browser/) are not its to import; what they share with it belongs in lib/ or the renderer.',
      from: { path: '^edge/', pathNot: TESTS },
      to: { path: `^(server|scripts|browser|app|bench|e2e)/|${NODE_HOST}` },
    },
    {
      name: 'edge-uses-no-node',
      severity: 'error',
      comment: 'The edge host runs in workerd: the Web platform’s APIs, not Node’s.',
      from: { path: '^edge/', pathNot: TESTS },
      to: NODE_BUILTIN,
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|out|\\.generated|\\.sandbox|\\.wrangler|public|bench/floor)/' },
    // Type-only imports are part of the graph.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
