/** The VS Code client: starts the bundled language server and stays thin. */
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  CloseAction,
  ErrorAction,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../protocol/requests';
import { exportSheet, type ExportArgs } from './export';
import { ClaimsModel, revealRange } from './model';
import { createClaimsStatus } from './status';
import {
  ClaimsTreeProvider,
  EntitiesTreeProvider,
  REVEAL_COMMAND,
  STATUSES,
  GROUPINGS,
  SOURCE_TYPES,
  type GroupBy,
  statusIcon,
  type ClaimsNode,
  type EntitiesNode,
} from './trees';

let client: LanguageClient | undefined;
let crashes: number[] = [];
let toldAboutRestart = false;

export async function activate(context: vscode.ExtensionContext) {
  const output = vscode.window.createOutputChannel('OnRecord');
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const trusted = vscode.workspace.isTrusted;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    outputChannel: output,
    // restart the server after a crash and tell the writer once; stop after five crashes in three minutes
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        crashes = crashes.filter((t) => now - t < 180_000);
        crashes.push(now);
        if (crashes.length > 5) {
          void vscode.window
            .showErrorMessage(
              'OnRecord: the language server keeps stopping, so it was not restarted. See the OnRecord output, then run "OnRecord: Restart Language Server".',
              'Show Output',
            )
            .then((c) => {
              if (c) output.show();
            });
          return { action: CloseAction.DoNotRestart };
        }
        if (!toldAboutRestart) {
          toldAboutRestart = true;
          void vscode.window.showWarningMessage(
            'OnRecord: the language server stopped and was restarted. Your text is safe; the OnRecord output has details.',
          );
        }
        return { action: CloseAction.Restart };
      },
    },
    // In an untrusted workspace, the server does not read sources/ or .onrecord.json: it checks open drafts only.
    // analyses are cached in the extension's own storage (never in the workspace), keyed by content and version
    initializationOptions: {
      trusted,
      cacheDir: vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, 'analysis-cache').fsPath,
    } satisfies InitializationOptions,
    synchronize: {
      configurationSection: 'onrecord',
      fileEvents: trusted
        ? vscode.workspace.createFileSystemWatcher('**/{sources/**,*.bib,*.json,.onrecord.json,*.md,*.markdown,*.txt}')
        : undefined,
    },
  };
  client = new LanguageClient('onrecord', 'OnRecord', serverOptions, clientOptions);
  context.subscriptions.push(vscode.commands.registerCommand('onrecord.showOutput', () => output.show()));
  context.subscriptions.push(
    vscode.commands.registerCommand('onrecord.restartServer', async () => {
      await client?.restart();
    }),
  );
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void vscode.window
        .showInformationMessage(
          'OnRecord: the workspace is trusted now. Reload the window to check drafts against sources/.',
          'Reload',
        )
        .then((c) => {
          if (c) void vscode.commands.executeCommand('workbench.action.reloadWindow');
        });
    }),
  );
  await client.start();
  output.appendLine(`OnRecord started (${trusted ? 'trusted workspace' : 'restricted mode: sources are not read'})`);
  return { client, ...editorExperience(context, client) };
}

