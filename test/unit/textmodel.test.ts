import * as assert from 'assert';
import { buildTextModel } from '../../server/src/core/textmodel';

describe('TextModel', () => {
  const md = [
    '---',
    'title: "A draft"',
    'bibliography: refs.json',
    '---',
    '',
    '# A heading said 500 people',
    '',
    'Prose with `code said 12 people` and a [link](https://example.org/said) here.',
    '',
    '```',
    '"Inside code," he said.',
    '```',
    '',
    '<!-- "A comment," she said. -->',
    '',
    '> "Quoted line one,',
    '> line two," he said.',
    '',
    'Visit https://example.com/path today.',
  ].join('\n');
  const m = buildTextModel(md, 'markdown');
  it('keeps prose the same length as the text', () => assert.strictEqual(m.prose.length, md.length));
  it('reads YAML front matter', () =>
    assert.deepStrictEqual(m.frontMatter, { title: 'A draft', bibliography: 'refs.json' }));
  it('masks headings, code, HTML comments, link destinations and URLs', () => {
    assert.ok(!m.prose.includes('heading'));
    assert.ok(!m.prose.includes('code said'));
    assert.ok(!m.prose.includes('Inside code'));
    assert.ok(!m.prose.includes('A comment'));
    assert.ok(!m.prose.includes('example.org'));
    assert.ok(!m.prose.includes('example.com'));
    assert.ok(m.prose.includes('link'));
    assert.ok(m.prose.includes('Prose with'));
  });
  it('keeps block quotes as blocks and strips continuation markers', () => {
    const bq = m.blocks.find((b) => b.kind === 'blockquote')!;
    assert.ok(bq);
    assert.ok(!m.prose.slice(bq.start, bq.end).includes('>'));
  });
  it('records links and comments', () => {
    assert.strictEqual(m.links[0].url, 'https://example.org/said');
    assert.strictEqual(m.comments.length, 1);
  });
  it('reads plain text as paragraphs separated by blank lines', () => {
    const p = buildTextModel('One para.\nstill one.\n\n\nTwo.\r\n\r\nThree.', 'plaintext');
    assert.strictEqual(p.blocks.length, 3);
  });
  it('reports malformed front matter instead of failing', () => {
    const b = buildTextModel('---\ntitle: [unclosed\n---\n\nText.', 'markdown');
    assert.ok(b.frontMatterError);
    assert.strictEqual(b.blocks.length, 1);
  });

  it('a several-line paragraph over a "-" rule stays prose; a one-line setext heading does not', () => {
    const draft = [
      'Crews worked through the night.',
      'The mayor said the bridge was safe.',
      '-',
      '',
      'Storm Update',
      '============',
      '',
      'Roads reopened at noon.',
    ].join('\n');
    const tm = buildTextModel(draft, 'markdown');
    assert.ok(tm.prose.includes('The mayor said the bridge was safe.'));
    assert.ok(tm.prose.includes('Crews worked through the night.'));
    assert.ok(!tm.prose.includes('Storm Update'));
    assert.deepStrictEqual(
      tm.headings.map((h) => h.text),
      ['Storm Update\n============'],
    );
  });
});
