import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { claimHover, escapeMarkdown } from '../../server/src/core/hover';
import { attributionFix } from '../../server/src/core/fixes';

describe('hover cards and fixes', () => {
  it('escapes document text and carries no command links', () => {
    const t = '"See [this](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>," Ana Venn said.';
    const a = analyzeText(t);
    const md = claimHover(a.claims[0], a);
    assert.ok(!/\]\(command:/.test(md));
    assert.ok(!md.includes('<img'));
    assert.ok(md.includes('Ana Venn'));
    assert.strictEqual(escapeMarkdown('*x* [y](z)'), '\\*x\\* \\[y\\]\\(z\\)');
  });
  it('shows the kind of source the speaker is', () => {
    const t = 'The bridge will reopen in May, the Pine County Water Authority said.';
    const a = analyzeText(t);
    assert.ok(claimHover(a.claims[0], a).includes('Source type: named organization'));
  });
  it('inserts an attribution after an unattributed quote', () => {
    const t = '"Nobody knew."';
    const a = analyzeText(t);
    const fix = attributionFix(t, a, a.findings[0])!;
    const e = fix.edits[0];
    assert.strictEqual(t.slice(0, e.start) + e.newText + t.slice(e.end), '"Nobody knew," SPEAKER said.');
    const fix2 = attributionFix(t, a, a.findings[0], 'said', { speaker: 'Mayor Venn' })!;
    const e2 = fix2.edits[0];
    assert.strictEqual(t.slice(0, e2.start) + e2.newText + t.slice(e2.end), '"Nobody knew," Mayor Venn said.');
  });
});

describe('hover cards: sources', () => {
  it('links only file: sources and http(s) metadata URLs, and bolds the matched words', () => {
    const t = '"We will rebuild," Ana Venn said.';
    const a = analyzeText(t);
    const c = a.claims[0];
    c.sources.push({
      kind: 'passage',
      label: 'notes',
      uri: 'file:///ws/sources/notes.txt',
      sourceRange: { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } },
      title: 'Notes',
      url: 'https://example.org/a',
      excerpt: 'MAYOR: We will rebuild. Soon.',
      highlight: [{ start: 7, end: 22 }],
    });
    c.sources.push({ kind: 'link', label: 'evil', uri: 'command:workbench.action.terminal.new' });
    c.sources.push({ kind: 'passage', label: 'evil2', uri: 'javascript:alert(1)', url: 'command:x', excerpt: 'x' });
    const md = claimHover(c, a);
    assert.ok(md.includes('[Notes](file:///ws/sources/notes.txt#L3)'));
    assert.ok(md.includes('[web](https://example.org/a)'));
    assert.ok(md.includes('**We will rebuild**'));
    assert.ok(!/\]\((?:command|javascript):/.test(md), md);
  });
});

describe('attribution quick fix styles', () => {
  const t = '"Nobody knew."\n\nMore than 300 people came.';
  const a = analyzeText(t);
  const apply = (f: ReturnType<typeof attributionFix>) => {
    const e = f!.edits[0];
    return t.slice(0, e.start) + e.newText + t.slice(e.end);
  };
  it('according-to and citation styles', () => {
    const quote = a.findings.find((f) => f.code === 'unattributed-quote')!;
    const fig = a.findings.find((f) => f.code === 'unattributed-figure')!;
    assert.ok(apply(attributionFix(t, a, quote, 'citation')).startsWith('"Nobody knew." [@KEY]'));
    assert.ok(
      apply(attributionFix(t, a, quote, 'citation', { key: 'reo2026' })).startsWith('"Nobody knew." [@reo2026]'),
    );
    assert.ok(
      apply(attributionFix(t, a, fig, 'according-to')).endsWith('More than 300 people came, according to SOURCE.'),
    );
    assert.ok(apply(attributionFix(t, a, fig, 'citation')).endsWith('More than 300 people came [@KEY].'));
    assert.ok(
      apply(attributionFix(t, a, fig, 'said', { speaker: 'the budget office summary' })).endsWith(
        'came, the budget office summary said.',
      ),
    );
  });
});
