/** Runs the registered rules of each phase over a draft (see rules/index.ts). */
import type { Finding, Severity } from './types';
import type { RuleLevels } from '../../../protocol/settings';
import type { TextModel } from './textmodel';
import type { Citation } from './citations';
import type { DocumentAnalysis } from './types';
import { applySuppressions } from './suppress';
import type { Fix, FixContext } from './fixes';
import { linkSources, type VerifyContext } from './verify';
import { ruleById, rulesOf, type DocumentContext, type SourcesContext } from './rules';

const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

/** The document phase: findings about the draft alone, in document order, suppressions applied. */
export function runDocumentRules(ctx: DocumentContext): Finding[] {
  const findings = rulesOf('document').flatMap((r) => r.check(ctx));
  return applySuppressions(ctx.model, findings.sort(byPosition));
}

type Checked = DocumentAnalysis & { citations?: Citation[] };

/**
 * Link the draft's claims to source passages (claims gain `passage` sources), then run the sources and
 * workspace rules. Returns their findings only, unsuppressed.
 */
export function verifyDocument(text: string, a: Checked, vctx: VerifyContext): Finding[] {
  return runSourcesRules(sourcesContext(text, a, vctx));
}

/**
 * The draft checked against the workspace: its document findings that the sources do not answer, and the
 * findings of the sources and workspace rules, in document order, suppressions applied.
 */
export function checkWithSources(text: string, a: Checked & { model: TextModel }, vctx: VerifyContext): Finding[] {
  const ctx = sourcesContext(text, a, vctx);
  const found = runSourcesRules(ctx);
  const kept = a.findings.filter((f) => {
    const rule = ruleById(f.code);
    return !(rule?.phase === 'document' && rule.answeredBySources?.(f, ctx));
  });
  return withLevels(applySuppressions(a.model, [...kept, ...found]).sort(byPosition), vctx.ruleLevels);
}

function sourcesContext(text: string, a: Checked, vctx: VerifyContext): SourcesContext {
  const links = linkSources(text, a, vctx.index, vctx.bibliography);
  a.sourcedFigures = links.figures.map((l) => l.figure);
  return {
    text,
    analysis: a,
    index: vctx.index,
    bibliography: vctx.bibliography,
    names: vctx.names,
    links,
    policy: vctx.policy,
    otherFigures: vctx.otherFigures,
  };
}

function runSourcesRules(ctx: SourcesContext): Finding[] {
  return [...rulesOf('sources'), ...rulesOf('workspace')].flatMap((r) => r.check(ctx));
}

/** The quick fixes for a finding, from the rule that reported it (none for a code without fixes). */
export function fixesFor(f: Finding, ctx: FixContext): Fix[] {
  return ruleById(f.code)?.fixes?.(f, ctx) ?? [];
}

/** The writer's per-code settings: "off" drops the code's findings, a severity replaces the rule's default. */
export function withLevels(findings: Finding[], levels: RuleLevels | undefined): Finding[] {
  if (!levels || !Object.keys(levels).length) return findings;
  return findings.flatMap((f) => {
    const level = levels[f.code];
    if (!level) return [f];
    if (level === 'off') return [];
    const severity: Severity = level === 'info' ? 'information' : level;
    return [{ ...f, severity }];
  });
}
