/** The JSON report's documents: pretty-printed at their depth in the report in one pass (see indentedJson). */
import * as assert from 'assert';
import { indentedJson } from '../../server/src/sources/batch';

describe('report JSON indentation', () => {
  const doc = {
    path: 'drafts/levee.md',
    claims: [{ text: '"The levee held," Mayor Ana Venn said.', range: { start: { line: 2, character: 0 } } }],
    figures: [],
    entities: [{ name: 'Ana Venn', aliases: [] }],
    diagnostics: [],
  };
  it('indents every line by two spaces a level, as JSON.stringify nests it', () => {
    const asNested = JSON.stringify({ version: '1', documents: [doc] }, null, 2);
    const printed = indentedJson(doc, 2);
    assert.ok(asNested.includes('\n' + printed + '\n'), printed);
    assert.ok(printed.startsWith('    {\n      "path": "drafts/levee.md"'), printed);
    assert.ok(indentedJson([], 3).trimStart() === '[]');
  });
  it('leaves a line separator inside a string as it is (indenting by pattern broke such strings)', () => {
    const text = 'Venn said:\u2028"We held."';
    const printed = indentedJson({ text }, 2);
    assert.strictEqual(JSON.parse(printed).text, text);
  });
});
