// Writes what protocol/settings.ts declares into package.json (contributes.configuration,
// restrictedConfigurations) and schema/onrecord-config.schema.json. test/unit/settings.test.ts fails until they match.
// Usage: npm run gen:settings
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'fs';

const { outputFiles } = await esbuild.build({
  entryPoints: ['protocol/settings.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const settings = await import('data:text/javascript;base64,' + Buffer.from(outputFiles[0].text).toString('base64'));

const writeJson = (file, value) => writeFileSync(file, JSON.stringify(value, null, 2) + '\n');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration = settings.vscodeConfiguration();
pkg.capabilities.untrustedWorkspaces.restrictedConfigurations = settings.restrictedConfigurations();
writeJson('package.json', pkg);
writeJson('schema/onrecord-config.schema.json', settings.configFileSchema());
console.log('wrote package.json (contributes.configuration) and schema/onrecord-config.schema.json');
