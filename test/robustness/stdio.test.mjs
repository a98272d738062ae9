// Protocol robustness: raw bytes to `node dist/server.js --stdio`, no client library. After each kind of bad
// input, a valid hover request still gets an answer. Run (after `npm run build`):
//   npx mocha --timeout 120000 test/robustness/stdio.test.mjs
import assert from 'node:assert';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');

class RawServer {
  constructor(root) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    this.buf = Buffer.alloc(0);
    this.messages = [];
    this.waiters = [];
    this.stderr = '';
    this.exited = null;
    this.nextId = 1;
    this.proc.stderr.on('data', (d) => {
      this.stderr += d;
    });
    this.proc.on('exit', (code, sig) => {
      this.exited = { code, sig };
    });
    this.proc.stdout.on('data', (d) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.parse();
    });
  }
  parse() {
    for (;;) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, sep).toString('ascii'));
      assert.ok(m, 'server sent a header without Content-Length');
      const len = Number(m[1]);
      if (this.buf.length < sep + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(sep + 4 + len);
      this.messages.push(msg);
      for (const w of [...this.waiters])
        if (w.pred(msg)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(msg);
        }
    }
  }
  raw(bytes) {
    this.proc.stdin.write(bytes);
  }
  frame(obj) {
    const body = Buffer.from(typeof obj === 'string' ? obj : JSON.stringify(obj), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
  }
  send(obj) {
    this.raw(this.frame(obj));
  }
  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }
  wait(pred, ms = 30000, what = 'a message') {
    const got = this.messages.find(pred);
    if (got) return Promise.resolve(got);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve };
      this.waiters.push(w);
      setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) {
          this.waiters.splice(i, 1);
          reject(
            new Error(
              `timed out waiting for ${what}; exited=${JSON.stringify(this.exited)} stderr=${this.stderr.slice(-2000)}`,
            ),
          );
        }
      }, ms);
    });
  }
  request(method, params, ms) {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return this.wait((m) => m.id === id && !m.method, ms, `the answer to ${method}`);
  }
}

const DRAFT = '"Nobody knew the levee would fail," Mayor Ana Venn said on Sunday.\n\nAbout 3,000 residents left.\n';

