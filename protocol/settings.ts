/**
 * OnRecord's settings, declared once. From this declaration come:
 * - the `Settings` the server and the CLI read, and their defaults;
 * - the JSON schema of `.onrecord.json` (schema/onrecord-config.schema.json), which the server also validates with;
 * - VS Code's `contributes.configuration` and `restrictedConfigurations` in package.json.
 * `npm run gen:settings` writes the two files; a unit test fails when they are out of date.
 */

export type AttributionStyle = 'said' | 'according-to' | 'citation';

/**
 * A desk's sourcing standards, from `.onrecord.json` only: a repository's policy, the same in the editor and in CI.
 * A draft that breaks any of them gets one `sourcing-policy` finding at its title.
 */
export interface SourcingPolicy {
  /** anonymous sources: "allow" them, or report them at this severity */
  anonymousSources?: 'allow' | 'information' | 'warning' | 'error';
  /** at least this many distinct named sources (named people and organisations) */
  minNamedSources?: number;
  /** at most this share (0 to 1) of the draft's claims unattributed */
  maxUnattributedShare?: number;
}

/** what the writer can set, in VS Code (as `onrecord.<name>`), in `.onrecord.json` or as initializationOptions */
export interface UserSettings {
  enable: boolean;
  sourcesPath: string | string[];
  bibliography: string[];
  attributionStyle: AttributionStyle;
  maxFileSizeKB: number;
  debounceMs: number;
  jobs: number;
  policy: SourcingPolicy;
  rules: RuleLevels;
}
/** per diagnostic code: "off", or the severity to report it at instead of its default */
export type RuleLevel = 'off' | 'error' | 'warning' | 'info' | 'information' | 'hint';
export type RuleLevels = Record<string, RuleLevel>;
export interface Settings extends UserSettings {
  /** false in an untrusted (Restricted Mode) workspace: sources, bibliographies and .onrecord.json are not read.
   *  Deliberately not a setting: a workspace file must never be able to lift Restricted Mode. */
  trusted: boolean;
}

type JsonSchema = Record<string, unknown>;
interface SettingDeclaration<T> {
  /** the name after `onrecord.`; dots nest in `.onrecord.json` ("attribution.style" is also {"attribution": {"style"}}) */
  name: string;
  default: T;
  description: string;
  /** what a valid value is (JSON schema), for `.onrecord.json` and VS Code alike */
  schema: JsonSchema;
  /** a simpler schema for VS Code's settings editor, where it cannot show `schema` (e.g. a oneOf) */
  vscodeSchema?: JsonSchema;
  enumDescriptions?: string[];
  /** not applied in an untrusted workspace (it makes the server read files) */
  restricted?: boolean;
  /** set in `.onrecord.json` (or initializationOptions) only, not a VS Code setting: it belongs to the repository */
  fileOnly?: boolean;
}

export const SETTINGS: { [K in keyof UserSettings]: SettingDeclaration<UserSettings[K]> } = {
  enable: {
    name: 'enable',
    default: true,
    description: 'Check Markdown and plain-text drafts for attributions, quotes and figures.',
    schema: { type: 'boolean' },
  },
  sourcesPath: {
    name: 'sourcesPath',
    default: 'sources',
    description:
      'Folder(s) of sources (interview transcripts, press releases, wire copy, earlier reports, bibliographies), relative to the workspace folder: a string or a list.',
    schema: {
      oneOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
      ],
    },
    vscodeSchema: { type: ['string', 'array'], items: { type: 'string' } },
    restricted: true,
  },
  bibliography: {
    name: 'bibliography',
    default: [],
    description: 'Extra CSL-JSON (.json) or BibTeX (.bib) files, relative to the workspace folder.',
    schema: { type: 'array', items: { type: 'string', minLength: 1 } },
    restricted: true,
  },
  attributionStyle: {
    name: 'attribution.style',
    default: 'said',
    description: 'How the quick fix inserts an attribution.',
    schema: { type: 'string', enum: ['said', 'according-to', 'citation'] },
    enumDescriptions: [
      '", Mayor Venn said."',
      '", according to the budget office summary"',
      '"[@key]" when the source is a bibliography entry',
    ],
  },
  maxFileSizeKB: {
    name: 'maxFileSizeKB',
    default: 2048,
    description: 'Files larger than this (in KB) are skipped, with a message.',
    schema: { type: 'number', minimum: 1 },
  },
  debounceMs: {
    name: 'debounceMs',
    default: 150,
    description: 'Delay after typing (in milliseconds) before diagnostics are updated.',
    schema: { type: 'number', minimum: 0 },
  },
  jobs: {
    name: 'jobs',
    default: 0,
    description:
      "Worker threads that analyse the workspace's drafts in the background when it opens (0: one fewer than the cores, at least 1). The draft being edited is analysed on the server's own thread, so typing never waits for the background.",
    schema: { type: 'integer', minimum: 0 },
  },
  policy: {
    name: 'policy',
    default: {},
    description:
      "The desk's sourcing policy. A draft that breaks it gets one sourcing-policy finding at its title, with the numbers, in the editor and in `onrecord check`. Set in .onrecord.json, so that the repository's policy is the same for every writer and in CI.",
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        anonymousSources: {
          enum: ['allow', 'information', 'warning', 'error'],
          description:
            'Anonymous sources ("sources said", "people familiar with the matter"): "allow" them, or report a draft that uses any at this severity.',
        },
        minNamedSources: {
          type: 'integer',
          minimum: 0,
          description: 'A draft with claims must rest on at least this many distinct named people and organisations.',
        },
        maxUnattributedShare: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: "At most this share of a draft's claims (0 to 1) may be unattributed, e.g. 0.2.",
        },
      },
    },
    fileOnly: true,
  },
  rules: {
    name: 'rules',
    default: {},
    description:
      'Per diagnostic code: "off", or the severity to report it at ("error", "warning", "info", "hint"), e.g. {"unattributed-figure": "off", "quote-not-found": "info"}. Codes not listed keep their default severity.',
    schema: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
      additionalProperties: { enum: ['off', 'error', 'warning', 'info', 'information', 'hint'] },
    },
  },
};