/** The Claims and Entities trees, the export command and the language status item. */
function editorExperience(context: vscode.ExtensionContext, lc: LanguageClient) {
  const model = new ClaimsModel(lc);
  const claimsTree = new ClaimsTreeProvider(lc, model);
  const entitiesTree = new EntitiesTreeProvider(lc, model);
  const claimsView = vscode.window.createTreeView<ClaimsNode>('onrecord.claims', {
    treeDataProvider: claimsTree,
    showCollapseAll: true,
  });
  const entitiesView = vscode.window.createTreeView<EntitiesNode>('onrecord.entities', {
    treeDataProvider: entitiesTree,
    showCollapseAll: true,
  });
  const status = createClaimsStatus(model);
  const updateMessage = () => {
    const summary = claimsTree.summary;
    claimsView.message = !summary
      ? undefined
      : !summary.drafts
        ? 'No Markdown or plain-text drafts in this workspace yet: open or create one to list its claims.'
        : !summary.claims && claimsTree.filtered
          ? 'No claim passes the filters.'
          : undefined;
    const filters = [
      ...(claimsTree.statusFilter.size < STATUSES.length ? [[...claimsTree.statusFilter].join(', ')] : []),
      ...(claimsTree.sourceTypeFilter.size < SOURCE_TYPES.length ? [[...claimsTree.sourceTypeFilter].join(', ')] : []),
    ];
    const grouping = GROUPINGS.find((g) => g.id === claimsTree.groupBy)!.label;
    claimsView.description = [`by ${grouping.toLowerCase()}`, ...filters].join(' · ');
  };
  void vscode.commands.executeCommand('setContext', 'onrecord.claims.groupBy', claimsTree.groupBy);
  void vscode.commands.executeCommand('setContext', 'onrecord.claims.filtered', false);
  context.subscriptions.push(
    model,
    claimsTree,
    entitiesTree,
    claimsView,
    entitiesView,
    status,
    claimsTree.onDidChangeTreeData(updateMessage),
    claimsTree.onDidLoad(updateMessage),
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: string, range: vscode.Range) => revealRange(uri, range)),
    vscode.commands.registerCommand('onrecord.claims.refresh', () => model.refresh()),
    vscode.commands.registerCommand('onrecord.claims.groupBySpeaker', () => claimsTree.setGroupBy('speaker')),
    vscode.commands.registerCommand('onrecord.claims.groupByParagraph', () => claimsTree.setGroupBy('paragraph')),
    vscode.commands.registerCommand('onrecord.claims.groupBySource', () => claimsTree.setGroupBy('source')),
    vscode.commands.registerCommand('onrecord.claims.groupByStatus', () => claimsTree.setGroupBy('status')),
    vscode.commands.registerCommand('onrecord.claims.groupBy', async (g?: GroupBy) => {
      if (!GROUPINGS.some((x) => x.id === g)) {
        const pick = await vscode.window.showQuickPick(
          GROUPINGS.map((x) => ({
            label: x.label,
            id: x.id,
            iconPath: new vscode.ThemeIcon(x.icon),
            description: x.id === claimsTree.groupBy ? 'current' : undefined,
          })),
          { title: 'Group claims by' },
        );
        if (!pick) return;
        g = pick.id;
      }
      claimsTree.setGroupBy(g!);
    }),
    vscode.commands.registerCommand('onrecord.claims.filterSourceType', async (types?: string[]) => {
      if (!Array.isArray(types)) {
        const picks = await vscode.window.showQuickPick(
          SOURCE_TYPES.map((t) => ({ label: t.label, id: t.id, picked: claimsTree.sourceTypeFilter.has(t.id) })),
          { canPickMany: true, title: 'Show claims whose source is' },
        );
        if (!picks) return;
        types = picks.map((p) => p.id);
      }
      claimsTree.setSourceTypeFilter(SOURCE_TYPES.map((t) => t.id).filter((t) => types!.includes(t)));
    }),
    vscode.commands.registerCommand('onrecord.claims.filterStatus', async (statuses?: string[]) => {
      if (!Array.isArray(statuses)) {
        const picks = await vscode.window.showQuickPick(
          STATUSES.map((s) => ({ label: s, iconPath: statusIcon(s), picked: claimsTree.statusFilter.has(s) })),
          { canPickMany: true, title: 'Show claims with status' },
        );
        if (!picks) return;
        statuses = picks.map((p) => p.label);
      }
      claimsTree.setStatusFilter(STATUSES.filter((s) => statuses!.includes(s)));
    }),
    vscode.commands.registerCommand('onrecord.claims.clearFilter', () => {
      claimsTree.setStatusFilter(STATUSES);
      claimsTree.setSourceTypeFilter(SOURCE_TYPES.map((t) => t.id));
    }),
    vscode.commands.registerCommand('onrecord.exportSheet', (args?: ExportArgs) =>
      exportSheet(lc, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {}),
    ),
  );
  updateMessage();
  void model.refresh();
  return { model, claimsTree, entitiesTree, claimsView, entitiesView, status };
}

export async function deactivate() {
  await client?.stop();
}
