/** SARIF 2.1.0 output for code scanning, with the rule catalogue read from the rule registry. */
import type { JsonDocument, JsonDiagnostic } from '../../../protocol/report';
import { LineIndex, type Range } from '../core/text';
import type { Severity } from '../core/types';
import { RULES, RULE_IDS } from '../core/rules';

export interface SarifRule {
  id: string;
  name: string;
  severity: Severity;
  short: string;
  help: string;
}

/** "quote-mismatch" → "QuoteMismatch" */
const ruleName = (id: string) => id.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase());

/** The SARIF rule catalogue: every registered code, with its default severity and help text. */
export const SARIF_RULES: SarifRule[] = RULES.map((r) => ({
  id: r.id,
  name: ruleName(r.id),
  severity: r.severity,
  short: r.summary,
  help: r.help,
}));

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};
const INFO_URI = 'https://example.invalid/onrecord';

function clip(s: string, n = 200) {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}
function inside(a: Range, b: Range) {
  const le = (p: Range['start'], q: Range['start']) =>
    p.line < q.line || (p.line === q.line && p.character <= q.character);
  return le(b.start, a.start) && le(a.end, b.end);
}

/** The text of a range of `text` (LSP positions: 0-based lines, UTF-16 characters). */
export function rangeText(text: string, r: Range): string {
  const index = new LineIndex(text);
  return text.slice(index.offsetAt(r.start), index.offsetAt(r.end));
}

/** The claim a diagnostic is about: the smallest claim containing it, else the flagged text itself. */
export function claimTextFor(d: JsonDocument, x: JsonDiagnostic, text?: string): string {
  const claims = d.claims.filter((c) => inside(x.range, c.range)).sort((a, b) => a.text.length - b.text.length);
  if (claims.length) return clip(claims[0].text);
  return text ? clip(rangeText(text, x.range)) : '';
}

/**
 * A SARIF 2.1.0 log: one rule per diagnostic code (with help text), a result per diagnostic with its region
 * (1-based lines and columns, UTF-16 code units as in LSP) and the claim text in the message.
 * `texts` maps a document path to its text, for snippets.
 */
export function toSarif(docs: JsonDocument[], version: string, texts: Record<string, string> = {}) {
  const rules = [...SARIF_RULES];
  const seen = new Set(RULE_IDS);
  for (const d of docs)
    for (const x of d.diagnostics)
      if (!seen.has(x.code)) {
        seen.add(x.code);
        rules.push({
          id: x.code,
          name: ruleName(x.code),
          severity: x.severity as Severity,
          short: x.message.split(/(?<=\.)\s/)[0],
          help: x.message,
        });
      }
  const ids = rules.map((r) => r.id);
  const uri = (p: string) => p.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
  const artifacts = docs.map((d) => ({ location: { uri: uri(d.path), uriBaseId: '%SRCROOT%' } }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'OnRecord',
            version,
            semanticVersion: version,
            informationUri: INFO_URI,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.help },
              help: { text: r.help, markdown: `**${r.id}**: ${r.help.replace(/</g, '&lt;')}` },
              helpUri: `${INFO_URI}#${r.id}`,
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['attribution', 'fact-checking'] },
            })),
          },
        },
        // drafts that could not be analysed are not findings: they make the run unsuccessful
        invocations: [
          {
            executionSuccessful: !docs.some((d) => d.error),
            toolExecutionNotifications: docs.flatMap((d, di) =>
              d.error
                ? [
                    {
                      level: 'error' as const,
                      descriptor: { id: 'internal-error' },
                      message: { text: `OnRecord could not analyse ${d.path}: ${d.error.message}` },
                      locations: [
                        {
                          physicalLocation: {
                            artifactLocation: { uri: uri(d.path), uriBaseId: '%SRCROOT%', index: di },
                          },
                        },
                      ],
                    },
                  ]
                : [],
            ),
          },
        ],
        columnKind: 'utf16CodeUnits' as const,
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder onrecord check ran in.' } } },
        artifacts,
        results: docs.flatMap((d, di) =>
          d.diagnostics.map((x) => {
            const claim = claimTextFor(d, x, texts[d.path]);
            const snippet = texts[d.path] !== undefined ? rangeText(texts[d.path], x.range) : undefined;
            return {
              ruleId: x.code,
              ruleIndex: ids.indexOf(x.code),
              level: LEVEL[x.severity] ?? 'note',
              message: { text: claim ? `${x.message} Claim: “${claim}”` : x.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: uri(d.path), uriBaseId: '%SRCROOT%', index: di },
                    region: {
                      startLine: x.range.start.line + 1,
                      startColumn: x.range.start.character + 1,
                      endLine: x.range.end.line + 1,
                      endColumn: x.range.end.character + 1,
                      ...(snippet ? { snippet: { text: snippet } } : {}),
                    },
                  },
                },
              ],
              ...(claim ? { properties: { claim } } : {}),
            };
          }),
        ),
      },
    ],
  };
}

/** GitHub Actions workflow commands: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`. */
export function toGithub(docs: JsonDocument[]): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const cmd: Record<string, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };
  const lines: string[] = [];
  for (const d of docs) {
    if (d.error)
      lines.push(
        `::error file=${prop(d.path.split('\\').join('/'))},line=1,title=internal-error::${data(`OnRecord could not analyse this draft: ${d.error.message}`)}`,
      );
    for (const x of d.diagnostics) {
      const props = [
        `file=${prop(d.path.split('\\').join('/'))}`,
        `line=${x.range.start.line + 1}`,
        `col=${x.range.start.character + 1}`,
        `endLine=${x.range.end.line + 1}`,
        `endColumn=${x.range.end.character + 1}`,
        `title=${prop(x.code)}`,
      ];
      lines.push(`::${cmd[x.severity] ?? 'notice'} ${props.join(',')}::${data(x.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
