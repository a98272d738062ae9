/** SARIF 2.1.0 output for code scanning, and the rule catalogue shared by `--only`, `--ignore` and `--format github`. */
import type { JsonDocument, JsonDiagnostic } from '../../../protocol/report';
import { LineIndex, type Range } from '../core/text';

export interface Rule {
  id: string;
  name: string;
  severity: 'error' | 'warning' | 'information';
  short: string;
  help: string;
}

/** Every diagnostic code the engine reports, with its default severity and help text. */
export const RULES: Rule[] = [
  {
    id: 'unattributed-figure',
    name: 'UnattributedFigure',
    severity: 'warning',
    short: 'A figure has no attribution or citation in its sentence.',
    help: 'A count, amount or percentage needs a source in the same sentence: an attribution ("according to the harbor authority"), a citation [@key], a link or a footnote. Add one, or suppress with <!-- onrecord-disable-next-line unattributed-figure -->.',
  },
  {
    id: 'unattributed-quote',
    name: 'UnattributedQuote',
    severity: 'warning',
    short: 'A quote has no speaker.',
    help: 'Every direct quote needs a speaker: add "Name said" (or "according to Name") next to it. If a source passage matches the quote, the quick fix proposes its speaker.',
  },
  {
    id: 'vague-attribution',
    name: 'VagueAttribution',
    severity: 'warning',
    short: 'A claim is attributed only to unnamed sources.',
    help: 'The claim rests on "sources", "officials", "people familiar with the matter" or similar. Name the source, or say why it cannot be named (e.g. "who spoke on condition of anonymity because …").',
  },
  {
    id: 'quote-mismatch',
    name: 'QuoteMismatch',
    severity: 'error',
    short: 'A quote differs from its source passage.',
    help: 'The quote is close to a passage in sources/ but not the same. The message shows the words that differ; correct the quote from the source or paraphrase without quote marks.',
  },
  {
    id: 'quote-not-found',
    name: 'QuoteNotFound',
    severity: 'warning',
    short: 'No source passage contains the quote.',
    help: 'A long attributed quote matches no passage in sources/. Add the transcript, release or notes it comes from to sources/ so it can be checked.',
  },
  {
    id: 'figure-mismatch',
    name: 'FigureMismatch',
    severity: 'error',
    short: 'A figure differs from its source.',
    help: 'The figure differs from the source that states it. Hedges such as "nearly" and "about" are honoured. Correct the figure from the source, or cite the source that supports it.',
  },
  {
    id: 'name-inconsistent',
    name: 'NameInconsistent',
    severity: 'warning',
    short: 'A name is spelled two ways.',
    help: 'The name is spelled another way in other drafts or sources ("Hrytsenko" / "Hritsenko"). Check the spelling against the source and use one spelling throughout.',
  },
  {
    id: 'unresolved-citation',
    name: 'UnresolvedCitation',
    severity: 'error',
    short: 'A citation key has no bibliography entry.',
    help: '[@key] has no entry in the CSL-JSON or BibTeX bibliography in sources/ (or onrecord.bibliography). The message names the nearest key; fix the key or add the entry.',
  },
  {
    id: 'speaker-mismatch',
    name: 'SpeakerMismatch',
    severity: 'warning',
    short: 'The quote is attributed to someone other than the speaker in the source.',
    help: 'The quote matches a source passage spoken by someone else. Check who said it and correct the attribution.',
  },
  {
    id: 'sourcing-policy',
    name: 'SourcingPolicy',
    severity: 'warning',
    short: "The draft breaks the desk's sourcing policy.",
    help: 'The policy in .onrecord.json limits anonymous sources, asks for a number of named sources or caps the share of unattributed claims; the finding on the title gives the numbers.',
  },
  {
    id: 'figure-inconsistent',
    name: 'FigureInconsistent',
    severity: 'information',
    short: 'Another draft gives a different value for the same quantity.',
    help: 'Another draft of the workspace states the same quantity about the same subject with a value no hedge reconciles. Check which is right and use one figure.',
  },
];
export const RULE_IDS = RULES.map((r) => r.id);

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
  const rules = [...RULES];
  const seen = new Set(RULE_IDS);
  for (const d of docs)
    for (const x of d.diagnostics)
      if (!seen.has(x.code)) {
        seen.add(x.code);
        rules.push({
          id: x.code,
          name: x.code.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase()),
          severity: (x.severity === 'hint' ? 'information' : x.severity) as Rule['severity'],
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
