/**
 * The rule registry: every diagnostic code OnRecord reports, one module each. Adding a code means one module in
 * this folder, one line here, and its fixtures in test/rules/<code>/. The order is the catalogue's order (SARIF).
 */
import type { DocumentRule, Phase, Rule, SourcesRule } from './types';
import { rule as unattributedFigure } from './unattributed-figure';
import { rule as unattributedQuote } from './unattributed-quote';
import { rule as vagueAttribution } from './vague-attribution';
import { rule as quoteMismatch } from './quote-mismatch';
import { rule as quoteNotFound } from './quote-not-found';
import { rule as figureMismatch } from './figure-mismatch';
import { rule as nameInconsistent } from './name-inconsistent';
import { rule as unresolvedCitation } from './unresolved-citation';
import { rule as speakerMismatch } from './speaker-mismatch';
import { rule as frontMatter } from './front-matter';
import { rule as sourcingPolicy } from './sourcing-policy';
import { rule as figureInconsistent } from './figure-inconsistent';
import { rule as headlineFigure } from './headline-figure';

export const RULES: readonly Rule[] = [
  unattributedFigure,
  unattributedQuote,
  vagueAttribution,
  quoteMismatch,
  quoteNotFound,
  figureMismatch,
  nameInconsistent,
  unresolvedCitation,
  speakerMismatch,
  frontMatter,
  sourcingPolicy,
  figureInconsistent,
  headlineFigure,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function rulesOf(phase: 'document'): DocumentRule[];
export function rulesOf(phase: 'sources' | 'workspace'): SourcesRule[];
export function rulesOf(phase: Phase): Rule[] {
  return RULES.filter((r) => r.phase === phase);
}

export type {
  DraftFigure,
  Rule,
  RuleInfo,
  Phase,
  DocumentRule,
  SourcesRule,
  DocumentContext,
  SourcesContext,
} from './types';
