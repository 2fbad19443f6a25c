/**
 * The import graph's one rule: no cycles, counting type-only imports (ESLint's import-x/no-cycle skips
 * those, and a type-level cycle still ties modules together: they cannot be read, moved or tested apart).
 * Run by `npm run lint`; docs/code-style.md says why.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module reaches itself through its imports (types included). Move the shared part to a leaf module.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|out|\\.generated|\\.sandbox|public|bench/floor)/' },
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
