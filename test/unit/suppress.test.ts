import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';

describe('suppressions', () => {
  it('disable-next-line, disable/enable and front matter', () => {
    const t =
      '<!-- onrecord-disable-next-line unattributed-figure -->\nMore than 300 people came.\n\n<!-- onrecord-disable -->\n\nOver 500 people left.\n\n<!-- onrecord-enable -->\n\nAbout 700 people stayed.\n';
    const a = analyzeText(t);
    assert.deepStrictEqual(
      a.findings.map((f) => t.slice(f.start, f.end)),
      ['About 700 people'],
    );
    const b = analyzeText('---\nonrecord: false\n---\n\nMore than 300 people came.\n');
    assert.deepStrictEqual(b.findings, []);
  });
});
