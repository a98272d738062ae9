/**
 * Editor experience (issue 6), in real VS Code: the Claims and Entities trees, revealing a claim, the
 * fact-check sheet export, the language status item, every quick fix on the example draft, and the
 * .onrecord.json schema. Runs after extension.test.ts, against the same copy of examples/newsroom.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SHEET_COLUMNS } from '../../../protocol/sheet';
import type { ClaimsModel, ClaimsResult, JsonClaim, JsonDocument } from '../../../client/src/model';
import type {
  ClaimNode,
  ClaimsNode,
  ClaimsTreeProvider,
  EntitiesNode,
  EntitiesTreeProvider,
} from '../../../client/src/trees';
import type { ClaimsStatus } from '../../../client/src/status';

interface Api {
  client: BaseLanguageClient;
  model: ClaimsModel;
  claimsTree: ClaimsTreeProvider;
  entitiesTree: EntitiesTreeProvider;
  claimsView: vscode.TreeView<ClaimsNode>;
  entitiesView: vscode.TreeView<EntitiesNode>;
  status: ClaimsStatus;
}

const DRAFT = 'drafts/river-flood.md';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(
  fn: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await sleep(100);
  }
  throw new Error(
    `timed out after ${timeoutMs / 1000}s waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`,
  );
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}
const onrecord = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'onrecord');
const rangeOf = (r: JsonClaim['range']) =>
  new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

/** A small RFC 4180 reader for the exported sheet (quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = '',
    i = 0,
    quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      i++;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i++;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('OnRecord editor experience', function () {
  let api: Api;
  let draftUri: vscode.Uri;
  let doc: vscode.TextDocument;
  let original: string;
  let expected: JsonDocument;

  before(async function () {
    const folder = vscode.workspace.workspaceFolders![0];
    draftUri = vscode.Uri.joinPath(folder.uri, DRAFT);
    const ext = vscode.extensions.getExtension<Api>('onrecord.onrecord')!;
    api = await ext.activate();
    assert.ok(api?.claimsTree && api.model && api.client, 'activate() does not return the trees and the model');
    doc = await vscode.workspace.openTextDocument(draftUri);
    await vscode.window.showTextDocument(doc);
    if (doc.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    original = doc.getText();
    await until(() => onrecord(draftUri).some((d) => codeOf(d) === 'unattributed-quote'), "the draft's diagnostics");
    const res = await api.client.sendRequest<ClaimsResult>('onrecord/claims', { uri: draftUri.toString() });
    expected = res.documents[0];
    assert.ok(
      expected && expected.claims.length >= 8,
      `onrecord/claims returned too few claims: ${JSON.stringify(res).slice(0, 300)}`,
    );
  });

  after(async function () {
    if (doc?.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    api?.claimsTree.setGroupBy('paragraph');
    api?.claimsTree.setStatusFilter(['mismatched', 'unattributed', 'vague', 'linked', 'attributed']);
  });

  /** The draft's claim nodes in the tree, once the tree shows as many as the server has. */
  // (the tree refreshes, debounced, after each change: wait until it shows the server's claims for the draft)
  const key = (c: JsonClaim) => `${c.range.start.line}:${c.range.start.character} ${c.status} ${c.text}`;
  const draftNodes = async () => {
    let seen: ClaimNode[] = [];
    return until(async () => {
      seen = (await api.claimsTree.claimNodes()).filter((n) => n.uri.toString() === draftUri.toString());
      return seen.map((n) => key(n.claim)).join('\n') === expected.claims.map(key).join('\n') && seen;
    }, `the Claims tree to list the draft's ${expected.claims.length} claims`).catch((e: Error) => {
      throw new Error(`${e.message} (it has: ${seen.map((n) => n.claim.text.slice(0, 30)).join(' | ')})`);
    });
  };

  it("lists the example's claims in the Claims tree: document → paragraph → claim", async function () {
    await vscode.commands.executeCommand('onrecord.claims.focus');
    await draftNodes();
    const roots = await api.claimsTree.getChildren();
    const docNode = roots.find((r) => r.type === 'doc' && r.uri.toString() === draftUri.toString());
    assert.ok(
      docNode,
      `no document node for the draft among ${roots.map((r) => (r.type === 'doc' ? r.label : r.id)).join(', ')}`,
    );
    assert.strictEqual(api.claimsTree.getTreeItem(docNode).label, 'river-flood.md');
    const [profile, ...groups] = await api.claimsTree.getChildren(docNode);
    assert.strictEqual(profile.type, 'profile', 'the draft does not start with its sourcing profile');
    assert.ok(
      groups.every((g) => g.type === 'group'),
      'the second level is not paragraphs',
    );
    const claims = (await Promise.all(groups.map((g) => api.claimsTree.getChildren(g)))).flat() as ClaimNode[];
    // the same claims as the server's answer, in the same order, with the same ranges and statuses
    assert.deepStrictEqual(
      claims.map((c) => [c.claim.text, c.claim.range.start.line, c.claim.status]),
      expected.claims.map((c) => [c.text, c.range.start.line, c.status]),
    );
    // paragraphs: the two claims of line 11 share one; each group's description names its line and the heading
    const venn = groups.find((g) => g.type === 'group' && g.line === 10);
    assert.ok(
      venn && venn.type === 'group',
      `no paragraph group at line 11: ${groups.map((g) => (g.type === 'group' ? g.line : '?')).join(', ')}`,
    );
    assert.strictEqual(venn.count, 2);
    assert.match(venn.description, /^2 claims · line 11 · § Flood response stretches/);
    // a claim's item: short text, "kind · speaker", an icon by status, a click reveals its range
    const quote = claims.find((c) => c.claim.text.startsWith('"We moved every family'))!;
    const item = api.claimsTree.getTreeItem(quote);
    assert.strictEqual(item.description, 'direct · Ana Venn');
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'pass');
    assert.strictEqual(item.command?.command, 'onrecord.revealRange');
    const icons = Object.fromEntries(
      claims.map((c) => [c.claim.status, (api.claimsTree.getTreeItem(c).iconPath as vscode.ThemeIcon).id]),
    );
    assert.deepStrictEqual(icons, {
      mismatched: 'error',
      attributed: 'person',
      linked: 'pass',
      vague: 'question',
      ...(icons.unattributed ? { unattributed: 'warning' } : {}),
    });
    for (const c of claims) assert.strictEqual(api.claimsTree.getParent(c)?.type, 'group');
  });

  it('groups the claims by speaker and filters them by status', async function () {
    await draftNodes();
    await vscode.commands.executeCommand('onrecord.claims.groupBySpeaker');
    // speakers across drafts: count this draft's claims under each
    const bySpeaker: Record<string, number> = {};
    for (const g of await api.claimsTree.getChildren()) {
      const mine = (await api.claimsTree.getChildren(g)).filter(
        (c) => c.type === 'claim' && c.uri.toString() === draftUri.toString(),
      ).length;
      if (mine) bySpeaker[String(api.claimsTree.getTreeItem(g).label)] = mine;
    }
    const want: Record<string, number> = {};
    for (const c of expected.claims) {
      const k = c.speaker?.name ?? '(no speaker)';
      want[k] = (want[k] ?? 0) + 1;
    }
    assert.deepStrictEqual(bySpeaker, want);
    assert.ok(bySpeaker['Ana Venn'] >= 3, `Ana Venn has ${bySpeaker['Ana Venn']} claims`);
    await vscode.commands.executeCommand('onrecord.claims.groupByParagraph');

    await vscode.commands.executeCommand('onrecord.claims.filterStatus', ['mismatched']);
    const shown = (await api.claimsTree.claimNodes()).filter((n) => n.uri.toString() === draftUri.toString());
    assert.deepStrictEqual(
      shown.map((n) => n.claim.status),
      expected.claims.filter((c) => c.status === 'mismatched').map(() => 'mismatched'),
    );
    assert.ok(shown.length >= 1, 'no mismatched claim is shown');
    assert.match(api.claimsView.description ?? '', /mismatched/);
    await vscode.commands.executeCommand('onrecord.claims.clearFilter');
    await draftNodes();
  });

  it('reveals a claim on click: the editor selects it and the tree selects its node', async function () {
    const nodes = await draftNodes();
    const target = nodes.find((n) => n.claim.text.startsWith('Sources say'))!;
    assert.ok(target, 'no "Sources say" claim in the tree');
    // somewhere else first, so that the selection has to move
    const ed = await vscode.window.showTextDocument(doc);
    ed.selection = new vscode.Selection(0, 0, 0, 0);
    const cmd = api.claimsTree.getTreeItem(target).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), draftUri.toString());
    assert.ok(
      active.selection.isEqual(
        new vscode.Selection(rangeOf(target.claim.range).start, rangeOf(target.claim.range).end),
      ),
      `selection is ${JSON.stringify(active.selection)}, wanted the claim at line ${target.claim.range.start.line + 1}`,
    );
    assert.strictEqual(active.document.getText(active.selection), target.claim.text);
    // and the tree view can reveal and select it (needs getParent)
    await api.claimsView.reveal(target, { select: true, focus: false, expand: true });
    await until(() => api.claimsView.selection.some((s) => s.id === target.id), 'the tree to select the claim');
  });

  it('lists people, organisations and places: each with its spellings and drafts, a draft with its mentions', async function () {
    const kinds = await until(async () => {
      const k = await api.entitiesTree.getChildren();
      return k.length > 0 && k;
    }, 'entities');
    const people = kinds.find((k) => k.type === 'kind' && k.label === 'People');
    assert.ok(people, `no People group: ${kinds.map((k) => (k.type === 'kind' ? k.label : '')).join(', ')}`);
    const venn = (await api.entitiesTree.getChildren(people)).find((e) => e.type === 'entity' && e.name === 'Ana Venn');
    assert.ok(venn && venn.type === 'entity', 'Ana Venn is not among the people');
    // the Entities tree lists every draft of the workspace, open or not: compare with the server's whole report
    const all = await api.client.sendRequest<ClaimsResult>('onrecord/claims', { scope: 'workspace' });
    const inDrafts = all.documents
      .map((d) => ({
        path: d.path,
        mentions: d.entities.filter((e) => e.name === 'Ana Venn').flatMap((e) => e.mentions),
      }))
      .filter((d) => d.mentions.length)
      .sort((a, b) => a.path.localeCompare(b.path));
    // its type, its spellings (the full name, then the surname alone) and the drafts that mention it
    const item = api.entitiesTree.getTreeItem(venn);
    const total = inDrafts.reduce((n, d) => n + d.mentions.length, 0);
    assert.strictEqual(item.description, `${total} mentions · ${inDrafts.length} drafts · also Venn`);
    // (the tooltip escapes the draft's words: spaces come as &nbsp;)
    const tip = (item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ');
    assert.match(tip, /^\*\*Ana Venn\*\* · person\n\nwritten “Ana Venn”, “Venn”/);
    const drafts = await api.entitiesTree.getChildren(venn);
    assert.deepStrictEqual(
      drafts.map((d) => (d.type === 'draft' ? `${d.uri.toString()} ${d.mentions}` : d.type)),
      inDrafts.map((d) => `${vscode.Uri.parse(d.path).toString()} ${d.mentions.length}`),
    );
    assert.ok(drafts.length >= 2, `Ana Venn is in ${drafts.length} drafts`);
    // clicking a draft lists that draft's mentions, in the order of the text
    const flood = drafts.find((d) => d.type === 'draft' && d.uri.toString() === draftUri.toString())!;
    const mentions = await api.entitiesTree.getChildren(flood);
    const want = inDrafts.find((d) => vscode.Uri.parse(d.path).toString() === draftUri.toString())!.mentions;
    assert.deepStrictEqual(
      mentions.map((m) => (m.type === 'mention' ? `${m.text}@${m.range.start.line}:${m.range.start.character}` : '')),
      want
        .map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`)
        .sort((x, y) => {
          const [a, b] = [x, y].map((k) => k.split('@')[1].split(':').map(Number));
          return a[0] - b[0] || a[1] - b[1];
        }),
    );
    // a mention shows its line with the name highlighted, and a click selects it in the draft
    const m = mentions[0];
    assert.ok(m.type === 'mention');
    const label = api.entitiesTree.getTreeItem(m).label as vscode.TreeItemLabel;
    const [[from, to]] = label.highlights!;
    assert.strictEqual(label.label.slice(from, to), m.text);
    const cmd = api.entitiesTree.getTreeItem(m).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const sel = vscode.window.activeTextEditor!;
    assert.strictEqual(sel.document.getText(sel.selection), m.text);
  });

  it("shows the active draft's sourcing profile in a language status item", async function () {
    await vscode.window.showTextDocument(doc);
    const p = expected.profile!;
    const want = {
      unattributed: expected.claims.filter((c) => c.status === 'unattributed').length,
      mismatched: expected.claims.filter((c) => c.status === 'mismatched').length,
      claims: expected.claims.length,
      sources: p.sources,
      anonymous: p.sourcesByType.anonymous,
    };
    const got = await until(() => api.status.counts(), 'the status counts');
    assert.deepStrictEqual(got, want);
    assert.strictEqual(
      api.status.item.text,
      `${p.sources} sources${p.sourcesByType.anonymous ? ` · ${p.sourcesByType.anonymous} anonymous` : ''} · ${p.unattributed} unattributed`,
    );
  });

  it('exports a CSV fact-check sheet whose rows match the claims', async function () {
    const out = vscode.Uri.file(path.join(os.tmpdir(), `onrecord-sheet-${process.pid}.csv`));
    const written = await vscode.commands.executeCommand<vscode.Uri>('onrecord.exportSheet', {
      format: 'csv',
      uri: out,
      document: draftUri,
    });
    assert.strictEqual(written?.fsPath, out.fsPath);
    const rows = parseCsv(fs.readFileSync(out.fsPath, 'utf8'));
    assert.deepStrictEqual(rows[0], SHEET_COLUMNS);
    const body = rows.slice(1);
    assert.strictEqual(
      body.length,
      expected.claims.length,
      `the sheet has ${body.length} rows for ${expected.claims.length} claims`,
    );
    expected.claims.forEach((c, i) => {
      const r = Object.fromEntries(SHEET_COLUMNS.map((k, j) => [k, body[i][j]]));
      assert.deepStrictEqual(
        [r.document, r.line, r.kind, r['claim text'], r.speaker, r.cue, r.status],
        [
          DRAFT,
          String(c.range.start.line + 1),
          c.kind,
          c.text.replace(/\s+/g, ' ').trim(),
          c.speaker?.name ?? '',
          c.cue ?? '',
          c.status,
        ],
        `row ${i + 1}`,
      );
      assert.strictEqual(r.figures, c.figures.map((f) => expected.figures[f].text).join('; '), `row ${i + 1} figures`);
    });
    const mismatch = body.find((r) => r[3].startsWith('The Tessel River'))!;
    assert.match(mismatch[9], /differs from/, "the mismatched figure's row has no note");
    fs.rmSync(out.fsPath, { force: true });
  });

  it('exports the Markdown sheet and opens it in the Markdown preview', async function () {
    const out = vscode.Uri.file(path.join(os.tmpdir(), `onrecord-sheet-${process.pid}.md`));
    await vscode.commands.executeCommand('onrecord.exportSheet', { format: 'md', uri: out, document: draftUri });
    const text = fs.readFileSync(out.fsPath, 'utf8');
    assert.match(text, /^---\nonrecord: false\n---\n\n# Fact-check sheet\n\n\| document \| line \| kind \|/);
    assert.strictEqual(
      text.split('\n').filter((l) => l.startsWith('| drafts/river-flood.md |')).length,
      expected.claims.length,
    );
    await until(
      () =>
        vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)),
      'a Markdown preview tab',
    );
    // the sheet is not checked as a draft itself (front matter `onrecord: false`)
    await until(async () => {
      const r = await api.client.sendRequest<ClaimsResult>('onrecord/claims', { uri: out.toString() });
      return !r.documents[0]?.claims.length && !r.documents[0]?.entities.length;
    }, 'the opened sheet to have no claims or entities of its own');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const json = vscode.Uri.file(path.join(os.tmpdir(), `onrecord-sheet-${process.pid}.json`));
    await vscode.commands.executeCommand('onrecord.exportSheet', { format: 'json', uri: json, document: draftUri });
    const objs = JSON.parse(fs.readFileSync(json.fsPath, 'utf8'));
    assert.deepStrictEqual(
      objs.map((o: Record<string, string>) => o['claim text']),
      expected.claims.map((c) => c.text.replace(/\s+/g, ' ').trim()),
    );
    for (const f of [out, json]) fs.rmSync(f.fsPath, { force: true });
  });

  it('refreshes the Claims tree as the draft is edited', async function () {
    const ed = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await ed.edit((b) => b.insert(end, '\n\n"We will not wait for the water to go down," Chief Rowan Pike said.\n'));
    await until(
      async () => (await api.claimsTree.claimNodes()).some((n) => n.claim.speaker?.name === 'Rowan Pike'),
      'the new quote in the Claims tree',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await until(
      async () => !(await api.claimsTree.claimNodes()).some((n) => n.claim.speaker?.name === 'Rowan Pike'),
      'the tree to drop the quote after the revert',
    );
  });

  it('applies each quick fix offered on the draft, changing the text as expected', async function () {
    this.timeout(150_000);
    const ed = await vscode.window.showTextDocument(doc);
    const restore = async () => {
      if (doc.getText() !== original) {
        await ed.edit((b) => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), original));
      }
    };
    const baseline = await until(() => {
      const ds = onrecord(draftUri);
      return ds.length >= 8 && ds;
    }, 'the baseline diagnostics');
    // every (diagnostic, action) pair on the unedited draft
    const plan: { code: string; start: vscode.Position; title: string }[] = [];
    for (const d of baseline) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        draftUri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      // (the API's CodeAction carries no diagnostics here: pair each action with the finding it was asked for)
      // (a "Disable CODE" action names its own code: two findings can share a range, figure-mismatch and
      // figure-inconsistent on one figure)
      for (const a of actions ?? [])
        if (a.edit && !plan.some((p) => p.title === a.title))
          plan.push({ code: /^Disable (\S+) /.exec(a.title)?.[1] ?? codeOf(d), start: d.range.start, title: a.title });
    }
    const codes = new Set(plan.map((p) => p.code));
    // every code with a quick fix that the draft has now (the attribution engine decides which figures are attributed)
    for (const c of [
      'unattributed-quote',
      'unattributed-figure',
      'quote-mismatch',
      'figure-mismatch',
      'name-inconsistent',
      'unresolved-citation',
    ]) {
      assert.ok(
        codes.has(c),
        `no quick fix offered for ${c}; plan: ${JSON.stringify(plan.map((p) => `${p.code}: ${p.title}`))}`,
      );
    }
    const log: string[] = [];
    for (const step of plan) {
      await restore();
      const before = await until(() => {
        const ds = onrecord(draftUri);
        return (
          doc.getText() === original &&
          ds.some((d) => codeOf(d) === step.code && d.range.start.isEqual(step.start)) &&
          ds
        );
      }, `the ${step.code} diagnostic to be back`);
      const diag = before.find((d) => codeOf(d) === step.code && d.range.start.isEqual(step.start))!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        draftUri,
        diag.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const action = (actions ?? []).find((a) => a.title === step.title && a.edit);
      assert.ok(action?.edit, `"${step.title}" is no longer offered for ${step.code}`);
      // what the text should become: the action's own edits applied to the draft
      const edits = action.edit
        .get(draftUri)
        .slice()
        .sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
      let want = original;
      for (const e of edits)
        want = want.slice(0, doc.offsetAt(e.range.start)) + e.newText + want.slice(doc.offsetAt(e.range.end));
      assert.notStrictEqual(want, original, `"${step.title}" changes nothing in the draft`);
      const others = action.edit.entries().filter(([u]) => u.toString() !== draftUri.toString());
      assert.deepStrictEqual(
        others.map(([u]) => vscode.workspace.asRelativePath(u)).filter((p) => p.startsWith('sources/')),
        [],
        `"${step.title}" edits a source`,
      );
      const before1 = before.filter((d) => codeOf(d) === step.code).length;
      assert.strictEqual(await vscode.workspace.applyEdit(action.edit), true, `applyEdit refused "${step.title}"`);
      assert.strictEqual(doc.getText(), want, `"${step.title}"`);
      const line = doc.getText().split('\n');
      const changed = want.split('\n');
      // what each kind of fix is for
      if (/^Disable /.test(step.title)) {
        assert.strictEqual(changed[diag.range.start.line].trim(), `<!-- onrecord-disable-next-line ${step.code} -->`);
      } else if (step.code === 'unresolved-citation') {
        assert.ok(
          line.some((l) => l.includes('[@reo2026]') && l.startsWith('Officials expect')),
          `"${step.title}" did not use @reo2026`,
        );
      } else if (step.code === 'name-inconsistent') {
        const spelling = /"([^"]+)"/.exec(step.title)?.[1] ?? (/(Hrytsenko|Hritsenko)/.exec(step.title) ?? [])[1];
        assert.ok(spelling, `cannot tell the spelling from "${step.title}"`);
        const other = spelling === 'Hrytsenko' ? 'Hritsenko' : 'Hrytsenko';
        assert.ok(!doc.getText().includes(other), `"${step.title}" left "${other}" in the draft`);
      }
      // and the finding it fixes goes away (or one fewer of that code, for a figure in a sentence with two)
      await until(() => {
        const ds = onrecord(draftUri);
        return ds.length > 0 && ds.filter((d) => codeOf(d) === step.code).length < before1;
      }, `"${step.title}" to clear its ${step.code} finding`);
      log.push(`${step.code}: ${step.title}`);
    }
    await restore();
    console.log(`      applied ${log.length} quick fixes:\n${log.map((l) => `        - ${l}`).join('\n')}`);
  });

  it('validates .onrecord.json against the contributed schema', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-schema-'));
    const file = path.join(dir, '.onrecord.json');
    fs.writeFileSync(
      file,
      JSON.stringify(
        { sourcesPath: ['sources', 'wire'], attribution: { style: 'shout' }, maxFileSizeKB: 'big', sourcesPth: 'x' },
        null,
        2,
      ),
    );
    const uri = vscode.Uri.file(file);
    const jdoc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(jdoc);
    const ds = await until(
      () => {
        const d = vscode.languages.getDiagnostics(uri);
        return d.length >= 3 && d;
      },
      'JSON schema diagnostics for .onrecord.json',
      30_000,
    );
    const at = (d: vscode.Diagnostic) => jdoc.getText(d.range);
    const msgs = ds.map((d) => `${at(d)}: ${d.message}`);
    assert.ok(
      ds.some((d) => at(d) === '"shout"'),
      `no problem on the attribution style: ${msgs.join(' | ')}`,
    );
    assert.ok(
      ds.some((d) => at(d) === '"big"'),
      `no problem on maxFileSizeKB: ${msgs.join(' | ')}`,
    );
    assert.ok(
      ds.some((d) => at(d) === '"sourcesPth"'),
      `no problem on the unknown key: ${msgs.join(' | ')}`,
    );
    assert.ok(!ds.some((d) => /sourcesPath/.test(at(d))), `a list of folders was rejected: ${msgs.join(' | ')}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restarts the language server after it dies, and diagnostics come back', async function () {
    this.timeout(90_000);
    await vscode.window.showTextDocument(doc);
    await until(
      () => onrecord(draftUri).some((d) => codeOf(d) === 'unattributed-quote'),
      'diagnostics before the crash',
    );
    // the server process exits without a shutdown request: what a crash looks like to the client
    await api.client.sendNotification('exit').catch(() => undefined);
    await until(() => !api.client.isRunning(), 'the client to see the server stop', 20_000).catch(() => undefined);
    await until(() => api.client.isRunning(), 'the client to restart the server', 60_000);
    // a change after the restart is analysed by the new server
    const ed = await vscode.window.showTextDocument(doc);
    await ed.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\n"A line after the restart."\n'));
    await until(
      () =>
        onrecord(draftUri).some((d) => codeOf(d) === 'unattributed-quote' && d.range.start.line >= doc.lineCount - 3),
      'a diagnostic from the restarted server',
      30_000,
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('shows an internal-error at the top of a draft whose analysis throws, keeps other drafts checked, and retries on the next edit', async function () {
    this.timeout(120_000);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    // an awkward file name on purpose: file names are data
    const broken = vscode.Uri.joinPath(folder, 'drafts', 'broken 50% #1 é.md');
    const fine = vscode.Uri.joinPath(folder, 'drafts', 'fine.md');
    fs.writeFileSync(broken.fsPath, '"Nobody knew."\n\nMore than 300 people came.\n');
    fs.writeFileSync(fine.fsPath, 'More than 300 people came.\n');
    // test-only fault injection (ONRECORD_TEST_THROW): the unattributed-quote rule throws whenever it would report.
    // The restarted server inherits the extension host's environment.
    process.env.ONRECORD_TEST_THROW = 'unattributed-quote';
    try {
      await vscode.commands.executeCommand('onrecord.restartServer');
      await until(() => api.client.isRunning(), 'the server to restart with the fault injected', 60_000);
      const brokenDoc = await vscode.workspace.openTextDocument(broken);
      await vscode.window.showTextDocument(brokenDoc);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fine), { preview: false });
      const [err] = await until(
        () => onrecord(broken).some((d) => codeOf(d) === 'internal-error') && onrecord(broken),
        'the internal-error diagnostic',
        30_000,
      );
      assert.strictEqual(onrecord(broken).length, 1, 'only the internal error');
      assert.strictEqual(err.severity, vscode.DiagnosticSeverity.Error);
      assert.deepStrictEqual([err.range.start.line, err.range.start.character], [0, 0]);
      assert.match(err.message, /OnRecord could not analyse this draft \(injected failure in rule unattributed-quote/);
      assert.match(err.message, /report it at https?:\/\/\S+ with the log line "\[onrecord\] internal error E\d+"/);
      // the other draft is checked as usual, and a hover on the failing one answers (empty) instead of hanging
      await until(() => onrecord(fine).some((d) => codeOf(d) === 'unattributed-figure'), 'the other draft checked');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        broken,
        new vscode.Position(0, 3),
      );
      assert.ok(Array.isArray(hovers));
      // the next edit retries: without the unattributed quote the draft is analysed
      const ed = await vscode.window.showTextDocument(brokenDoc);
      await ed.edit((b) => b.replace(new vscode.Range(0, 0, 0, 14), 'Nobody knew.'));
      await until(
        () =>
          onrecord(broken).some((d) => codeOf(d) === 'unattributed-figure') &&
          !onrecord(broken).some((d) => codeOf(d) === 'internal-error'),
        'the draft analysed after the edit',
        30_000,
      );
    } finally {
      delete process.env.ONRECORD_TEST_THROW;
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(broken.fsPath, { force: true });
      fs.rmSync(fine.fsPath, { force: true });
      await vscode.commands.executeCommand('onrecord.restartServer');
      await until(() => api.client.isRunning(), 'the server to restart without the fault', 60_000);
    }
  });
});
