/**
 * The newsroom desk (issue 18), in real VS Code: a workspace of three drafts with only one open. The Claims view lists
 * the claims of all three in each grouping, each draft starts with its sourcing profile, the status item gives the
 * open draft's profile, and the desk policy of .onrecord.json puts a sourcing-policy finding on the draft's title.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ClaimsResult, JsonDocument } from '../../../client/src/model';
import type { ClaimNode, ClaimsNode, ClaimsTreeProvider, GroupBy } from '../../../client/src/trees';
import type { ClaimsStatus } from '../../../client/src/status';
import { profileLine } from '../../../protocol/profile';

interface Api {
  client: BaseLanguageClient;
  claimsTree: ClaimsTreeProvider;
  status: ClaimsStatus;
}
const DRAFTS = ['drafts/evacuation.md', 'drafts/levee-repairs.md', 'drafts/river-flood.md'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(
  fn: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await fn();
    if (v) return v;
    await sleep(150);
  }
  throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}
const key = (n: ClaimNode) => `${vscode.Uri.parse(n.doc.path).path}#${n.index}`;

describe('OnRecord newsroom desk', function () {
  let api: Api;
  let uris: vscode.Uri[];
  let workspace: JsonDocument[];

  before(async function () {
    const folder = vscode.workspace.workspaceFolders![0];
    uris = DRAFTS.map((d) => vscode.Uri.joinPath(folder.uri, d));
    api = await vscode.extensions.getExtension<Api>('onrecord.onrecord')!.activate();
    // only river-flood.md is open (the earlier suites opened it); the other two are read from disk by the server
    const doc = await vscode.workspace.openTextDocument(uris[2]);
    await vscode.window.showTextDocument(doc);
    for (const u of uris.slice(0, 2))
      assert.ok(
        !vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString()),
        `${u.path} should not be open`,
      );
    workspace = await serverWorkspace(3);
    api.claimsTree.setGroupBy('paragraph');
  });
  after(() => api?.claimsTree.setGroupBy('paragraph'));

  /** The server's own listing of the workspace; earlier suites edit and add files, so each test asks afresh. */
  async function serverWorkspace(atLeast = 1): Promise<JsonDocument[]> {
    let answer: JsonDocument[] = [];
    return until(() => {
      void api.client
        .sendRequest<ClaimsResult>('onrecord/claims', { scope: 'workspace' })
        .then((r) => (answer = r.documents));
      return answer.length >= atLeast && answer;
    }, `the server to index at least ${atLeast} drafts`);
  }
  const claimKeys = (docs: JsonDocument[]) =>
    docs.flatMap((d) => d.claims.map((_, i) => `${vscode.Uri.parse(d.path).path}#${i}`)).sort();
  const treeKeys = () => [...new Set(api.claimsTree.claimNodes().map(key))].sort();

  for (const g of ['paragraph', 'speaker', 'source', 'status'] as GroupBy[])
    it(`lists the claims of all three drafts, grouped by ${g}`, async function () {
      await vscode.commands.executeCommand('onrecord.claims.groupBy', g);
      assert.strictEqual(api.claimsTree.groupBy, g);
      // every claim of the workspace is listed; by source a claim resting on two sources is listed under both.
      // The tree refreshes after the server re-indexes, so wait until both agree (a timeout shows the difference).
      let expected: string[] = [];
      await until(async () => {
        workspace = await serverWorkspace(3);
        expected = claimKeys(workspace);
        return DRAFTS.every((d) => expected.some((k) => k.includes(d))) && treeKeys().join() === expected.join();
      }, `the ${g} tree to list the server's claims`).catch(() => undefined);
      assert.deepStrictEqual(treeKeys(), expected);
      const nodes = api.claimsTree.claimNodes();
      if (g !== 'source') assert.strictEqual(nodes.length, expected.length);
      // counts in every label: each group says how many claims it holds
      for (const root of api.claimsTree.getChildren()) {
        const item = api.claimsTree.getTreeItem(root);
        assert.match(String(item.description), /\d+ claims?/, `${item.label}: ${item.description}`);
      }
    });

  it('starts each draft with its sourcing profile; the draft hover shows it too', async function () {
    await vscode.commands.executeCommand('onrecord.claims.groupBy', 'paragraph');
    for (const d of workspace) {
      const docNode = api.claimsTree.getChildren().find((n) => n.type === 'doc' && n.doc.path === d.path) as Extract<
        ClaimsNode,
        { type: 'doc' }
      >;
      assert.ok(docNode, d.path);
      const [first] = api.claimsTree.getChildren(docNode);
      assert.strictEqual(first.type, 'profile');
      const item = api.claimsTree.getTreeItem(first);
      assert.strictEqual(item.description, profileLine(d.profile!));
      const rows = api.claimsTree.getChildren(first).map((r) => {
        const it = api.claimsTree.getTreeItem(r);
        return `${it.label}: ${it.description}`;
      });
      assert.ok(
        rows.includes(
          `anonymous: ${d.profile!.sourcesByType.anonymous} source${d.profile!.sourcesByType.anonymous === 1 ? '' : 's'} · ${d.profile!.claimsByType.anonymous} claim${d.profile!.claimsByType.anonymous === 1 ? '' : 's'}`,
        ),
        rows.join('\n'),
      );
      const tip = api.claimsTree.getTreeItem(docNode).tooltip as vscode.MarkdownString;
      assert.ok(tip.value.includes(profileLine(d.profile!)), tip.value);
    }
  });

  it('shows the open draft\'s profile in the status item: "N sources · N anonymous · N unattributed"', async function () {
    const flood = workspace.find((d) => d.path.endsWith('river-flood.md'))!;
    await until(
      () => api.status.item.text === profileLine(flood.profile!),
      `status "${profileLine(flood.profile!)}" (is "${api.status.item.text}")`,
    );
    assert.match(api.status.item.text, /^\d+ sources · 1 anonymous · \d+ unattributed$/);
  });

  it("puts the desk policy's sourcing-policy finding on the title of the draft that breaks it", async function () {
    const diags = await until(() => {
      const d = vscode.languages
        .getDiagnostics(uris[2])
        .filter(
          (x) =>
            x.source === 'onrecord' && String(typeof x.code === 'object' ? x.code.value : x.code) === 'sourcing-policy',
        );
      return d.length > 0 && d;
    }, 'a sourcing-policy diagnostic on river-flood.md');
    assert.strictEqual(diags.length, 1);
    assert.strictEqual(diags[0].range.start.line, 6, 'not on the title (line 7)');
    assert.match(diags[0].message, /^Sourcing policy: 1 anonymous source \(the desk allows none\)/);
  });

  it('filters by source type', async function () {
    await vscode.commands.executeCommand('onrecord.claims.filterSourceType', ['anonymous']);
    try {
      const shown = api.claimsTree.claimNodes();
      assert.ok(shown.length >= 2, `anonymous claims in two drafts, got ${shown.length}`);
      assert.ok(shown.every((n) => n.claim.sourceType === 'anonymous'));
    } finally {
      await vscode.commands.executeCommand('onrecord.claims.clearFilter');
    }
  });

  it('opens a draft that was not open at the clicked claim', async function () {
    await vscode.commands.executeCommand('onrecord.claims.groupBy', 'paragraph');
    const target = api.claimsTree.claimNodes().find((n) => n.doc.path.endsWith('evacuation.md'))!;
    assert.ok(target, 'no claim of evacuation.md');
    const cmd = api.claimsTree.getTreeItem(target).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const ed = vscode.window.activeTextEditor!;
    assert.ok(ed.document.uri.path.endsWith('drafts/evacuation.md'));
    assert.strictEqual(ed.document.getText(ed.selection), target.claim.text);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
