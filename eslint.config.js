// One flat config for every workspace: typescript-eslint's recommended rules, type-aware
// checks kept out so that lint stays fast (typecheck runs separately), and the module map of
// module-map.json enforced by eslint-plugin-boundaries.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const moduleMap = JSON.parse(readFileSync(join(root, 'module-map.json'), 'utf8'));

const MAP_HINT = 'See the module map in module-map.json (DESIGN.md, Module rules).';
const IMPORT_MESSAGE = `\${from.type} may not import \${target.type}. ${MAP_HINT}`;

/** A path of the map names a folder, or a file when it has an extension. */
const isFile = (path) => /\.[a-z]+$/.test(path);
const filesOf = (path) => (isFile(path) ? path : `${path}/**`);

/** Element descriptors: the first one that matches a file gives its type, so tests and the shell come first. */
function boundaryElements(map) {
  const { root: apiRoot, testFiles, modules } = map.api;
  const specs = modules.map((m) => ({
    type: `${m.name}.spec`,
    mode: 'full',
    pattern: m.paths.filter((p) => !isFile(p)).flatMap((p) => testFiles.map((t) => `${apiRoot}/${p}/${t}`)),
  }));
  const sources = modules.map((m) => ({ type: m.name, mode: 'full', pattern: m.paths.map((p) => `${apiRoot}/${filesOf(p)}`) }));
  const packages = map.web.packages.map((p) => ({ type: p.name, mode: 'full', pattern: `${p.path}/**` }));
  const apps = map.web.apps.map((a) => ({ type: a.name, mode: 'full', pattern: `${a.path}/**` }));
  return [...specs, ...sources, ...packages, ...apps];
}

/** Who may import whom: an API module itself and what lies below it; a package what it lists; an app only packages. */
function boundaryRules(map) {
  const { testHelpers, modules } = map.api;
  const names = modules.map((m) => m.name);
  // Pure packages (no data, no UI) every API module may use.
  const shared = map.api.packages ?? [];
  const apiRules = modules.flatMap((m, i) => [
    { from: [m.name], allow: [...names.slice(0, i + 1), ...shared] },
    { from: [`${m.name}.spec`], allow: [...names.slice(0, i + 1), `${m.name}.spec`, ...testHelpers, ...shared] },
  ]);
  const packageNames = map.web.packages.map((p) => p.name);
  const packageRules = map.web.packages.map((p) => ({ from: [p.name], allow: [p.name, ...p.mayImport] }));
  const appRules = map.web.apps.map((a) => ({ from: [a.name], allow: [a.name, ...packageNames] }));
  return [...apiRules, ...packageRules, ...appRules];
}

/** npm packages some elements must not use (the UI kit: no Apollo, no client). */
function externalRules(map) {
  return map.web.packages
    .filter((p) => p.forbiddenLibraries?.length)
    .map((p) => ({
      from: [p.name],
      disallow: p.forbiddenLibraries,
      message: `${p.name} must not use ${p.forbiddenLibraries.join(', ')}. ${MAP_HINT}`,
    }));
}

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
    // The module map. Patterns are relative to the repository root whichever workspace runs lint.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': root,
      'boundaries/elements': boundaryElements(moduleMap),
      // Re-exports (`export … from`) and lazy imports are dependencies too.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      // Resolves the API's `./x.js` to `x.ts` (NodeNext) and the workspaces' `@massar/*` to their sources.
      'import/resolver': {
        typescript: {
          project: ['apps/*/tsconfig.json', 'packages/*/tsconfig.json', 'e2e/tsconfig.json'].map((p) => join(root, p)),
          noWarnOnMultipleProjects: true,
        },
      },
    },
    rules: {
      'boundaries/element-types': ['error', { default: 'disallow', message: IMPORT_MESSAGE, rules: boundaryRules(moduleMap) }],
      'boundaries/external': ['error', { default: 'allow', rules: externalRules(moduleMap) }],
    },
  },
  {
    // Resolvers read rows only through rule-bound loaders, ScopedQuery or a service (core/auth/rules.ts):
    // a bare repository or SQL statement in a resolver would read outside the caller's scope.
    files: ['apps/api/src/**/*.resolver.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "MemberExpression[object.type='MemberExpression'][object.property.name='db'][property.name=/^(query|getRepository|createQueryBuilder|manager|transaction)$/]",
          message: 'A resolver reads through a rule-bound loader, ScopedQuery or a service, never the DataSource itself (core/auth/rules.ts).',
        },
      ],
    },
  },
  {
    // Tool configs must export default.
    files: ['**/*.config.{js,ts,mjs}', '**/codegen.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
