import * as assert from 'assert';
import { buildTextModel, buildTextModelWhole, ParseCache, splitChunks } from '../../server/src/core/textmodel';
import { analyzeText, AnalysisCache } from '../../server/src/core/analyze';
import { RecentCache } from '../../server/src/core/recent';

// A small seeded generator: the same cases on every run, and a failing seed can be replayed.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}
const PIECES = [
  'Mayor Ana Venn said the city opened four shelters.',
  '"We moved every family," Venn said.',
  'About 3,000 residents left.',
  '# A heading',
  '## Heading "quoted," he said',
  '- a list item with 200 beds',
  '1. numbered item',
  '> "A block quote line,',
  '> she said."',
  '```',
  'code "x," he said',
  '~~~',
  '<!-- comment',
  'still comment -->',
  '<!-- onrecord-disable-next-line -->',
  '<div>',
  '</div>',
  'Text with [a link](https://example.org) and `code`.',
  'It cost $4 million [@smith2020].',
  'A footnote ref[^1].',
  '[^1]: The note.',
  '[ref]: https://example.org',
  '***',
  '    indented code',
  'The agency said the contractor had admitted fault.',
  'Critics say it failed.',
  '"An open quote that continues',
  '"and closes here," Ana Venn said.',
  '* star item',
  '+ plus item',
  '---',
  'title: x',
  'Setext',
  '===',
  '<pre>',
  'pre "text"',
  '</pre>',
  '| a | b |',
  '',
  '',
  '',
  '',
];
function randomDoc(r: () => number): string {
  const lines: string[] = [];
  if (r() < 0.3) lines.push('---', 'title: "T"', '---', '');
  const n = 3 + Math.floor(r() * 40);
  for (let i = 0; i < n; i++) lines.push(PIECES[Math.floor(r() * PIECES.length)]);
  return lines.join(r() < 0.2 ? '\r\n' : '\n');
}
/**
 * A random document the chunking cuts: without link or footnote definitions, and with raw HTML blocks or the lines
 * that open a code fence, a comment or "<pre>" but not both (a draft with a definition, or with both, is parsed whole:
 * see parsedWhole in textmodel.ts), so the tests that use it compare real chunked parses.
 */