describe('robustness: raw bytes over stdio', function () {
  this.timeout(120000);
  let dir,
    uri,
    s,
    version = 1;
  const hover = async (u = uri) => {
    const r = await s.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 5 } });
    assert.ok(!r.error, JSON.stringify(r.error));
    return r.result;
  };
  const alive = async () => {
    const h = await hover();
    assert.ok(h && /Ana Venn/.test(h.contents.value), 'hover still answers: ' + JSON.stringify(h));
  };
  // vscode-jsonrpc reports a malformed header and stops reading until the next chunk arrives, so each bad header
  // holds back the following message by one write. Nothing is lost: a few more writes (unknown notifications,
  // which the server ignores) let the held-back hover through.
  const aliveAfterBadHeaders = async () => {
    const id = s.nextId++;
    s.send({
      jsonrpc: '2.0',
      id,
      method: 'textDocument/hover',
      params: { textDocument: { uri }, position: { line: 0, character: 5 } },
    });
    for (let i = 0; i < 30 && !s.messages.some((m) => m.id === id); i++) {
      await new Promise((r) => setTimeout(r, 100));
      s.notify('$/onrecordPing', {});
    }
    const r = await s.wait((m) => m.id === id && !m.method, 10000, 'the held-back hover');
    assert.ok(r.result && /Ana Venn/.test(r.result.contents.value));
  };

  before(async () => {
    assert.ok(fs.existsSync(SERVER), 'run `npm run build` first');
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-raw-')));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'bad.json'), '[\n  {"id": "a",}\n]\n');
    fs.writeFileSync(path.join(dir, '.onrecord.json'), '{\n  "maxFileSizeKB": "big"\n}\n');
    uri = pathToFileURL(path.join(dir, 'draft.md')).href;
    s = new RawServer(dir);
    const init = await s.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
    });
    assert.ok(init.result.capabilities.hoverProvider);
    s.notify('initialized', {});
    s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: DRAFT } });
    await s.wait((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 30000, 'diagnostics');
  });
  after(async () => {
    if (s && !s.exited) {
      await s.request('shutdown', null).catch(() => {});
      s.notify('exit');
      await new Promise((r) => setTimeout(r, 300));
      if (!s.exited) s.proc.kill();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes malformed sources and an invalid .onrecord.json as diagnostics on those files, with their lines', async () => {
    const bad = await s.wait(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        m.params.uri.endsWith('/sources/bad.json') &&
        m.params.diagnostics.length > 0,
      30000,
      'bad.json diagnostics',
    );
    assert.strictEqual(bad.params.diagnostics[0].range.start.line, 1);
    const cfg = await s.wait(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        m.params.uri.endsWith('/.onrecord.json') &&
        m.params.diagnostics.length > 0,
      30000,
      '.onrecord.json diagnostics',
    );
    assert.strictEqual(cfg.params.diagnostics[0].range.start.line, 1);
    assert.match(cfg.params.diagnostics[0].message, /maxFileSizeKB must be number/);
    await alive();
  });

  it('malformed JSON-RPC: bad JSON, a non-object, a missing method, a wrong jsonrpc version', async () => {
    s.send('{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {');
    s.send('[1, 2, 3]');
    s.send('"just a string"');
    s.send('null');
    s.send({ jsonrpc: '2.0', id: 98 });
    s.send({ jsonrpc: '1.0', id: 97, method: 'textDocument/hover', params: null });
    s.send({ jsonrpc: '2.0', id: 96, method: 'textDocument/hover', params: { textDocument: 5, position: 'x' } });
    s.send(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28]).toString('latin1'));
    await alive();
  });

  it('wrong Content-Length (too short, too long, not a number, missing) and garbage headers', async () => {
    // LSP framing cannot resynchronise after a length that disagrees with the bytes that follow; these cases
    // end on a message boundary, as any sender that recovers does. Each is an error for the server, not a crash.
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didSave', params: { textDocument: { uri } } });
    s.raw(`Content-Length: 10\r\n\r\n${body}\r\n\r\n`); // too short: the rest is read as a bad header
    s.raw('Content-Length: 100\r\n\r\n{"jsonrpc":"2.0"}'); // too long: the reader waits for the rest ...
    await new Promise((r) => setTimeout(r, 200));
    s.raw(' '.repeat(100 - 17)); // ... which completes an invalid message
    s.raw('Content-Length: abc\r\n\r\n');
    s.raw('Content-Type: application/vscode-jsonrpc\r\n\r\n');
    s.raw('no colon here\r\n\r\n');
    s.raw('Content-Length: 0\r\n\r\n');
    s.raw('Content-Length: 2\r\n\r\n{}');
    s.raw('Content-Length: 4\r\n\r\n\u00ff\u00fe');
    await aliveAfterBadHeaders();
    await alive();
    assert.strictEqual(s.exited, null);
  });

  it('unknown methods: requests get MethodNotFound, notifications are ignored', async () => {
    const r = await s.request('onrecord/doesNotExist', {});
    assert.strictEqual(r.error?.code, -32601);
    s.notify('$/unknownNotification', { x: 1 });
    s.notify('workspace/somethingElse');
    await alive();
  });

  it('requests for documents that were never opened', async () => {
    const never = pathToFileURL(path.join(dir, 'never.md')).href;
    const h = await s.request('textDocument/hover', {
      textDocument: { uri: never },
      position: { line: 0, character: 0 },
    });
    assert.ok(!h.error && h.result === null);
    const ca = await s.request('textDocument/codeAction', {
      textDocument: { uri: never },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.ok(!ca.error && Array.isArray(ca.result) && ca.result.length === 0);
    const sym = await s.request('textDocument/documentSymbol', { textDocument: { uri: never } });
    assert.ok(!sym.error);
    const claims = await s.request('onrecord/claims', { uri: never });
    assert.ok(!claims.error && claims.result.documents.length === 0);
    s.notify('textDocument/didChange', { textDocument: { uri: never, version: 2 }, contentChanges: [{ text: 'x' }] });
    s.notify('textDocument/didClose', { textDocument: { uri: never } });
    await alive();
  });

  it('didChange with out-of-range positions and a stale version', async () => {
    version++;
    s.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        { range: { start: { line: 9999, character: 9999 }, end: { line: 99999, character: 0 } }, text: '\nAppended.' },
      ],
    });
    version++;
    s.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        { range: { start: { line: 0, character: 9999 }, end: { line: 0, character: 99999 } }, text: '' },
      ],
    });
    s.notify('textDocument/didChange', {
      textDocument: { uri, version: 1 },
      contentChanges: [{ range: { start: { line: -1, character: -5 }, end: { line: 0, character: 0 } }, text: '' }],
    });
    s.notify('textDocument/didChange', { textDocument: { uri, version: version - 1 }, contentChanges: [] });
    await alive();
    const sym = await s.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(!sym.error && sym.result.length >= 1);
  });

  it('a flood of 10,000 changes, then diagnostics for the final version and an answer to hover', async () => {
    const start = version;
    const text = DRAFT;
    const chunks = [];
    for (let i = 0; i < 10000; i++) {
      version++;
      const ins = i % 2 ? 'x' : '';
      const pos = { line: 2, character: 0 };
      chunks.push(
        s.frame({
          jsonrpc: '2.0',
          method: 'textDocument/didChange',
          params: {
            textDocument: { uri, version },
            contentChanges: [
              { range: { start: pos, end: i % 2 ? pos : { line: 2, character: 1 } }, text: i % 2 ? ins : 'y' },
            ],
          },
        }),
      );
    }
    s.raw(Buffer.concat(chunks));
    assert.ok(version === start + 10000);
    await alive();
    const d = await s.wait(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version,
      60000,
      'diagnostics for the last version',
    );
    assert.ok(Array.isArray(d.params.diagnostics));
    void text;
  });

  it('code actions are versioned edits for the current document version', async () => {
    version++;
    const text = '"Nobody knew the levee would fail."\n';
    s.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    const d = await s.wait(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        m.params.uri === uri &&
        m.params.version === version &&
        m.params.diagnostics.length > 0,
      30000,
      'diagnostics',
    );
    const diag = d.params.diagnostics.find((x) => x.code === 'unattributed-quote');
    assert.ok(diag);
    const r = await s.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diag.range,
      context: { diagnostics: [diag] },
    });
    assert.ok(r.result.length >= 1);
    for (const a of r.result)
      for (const dc of a.edit.documentChanges) {
        assert.strictEqual(dc.textDocument.uri, uri);
        assert.strictEqual(dc.textDocument.version, version, 'the edit names the version it was computed for');
      }
  });

  it('hover markdown escapes workspace text and carries no command: links (raw protocol)', async () => {
    version++;
    const text =
      '"See [this](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> # H," Ana Venn said.\n';
    s.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    const md = h.result.contents.value;
    assert.strictEqual(h.result.contents.kind, 'markdown');
    assert.ok(!/\]\(command:/.test(md) && !/(?<!\\)<img/.test(md), md);
  });

  it('still shuts down cleanly', async () => {
    const r = await s.request('shutdown', null);
    assert.ok(!r.error);
    s.notify('exit');
    for (let i = 0; i < 50 && !s.exited; i++) await new Promise((res) => setTimeout(res, 100));
    assert.ok(s.exited, 'the server exits');
    assert.strictEqual(s.exited.code, 0);
  });
});
