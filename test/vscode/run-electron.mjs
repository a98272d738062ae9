// The same extension-host suite under @vscode/test-electron, for machines that can download VS Code.
// (Here and in CI there is no such network, so `npm test` runs the suite in code-server instead: test/vscode/run.mjs.)
import { runTests } from '@vscode/test-electron';
import * as path from 'path';
import * as fs from 'fs';
import * as os from 'os';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-electron-'));
fs.cpSync(path.join(root, 'examples', 'newsroom'), ws, { recursive: true });
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'vscode-suite.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`VS Code tests failed: ${e?.message ?? e}`);
  process.exit(1);
}
