/** sourcing-policy: the desk's .onrecord.json policy, one finding at the draft's title with the numbers. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { titleSpan } from '../../server/src/core/rules/sourcing-policy';
import { cli } from './cli-helpers';

const FIXTURES = path.resolve(__dirname, '../../test/rules/sourcing-policy');

describe('sourcing-policy', () => {
  it('a draft that breaks the policy gets one finding at its title, with the numbers', async () => {
    const r = await cli(['check', 'drafts', '--format', 'json', '--fail-on', 'none'], FIXTURES);
    assert.strictEqual(r.code, 0, r.err);
    const docs = JSON.parse(r.out).documents;
    const closed = docs.find((d: { path: string }) => d.path.endsWith('closed-session.md'));
    const found = closed.diagnostics.filter((d: { code: string }) => d.code === 'sourcing-policy');
    assert.strictEqual(found.length, 1);
    const f = found[0];
    assert.deepStrictEqual(f.range, {
      start: { line: 0, character: 2 },
      end: { line: 0, character: '# Two council members ready to quit over harbour cuts'.length },
    });
    assert.strictEqual(f.severity, 'warning');
    assert.match(f.message, /1 anonymous source \(the desk allows none\)/);
    assert.match(f.message, /1 named source \(the desk asks for at least 2\)/);
    assert.match(f.message, /1 of 3 claims unattributed, 33% \(the desk allows at most 20%\)/);
    const budget = docs.find((d: { path: string }) => d.path.endsWith('budget-vote.md'));
    assert.deepStrictEqual(
      budget.diagnostics.filter((d: { code: string }) => d.code === 'sourcing-policy'),
      [],
      'the draft with two named officials and nothing unattributed keeps the policy',
    );
  });

  it('in text output and CI: --fail-on warning fails on it, --ignore drops it', async () => {
    const r = await cli(['check', 'drafts/closed-session.md', '--fail-on', 'warning'], FIXTURES);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /closed-session\.md:1:3: warning sourcing-policy Sourcing policy: /);
    const quiet = await cli(
      ['check', 'drafts/closed-session.md', '--only', 'sourcing-policy', '--ignore', 'sourcing-policy'],
      FIXTURES,
    );
    assert.strictEqual(quiet.code, 0, quiet.err);
    assert.doesNotMatch(quiet.out, /sourcing-policy/);
    const only = await cli(['check', 'drafts/closed-session.md', '--only', 'sourcing-policy'], FIXTURES);
    assert.match(only.out, /^drafts[/\\]closed-session\.md:1:3: warning sourcing-policy /);
    assert.match(only.out, /1 finding/);
  });

  it('"anonymousSources": "error" makes the finding an error; without a policy there is none', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-policy-'));
    fs.cpSync(path.join(FIXTURES, 'drafts'), path.join(dir, 'drafts'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.onrecord.json'), '{"policy": {"anonymousSources": "error"}}');
    const strict = await cli(['check', 'drafts/closed-session.md', '--format', 'json'], dir);
    assert.strictEqual(strict.code, 1);
    const d = JSON.parse(strict.out).documents[0].diagnostics.find(
      (x: { code: string }) => x.code === 'sourcing-policy',
    );
    assert.strictEqual(d.severity, 'error');
    assert.strictEqual(d.message, 'Sourcing policy: 1 anonymous source (the desk allows none).');
    fs.rmSync(path.join(dir, '.onrecord.json'));
    const none = await cli(['check', 'drafts', '--fail-on', 'none'], dir);
    assert.doesNotMatch(none.out, /sourcing-policy/);
  });

  it('an invalid policy is a problem on .onrecord.json, not a silent default', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-policy-'));
    fs.cpSync(path.join(FIXTURES, 'drafts'), path.join(dir, 'drafts'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.onrecord.json'), '{"policy": {"maxUnattributedShare": 20}}');
    const r = await cli(['check', 'drafts', '--fail-on', 'none'], dir);
    assert.match(r.err, /policy\.maxUnattributedShare must be <= 1/);
  });

  it('the title is the first heading, or the first line of text after the front matter', () => {
    const a = '---\ntitle: x\n---\n\nLede paragraph.\n\n## Section\n';
    assert.strictEqual(a.slice(titleSpan(a).start, titleSpan(a).end), 'Section');
    const b = '---\ntitle: x\n---\n\n  Council votes on Tuesday\n\nMore.\n';
    assert.strictEqual(b.slice(titleSpan(b).start, titleSpan(b).end), 'Council votes on Tuesday');
    const c = 'Ferry subsidy ends in May ##\n';
    assert.strictEqual(c.slice(titleSpan(c).start, titleSpan(c).end), 'Ferry subsidy ends in May ##');
  });
});
