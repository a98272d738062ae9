/**
 * The editor features (server/src/features) over an in-memory workspace: no server, no file system.
 * Each feature takes the workspace, a draft and an offset and returns plain records.
 */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { attributionFix } from '../../server/src/core/fixes';
import { LineIndex } from '../../server/src/core/text';
import type { AnalyzedDocument, Workspace } from '../../server/src/features/workspace';
import { claimAt } from '../../server/src/features/at';
import { hover } from '../../server/src/features/hover';
import { definitions } from '../../server/src/features/definition';
import { references } from '../../server/src/features/references';
import { documentSymbols, workspaceSymbols } from '../../server/src/features/symbols';
import { codeActions } from '../../server/src/features/code-actions';
import { claimsReport } from '../../server/src/features/claims';

const FLOOD = `# Levee holds

"The levee on the east side held longer than anyone expected," Mayor Ana Venn said on Tuesday.

The river crested at 6.2 metres overnight, the weather service said.[^1]

[^1]: National Weather Service bulletin, 4 March.
`;
const COUNCIL = `Council member Ana Venn voted against the repair plan, which passed 7-2.
`;
const TIP = `Residents watched from the bridge.

  "Nobody knew how long it would last."
`;

function draft(uri: string, text: string, version: number | null = 1): AnalyzedDocument {
  return { uri, text, analysis: analyzeText(text), index: new LineIndex(text), version };
}

/** open drafts, plus drafts only on disk; fixes are the core's attribution fix */
function memoryWorkspace(open: AnalyzedDocument[], onDisk: AnalyzedDocument[] = []): Workspace {
  return {
    document: (uri) => open.find((d) => d.uri === uri) ?? null,
    openDocuments: () => open,
    workspaceDocuments: () => [...open, ...onDisk],
    bibliographyEntry: () => undefined,
    isSource: (uri) => uri.includes('/sources/'),
    fixesFor: (doc, f) => {
      const fix = attributionFix(doc.text, doc.analysis, f);
      return fix ? [fix] : [];
    },
  };
}

const at = (doc: AnalyzedDocument, needle: string, delta = 0) => {
  const i = doc.text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + delta;
};

describe('features over an in-memory workspace', () => {
  const flood = draft('file:///ws/drafts/flood.md', FLOOD);
  const council = draft('file:///ws/drafts/council.md', COUNCIL, null);
  const tip = draft('file:///ws/drafts/tip.md', TIP, 7);
  const ws = memoryWorkspace([flood, tip], [council]);

  it('the claim at an offset is the innermost one around it', () => {
    const c = claimAt(flood.analysis, at(flood, 'held longer'));
    assert.ok(c);
    assert.match(c.text, /levee on the east side/);
    assert.strictEqual(c.speaker?.name, 'Ana Venn');
    assert.strictEqual(claimAt(flood.analysis, at(flood, 'crested'))?.kind, 'indirect');
    assert.strictEqual(claimAt(flood.analysis, at(flood, 'Levee holds')), undefined);
  });

  it('hover on a quote shows its speaker over the claim range; on a name, its mentions in every draft', () => {
    const card = hover(ws, flood, at(flood, 'held longer'));
    assert.ok(card);
    assert.match(card.markdown, /Ana Venn/);
    assert.strictEqual(card.range.start.line, 2);
    const name = hover(ws, flood, at(flood, 'Ana Venn', 5));
    assert.ok(name);
    assert.match(name.markdown, /Mentions: 1 in this document, 2 in open drafts/);
    assert.strictEqual(hover(ws, flood, at(flood, 'Levee holds')), null);
  });

  it('definition on a footnoted claim goes to the footnote', () => {
    const locs = definitions(ws, flood, at(flood, 'crested'));
    assert.deepStrictEqual(
      locs.map((l) => [l.uri, l.range.start.line]),
      [['file:///ws/drafts/flood.md', 6]],
    );
  });

  it('references on a name find it in every draft, open or not', () => {
    const locs = references(ws, flood, at(flood, 'Ana Venn', 1));
    assert.deepStrictEqual(locs.map((l) => l.uri).sort(), [council.uri, flood.uri]);
  });

  it('document symbols list the claims; workspace symbols find names and claims across drafts', () => {
    const syms = documentSymbols(flood);
    assert.ok(syms.some((s) => s.category === 'claim' && s.detail.includes('Ana Venn')));
    assert.ok(documentSymbols(tip).some((s) => s.category === 'unattributed-claim' && /Nobody knew/.test(s.name)));
    const found = workspaceSymbols(ws, 'venn');
    assert.ok(found.some((s) => s.category === 'person' && s.name === 'Ana Venn' && s.location.uri === council.uri));
    assert.ok(found.some((s) => s.category === 'claim' && s.containerName === 'flood.md'));
    assert.deepStrictEqual(
      workspaceSymbols(ws, 'venn', () => true),
      [],
    );
  });

  it('code actions on an unattributed quote: its fix and an indented suppress comment, as edits to this version', () => {
    const offset = at(tip, 'Nobody knew');
    const actions = codeActions(ws, tip, offset, offset);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable unattributed-quote for the next line'), titles.join(' | '));
    const disable = actions.find((a) => a.title.startsWith('Disable'))!;
    assert.strictEqual(disable.finding?.code, 'unattributed-quote');
    assert.deepStrictEqual(disable.changes, [
      {
        uri: tip.uri,
        version: 7,
        edits: [
          {
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
            newText: '  <!-- onrecord-disable-next-line unattributed-quote -->\n',
          },
        ],
      },
    ]);
    const fix = actions.find((a) => a.finding?.code === 'unattributed-quote' && a !== disable);
    assert.ok(fix, 'the attribution fix');
  });

  it('the claims listing: one draft by URI, the open drafts, or the whole workspace', () => {
    const one = claimsReport(ws, { uri: flood.uri }, '9.9.9');
    assert.strictEqual(one.version, '9.9.9');
    assert.deepStrictEqual(
      one.documents.map((d) => d.path),
      [flood.uri],
    );
    assert.ok(one.documents[0].claims.some((c) => c.speaker?.name === 'Ana Venn'));
    assert.deepStrictEqual(claimsReport(ws, { uri: 'file:///ws/drafts/closed.md' }, 'v').documents, []);
    assert.strictEqual(claimsReport(ws, {}, 'v').documents.length, 2);
    assert.strictEqual(claimsReport(ws, { scope: 'workspace' }, 'v').documents.length, 3);
  });
});
