/**
 * Settings are declared once (protocol/settings.ts). VS Code's settings in package.json and the shipped
 * .onrecord.json schema are generated from that declaration (npm run gen:settings): these tests fail when they drift,
 * and check that every declared name is honoured when read from .onrecord.json.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import {
  SETTINGS,
  DEFAULT_SETTINGS,
  configFileSchema,
  vscodeConfiguration,
  restrictedConfigurations,
} from '../../protocol/settings';
import { Project } from '../../server/src/sources/project';

const ROOT = path.resolve(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const REGENERATE = 'out of date: run `npm run gen:settings`';

describe('settings: one declaration', () => {
  it('package.json contributes.configuration is generated from it; the desk policy is not a VS Code setting', () => {
    const pkg = readJson('package.json');
    assert.ok(!('onrecord.policy' in pkg.contributes.configuration.properties));
    assert.deepStrictEqual(pkg.contributes.configuration, vscodeConfiguration(), REGENERATE);
    assert.deepStrictEqual(
      pkg.capabilities.untrustedWorkspaces.restrictedConfigurations,
      restrictedConfigurations(),
      REGENERATE,
    );
  });

  it('schema/onrecord-config.schema.json is generated from it', () => {
    assert.deepStrictEqual(readJson('schema/onrecord-config.schema.json'), configFileSchema(), REGENERATE);
  });

  it('every setting has a default that its own schema accepts', () => {
    const ajv = new Ajv({ strict: false });
    for (const [key, d] of Object.entries(SETTINGS)) {
      assert.deepStrictEqual(DEFAULT_SETTINGS[key as keyof typeof SETTINGS], d.default, key);
      assert.ok(ajv.validate(d.schema, d.default), `${key}: default ${JSON.stringify(d.default)} fails its schema`);
      assert.ok(d.description.length > 10, `${key} needs a description`);
    }
    assert.strictEqual(DEFAULT_SETTINGS.trusted, true);
  });

  it('the schema accepts its own example and rejects unknown keys and bad values', () => {
    const schema = configFileSchema();
    const validate = new Ajv({ strict: false }).compile(schema);
    for (const example of schema.examples as unknown[]) assert.ok(validate(example), JSON.stringify(validate.errors));
    assert.ok(!validate({ sourcesPth: 'x' }));
    assert.ok(!validate({ attribution: { style: 'shout' } }));
    assert.ok(!validate({ maxFileSizeKB: 0 }));
    assert.ok(!validate({ policy: { anonymousSources: 'never' } }));
    assert.ok(!validate({ policy: { maxUnattributedShare: 20 } }));
  });

  it('.onrecord.json may name each setting plainly, dotted, nested or as in VS Code', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-settings-'));
    try {
      const file = path.join(dir, '.onrecord.json');
      const read = (json: unknown) => {
        fs.writeFileSync(file, JSON.stringify(json));
        return Project.readConfigFile(dir);
      };
      const examples: Record<string, unknown> = {
        enable: false,
        sourcesPath: ['notes', 'wire'],
        bibliography: ['refs.bib'],
        attributionStyle: 'according-to',
        maxFileSizeKB: 64,
        debounceMs: 0,
        jobs: 2,
        policy: { anonymousSources: 'warning', minNamedSources: 2, maxUnattributedShare: 0.2 },
        rules: { 'unattributed-figure': 'off', 'quote-not-found': 'info' },
      };
      assert.deepStrictEqual(Object.keys(examples).sort(), Object.keys(SETTINGS).sort(), 'an example per setting');
      for (const [key, d] of Object.entries(SETTINGS)) {
        const value = examples[key];
        assert.deepStrictEqual(read({ [d.name]: value }), { [key]: value }, d.name);
        assert.deepStrictEqual(read({ [`onrecord.${d.name}`]: value }), { [key]: value }, `onrecord.${d.name}`);
      }
      assert.deepStrictEqual(read({ attribution: { style: 'citation' } }), { attributionStyle: 'citation' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
