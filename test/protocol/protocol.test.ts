/**
 * Protocol suite: drives the real server (dist/server.js) over stdio with the LSP client library,
 * the same way an editor would. Bundled by `node esbuild.mjs --tests` to out/test/protocol.js and
 * run with `mocha --timeout 20000 out/test/protocol.js`. Needs `npm run build` first.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification,
  HoverRequest,
  CodeActionRequest,
  DocumentSymbolRequest,
  WorkspaceSymbolRequest,
  ShutdownRequest,
  ExitNotification,
  LogMessageNotification,
  DefinitionRequest,
  ReferencesRequest,
  type Location,
  type PublishDiagnosticsParams,
  type Diagnostic,
  type Hover,
  type MarkupContent,
  type CodeAction,
  type Command,
  type TextDocumentEdit,
  type TextEdit,
  type Position,
  type Range,
  type DocumentSymbol,
  type SymbolInformation,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import type { JsonDocument } from '../../protocol/report';

// The bundle lives at out/test/protocol.js; the project root is two levels up.
const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const FIXTURE = path.join(ROOT, 'test', 'protocol', 'fixtures', 'workspace');

// ---------- small helpers ----------

function offsetAt(text: string, pos: Position): number {
  let line = 0,
    i = 0;
  while (line < pos.line) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    i = nl + 1;
    line++;
  }
  return Math.min(i + pos.character, text.length);
}

function positionOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture does not contain ${JSON.stringify(needle)}`);
  const off = at + delta;
  const before = text.slice(0, off);
  const line = before.split('\n').length - 1;
  return { line, character: off - (before.lastIndexOf('\n') + 1) };
}

/** Apply LSP TextEdits (non-overlapping) to a string, last edit first. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText }))
    .sort((a, b) => b.s - a.s || b.e - a.e);
  for (const x of sorted) text = text.slice(0, x.s) + x.t + text.slice(x.e);
  return text;
}

function hoverText(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  const c = h.contents as MarkupContent | string | Array<string | { value: string }>;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  if ('kind' in c) assert.strictEqual(c.kind, 'markdown', 'hover should be markdown');
  return c.value;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}

// ---------- a tiny client around the server process ----------

class Client {
  readonly proc: cp.ChildProcessWithoutNullStreams;
  readonly conn: ProtocolConnection;
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  private readonly published: PublishDiagnosticsParams[] = [];
  private waiters: Array<{
    pred: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }> = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.proc = cp.spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe', env });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
    this.proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.proc.stdout),
      new StreamMessageWriter(this.proc.stdin),
    );
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (w.pred(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    this.conn.onNotification(LogMessageNotification.type, (p) => this.logs.push(p.message));
    this.conn.onError(() => {
      /* surfaced through failing requests */
    });
    this.conn.listen();
  }

  /** Resolves with the first publish (already received or future) that matches. */
  diagnostics(
    pred: (p: PublishDiagnosticsParams) => boolean,
    what: string,
    ms = 8000,
  ): Promise<PublishDiagnosticsParams> {
    const seen = this.published.find(pred);
    if (seen) return Promise.resolve(seen);
    return withTimeout(new Promise((resolve) => this.waiters.push({ pred, resolve })), ms, what);
  }
}

