/** The VS Code client: starts the bundled language server and stays thin. */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext) {
  const output = vscode.window.createOutputChannel('OnRecord');
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const trusted = vscode.workspace.isTrusted;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' }, { language: 'plaintext', scheme: 'untitled' },
    ],
    outputChannel: output,
    // In an untrusted workspace, the server does not read sources/ or .onrecord.json: it checks open drafts only.
    initializationOptions: { trusted },
    synchronize: {
      configurationSection: 'onrecord',
      fileEvents: trusted ? vscode.workspace.createFileSystemWatcher('**/{sources/**,*.bib,*.json,.onrecord.json}') : undefined,
    },
  };
  client = new LanguageClient('onrecord', 'OnRecord', serverOptions, clientOptions);
  context.subscriptions.push(vscode.commands.registerCommand('onrecord.showOutput', () => output.show()));
  context.subscriptions.push(vscode.commands.registerCommand('onrecord.restartServer', async () => { await client?.restart(); }));
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => {
    void vscode.window.showInformationMessage('OnRecord: the workspace is trusted now. Reload the window to check drafts against sources/.', 'Reload').then((c) => { if (c) void vscode.commands.executeCommand('workbench.action.reloadWindow'); });
  }));
  await client.start();
  output.appendLine(`OnRecord started (${trusted ? 'trusted workspace' : 'restricted mode: sources are not read'})`);
  return { client };
}

export async function deactivate() {
  await client?.stop();
}
