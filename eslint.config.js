// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.test-dist/', '.bench/', 'node_modules/', '**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Type information (the project's own tsconfig, through the project service): unsafe `any`,
  // floating promises, objects stringified by accident, needless assertions.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-console': ['error', { allow: ['error', 'warn'] }],
      // Control characters are exactly what the input decoders and link checks look for.
      'no-control-regex': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // domhandler's node types are a string enum whose values are the parser's own names
      // ('tag', 'text', 'root'); comparing a node's type with them is how its union narrows.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['scripts/**', 'bench/**', 'tests/**', '**/*.test.ts'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Test doubles implement async interfaces (streams, servers) without awaiting anything, and
      // vitest's asymmetric matchers (`expect.stringMatching`) are typed `any`.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
