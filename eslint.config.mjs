// Lint: typescript-eslint's recommended rules, plus the architecture rule that keeps the engine pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', fetch: 'readonly', TextEncoder: 'readonly', WebAssembly: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // src/moderation is the pure rule engine: no I/O, no clock, no environment (STYLE.md).
    files: ['src/moderation/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['express', 'bullmq', 'ioredis', 'pg', 'fs', 'node:fs', 'fs/*', 'node:fs/*', '*generated/prisma*', '@prisma/*', 'pino*', '../config', '../db/*', '../queue*', '../http/*'] }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'the engine takes the time as an argument' }, { object: 'process', property: 'env', message: 'config comes in as arguments' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'the engine takes the time as an argument' }],
    },
  },
);
