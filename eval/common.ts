import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../server/src/core/analyze';
import type { DocumentAnalysis } from '../server/src/core/types';

export interface EvalOptions {
  split: 'train' | 'dev' | 'test';
  limit: number | null;
  verbose: boolean;
  includeUnattributed: boolean;
}

export function projectRoot(): string {
  return process.env.ONRECORD_PROJECT_ROOT ?? path.resolve(__dirname, '..');
}

/** Corpora live outside the repo: <projectRoot>/../shared/corpora, or $ONRECORD_CORPORA. */
export function corporaRoot(): string {
  return process.env.ONRECORD_CORPORA ?? path.resolve(projectRoot(), '..', 'shared', 'corpora');
}

export class MissingDataError extends Error {}

export function corpusFile(...parts: string[]): string {
  const p = path.join(corporaRoot(), ...parts);
  if (!fs.existsSync(p)) {
    throw new MissingDataError(`missing corpus file: ${p} (set ONRECORD_CORPORA to the corpora folder)`);
  }
  return p;
}

export function readJsonl<T>(file: string): T[] {
  const out: T[] = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as T);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: bad JSON (${(e as Error).message})`);
    }
  });
  return out;
}

const EMPTY: DocumentAnalysis = { claims: [], figures: [], entities: [], findings: [] };

/** Runs the core, never throws: an exception counts as an error and yields an empty analysis. */
export class Analyzer {
  errors = 0;
  calls = 0;
  firstErrors: string[] = [];
  run(text: string, languageId: 'markdown' | 'plaintext' = 'plaintext', label = ''): DocumentAnalysis {
    this.calls++;
    try {
      const a = analyzeText(text, { languageId });
      return {
        claims: Array.isArray(a?.claims) ? a.claims : [],
        figures: Array.isArray(a?.figures) ? a.figures : [],
        entities: Array.isArray(a?.entities) ? a.entities : [],
        findings: Array.isArray(a?.findings) ? a.findings : [],
      };
    } catch (e) {
      this.errors++;
      if (this.firstErrors.length < 3)
        this.firstErrors.push(`${label}: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? e}`);
      return EMPTY;
    }
  }
}

export const PRONOUNS = new Set([
  'i',
  'me',
  'my',
  'mine',
  'we',
  'us',
  'our',
  'ours',
  'you',
  'your',
  'yours',
  'he',
  'him',
  'his',
  'she',
  'her',
  'hers',
  'it',
  'its',
  'they',
  'them',
  'their',
  'theirs',
  'himself',
  'herself',
  'itself',
  'themselves',
  'this',
  'that',
  'who',
]);

/**
 * The corpora's offsets were produced in Python (code points); the core uses UTF-16. Identical unless the text holds
 * astral characters (none do today), in which case this maps code-point offsets to UTF-16 offsets.
 */
export function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(Math.max(cp, 0), map.length - 1)];
}