/** what the objects in `.onrecord.json` that group dotted names hold */
const GROUPS: Record<string, string> = { attribution: 'Attribution quick-fix options.' };

const declarations = () => Object.entries(SETTINGS) as [keyof UserSettings, SettingDeclaration<unknown>][];

export const DEFAULT_SETTINGS: Settings = {
  ...(Object.fromEntries(declarations().map(([key, d]) => [key, d.default])) as unknown as UserSettings),
  trusted: true,
};

/** The JSON schema of `.onrecord.json`: each setting by its plain name, its dotted name and its VS Code name. */
export function configFileSchema(): JsonSchema {
  const ref = (key: string) => ({ $ref: `#/definitions/${key}` });
  const properties: Record<string, unknown> = { $schema: { type: 'string' } };
  const nested: Record<string, Record<string, unknown>> = {};
  for (const [key, d] of declarations()) {
    const [head, ...rest] = d.name.split('.');
    if (rest.length) (nested[head] ??= {})[rest.join('.')] = ref(key);
    properties[d.name] = ref(key);
  }
  for (const [head, props] of Object.entries(nested))
    properties[head] = { type: 'object', description: GROUPS[head], properties: props, additionalProperties: false };
  for (const [key, d] of declarations()) properties[`onrecord.${d.name}`] = ref(key);
  const definitions = Object.fromEntries(
    declarations().map(([key, d]) => [
      key,
      {
        ...d.schema,
        default: d.default,
        description: d.description,
        ...(d.enumDescriptions ? { enumDescriptions: d.enumDescriptions } : {}),
      },
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'OnRecord configuration (.onrecord.json)',
    description:
      'OnRecord settings in .onrecord.json at the workspace root. The CLI reads this file, and so does the language server in editors that pass no settings (initializationOptions or workspace/configuration). Keys may also be written as the VS Code setting names ("onrecord.sourcesPath", "onrecord.attribution.style").',
    type: 'object',
    properties,
    additionalProperties: false,
    definitions,
    examples: [
      { sourcesPath: ['sources', 'wire'], attribution: { style: 'according-to' } },
      { policy: { anonymousSources: 'warning', minNamedSources: 2, maxUnattributedShare: 0.2 } },
      { rules: { 'unattributed-figure': 'off', 'quote-not-found': 'info' } },
    ],
  };
}

/** package.json `contributes.configuration` */
export function vscodeConfiguration(): { title: string; properties: Record<string, JsonSchema> } {
  const properties: Record<string, JsonSchema> = {};
  for (const [, d] of declarations().filter(([, x]) => !x.fileOnly))
    properties[`onrecord.${d.name}`] = {
      ...(d.vscodeSchema ?? d.schema),
      default: d.default,
      description: d.description,
      ...(d.enumDescriptions ? { enumDescriptions: d.enumDescriptions } : {}),
    };
  return { title: 'OnRecord', properties };
}

/** package.json `capabilities.untrustedWorkspaces.restrictedConfigurations` */
export function restrictedConfigurations(): string[] {
  return declarations()
    .filter(([, d]) => d.restricted)
    .map(([, d]) => `onrecord.${d.name}`);
}
