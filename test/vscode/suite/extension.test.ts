/**
 * Real-editor tests: run inside VS Code's extension host (code-server via test/vscode/run.mjs,
 * or Electron VS Code), against a copy of examples/newsroom opened as the workspace folder.
 * Everything goes through the public vscode API, the way VS Code itself talks to the extension.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'onrecord.onrecord';
const DRAFT = 'drafts/river-flood.md';
const DIAGNOSTICS_TIMEOUT_MS = 30_000;

const WE_MOVED = 'We moved every family';
const NOBODY = '"Nobody should be sleeping in a car tonight."';

/** The draft's diagnostics from OnRecord only (other extensions may add their own). */
function onrecordDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'onrecord');
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

function describeDiagnostics(ds: vscode.Diagnostic[]): string {
  return ds.map((d) => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ') || '(none)';
}

/**
 * Resolves with the draft's OnRecord diagnostics as soon as `ok` holds for them: checks now, then on
 * every onDidChangeDiagnostics event for this file. Rejects after `timeoutMs` with what was last seen.
 */
function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    // `sub` is declared below; check() only runs once it exists
    const check = (): boolean => {
      const ds = onrecordDiagnostics(uri);
      if (!ok(ds)) return false;
      clearTimeout(timer);
      sub.dispose();
      resolve(ds);
      return true;
    };
    const timer = setTimeout(() => {
      sub.dispose();
      reject(
        new Error(
          `timed out after ${timeoutMs / 1000}s waiting for ${what}; last OnRecord diagnostics: ${describeDiagnostics(onrecordDiagnostics(uri))}`,
        ),
      );
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

/**
 * The code actions VS Code collects for `range`, asked again until `ok` holds for them or `timeoutMs` passes: a
 * request can be cancelled while the server is still indexing the workspace on another thread, and VS Code then
 * shows the other providers' actions only. Resolves with the last answer either way; the caller asserts on it.
 */
async function codeActionsUntil(
  uri: vscode.Uri,
  range: vscode.Range,
  ok: (actions: (vscode.CodeAction | vscode.Command)[]) => boolean,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
): Promise<(vscode.CodeAction | vscode.Command)[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        range,
      )) ?? [];
    if (ok(actions) || Date.now() > deadline) return actions;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

/** Position of the first occurrence of `needle` in the document, plus `delta` characters. */
function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not found in ${doc.uri.fsPath}`);
  return doc.positionAt(at + delta);
}

describe('OnRecord in VS Code', function () {
  let draftUri: vscode.Uri;
  let doc: vscode.TextDocument;

  before(async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test run must open a copy of examples/newsroom as the workspace folder');
    draftUri = vscode.Uri.joinPath(folder.uri, DRAFT);
    doc = await vscode.workspace.openTextDocument(draftUri);
  });

  after(async function () {
    // leave the copied workspace as it was: undo the quick-fix edit without saving
    if (doc?.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates the extension', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true, `${EXTENSION_ID} did not become active`);
  });

  it('reports OnRecord diagnostics for the draft', async function () {
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'markdown');
    const wanted = ['unattributed-quote', 'figure-mismatch', 'name-inconsistent'];
    const ds = await waitForDiagnostics(
      draftUri,
      (d) => wanted.every((w) => d.some((x) => codeOf(x) === w)),
      `diagnostics ${wanted.join(', ')}`,
    );
    for (const w of wanted)
      assert.ok(
        ds.some((d) => codeOf(d) === w),
        `no ${w} diagnostic; got ${describeDiagnostics(ds)}`,
      );

    // each lands on the text it is about
    const at = (code: string) => doc.getText(ds.find((d) => codeOf(d) === code)!.range);
    assert.strictEqual(at('unattributed-quote'), NOBODY);
    assert.match(at('figure-mismatch'), /3,000 residents/);
    assert.strictEqual(at('name-inconsistent'), 'Hrytsenko');
  });

  it('shows the speaker in the hover on a direct quote', async function () {
    const pos = positionOf(doc, WE_MOVED, 5);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draftUri, pos);
    const text = hoverText(hovers ?? []);
    assert.ok(text.includes('**OnRecord · Direct quote**'), `hover is not OnRecord's direct-quote card:\n${text}`);
    assert.ok(text.includes('Ana Venn'), `hover does not name the speaker Ana Venn:\n${text}`);
  });

  it('offers an attribution quick fix for the unattributed quote, and applying it clears the problem', async function () {
    const diag = onrecordDiagnostics(draftUri).find((d) => codeOf(d) === 'unattributed-quote');
    assert.ok(diag, 'the unattributed-quote diagnostic is gone before the fix was applied');
    const isAttributionFix = (a: vscode.CodeAction | vscode.Command) =>
      typeof a.command !== 'string' && /^(Attribute to |Insert attribution)/.test(a.title);
    const actions = await codeActionsUntil(draftUri, diag.range, (as) => as.some(isAttributionFix));
    // a bare Command has a string `command`; a CodeAction has an optional Command object there
    const codeActions = (actions ?? []).filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
    const titles = (actions ?? []).map((a) => a.title);
    const fix = codeActions.find((a) => /^(Attribute to |Insert attribution)/.test(a.title));
    assert.ok(fix, `no attribution quick fix among: ${JSON.stringify(titles)}`);
    assert.ok(
      fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind),
      `"${fix.title}" is not a quick fix (kind ${fix.kind?.value})`,
    );
    assert.ok(fix.edit, `"${fix.title}" has no workspace edit`);
    assert.ok(
      titles.some((t) => t === 'Disable unattributed-quote for the next line'),
      `no "Disable … for the next line" action among: ${JSON.stringify(titles)}`,
    );

    const line = diag.range.start.line;
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true, 'workspace.applyEdit refused the quick fix');
    const after = doc.lineAt(line).text;
    assert.match(
      after,
      /^"Nobody should be sleeping in a car tonight," \S.* said\.$/,
      `line ${line + 1} after the fix: ${after}`,
    );

    const ds = await waitForDiagnostics(
      draftUri,
      (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'unattributed-quote'),
      'the unattributed-quote diagnostic to disappear',
    );
    // the rest of the checking still runs on the edited text
    assert.ok(
      ds.some((d) => codeOf(d) === 'figure-mismatch'),
      `other diagnostics vanished too: ${describeDiagnostics(ds)}`,
    );
  });
});
