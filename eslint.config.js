// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.test-dist/', '.bench/', 'node_modules/', '**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      'no-console': ['error', { allow: ['error', 'warn'] }],
      // Control characters are exactly what the input decoders and link checks look for.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**', '**/*.test.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