describe('OnRecord language server over stdio', function () {
  let client: Client;
  let ws: string;
  let draftUri: string;
  let draftText: string;
  let draftVersion = 1;
  let firstDiags: Diagnostic[] = [];

  before(async function () {
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-protocol-'));
    fs.cpSync(FIXTURE, ws, { recursive: true });
    const draftPath = path.join(ws, 'drafts', 'harbor.md');
    draftUri = pathToFileURL(draftPath).href;
    draftText = fs.readFileSync(draftPath, 'utf8');

    client = new Client();
    const rootUri = pathToFileURL(ws).href;
    const init = await withTimeout(
      client.conn.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'fixture' }],
        capabilities: {
          textDocument: {
            hover: { contentFormat: ['markdown', 'plaintext'] },
            publishDiagnostics: { versionSupport: true },
            codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          },
          workspace: { workspaceEdit: { documentChanges: true }, symbol: {} },
        },
        initializationOptions: { debounceMs: 20 },
      }),
      10000,
      'initialize',
    );
    const caps = init.capabilities;
    assert.ok(caps.hoverProvider, 'hoverProvider');
    assert.ok(caps.codeActionProvider, 'codeActionProvider');
    assert.ok(caps.documentSymbolProvider, 'documentSymbolProvider');
    assert.ok(caps.workspaceSymbolProvider, 'workspaceSymbolProvider');
    const sync = caps.textDocumentSync;
    assert.ok(sync && typeof sync === 'object' && sync.change === 2, 'incremental text sync');
    await client.conn.sendNotification(InitializedNotification.type, {});
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: draftUri, languageId: 'markdown', version: draftVersion, text: draftText },
    });
    const pub = await client.diagnostics((p) => p.uri === draftUri, 'publishDiagnostics after didOpen');
    firstDiags = pub.diagnostics;
  });

  after(async function () {
    if (client && client.proc.exitCode === null && client.proc.signalCode === null) client.proc.kill('SIGKILL');
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && client) {
      console.error('--- server stderr ---\n' + client.stderr.join('').slice(-4000));
      console.error('--- server log ---\n' + client.logs.slice(-20).join('\n'));
    }
  });

  it('publishes the expected diagnostics with exact ranges', function () {
    const summary = firstDiags.map(
      (d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
    );
    for (const d of firstDiags) assert.strictEqual(d.source, 'onrecord', `source of ${d.code}`);
    const quote = firstDiags.find((d) => d.code === 'unattributed-quote');
    assert.ok(quote, `unattributed-quote missing; got ${summary.join(', ')}`);
    assert.deepStrictEqual(quote.range, {
      start: positionOf(draftText, '"Nobody knew."'),
      end: positionOf(draftText, '"Nobody knew."', 14),
    });
    const fig = firstDiags.find((d) => d.code === 'unattributed-figure');
    assert.ok(fig, `unattributed-figure missing; got ${summary.join(', ')}`);
    assert.deepStrictEqual(fig.range.start, positionOf(draftText, 'More than 300'));
    assert.strictEqual(fig.range.start.line, fig.range.end.line);
    assert.ok(
      fig.range.end.character >= positionOf(draftText, 'More than 300', 'More than 300'.length).character,
      'figure range covers "More than 300"',
    );
    // the attributed quote line gets no unattributed-* finding
    const attributedLine = positionOf(draftText, '"We will rebuild,"').line;
    const onIt = firstDiags.filter(
      (d) => d.range.start.line === attributedLine && /^unattributed/.test(String(d.code)),
    );
    assert.deepStrictEqual(onIt, [], 'no unattributed finding on the attributed quote');
  });

  it('figure-mismatch and quote-mismatch link to the source passage as related information', async function () {
    const uri = pathToFileURL(path.join(ws, 'drafts', 'harbor-figures.md')).href;
    const text =
      'The harbor office counted 3,100 visitors at the festival on Sunday.\n\n' +
      '"We will rebuild. The pier will be open again by winter," Mayor Ana Venn said.\n';
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const pub = await client.diagnostics(
      (p) => p.uri === uri && p.diagnostics.length > 0,
      'diagnostics for harbor-figures.md',
    );
    const fig = pub.diagnostics.find((d) => d.code === 'figure-mismatch');
    assert.ok(fig, pub.diagnostics.map((d) => d.code).join(', '));
    // the message names the source sentence; the related information points at the passage in the source file
    assert.match(
      fig.message,
      /which says "3,400 visitors": “The harbor office counted 3,400 visitors at the festival on Sunday/,
    );
    assert.strictEqual(fig.relatedInformation?.length, 1);
    assert.match(fig.relatedInformation![0].location.uri, /sources\/harbor-figures\.md$/);
    assert.strictEqual(fig.relatedInformation![0].location.range.start.line, 5);
    const quote = pub.diagnostics.find((d) => d.code === 'quote-mismatch');
    assert.ok(quote, pub.diagnostics.map((d) => d.code).join(', '));
    assert.match(quote.message, /winter/);
    assert.match(quote.relatedInformation?.[0]?.location.uri ?? '', /sources\/venn-notes\.txt$/);
    assert.strictEqual(quote.relatedInformation![0].location.range.start.line, 2);
  });

  it('hover on the attributed quote names the speaker', async function () {
    const h = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: draftUri },
      position: positionOf(draftText, 'We will rebuild', 3),
    });
    const text = hoverText(h);
    assert.match(text, /^\*\*OnRecord · Direct quote\*\*/);
    assert.match(text, /- Speaker: \*\*Ana Venn\*\*/);
    assert.ok(h!.range, 'hover has a range');
    assert.strictEqual(h!.range!.start.line, positionOf(draftText, 'We will rebuild').line);
  });

  it("hover on a finding shows its rule's help from the rule registry", async function () {
    const h = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: draftUri },
      position: positionOf(draftText, 'Nobody knew', 3),
    });
    const text = hoverText(h);
    assert.match(text, /\*\*unattributed-quote\*\* · warning: A quote has no speaker\./);
    assert.match(text, /Add "Name said"/);
  });

  it('hover on a sourced quote shows the passage, with the quoted words in bold and a link to the source line', async function () {
    const h = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: draftUri },
      position: positionOf(draftText, 'We will rebuild', 3),
    });
    const text = hoverText(h);
    assert.match(text, /\*\*Sources\*\*/);
    assert.match(text, /\[venn\\-notes\\\.txt\]\(file:\/\/\/[^)]*venn-notes\.txt#L3\)/);
    assert.match(text, /\*\*We will rebuild\*\*/);
  });

  it('go to definition on a claim opens the source passage; references list an entity across drafts', async function () {
    const defs = (await client.conn.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: draftUri },
      position: positionOf(draftText, 'We will rebuild', 3),
    })) as Location[];
    assert.ok(Array.isArray(defs) && defs.length >= 1, 'a definition');
    assert.match(defs[0].uri, /venn-notes\.txt$/);
    assert.strictEqual(defs[0].range.start.line, 2);
    const refs = await client.conn.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: draftUri },
      position: positionOf(draftText, 'Ana Venn', 1),
      context: { includeDeclaration: true },
    });
    assert.ok(refs && refs.length >= 1, 'references');
    assert.ok(refs!.every((r) => r.uri === draftUri || /hostile|harbor/.test(r.uri)));
    assert.deepStrictEqual(refs![0].range.start, positionOf(draftText, 'Ana Venn'));
  });

  it('indexes drafts that are not open: workspace symbols and onrecord/claims with scope workspace', async function () {
    // background indexing runs after initialized; poll until the unopened draft is in the index
    let syms: WorkspaceSymbol[] | SymbolInformation[] | null = null;
    for (let i = 0; i < 100; i++) {
      syms = await client.conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'Quinlan' });
      if (syms && syms.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(
      syms && syms.some((x) => /ferry-notes\.md$/.test(x.location.uri)),
      `Quinlan not found in the unopened draft: ${JSON.stringify(syms)}`,
    );
    const open = (await client.conn.sendRequest('onrecord/claims', {})) as { documents: { path: string }[] };
    assert.ok(!open.documents.some((d) => /ferry-notes/.test(d.path)), 'the default scope lists open drafts only');
    const all = (await client.conn.sendRequest('onrecord/claims', { scope: 'workspace' })) as {
      documents: { path: string; claims: { speaker: { name: string } | null }[] }[];
    };
    const ferry = all.documents.find((d) => /ferry-notes\.md$/.test(d.path));
    assert.ok(ferry, 'the workspace scope lists the unopened draft');
    assert.strictEqual(ferry!.claims[0].speaker?.name, 'Ellis Quinlan');
    // each draft of the workspace carries its sourcing profile, the unopened one included
    const profile = (ferry as unknown as { profile: { sources: number; sourcesByType: { namedPeople: number } } })
      .profile;
    assert.strictEqual(profile.sources, 1);
    assert.strictEqual(profile.sourcesByType.namedPeople, 1);
  });

  it('hover on the unattributed quote says so', async function () {
    const h = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: draftUri },
      position: positionOf(draftText, 'Nobody', 2),
    });
    assert.match(hoverText(h), /^\*\*OnRecord · Unattributed\*\*/);
  });

  it('hover escapes Markdown and HTML from the document', async function () {
    const uri = pathToFileURL(path.join(ws, 'drafts', 'hostile.md')).href;
    // the same words are in sources/harbor-notice.txt, so the hover also shows that passage's excerpt
    const text =
      '# Hostile\n\n"Read the notice at [click](command:foo) and <img src=x> before the pier reopens in autumn," Mayor Ana Venn said.\n';
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await client.diagnostics((p) => p.uri === uri, 'publishDiagnostics for hostile.md');
    const h = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(text, 'Read', 1),
    });
    const value = hoverText(h);
    assert.match(value, /Speaker: \*\*Ana Venn\*\*/);
    // a live link needs "](command:" or a bare "command:" not preceded by a backslash
    assert.ok(!/\]\(command:/.test(value), `hover contains a live command link: ${value}`);
    assert.ok(!/(^|[^\\])command:/.test(value), `hover contains an unescaped command: ${value}`);
    assert.ok(!/(^|[^\\])<img/i.test(value), `hover contains raw <img: ${value}`);
    assert.ok(!/(^|[^\\])\[click/.test(value), `hover contains an unescaped [click: ${value}`);
    // document/source text does reach the hover, escaped
    // bold markers (**) may sit between escaped characters; drop them to compare the escaped text
    const plain = value.replace(/\*\*/g, '');
    assert.ok(plain.includes('\\[click\\]\\(command\\:foo\\)'), `escaped link text missing from the excerpt: ${value}`);
    assert.ok(value.includes('\\<img src\\=x\\>'), `escaped <img> missing from the excerpt: ${value}`);
  });

  it('quick fix inserts an attribution as a versioned edit, and the diagnostic goes away', async function () {
    const quote = firstDiags.find((d) => d.code === 'unattributed-quote');
    assert.ok(quote, 'precondition: unattributed-quote diagnostic');
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: draftUri },
      range: quote.range,
      context: { diagnostics: [quote], only: ['quickfix'] },
    })) as Array<CodeAction | Command> | null;
    assert.ok(actions && actions.length, 'code actions returned');
    const titles = actions.map((a) => a.title);
    const fix = actions.find(
      (a): a is CodeAction => 'edit' in a && /^(Insert attribution|Attribute to )/.test(a.title),
    );
    assert.ok(fix, `no attribution quick fix among ${JSON.stringify(titles)}`);
    assert.strictEqual(fix.kind, 'quickfix');
    assert.ok(
      titles.includes('Disable unattributed-quote for the next line'),
      `suppression action missing: ${JSON.stringify(titles)}`,
    );
    const changes = fix.edit?.documentChanges;
    assert.ok(changes && changes.length === 1, 'one document change');
    const tde = changes[0] as TextDocumentEdit;
    assert.ok('textDocument' in tde && 'edits' in tde, 'a TextDocumentEdit');
    assert.strictEqual(tde.textDocument.uri, draftUri);
    assert.strictEqual(tde.textDocument.version, draftVersion, 'edit is versioned with the current document version');
    const edits = tde.edits as TextEdit[];
    assert.ok(edits.length >= 1);

    const newText = applyEdits(draftText, edits);
    assert.match(newText, /"Nobody knew," SPEAKER said\.|"Nobody knew," [A-Z][\w. ]+ said\./, newText);
    // send the same edits as incremental changes (one per edit, last first so ranges stay valid)
    const ordered = [...edits].sort((a, b) => offsetAt(draftText, b.range.start) - offsetAt(draftText, a.range.start));
    draftVersion += 1;
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: draftUri, version: draftVersion },
      contentChanges: ordered.map((e) => ({ range: e.range as Range, text: e.newText })),
    });
    const v = draftVersion;
    const pub = await client.diagnostics(
      (p) => p.uri === draftUri && p.version === v,
      `publishDiagnostics for version ${v}`,
    );
    draftText = newText;
    const codes = pub.diagnostics.map((d) => d.code);
    assert.ok(
      !codes.includes('unattributed-quote'),
      `unattributed-quote still reported after the fix: ${codes.join(', ')}`,
    );
    assert.ok(codes.includes('unattributed-figure'), `the unrelated figure finding should remain: ${codes.join(', ')}`);
  });

  it('documentSymbol lists the claims', async function () {
    const syms = (await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: draftUri } })) as
      DocumentSymbol[] | null;
    assert.ok(syms && syms.length > 0, 'document symbols');
    const rebuild = syms.find((s) => s.name.includes('We will rebuild'));
    assert.ok(rebuild, `no symbol for the quote: ${JSON.stringify(syms.map((s) => s.name))}`);
    assert.match(rebuild.detail ?? '', /Ana Venn/);
  });

  it('workspace/symbol finds the claim by speaker name', async function () {
    const syms = (await client.conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'Venn' })) as Array<
      SymbolInformation | WorkspaceSymbol
    > | null;
    assert.ok(syms && syms.length > 0, 'workspace symbols for "Venn"');
    const claim = syms.find(
      (s) => s.name.startsWith('Ana Venn:') && s.name.includes('We will rebuild') && s.location.uri === draftUri,
    );
    assert.ok(claim, `claim not found: ${JSON.stringify(syms.map((s) => s.name))}`);
    const loc = claim.location as { uri: string; range: Range };
    assert.strictEqual(loc.range.start.line, positionOf(draftText, '"We will rebuild,"').line);
  });

  it('onrecord/claims returns the claims JSON', async function () {
    type J = { version: string; documents: JsonDocument[] };
    const res = await client.conn.sendRequest<J>('onrecord/claims', { uri: draftUri });
    assert.strictEqual(typeof res.version, 'string');
    assert.strictEqual(res.documents.length, 1);
    const doc = res.documents[0];
    for (const k of ['path', 'claims', 'figures', 'entities', 'diagnostics']) assert.ok(k in doc, `document.${k}`);
    assert.ok(doc.claims.length >= 3, `claims: ${doc.claims.length}`);
    for (const c of doc.claims) {
      for (const k of ['kind', 'range', 'text', 'cue', 'speaker', 'figures', 'sources'])
        assert.ok(k in c, `claim.${k} in ${JSON.stringify(c)}`);
      assert.ok(['direct', 'indirect', 'mixed', 'unattributed'].includes(c.kind), c.kind);
      assert.strictEqual(typeof c.range.start.line, 'number');
      assert.ok(Array.isArray(c.figures) && Array.isArray(c.sources));
    }
    const rebuild = doc.claims.find((c) => c.text.includes('We will rebuild'));
    assert.ok(rebuild);
    assert.strictEqual(rebuild.kind, 'direct');
    assert.strictEqual(rebuild.cue, 'said');
    assert.strictEqual(rebuild.speaker?.name, 'Ana Venn');
    // the fixture's sources/ folder has the same words: matched as a passage
    const passage = rebuild.sources.find((s) => s.kind === 'passage');
    assert.ok(passage, `no source passage matched: ${JSON.stringify(rebuild.sources)}`);
    assert.match(passage.uri ?? '', /venn-notes\.txt$/);
    const attended = doc.claims.find((c) => c.text.startsWith('More than 300'));
    assert.ok(
      attended && attended.kind === 'unattributed' && attended.speaker === null && attended.figures.length === 1,
    );
    // without a uri: every open document
    const all = await client.conn.sendRequest<J>('onrecord/claims', {});
    assert.ok(all.documents.length >= 2, `open documents: ${all.documents.map((d) => d.path).join(', ')}`);
  });

  it('survives a binary / malformed document and still answers', async function () {
    const uri = pathToFileURL(path.join(ws, 'drafts', 'garbage.md')).href;
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) & 0xff;
    const text =
      bytes.toString('latin1') +
      '\u0000\uD800"unterminated \uDFFF' +
      '"'.repeat(500) +
      '\r\r\n\u2028' +
      '“'.repeat(300);
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await client.diagnostics((p) => p.uri === uri, 'publishDiagnostics for the binary document');
    // a change with an out-of-range position must not kill the server either
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 9999, character: 5 }, end: { line: 9999, character: 99 } }, text: '\u0000"x' },
      ],
    });
    await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 10 } });
    await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 5000, character: 5000 },
    });
    // the server is still alive and still correct on the real draft
    assert.strictEqual(client.proc.exitCode, null, 'server process still running');
    const h = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: draftUri },
      position: positionOf(draftText, 'We will rebuild', 3),
    });
    assert.match(hoverText(h), /Speaker: \*\*Ana Venn\*\*/);
  });

  it('shuts down on shutdown + exit with code 0', async function () {
    await withTimeout(client.conn.sendRequest(ShutdownRequest.type), 5000, 'shutdown response');
    await client.conn.sendNotification(ExitNotification.type);
    const { code, signal } = await withTimeout(client.exited, 5000, 'server process exit');
    client.conn.dispose();
    assert.strictEqual(signal, null);
    assert.strictEqual(code, 0);
  });
});

