/**
 * `onrecord check --cache DIR`: a second run of an unchanged workspace reads every draft's result and the cross-draft
 * findings from the cache, and a change to a draft, a source or the settings is never answered from it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli, newsroom } from './cli-helpers';

const ARGS = ['check', '.', '--format', 'json', '--fail-on', 'none'];

/** the same check run with the cache and without it (the fresh run is the truth) */
async function cachedAndFresh(dir: string, cache: string) {
  const cached = await cli([...ARGS, '--cache', cache], dir);
  const fresh = await cli(ARGS, dir);
  assert.strictEqual(cached.code, fresh.code, cached.err);
  return { cached: cached.out, fresh: fresh.out };
}

/** the name findings of drafts/flood.md in a JSON report */
function floodFindings(report: string): string[] {
  const docs = (
    JSON.parse(report) as { documents: { path: string; diagnostics: { code: string; message: string }[] }[] }
  ).documents;
  const flood = docs.find((d) => d.path.endsWith('flood.md'))!;
  return flood.diagnostics.filter((d) => d.code === 'name-inconsistent').map((d) => d.message);
}

describe('cli: the warm cache (--cache)', () => {
  const prevThrow = process.env.ONRECORD_TEST_THROW;
  afterEach(() => {
    if (prevThrow === undefined) delete process.env.ONRECORD_TEST_THROW;
    else process.env.ONRECORD_TEST_THROW = prevThrow;
  });

  it('a second run of an unchanged workspace gives the same report without analysing any draft', async () => {
    const dir = newsroom('onrecord-warm-');
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-warm-cache-'));
    const first = await cli([...ARGS, '--cache', cache], dir);
    assert.strictEqual(first.code, 0, first.err);
    assert.match(first.out, /"code": "figure-mismatch"|"code": "quote-mismatch"|"code": "name-inconsistent"/);
    // every analysis now fails: a run that analysed anything would report the failure and exit 3
    process.env.ONRECORD_TEST_THROW = 'analyze';
    const second = await cli([...ARGS, '--cache', cache], dir);
    assert.strictEqual(second.code, 0, second.err);
    assert.strictEqual(second.out, first.out);
    // without the cache the injected failure shows: the warm run really skipped the analysis
    const uncached = await cli(ARGS, dir);
    assert.strictEqual(uncached.code, 3);
  });

  it('an edited source, an edited draft and changed settings are checked again, not read from the cache', async () => {
    const dir = newsroom('onrecord-warm-edit-');
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-warm-cache-'));
    let before = (await cli([...ARGS, '--cache', cache], dir)).out;
    /** the cached run equals a fresh one, and differs from the run before the change (so no stale answer passes) */
    const changed = (r: { cached: string; fresh: string }) => {
      assert.strictEqual(r.cached, r.fresh);
      assert.notStrictEqual(r.cached, before);
      before = r.cached;
    };

    // the source now says what the draft quotes: the mismatch goes
    const venn = path.join(dir, 'sources', 'venn.txt');
    fs.writeFileSync(
      venn,
      'Interview with Mayor Ana Venn.\n\nMAYOR VENN: The levee on the east side held longer than anyone expected.\n',
    );
    changed(await cachedAndFresh(dir, cache));

    // another draft spells the president's name as the flood draft does: the flood draft's cross-draft finding follows
    const flood = floodFindings(before);
    fs.writeFileSync(
      path.join(dir, 'drafts', 'clean.md'),
      '"We are ready," Ana Venn said.\n\nPresident Oleksandr Hrytsenko toured Dunmore on Monday.\n',
    );
    changed(await cachedAndFresh(dir, cache));
    assert.notDeepStrictEqual(floodFindings(before), flood);

    // a rule switched off in .onrecord.json
    fs.writeFileSync(path.join(dir, '.onrecord.json'), JSON.stringify({ rules: { 'name-inconsistent': 'off' } }));
    changed(await cachedAndFresh(dir, cache));
    assert.doesNotMatch(before, /"code": "name-inconsistent"/);
  });

  it('a corrupt cache entry is a miss, not an error', async () => {
    const dir = newsroom('onrecord-warm-corrupt-');
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-warm-cache-'));
    const first = await cli([...ARGS, '--cache', cache], dir);
    for (const sub of fs.readdirSync(cache))
      for (const f of fs.readdirSync(path.join(cache, sub))) fs.writeFileSync(path.join(cache, sub, f), '{"key":');
    const second = await cli([...ARGS, '--cache', cache], dir);
    assert.strictEqual(second.code, first.code, second.err);
    assert.strictEqual(second.out, first.out);
  });
});
