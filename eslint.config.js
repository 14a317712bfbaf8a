// @ts-check
import { defineConfig } from 'eslint/config';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'content/papers/*/generated/', 'test-results/', '.tmp/'] },
  eslint.configs.recommended,
  tseslint.configs.strict,
  tseslint.configs.stylistic,
  astro.configs['flat/recommended'],
  {
    rules: {
      // TypeScript checks names itself; ESLint's rule does not know Node's or the browser's globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // With noUncheckedIndexedAccess every `xs[i]` is `T | undefined`; `!` after a bounds
      // check is the honest way to say so, and banning it only breeds `?? ''` fallbacks.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The ingest strips and reports NUL and other control characters on purpose.
    files: ['scripts/ingest/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
);
