/** SARIF 2.1.0 output for code scanning. */
import type { JsonDocument } from '../core/report';

const RULES: Record<string, string> = {
  'unattributed-figure': 'A figure has no attribution or citation in its sentence.',
  'unattributed-quote': 'A quote has no speaker.',
  'vague-attribution': 'A claim is attributed only to unnamed sources.',
  'quote-mismatch': 'A quote differs from its source passage.',
  'quote-not-found': 'No source passage contains the quote.',
  'figure-mismatch': 'A figure differs from its source.',
  'name-inconsistent': 'A name is spelled two ways.',
  'unresolved-citation': 'A citation key has no bibliography entry.',
  skipped: 'A file was not checked.',
};
const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(docs: JsonDocument[], version: string) {
  const ids = Object.keys(RULES);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'OnRecord', version, informationUri: 'https://example.invalid/onrecord', rules: ids.map((id) => ({ id, shortDescription: { text: RULES[id] } })) } },
      results: docs.flatMap((d) => d.diagnostics.map((x) => ({
        ruleId: x.code, ruleIndex: Math.max(0, ids.indexOf(x.code)), level: LEVEL[x.severity] ?? 'note', message: { text: x.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: d.path.split('\\').join('/') }, region: { startLine: x.range.start.line + 1, startColumn: x.range.start.character + 1, endLine: x.range.end.line + 1, endColumn: x.range.end.character + 1 } } }],
      }))),
    }],
  };
}
