/**
 * Per-code settings: `rules` in .onrecord.json and `onrecord.rules` in the editor turn a code off or change its
 * severity, e.g. {"unattributed-figure": "off", "quote-not-found": "info"}. Validated by the schema; honoured by the
 * CLI and by the server's Project alike.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { cli, newsroom, DRAFT } from './cli-helpers';
import { Project, DEFAULT_SETTINGS } from '../../server/src/sources/project';
import { configFileSchema } from '../../protocol/settings';

type Report = { documents: { path: string; diagnostics: { code: string; severity: string }[] }[] };
const codesIn = (r: Report) => r.documents.flatMap((d) => d.diagnostics.map((x) => `${x.code}:${x.severity}`));

describe('per-code settings (rules)', () => {
  it('the .onrecord.json schema accepts off and the severities, and rejects anything else', () => {
    const validate = new Ajv({ strict: false }).compile(configFileSchema());
    assert.ok(validate({ rules: { 'unattributed-figure': 'off', 'quote-not-found': 'info' } }));
    assert.ok(validate({ 'onrecord.rules': { 'figure-mismatch': 'warning' } }));
    assert.ok(!validate({ rules: { 'unattributed-figure': 'loud' } }));
    assert.ok(!validate({ rules: { 'Unattributed Figure': 'off' } }));
  });

  it('onrecord check honours rules in .onrecord.json: off drops a code, a level replaces its severity', async () => {
    const dir = newsroom('onrecord-rule-settings-');
    const run = async () =>
      JSON.parse((await cli(['check', 'drafts', '--format', 'json', '--fail-on', 'none'], dir)).out) as Report;
    const before = codesIn(await run());
    assert.ok(before.includes('unattributed-figure:warning'), before.join(' '));
    assert.ok(before.includes('figure-mismatch:error'), before.join(' '));
    fs.writeFileSync(
      path.join(dir, '.onrecord.json'),
      JSON.stringify({ rules: { 'unattributed-figure': 'off', 'figure-mismatch': 'info' } }),
    );
    const after = codesIn(await run());
    assert.ok(!after.some((c) => c.startsWith('unattributed-figure:')), after.join(' '));
    assert.ok(after.includes('figure-mismatch:information'), after.join(' '));
    // the others are untouched
    const others = (xs: string[]) => xs.filter((c) => !/^(?:unattributed-figure|figure-mismatch):/.test(c));
    assert.deepStrictEqual(others(after), others(before));
    // --fail-on error no longer fails on the figure
    const r = await cli(['check', 'drafts', '--format', 'json', '--only', 'figure-mismatch'], dir);
    assert.strictEqual(r.code, 0, r.err);
  });

  it('the server (Project with the editor setting onrecord.rules) honours them the same way', () => {
    const dir = newsroom('onrecord-rule-settings-server-');
    const check = (rules: Record<string, string>) => {
      const p = new Project(dir, { ...DEFAULT_SETTINGS, rules } as typeof DEFAULT_SETTINGS);
      p.loadSources();
      const r = p.analyze('file://' + path.join(dir, 'drafts', 'flood.md'), DRAFT, 'markdown', 1);
      return r.analysis.findings.map((f) => `${f.code}:${f.severity}`);
    };
    const before = check({});
    assert.ok(before.includes('quote-mismatch:error'), before.join(' '));
    const after = check({ 'quote-mismatch': 'hint', 'vague-attribution': 'off' });
    assert.ok(after.includes('quote-mismatch:hint'), after.join(' '));
    assert.ok(before.some((c) => c.startsWith('vague-attribution:')) && !after.some((c) => c.startsWith('vague-')));
  });
});
