// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.test-dist/', '.bench/', 'node_modules/'] },
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
  // Functions under about 60 lines (the project's rule), counted without blank and comment
  // lines; tests are lists of cases and are not held to it.
  {
    files: ['**/*.ts'],
    ignores: ['**/*.test.ts', 'tests/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  // Astro components: their frontmatter and expressions, parsed as TypeScript with the same type
  // information, and the plugin's own rules.
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.astro'],
        projectService: false,
        project: true,
      },
    },
    // The parser's TypeScript view of a component does not infer `Astro.props` from
    // `getStaticPaths` (Astro's own language tools add that), so props read as unresolved types
    // here. `astro check` types them exactly; the other type-aware rules still apply.
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
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
