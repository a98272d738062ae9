/**
 * Entry point of the VS Code extension-host test suite (bundled to out/test/vscode-suite.js).
 * VS Code (or code-server, through the `extensionTestsPath` payload) loads this module in the
 * extension host and calls `run()`; the promise resolves when every test passed and rejects otherwise.
 * The same bundle works under @vscode/test-electron.
 */
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.ONRECORD_TEST_GREP;
  if (grep) mocha.grep(grep);
  // Install describe/it/before… as globals for the test modules, as `mocha.addFile` would do for
  // files on disk. The test modules are bundled into this file, so load them with require():
  // esbuild keeps a required ES module lazy, which means its top-level describe() calls run now,
  // after the globals exist, not when this bundle is first evaluated.
  mocha.suite.emit('pre-require', globalThis, 'extension.test.ts', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  require('./extension.test');
  mocha.suite.emit('post-require', globalThis, 'extension.test.ts', mocha);
  mocha.suite.emit('pre-require', globalThis, 'editor.test.ts', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  require('./editor.test');
  mocha.suite.emit('post-require', globalThis, 'editor.test.ts', mocha);
  mocha.suite.emit('pre-require', globalThis, 'desk.test.ts', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  require('./desk.test');
  mocha.suite.emit('post-require', globalThis, 'desk.test.ts', mocha);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
