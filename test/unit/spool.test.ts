/** The report spool of `onrecord check`: each draft's JSON waits on disk between the passes and comes back whole. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Spool } from '../../server/src/sources/spool';

describe('report spool', () => {
  it('gives back every part as written, in any order, and leaves nothing behind when closed', () => {
    const before = new Set(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('onrecord-spool-')));
    const spool = Spool.open();
    assert.ok(spool, 'a spool opens in the temporary folder');
    const parts = [
      '{"path": "drafts/flood.md"}',
      '"Nous reconstruirons," a déclaré la maire — “€12 millions” 🌊',
      'x'.repeat(200_000),
      '',
    ];
    const refs = parts.map((p) => spool.put(p));
    assert.deepStrictEqual(
      [3, 1, 0, 2].map((i) => spool.get(refs[i])),
      [3, 1, 0, 2].map((i) => parts[i]),
    );
    const made = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('onrecord-spool-') && !before.has(f));
    assert.strictEqual(made.length, 1);
    spool.close();
    assert.ok(!fs.existsSync(path.join(os.tmpdir(), made[0])));
  });
});