describe('OnRecord language server when analysing a draft throws (ONRECORD_TEST_THROW, test-only)', function () {
  let client: Client;
  let ws: string;

  before(async function () {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-protocol-throw-'));
    fs.cpSync(FIXTURE, ws, { recursive: true });
    // the unattributed-quote rule throws whenever it would report: harbor.md fails, a draft without such a quote does not
    // a draft on disk under an awkward name, indexed in the background: file names are data
    fs.writeFileSync(path.join(ws, 'drafts', '-50% growth #1 ?é 市.md'), '"We will rebuild," Mayor Ana Venn said.\n');
    client = new Client({ ...process.env, ONRECORD_TEST_THROW: 'unattributed-quote' });
    const rootUri = pathToFileURL(ws).href;
    await withTimeout(
      client.conn.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'fixture' }],
        capabilities: {},
        initializationOptions: { debounceMs: 20 },
      }),
      10000,
      'initialize',
    );
    await client.conn.sendNotification(InitializedNotification.type, {});
  });

  after(async function () {
    if (client && client.proc.exitCode === null && client.proc.signalCode === null) client.proc.kill('SIGKILL');
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && client) {
      console.error('--- server stderr ---\n' + client.stderr.join('').slice(-4000));
      console.error('--- server log ---\n' + client.logs.slice(-20).join('\n'));
    }
  });

  it('publishes one internal-error at the top of the failing draft, logs the stack, keeps other drafts working, and retries on the next edit', async function () {
    const failing = pathToFileURL(path.join(ws, 'drafts', 'harbor.md')).href;
    const failingText = fs.readFileSync(path.join(ws, 'drafts', 'harbor.md'), 'utf8');
    const fine = pathToFileURL(path.join(ws, 'drafts', 'fine.md')).href;
    const fineText = 'More than 300 people attended.\n\n"We will rebuild," Mayor Ana Venn said.\n';
    for (const [uri, text] of [
      [failing, failingText],
      [fine, fineText],
    ])
      await client.conn.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });
    const bad = await client.diagnostics((p) => p.uri === failing, 'diagnostics of the failing draft');
    assert.strictEqual(bad.diagnostics.length, 1, JSON.stringify(bad.diagnostics));
    const d = bad.diagnostics[0];
    assert.strictEqual(d.code, 'internal-error');
    assert.strictEqual(d.severity, 1);
    assert.deepStrictEqual(d.range.start, { line: 0, character: 0 });
    assert.match(d.message, /OnRecord could not analyse this draft \(injected failure in rule unattributed-quote/);
    assert.match(d.message, /report it at https?:\/\//);
    const ref = /"\[onrecord\] (internal error E\d+)"/.exec(d.message);
    assert.ok(ref, `the message names its log line: ${d.message}`);
    const line = client.logs.find((l) => l.includes(ref[1]));
    assert.ok(line, `log line "${ref[1]}" in ${client.logs.join('\n')}`);
    assert.ok(line.includes(failing) && /\n\s+at /.test(line), `the log line has the uri and the stack: ${line}`);

    // the other draft is checked as usual
    const ok = await client.diagnostics((p) => p.uri === fine, 'diagnostics of the other draft');
    assert.deepStrictEqual(
      ok.diagnostics.map((x) => x.code),
      ['unattributed-figure'],
    );
    // requests on the failing draft answer an LSP error; the server stays up and answers for the other draft
    await assert.rejects(
      client.conn.sendRequest(HoverRequest.type, {
        textDocument: { uri: failing },
        position: { line: 2, character: 3 },
      }),
      (e: { code?: number; message?: string }) => e.code === -32603 && /could not answer onHover/.test(e.message ?? ''),
    );
    await assert.rejects(
      client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: failing } }),
      (e: { code?: number }) => e.code === -32603,
    );
    await assert.rejects(client.conn.sendRequest('onrecord/claims', { uri: failing }));
    const h = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: fine },
      position: positionOf(fineText, 'We will rebuild', 3),
    });
    assert.match(hoverText(h), /Ana Venn/);
    assert.strictEqual(client.proc.exitCode, null, 'server process still running');

    // the next edit retries: without the unattributed quote the draft is analysed again
    const at = positionOf(failingText, '"Nobody knew."');
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: failing, version: 2 },
      contentChanges: [
        { range: { start: at, end: positionOf(failingText, '"Nobody knew."', 14) }, text: 'Nobody knew.' },
      ],
    });
    const again = await client.diagnostics(
      (p) => p.uri === failing && p.version === 2,
      'diagnostics of the failing draft after an edit',
    );
    assert.deepStrictEqual(
      again.diagnostics.map((x) => x.code),
      ['unattributed-figure'],
    );
  });

  it('file names are data: a draft named "-50% growth #1 ?é 市.md" is indexed, opened and reported under its own path', async function () {
    const file = path.join(ws, 'drafts', '-50% growth #1 ?é 市.md');
    const uri = pathToFileURL(file).href;
    type Doc = { path: string; claims: { speaker: { name: string } | null }[] };
    let found: Doc | undefined;
    for (let i = 0; i < 100 && !found; i++) {
      const all = (await client.conn.sendRequest('onrecord/claims', { scope: 'workspace' })) as { documents: Doc[] };
      found = all.documents.find((d) => d.path.startsWith('file:') && fileURLToPath(d.path) === file);
      if (!found) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(found, 'the background index lists the draft under a URI that decodes to its file');
    assert.strictEqual(found.claims[0].speaker?.name, 'Ana Venn');
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(file, 'utf8') },
    });
    const pub = await client.diagnostics((p) => p.uri === uri, 'diagnostics of the awkwardly named draft');
    assert.ok(!pub.diagnostics.some((d) => d.code === 'internal-error'), JSON.stringify(pub.diagnostics));
    const h = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 0, character: 3 },
    });
    assert.match(hoverText(h), /Ana Venn/);
  });
});

