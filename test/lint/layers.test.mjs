// The layer boundaries in eslint.config.mjs fire: each snippet is linted as if it lived at `file`.
// Run with the unit tests (`npm run test:unit`).
import assert from 'node:assert';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** the no-restricted-imports messages ESLint reports for `code` placed at `file` */
async function restricted(file, code) {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries (ESLint)', function () {
  this.timeout(60_000); // the first lint loads the TypeScript parser

  const forbidden = [
    ['server/src/core/probe.ts', "import * as fs from 'fs';", /core is pure/],
    ['server/src/core/probe.ts', "import { join } from 'node:path';", /core is pure/],
    ['server/src/core/probe.ts', "import * as vscode from 'vscode';", /no editor API/],
    ['server/src/core/probe.ts', "import { TextEdit } from 'vscode-languageserver/node';", /Only server\/src\/lsp/],
    ['server/src/core/probe.ts', "import { Project } from '../sources/project';", /core depends on nothing outside/],
    ['server/src/core/rules/probe.ts', "import { startServer } from '../../lsp/server';", /outside core/],
    ['server/src/core/probe.ts', "import { runCli } from '../cli/cli';", /outside core/],
    ['server/src/sources/probe.ts', "import { TextDocument } from 'vscode-languageserver-textdocument';", /lsp/],
    ['server/src/cli/probe.ts', "import { Range } from 'vscode-languageserver-types';", /Only server\/src\/lsp/],
    ['client/src/probe.ts', "import type { JsonDocument } from '../../server/src/core/report';", /over LSP only/],
    ['client/src/probe.ts', "import { Project } from '../../server/src/sources/project';", /over LSP only/],
    ['protocol/probe.ts', "import * as fs from 'node:fs';", /protocol is pure/],
    [
      'server/src/features/probe.ts',
      "import { MarkupKind } from 'vscode-languageserver/node';",
      /Only server\/src\/lsp/,
    ],
    ['server/src/features/probe.ts', "import { startServer } from '../lsp/server';", /plain records/],
    ['server/src/features/probe.ts', "import * as fs from 'fs';", /Read files in server\/src\/sources/],
    ['server/src/lsp/probe.ts', "import { readFileSync } from 'node:fs';", /Read files in server\/src\/sources/],
    ['server/src/core/probe.ts', "import { hover } from '../features/hover';", /outside core/],
    ['server/src/sources/probe.ts', "import { hover } from '../features/hover';", /features, lsp and cli build on it/],
    ['protocol/probe.ts', "import type { Claim } from '../server/src/core/types';", /imports neither/],
    ['protocol/probe.ts', "import { ClaimsModel } from '../client/src/model';", /imports neither/],
  ];
  for (const [file, code, message] of forbidden) {
    it(`${file}: ${code}`, async () => {
      const messages = await restricted(file, code);
      assert.strictEqual(messages.length, 1, `expected one restricted import, got ${JSON.stringify(messages)}`);
      assert.match(messages[0], message);
    });
  }

  const allowed = [
    ['server/src/core/probe.ts', "import { LineIndex } from './text';"],
    ['server/src/core/rules/probe.ts', "import type { Finding } from '../types';"],
    ['server/src/lsp/probe.ts', "import { TextEdit } from 'vscode-languageserver/node';"],
    ['server/src/lsp/probe.ts', "import { hover } from '../features/hover';"],
    ['server/src/sources/probe.ts', "import * as fs from 'fs';"],
    ['client/src/probe.ts', "import { LanguageClient } from 'vscode-languageclient/node';"],
    ['client/src/probe.ts', "import { toSheet } from '../../protocol/sheet';"],
    ['server/src/core/probe.ts', "import type { JsonDocument } from '../../../protocol/report';"],
  ];
  for (const [file, code] of allowed) {
    it(`allowed: ${file}: ${code}`, async () => {
      assert.deepStrictEqual(await restricted(file, code), []);
    });
  }
});
