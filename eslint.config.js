// @ts-check
/**
 * ESLint (flat config): JavaScript's recommended rules, typescript-eslint's for TypeScript,
 * eslint-plugin-astro's for .astro files, and its jsx-a11y configuration (eslint-plugin-jsx-a11y's
 * rules applied to Astro templates). Formatting is Prettier's (.prettierrc), not ESLint's.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.dist-*/',
      '.astro/',
      '.bench/',
      'node_modules/',
      'content/',
      'tests/fixtures/*/dist/',
      'tests/fixtures/*/.astro/',
      'tests/fixtures/*/node_modules/',
      'tests/fixtures/*/content/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_` prefixes a deliberately unused binding (a destructured field left out, a callback argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read parsed JSON, XML and HTML of a shape they then assert; `any` is the honest type there.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