function chunkable(text: string, r: () => number): string {
  const doc = text.replace(/\]:/g, ']');
  return r() < 0.5
    ? doc.replace(/^<\/?(?:div|pre)>$/gm, 'A plain line.')
    : doc.replace(/^(?:```|~~~|<!-- comment|<pre>)$/gm, 'A plain line.');
}
function shape(m: ReturnType<typeof buildTextModel>) {
  return {
    prose: m.prose,
    blocks: m.blocks.map((b) => [b.kind, b.start, b.end, b.containers.join('/'), b.listId ?? null, b.quoteId ?? null]),
    links: m.links.map((l) => [l.start, l.end, l.url]),
    comments: m.comments.map((c) => [c.start, c.end]),
    headings: m.headings.map((h) => [h.start, h.end]),
    refs: m.footnoteRefs.map((f) => [f.start, f.label]),
    fm: m.frontMatter,
  };
}

describe('incremental analysis', () => {
  it('the chunked Markdown parse equals one whole-document parse (500 random documents)', function () {
    this.timeout(120000);
    const r = rng(7);
    for (let i = 0; i < 500; i++) {
      const doc = randomDoc(r);
      assert.deepStrictEqual(
        shape(buildTextModel(doc, 'markdown', new ParseCache())),
        shape(buildTextModelWhole(doc)),
        `document ${i}:\n${doc}`,
      );
    }
  });
  it('the chunked parse of a draft being edited, read again from its last version, equals a fresh chunked parse (30 drafts × 20 edits)', function () {
    this.timeout(120000);
    const r = rng(17);
    for (let d = 0; d < 30; d++) {
      // (no link or footnote definitions: a draft with one is parsed whole, not in chunks)
      let doc = '';
      while (doc.length < 1500) doc += randomDoc(r) + '\n\n';
      doc = chunkable(doc, r);
      const cache = new ParseCache();
      for (let e = 0; e < 20; e++) {
        // typing a character, a line or a paragraph somewhere, or deleting a stretch: fences, comments and front
        // matter opened or closed by the edit change how the rest of the draft is cut
        const at = Math.floor(r() * (doc.length + 1));
        const kind = r();
        const piece = PIECES[Math.floor(r() * PIECES.length)]
          .replace(']:', ']')
          .replace(/^<\/?(?:div|pre)>$/, 'A line.');
        if (kind < 0.35) doc = doc.slice(0, at) + piece + '\n\n' + doc.slice(at);
        else if (kind < 0.55) doc = doc.slice(0, at) + doc.slice(Math.min(doc.length, at + Math.floor(r() * 60)));
        else doc = doc.slice(0, at) + 'x "\n`'[Math.floor(r() * 5)] + doc.slice(at);
        assert.deepStrictEqual(
          shape(buildTextModel(doc, 'markdown', cache)),
          shape(buildTextModel(doc, 'markdown', new ParseCache())),
          `draft ${d}, edit ${e}:\n${doc}`,
        );
      }
    }
  });
  it('long drafts cut in chunks parse as one whole-document parse does (300 drafts)', function () {
    this.timeout(120000);
    const r = rng(17);
    let cut = 0;
    for (let d = 0; d < 300; d++) {
      let doc = '';
      while (doc.length < 1500) doc += randomDoc(r) + '\n\n';
      doc = chunkable(doc, r);
      if (splitChunks(doc).length > 1) cut++;
      const chunked = shape(buildTextModel(doc, 'markdown', new ParseCache()));
      assert.deepStrictEqual(chunked, shape(buildTextModelWhole(doc)), `draft ${d}:\n${doc}`);
    }
    // (an unclosed fence or comment near the start keeps a draft whole: most are cut)
    assert.ok(cut > 200, `${cut} of 300 drafts cut in chunks`);
  });
  it('a draft with embedded posts and no code fence is still cut in chunks, and parses as a whole one does', () => {
    const para = 'The senator said the bill would pass by Friday, and 40 colleagues agreed.';
    const doc = Array.from({ length: 30 }, (_, i) =>
      i % 5 === 2 ? `<tweet author="senator" timestamp="1474387200">Vote ${i} today</tweet>` : `${para} (${i})`,
    ).join('\n\n');
    assert.ok(splitChunks(doc).length > 10);
    assert.deepStrictEqual(shape(buildTextModel(doc, 'markdown', new ParseCache())), shape(buildTextModelWhole(doc)));
  });
  it('raw HTML blocks end at a blank line, and the fences inside them open no code block (drafts parsed whole)', () => {
    // "</pre>" or "<div>" opens an HTML block that holds the "~~~" after it: the second "~~~" opens a code block that
    // runs to the end, so the last line is code, not a paragraph the chunking may cut before
    for (const doc of [
      '~~~\n~~~\n</pre>\n~~~\n\n~~~\n\nThe mayor said 300 people came.\n',
      '<div>\n~~~\n\n~~~\n\r\nThe mayor said 300 people came.\r',
      '```\n```\n</div>\n~~~\n\n~~~\n\nThe mayor said 300 people came.',
    ]) {
      const model = buildTextModel(doc, 'markdown', new ParseCache());
      assert.deepStrictEqual(shape(model), shape(buildTextModelWhole(doc)), doc);
      assert.ok(!model.blocks.some((b) => model.prose.slice(b.start, b.end).includes('300 people')), doc);
    }
  });
  it('without a cache, chunks parsed in groups equal one whole-document parse (40 long random documents)', function () {
    this.timeout(120000);
    const r = rng(13);
    for (let i = 0; i < 40; i++) {
      let doc = '';
      while (doc.length < 40000) doc += randomDoc(r) + '\n\n';
      doc = chunkable(doc, r);
      assert.deepStrictEqual(shape(buildTextModel(doc, 'markdown')), shape(buildTextModelWhole(doc)), `document ${i}`);
    }
  });
  it('analysis with the parse cache across random edit sequences equals a fresh analysis (60 sequences × 15 edits, block and parse caches)', function () {
    this.timeout(120000);
    const r = rng(11);
    for (let seq = 0; seq < 60; seq++) {
      let doc = randomDoc(r);
      const cache = seq % 2 ? new AnalysisCache() : new ParseCache();
      for (let e = 0; e < 15; e++) {
        // a random edit: insert a piece, delete a range, or type a character
        const at = Math.floor(r() * (doc.length + 1));
        const kind = r();
        if (kind < 0.4)
          doc =
            doc.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.5 ? '\n\n' : '\n') + doc.slice(at);
        else if (kind < 0.7) doc = doc.slice(0, at) + doc.slice(Math.min(doc.length, at + Math.floor(r() * 30)));
        else doc = doc.slice(0, at) + 'x "\n'[Math.floor(r() * 4)] + doc.slice(at);
        const inc = analyzeText(doc, { cache });
        const fresh = analyzeText(doc);
        assert.deepStrictEqual(
          JSON.parse(JSON.stringify({ c: inc.claims, f: inc.figures, e: inc.entities, d: inc.findings })),
          JSON.parse(JSON.stringify({ c: fresh.claims, f: fresh.figures, e: fresh.entities, d: fresh.findings })),
          `sequence ${seq}, edit ${e}:\n${doc}`,
        );
      }
    }
  });
  it('a long editing session on one block cache equals a fresh analysis after every edit, while the cache forgets what its recent analyses did not use (3 sessions × 160 edits)', function () {
    this.timeout(240000);
    const r = rng(29);
    for (let session = 0; session < 3; session++) {
      let doc = '';
      while (doc.length < 3000) doc += randomDoc(r) + '\n\n';
      const cache = new AnalysisCache();
      for (let e = 0; e < 160; e++) {
        // mostly typing in one place, now and then elsewhere or a paragraph undone and typed again
        const at = e % 40 === 39 ? Math.floor(r() * (doc.length + 1)) : Math.min(doc.length, 200 + e);
        const kind = r();
        if (kind < 0.1) doc = doc.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + '\n\n' + doc.slice(at);
        else if (kind < 0.2) doc = doc.slice(0, at) + doc.slice(Math.min(doc.length, at + Math.floor(r() * 30)));
        else doc = doc.slice(0, at) + 'ax "\n'[Math.floor(r() * 5)] + doc.slice(at);
        const inc = analyzeText(doc, { cache });
        const fresh = analyzeText(doc);
        assert.deepStrictEqual(
          JSON.parse(JSON.stringify({ c: inc.claims, f: inc.figures, e: inc.entities, d: inc.findings })),
          JSON.parse(JSON.stringify({ c: fresh.claims, f: fresh.figures, e: fresh.entities, d: fresh.findings })),
          `session ${session}, edit ${e}:\n${doc}`,
        );
      }
    }
  });
});

describe('recent cache', () => {
  it('keeps what the recent analyses used and forgets the rest', () => {
    const c = new RecentCache<number>(2);
    c.set('used', 1);
    c.set('typed once', 2);
    c.tick();
    c.tick(); // a turn: both are in the older generation
    assert.strictEqual(c.get('used'), 1); // used again: back in the newer one
    c.tick();
    c.tick(); // another turn: the older generation, with 'typed once', is dropped
    assert.strictEqual(c.size, 1);
    assert.strictEqual(c.get('typed once'), undefined);
    assert.strictEqual(c.get('used'), 1);
  });
  it('keeps a cached null apart from a miss', () => {
    const c = new RecentCache<number | null>(1);
    c.set('no attribution', null);
    c.tick();
    assert.strictEqual(c.get('no attribution'), null);
    assert.strictEqual(c.get('never seen'), undefined);
  });
});