describe('OnRecord desk requests over a generated workspace of 300 drafts (onrecord/claimTree, onrecord/entities)', function () {
  this.timeout(120_000);
  const N = 300;
  const FIRST = ['Ana', 'Tomas', 'Priya', 'Grace', 'Malik', 'Ines', 'Owen'];
  const LAST = ['Venn', 'Reyes', 'Nandakumar', 'Okafor', 'Lindqvist', 'Barros', 'Kowalczyk', 'Haddad', 'Moreau'];
  const WARDS = ['Harbor', 'Millbrook', 'Eastfield', 'Riverside', 'Northgate'];
  let client: Client;
  let ws: string;
  let notified = 0;
  type Report = { documents: JsonDocument[] };
  let full: Report;
  const send = <T>(method: string, params: object) => client.conn.sendRequest(method, params) as Promise<T>;

  /** a short council story, as a local paper writes it; names, wards and figures vary with i */
  function story(i: number): string {
    const who = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
    const ward = WARDS[i % WARDS.length];
    return [
      `# ${ward} council backs repairs to Station Road, meeting ${i + 1}`,
      '',
      `The ${ward} council voted on Monday to spend $${(i % 40) + 2} million on road repairs.`,
      '',
      `"We heard from every family on the street," said ${who}, who chairs the works committee.`,
      '',
      `Officials said the work would start in ${i % 2 ? 'March' : 'April'}.`,
      '',
    ].join('\n');
  }

  before(async function () {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-desk-'));
    fs.mkdirSync(path.join(ws, 'drafts'));
    for (let i = 0; i < N; i++)
      fs.writeFileSync(path.join(ws, 'drafts', `story-${String(i).padStart(3, '0')}.md`), story(i));
    client = new Client();
    client.conn.onNotification('onrecord/workspaceChanged', () => notified++);
    const rootUri = pathToFileURL(ws).href;
    await withTimeout(
      client.conn.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'desk' }],
        capabilities: {},
        initializationOptions: { debounceMs: 20 },
      }),
      10000,
      'initialize',
    );
    await client.conn.sendNotification(InitializedNotification.type, {});
    // the server says when its background index of the workspace is done
    for (let i = 0; i < 2000 && !notified; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(notified, 'no onrecord/workspaceChanged after indexing');
    full = await send<Report>('onrecord/claims', { scope: 'workspace' });
    assert.strictEqual(full.documents.length, N);
  });

  after(async function () {
    if (client && client.proc.exitCode === null && client.proc.signalCode === null) client.proc.kill('SIGKILL');
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && client) {
      console.error('--- server stderr ---\n' + client.stderr.join('').slice(-4000));
      console.error('--- server log ---\n' + client.logs.slice(-20).join('\n'));
    }
  });

  type Group = { key: string; label: string; claims: number; drafts: number; toCheck: number };
  type Ref = { path: string; index: number; claim: JsonDocument['claims'][number] };
  type Tree = {
    groups?: Group[];
    drafts?: number;
    total?: number;
    claims?: Ref[];
    paragraphs?: { line: number; text: string; heading: string; claims: Ref[] }[];
    profile?: JsonDocument['profile'];
  };
  const allClaims = () =>
    full.documents.flatMap((d) => d.claims.map((claim, index) => ({ path: d.path, index, claim })));

  for (const groupBy of ['paragraph', 'speaker', 'source', 'status'])
    it(`answers the top level by ${groupBy} with counts only, a small part of the whole listing`, async function () {
      const top = await send<Tree>('onrecord/claimTree', { groupBy });
      assert.strictEqual(top.drafts, N);
      assert.strictEqual(top.total, allClaims().length);
      assert.ok(top.groups!.length > 0);
      // no claim crosses the wire at the top level: no text, no range
      const payload = JSON.stringify(top);
      assert.ok(!payload.includes('"range"') && !payload.includes('"text"'), payload.slice(0, 300));
      const whole = JSON.stringify(full).length;
      assert.ok(payload.length * 10 < whole, `top level ${payload.length} bytes, whole listing ${whole} bytes`);
      // each node's count is what expanding it gives
      for (const g of [top.groups![0], top.groups![top.groups!.length - 1]]) {
        const kids = await send<Tree>('onrecord/claimTree', { groupBy, parent: g.key });
        const claims = groupBy === 'paragraph' ? kids.paragraphs!.flatMap((p) => p.claims) : kids.claims!;
        assert.strictEqual(claims.length, g.claims, `${g.label}: ${g.claims} claims on the label`);
        assert.strictEqual(new Set(claims.map((c) => c.path)).size, g.drafts);
      }
    });

  it("expands a draft into its profile and paragraphs, with the same claims as the draft's report", async function () {
    const doc = full.documents[7];
    const kids = await send<Tree>('onrecord/claimTree', { groupBy: 'paragraph', parent: doc.path });
    assert.deepStrictEqual(kids.profile, doc.profile);
    const claims = kids.paragraphs!.flatMap((p) => p.claims);
    assert.deepStrictEqual(
      claims.map((c) => c.claim),
      doc.claims,
    );
    // a paragraph names its first line and the heading above it
    const quote = kids.paragraphs!.find((p) => p.text.startsWith('"We heard'))!;
    assert.strictEqual(quote.line, 4);
    assert.match(quote.heading, /council backs repairs to Station Road, meeting 8$/);
  });

  it('groups by speaker across drafts and applies the filters at every level', async function () {
    const top = await send<Tree>('onrecord/claimTree', { groupBy: 'speaker' });
    const venn = top.groups!.find((g) => g.label === 'Ana Venn')!;
    const want = allClaims().filter((c) => c.claim.speaker?.name === 'Ana Venn');
    assert.ok(want.length > 1, 'the generated drafts quote Ana Venn');
    assert.strictEqual(venn.claims, want.length);
    const kids = await send<Tree>('onrecord/claimTree', { groupBy: 'speaker', parent: venn.key });
    assert.deepStrictEqual(
      kids.claims!.map((c) => `${c.path}#${c.index}`),
      want.map((c) => `${c.path}#${c.index}`),
    );
    // filters: only unattributed claims, or only anonymous sources
    for (const [filter, pred] of [
      [{ statuses: ['unattributed'] }, (c: Ref) => c.claim.status === 'unattributed'],
      [{ sourceTypes: ['none'] }, (c: Ref) => !c.claim.sourceType],
    ] as const) {
      const f = await send<Tree>('onrecord/claimTree', { groupBy: 'status', ...filter });
      assert.strictEqual(f.total, allClaims().filter(pred).length, JSON.stringify(filter));
      for (const g of f.groups!) {
        const c = await send<Tree>('onrecord/claimTree', { groupBy: 'status', parent: g.key, ...filter });
        assert.ok(c.claims!.every(pred), JSON.stringify(filter));
      }
    }
  });

  it('lists entities level by level: kinds, entities with spellings and drafts, a draft, its mentions', async function () {
    type Ent = {
      kinds?: { type: string; entities: number }[];
      entities?: { name: string; type: string; spellings: string[]; mentions: number; drafts: number }[];
      drafts?: { uri: string; mentions: number; spellings: string[] }[];
      mentions?: { text: string; range: Range; line: string }[];
    };
    const kinds = await send<Ent>('onrecord/entities', {});
    assert.ok(
      kinds.kinds!.some((k) => k.type === 'person'),
      JSON.stringify(kinds),
    );
    const people = await send<Ent>('onrecord/entities', { type: 'person' });
    const venn = people.entities!.find((e) => e.name === 'Ana Venn')!;
    const inDocs = full.documents.filter((d) => d.entities.some((e) => e.name === 'Ana Venn'));
    assert.strictEqual(venn.drafts, inDocs.length);
    assert.strictEqual(venn.spellings[0], 'Ana Venn');
    const drafts = await send<Ent>('onrecord/entities', { type: 'person', name: 'Ana Venn' });
    assert.deepStrictEqual(
      drafts.drafts!.map((d) => d.uri),
      inDocs.map((d) => d.path),
    );
    const doc = inDocs[0];
    const mentions = await send<Ent>('onrecord/entities', { type: 'person', name: 'Ana Venn', uri: doc.path });
    const text = fs.readFileSync(fileURLToPath(doc.path), 'utf8').split('\n');
    assert.deepStrictEqual(
      mentions.mentions!.map((m) => [m.text, m.line]),
      doc.entities
        .filter((e) => e.name === 'Ana Venn')
        .flatMap((e) => e.mentions)
        .map((m) => [m.text, text[m.range.start.line]]),
    );
  });

  it('tells the client when a draft changes on disk, and lists it at the next request', async function () {
    const file = path.join(ws, 'drafts', 'story-new.md');
    fs.writeFileSync(file, '"The bridge is open again," said Grace Okafor, the county engineer.\n');
    const before = notified;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(file).href, type: 1 }],
    });
    for (let i = 0; i < 200 && notified === before; i++) await new Promise((r) => setTimeout(r, 25));
    assert.ok(notified > before, 'no onrecord/workspaceChanged after the file event');
    const top = await send<Tree>('onrecord/claimTree', { groupBy: 'paragraph' });
    assert.strictEqual(top.drafts, N + 1);
    assert.ok(top.groups!.some((g) => g.label === 'story-new.md' && g.claims === 1));
  });
});
