/**
 * JSON schema of `.onrecord.json`, checked with ajv before any setting is used. Keys may be written as the
 * VS Code setting names too ("onrecord.sourcesPath", "onrecord.attribution.style"). Mirrors
 * schema/onrecord-config.schema.json (a unit test keeps the two in step). `trusted` is deliberately not a key:
 * a workspace file must never be able to lift Restricted Mode.
 */
const enable = { type: 'boolean' } as const;
const sourcesPath = {
  oneOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
} as const;
const bibliography = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const attributionStyle = { type: 'string', enum: ['said', 'according-to', 'citation'] } as const;
const maxFileSizeKB = { type: 'number', minimum: 1 } as const;
const debounceMs = { type: 'number', minimum: 0 } as const;

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'OnRecord configuration (.onrecord.json)',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    enable,
    sourcesPath,
    bibliography,
    maxFileSizeKB,
    debounceMs,
    attribution: { type: 'object', properties: { style: attributionStyle }, additionalProperties: false },
    'attribution.style': attributionStyle,
    'onrecord.enable': enable,
    'onrecord.sourcesPath': sourcesPath,
    'onrecord.bibliography': bibliography,
    'onrecord.maxFileSizeKB': maxFileSizeKB,
    'onrecord.debounceMs': debounceMs,
    'onrecord.attribution.style': attributionStyle,
  },
  additionalProperties: false,
} as const;
