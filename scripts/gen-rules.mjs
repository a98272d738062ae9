// Writes what the rule registry (server/src/core/rules) declares into the README's table of codes and the code list
// of schema/report.schema.json. test/unit/rules-registry.test.ts fails until they match.
// Usage: npm run docs:rules
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { gazetteerPlugin } from './gazetteer-plugin.mjs';

// bundled as CommonJS into a temporary file: the registry pulls in the engine, whose dependencies use require()
const tmp = mkdtempSync(path.join(os.tmpdir(), 'onrecord-rules-'));
const bundle = path.join(tmp, 'catalogue.cjs');
await esbuild.build({
  entryPoints: ['server/src/core/rules/catalogue.ts'],
  outfile: bundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  mainFields: ['module', 'main'],
  plugins: [gazetteerPlugin],
  logLevel: 'silent',
});
const catalogue = createRequire(import.meta.url)(bundle);
rmSync(tmp, { recursive: true, force: true });
const { rulesTable, TABLE_START, TABLE_END, RULE_IDS } = catalogue;

const readme = readFileSync('README.md', 'utf8');
const a = readme.indexOf(TABLE_START);
const b = readme.indexOf(TABLE_END);
if (a < 0 || b < a) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} markers`);
writeFileSync('README.md', readme.slice(0, a + TABLE_START.length) + '\n' + rulesTable() + '\n' + readme.slice(b));

const schemaFile = 'schema/report.schema.json';
const schema = readFileSync(schemaFile, 'utf8');
const codes = /("code": \{[^}]*?"examples": )\[[^\]]*\]/;
if (!codes.test(schema)) throw new Error(`${schemaFile}: no diagnostic code examples to replace`);
writeFileSync(
  schemaFile,
  schema.replace(codes, (_, head) => head + JSON.stringify(RULE_IDS).replace(/","/g, '", "')),
);
console.log('wrote the table of codes in README.md and the code list in schema/report.schema.json');
