// Packages dist/onrecord-<version>.vsix with @vscode/vsce (bundled, so --no-dependencies).
import { execFileSync } from 'child_process';
import { readFileSync, mkdirSync } from 'fs';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('dist', { recursive: true });
const out = `dist/onrecord-${version}.vsix`;
execFileSync(
  process.execPath,
  [
    'node_modules/@vscode/vsce/vsce',
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--skip-license',
    '--baseContentUrl',
    'https://example.invalid/onrecord/blob/main/',
    '--baseImagesUrl',
    'https://example.invalid/onrecord/raw/main/',
    '-o',
    out,
  ],
  { stdio: 'inherit' },
);
console.log(`packaged ${out}`);
