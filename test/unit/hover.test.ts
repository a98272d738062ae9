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
    c.sources.push({ kind: 'passage', label: 'notes', uri: 'file:///ws/sources/notes.txt', sourceRange: { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } }, title: 'Notes', url: 'https://example.org/a', excerpt: 'MAYOR: We will rebuild. Soon.', highlight: [{ start: 7, end: 22 }] });
    c.sources.push({ kind: 'link', label: 'evil', uri: 'command:workbench.action.terminal.new' });
    c.sources.push({ kind: 'passage', label: 'evil2', uri: 'javascript:alert(1)', url: 'command:x', excerpt: 'x' });
    const md = claimHover(c, a);
    assert.ok(md.includes('[Notes](file:///ws/sources/notes.txt#L3)'));
    assert.ok(md.includes('[web](https://example.org/a)'));
    assert.ok(md.includes('**We will rebuild**'));
    assert.ok(!/\]\((?:command|javascript):/.test(md), md);
  });
});
