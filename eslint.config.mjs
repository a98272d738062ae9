// ESLint (flat config): typescript-eslint's recommended rules, plus the layer boundaries.
// The layers (see README "Architecture"):
//   server/src/core     pure analysis: text in, findings out. No file system, no paths, no editor, no LSP.
//   server/src/features editor features (hover, definition, ...) as plain records; they know nothing of LSP.
//   server/src/lsp      the only place that speaks the Language Server Protocol.
//   client/src          the VS Code extension; talks to the server over LSP only, never imports server code.
//   protocol            the contract both sides import (request names and types, the JSON report, the settings):
//                       pure, and it imports neither side.
// test/layers.test.mjs proves these restrictions fire.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** every Node built-in, with and without the node: prefix (core must not do I/O) */
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_')).flatMap((m) => [m, `node:${m}`]);

/** only server/src/sources (through its FileSystem) and the CLI read files */
const FILE_SYSTEM = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
  name,
  message: 'Read files in server/src/sources (through its FileSystem), not here.',
}));

const LSP_ONLY = {
  group: ['vscode-languageserver', 'vscode-languageserver-*', 'vscode-languageserver/*'],
  message: 'Only server/src/lsp speaks LSP: convert to plain records there.',
};

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', '.eval-build/', '.bench/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // scripts, runners and the build: plain Node programs
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }, // CommonJS has no other way to import
  },
  {
    files: ['test/**/*.test.mjs'],
    languageOptions: { globals: globals.mocha },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'protocol/**/*.ts'],
    ignores: ['server/src/lsp/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LSP_ONLY] }] },
  },
  {
    files: ['server/src/lsp/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: FILE_SYSTEM }] },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_BUILTINS.map((name) => ({ name, message: 'core is pure: read files in server/src/sources.' })),
            { name: 'vscode', message: 'core is pure: no editor API.' },
          ],
          patterns: [
            LSP_ONLY,
            {
              regex: '^(\\.\\./)+(sources|lsp|cli|features|client)(/|$)',
              message: 'core depends on nothing outside core: pass data in instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/sources/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            LSP_ONLY,
            {
              regex: '^\\.\\./(lsp|cli|features)(/|$)',
              message: 'sources hold the workspace; features, lsp and cli build on it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/features/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: FILE_SYSTEM,
          patterns: [
            LSP_ONLY,
            { regex: '^\\.\\./(lsp|cli)(/|$)', message: 'features return plain records; lsp and cli call them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_BUILTINS.map((name) => ({ name, message: 'protocol is pure: it is shared by client and server.' })),
            { name: 'vscode', message: 'protocol is pure: no editor API.' },
          ],
          patterns: [
            LSP_ONLY,
            {
              regex: '^(\\.\\./)+(server|client)(/|$)',
              message: 'protocol imports neither the server nor the client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            LSP_ONLY,
            {
              regex: '(^|/)server/',
              message: 'The client talks to the server over LSP only: share types through the protocol module.',
            },
          ],
        },
      ],
    },
  },
);
