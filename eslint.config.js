// One flat config for every workspace: typescript-eslint's recommended rules, type-aware
// checks kept out so that lint stays fast (typecheck runs separately).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '**/.tmp/**', '**/.data/**', '**/test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // Tool configs must export default.
    files: ['**/*.config.{js,ts,mjs}', '**/codegen.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
