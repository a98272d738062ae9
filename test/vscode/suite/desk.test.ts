/**
 * The newsroom desk (issue 18), in real VS Code: a workspace of three drafts with only one open. The Claims view lists
 * the claims of all three in each grouping, each draft starts with its sourcing profile, the status item gives the
 * open draft's profile, and the desk policy of .onrecord.json puts a sourcing-policy finding on the draft's title.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ClaimsResult, JsonDocument } from '../../../client/src/model';
import type {
  ClaimNode,
  ClaimsNode,
  ClaimsTreeProvider,
  EntitiesNode,
  EntitiesTreeProvider,
  GroupBy,
} from '../../../client/src/trees';
import type { ClaimTreeResult } from '../../../protocol/requests';
import type { ClaimsStatus } from '../../../client/src/status';
import { profileLine } from '../../../protocol/profile';

interface Api {
  client: BaseLanguageClient;
  claimsTree: ClaimsTreeProvider;
  entitiesTree: EntitiesTreeProvider;
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
/** Records the client's requests (method, params and answer) until restored. */
function spyRequests(client: BaseLanguageClient) {
  const calls: { method: string; params: Record<string, unknown>; answer: unknown }[] = [];
  const target = client as unknown as { sendRequest: (...args: unknown[]) => Promise<unknown> };
  const own = Object.prototype.hasOwnProperty.call(target, 'sendRequest');
  const original = target.sendRequest;
  target.sendRequest = async (...args: unknown[]) => {
    const answer = await original.apply(client, args);
    if (typeof args[0] === 'string')
      calls.push({ method: args[0], params: (args[1] ?? {}) as Record<string, unknown>, answer });
    return answer;
  };
  return {
    calls,
    restore: () => {
      if (own) target.sendRequest = original;
      else delete (target as { sendRequest?: unknown }).sendRequest;
    },
  };
}
const key = (n: ClaimNode) => `${vscode.Uri.parse(n.path).path}#${n.index}`;

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
  const treeKeys = async () => [...new Set((await api.claimsTree.claimNodes()).map(key))].sort();

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
        return (
          DRAFTS.every((d) => expected.some((k) => k.includes(d))) && (await treeKeys()).join() === expected.join()
        );
      }, `the ${g} tree to list the server's claims`).catch(() => undefined);
      assert.deepStrictEqual(await treeKeys(), expected);
      const nodes = await api.claimsTree.claimNodes();
      if (g !== 'source') assert.strictEqual(nodes.length, expected.length);
      // counts in every label: each group says how many claims it holds
      for (const root of await api.claimsTree.getChildren()) {
        const item = api.claimsTree.getTreeItem(root);
        assert.match(String(item.description), /\d+ claims?/, `${item.label}: ${item.description}`);
      }
    });

  it('starts each draft with its sourcing profile; the draft hover shows it too', async function () {
    await vscode.commands.executeCommand('onrecord.claims.groupBy', 'paragraph');
    for (const d of workspace) {
      const docNode = (await api.claimsTree.getChildren()).find(
        (n) => n.type === 'doc' && n.path === d.path,
      ) as Extract<ClaimsNode, { type: 'doc' }>;
      assert.ok(docNode, d.path);
      const [first] = await api.claimsTree.getChildren(docNode);
      assert.strictEqual(first.type, 'profile');
      const item = api.claimsTree.getTreeItem(first);
      assert.strictEqual(item.description, profileLine(d.profile!));
      const rows = (await api.claimsTree.getChildren(first)).map((r) => {
        const it = api.claimsTree.getTreeItem(r);
        return `${it.label}: ${it.description}`;
      });
      assert.ok(
        rows.includes(
          `anonymous: ${d.profile!.sourcesByType.anonymous} source${d.profile!.sourcesByType.anonymous === 1 ? '' : 's'} · ${d.profile!.claimsByType.anonymous} claim${d.profile!.claimsByType.anonymous === 1 ? '' : 's'}`,
        ),
        rows.join('\n'),
      );
      const docItem = api.claimsTree.getTreeItem(docNode);
      const tip = (await api.claimsTree.resolveTreeItem(docItem, docNode)).tooltip as vscode.MarkdownString;
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
      const shown = await api.claimsTree.claimNodes();
      assert.ok(shown.length >= 2, `anonymous claims in two drafts, got ${shown.length}`);
      assert.ok(shown.every((n) => n.claim.sourceType === 'anonymous'));
    } finally {
      await vscode.commands.executeCommand('onrecord.claims.clearFilter');
    }
  });

  for (const g of ['paragraph', 'speaker', 'source', 'status'] as GroupBy[])
    it(`asks the server for the top level only, with counts and no claims, then for a node's claims on expand (${g})`, async function () {
      await vscode.commands.executeCommand('onrecord.claims.groupBy', g);
      workspace = await serverWorkspace(3);
      const total = workspace.reduce((n, d) => n + d.claims.length, 0);
      const spy = spyRequests(api.client);
      try {
        api.claimsTree.rebuild();
        const roots = await api.claimsTree.getChildren();
        const top = spy.calls.filter((c) => c.method === 'onrecord/claimTree' && c.params.parent === undefined);
        // (one per refresh: a diagnostics update during the test may refresh the tree once more)
        assert.ok(top.length >= 1, 'no request for the top level');
        assert.ok(
          !spy.calls.some((c) => c.method === 'onrecord/claims' && !c.params.uri),
          'the tree asked for the whole listing',
        );
        // the top level is a summary: counts for each draft or group, not one claim
        const answer = top[top.length - 1].answer as ClaimTreeResult;
        assert.strictEqual(answer.claims, undefined);
        assert.strictEqual(answer.paragraphs, undefined);
        assert.ok(!JSON.stringify(answer).includes('"range"'), 'the top level carries claims');
        assert.strictEqual(answer.drafts, workspace.length);
        assert.strictEqual(answer.total, total);
        if (g !== 'source')
          assert.strictEqual(
            answer.groups!.reduce((n, x) => n + x.claims, 0),
            total,
          );
        // expanding one node asks for that node alone, and gets the claims its label counts
        const first = roots.find((r) => (r.type === 'doc' ? r.claims : r.type === 'group' ? r.count : 0) > 0)!;
        const kids = await api.claimsTree.getChildren(first);
        const asked = spy.calls.filter((c) => c.method === 'onrecord/claimTree' && c.params.parent !== undefined);
        const expect = first.type === 'doc' ? first.path : first.type === 'group' ? first.key : '';
        assert.ok(
          asked.some((c) => c.params.parent === expect),
          `no request for ${expect}: ${JSON.stringify(asked.map((c) => c.params))}`,
        );
        const claims =
          first.type === 'doc' ? (await Promise.all(kids.map((k) => api.claimsTree.getChildren(k)))).flat() : kids;
        const n = claims.filter((c) => c.type === 'claim').length;
        assert.strictEqual(n, first.type === 'doc' ? first.claims : first.type === 'group' ? first.count : -1);
      } finally {
        spy.restore();
      }
    });

  it("lists the entities of a draft that is not open: entity → drafts → that draft's mentions; a click opens the draft there", async function () {
    workspace = await serverWorkspace(3);
    const evac = workspace.find((d) => d.path.endsWith('evacuation.md'))!;
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === vscode.Uri.parse(evac.path).toString()),
      'evacuation.md should not be open',
    );
    const person = evac.entities.find((e) => e.type === 'person')!;
    assert.ok(person, 'no person in evacuation.md');
    const find = async <T extends EntitiesNode>(nodes: Promise<EntitiesNode[]>, pred: (n: EntitiesNode) => boolean) => {
      const all = await nodes;
      const hit = all.find(pred);
      assert.ok(hit, `not found among ${all.map((n) => n.id).join(', ')}`);
      return hit as T;
    };
    const tree = api.entitiesTree;
    const people = await find(tree.getChildren(), (n) => n.type === 'kind' && n.kind === 'person');
    const entity = await find(tree.getChildren(people), (n) => n.type === 'entity' && n.name === person.name);
    assert.ok(entity.type === 'entity' && entity.entityType === 'person');
    const draft = await find(
      tree.getChildren(entity),
      (n) => n.type === 'draft' && n.uri.toString() === vscode.Uri.parse(evac.path).toString(),
    );
    assert.strictEqual(String(tree.getTreeItem(draft).label), 'evacuation.md');
    const mentions = await tree.getChildren(draft);
    assert.deepStrictEqual(
      mentions.map((m) => (m.type === 'mention' ? m.text : m.type)).sort(),
      person.mentions.map((m) => m.text).sort(),
    );
    const m = mentions[mentions.length - 1];
    const cmd = tree.getTreeItem(m).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const ed = vscode.window.activeTextEditor!;
    assert.ok(ed.document.uri.path.endsWith('drafts/evacuation.md'));
    assert.strictEqual(ed.document.getText(ed.selection), m.type === 'mention' ? m.text : '');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('follows drafts on disk: one added, changed and deleted outside the editor', async function () {
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'drafts/bridge-reopens.md');
    const speakers = async () =>
      (await api.claimsTree.claimNodes()).filter((n) => n.path === file.toString()).map((n) => n.claim.speaker?.name);
    const write = (quote: string) => fs.writeFileSync(file.fsPath, `# Harlan Street bridge reopens\n\n${quote}\n`);
    await vscode.commands.executeCommand('onrecord.claims.groupBy', 'paragraph');
    try {
      write('"The deck is sound and the bridge is open again," county engineer Priya Nandakumar said on Tuesday.');
      await until(async () => (await speakers()).includes('Priya Nandakumar'), 'the new draft in the Claims tree');
      write('"We checked every bearing before we reopened it," said Tomas Reyes, the bridge inspector.');
      await until(async () => {
        const s = await speakers();
        return s.includes('Tomas Reyes') && !s.includes('Priya Nandakumar');
      }, 'the changed draft in the Claims tree');
    } finally {
      fs.rmSync(file.fsPath, { force: true });
    }
    await until(async () => (await speakers()).length === 0, 'the deleted draft to leave the Claims tree');
  });

  it('opens a draft that was not open at the clicked claim', async function () {
    await vscode.commands.executeCommand('onrecord.claims.groupBy', 'paragraph');
    const target = (await api.claimsTree.claimNodes()).find((n) => n.path.endsWith('evacuation.md'))!;
    assert.ok(target, 'no claim of evacuation.md');
    const cmd = api.claimsTree.getTreeItem(target).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const ed = vscode.window.activeTextEditor!;
    assert.ok(ed.document.uri.path.endsWith('drafts/evacuation.md'));
    assert.strictEqual(ed.document.getText(ed.selection), target.claim.text);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
