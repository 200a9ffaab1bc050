import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

// Classic zod is not tree-shakable and cost ~25 KB gzip of the first load (issue 6 budget).
const CLASSIC_ZOD = { name: 'zod', message: "Import * as z from 'zod/mini' (classic zod is not tree-shakable)." };
// The editor's form goes through src/editor/form-methods.tsx, never react-hook-form's context:
// that context changes after mount and rendered the whole form twice before its first paint.
const FORM_CONTEXT = {
  name: 'react-hook-form',
  importNames: ['FormProvider', 'useFormContext'],
  message: 'Use EditorFormProvider / useFormMethods (src/editor/form-methods.tsx).',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs['flat/recommended'][0]?.rules,
      // react-hook-form's watch()/control are not compiler-safe; the rule misfires on them.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { paths: [CLASSIC_ZOD, FORM_CONTEXT] }],
      'no-restricted-syntax': [
        'error',
        {
          // Without `control` these hooks read react-hook-form's context, which the editor does not provide.
          selector: 'CallExpression[callee.name=/^use(Controller|Watch|FormState|FieldArray)$/]:not(:has(Property[key.name="control"]))',
          message: "Pass `control` from useFormMethods() (src/editor/form-methods.tsx).",
        },
      ],
    },
  },
  {
    // The domain layer is shared with the server: it must not reach into React or the API layer.
    files: ['src/connection/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [CLASSIC_ZOD], patterns: ['react', 'react-*', '@mui/*', '**/api/*', '**/editor/*'] },
      ],
    },
  },
);
