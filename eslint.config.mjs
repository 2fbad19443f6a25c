// ESLint: the rules and why are in docs/code-style.md. Formatting is Prettier's (eslint-config-prettier
// turns off every rule that would disagree with it).
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built, generated or installed: not our source.
    ignores: [
      'node_modules/',
      '.next/',
      'out/',
      'out-*/',
      '.generated/',
      '.sandbox/',
      'public/',
      'bench/floor/',
      'bench/.work/',
      'next-env.d.ts',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      '.lh/',
      '.wrangler/',
    ],
  },
  js.configs.recommended,
  // Type-aware: the rules that question what the types cannot vouch for (any, casts the types make needless,
  // floating promises, methods passed unbound).
  tseslint.configs.recommendedTypeChecked,
  // A rule switched off in place says why: `-- reason`.
  comments.recommended,
  { rules: { '@eslint-community/eslint-comments/require-description': 'error' } },
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      // A cycle means two modules cannot be understood, tested or bundled apart; type-only imports count too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // A promise nobody awaits fails silently: the build or a test would pass over its error.
      '@typescript-eslint/no-floating-promises': 'error',
      // Keeps type-only imports visible as such, so a bundle never pulls a module in for its types alone.
      // `import('…')` types stay allowed: an ambient module declaration and code passed to page.evaluate
      // cannot have import statements.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // A double assertion (`as unknown as T`) tells the compiler to believe anything: where one is needed, the
      // line switches this off and says why.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]',
          message:
            'A double assertion hides a type error: fix the types, or say why it is sound in an eslint-disable comment.',
        },
      ],
      // `_name` says "unused on purpose" (a callback's position, a destructured leftover).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // In what the site runs, a `!` is a cast the reader pays for when it is wrong: narrow instead, or say why.
    files: ['{app,components,lib,browser,renderer,edge,server,scripts}/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // Config files are plain JavaScript modules outside the TypeScript project.
    files: ['**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.commonjs },
  },
  prettier,
);
