// One lint for the server, its scripts and tests, and the console. Type-aware rules are left out on purpose: the
// type-check (tsc, strict) already runs in `npm test`, and type-aware linting would double its time on two cores.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'admin-ui/dist/**', 'src/generated/**', 'coverage/**', 'data/**', '**/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // unused code is the compiler's to find (noUnusedLocals/Parameters), with its own `_` convention
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['admin-ui/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // scripts and tests talk to a person on the console
    files: ['scripts/**', 'test/**', '**/*.test.ts', 'src/main.ts', 'src/demo/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // browser tests declare the page's globals (window, document) as any: the project compiles without the DOM library
    files: ['test/**/*.browser.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // the citizens' pages' scripts: plain browser scripts without a build step (kiosk, screen, map, booking)
    files: ['src/**/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['**/*.{js,cjs}'],
    ignores: ['src/**/public/**'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // ES-module scripts that run in Node as they are (the test OpenID Connect provider)
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'module' },
  },
  prettier,
);
