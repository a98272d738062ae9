/** Quick-fix edits computed in the core, as plain offset edits. */
import type { Claim, DocumentAnalysis, Finding } from './types';
import type { Passage } from './passages';

export interface TextEditOffsets {
  start: number;
  end: number;
  newText: string;
}
export interface Fix {
  title: string;
  code: string;
  edits: TextEditOffsets[];
  preferred?: boolean;
}

export type AttributionStyle = 'said' | 'according-to' | 'citation';

/** What a rule's fixes may read: the draft, the writer's attribution style and the source passages. */
export interface FixContext {
  text: string;
  analysis: DocumentAnalysis;
  style: AttributionStyle;
  /** the source passage a claim is linked to, when there is one */
  passageOf(claim: Claim): Passage | undefined;
}

/** A fix that replaces the finding's own text (a correction from a source). */
export function replaceFinding(f: Finding, title: string, newText: string): Fix {
  return { title, code: f.code, edits: [{ start: f.start, end: f.end, newText }], preferred: true };
}

/**
 * Fixes for an unattributed quote or figure: attribute it to the speaker of the source passage it matches (preferred),
 * or to the source's title for a figure, and always a placeholder attribution in the writer's style.
 */
export function attributionFixes(f: Finding, ctx: FixContext): Fix[] {
  const { text, analysis: a, style } = ctx;
  const fixes: Fix[] = [];
  const claim = a.claims.find((c) => c.start <= f.start && c.end >= f.end);
  const p = claim ? ctx.passageOf(claim) : undefined;
  if (p?.speaker) {
    const fx = attributionFix(text, a, f, style, { speaker: speakerAsWritten(p.speaker) });
    if (fx) fixes.push({ ...fx, preferred: true });
  } else if (p?.meta.title && f.code === 'unattributed-figure') {
    const fx = attributionFix(text, a, f, 'according-to', { speaker: `the ${p.meta.title}` });
    if (fx) fixes.push(fx);
  }
  const placeholder = attributionFix(text, a, f, style);
  if (placeholder) fixes.push(placeholder);
  return fixes;
}

function titleCase(s: string) {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** a transcript's speaker label as a writer would write the name: "LORETTA BYRNE" → "Loretta Byrne"; "Dan Ortiz" stays */
export function speakerAsWritten(label: string): string {
  return label === label.toUpperCase() ? titleCase(label) : label;
}

/** Insert an attribution after an unattributed quote: `"Nobody knew."` → `"Nobody knew," SPEAKER said.` */
export function attributionFix(
  text: string,
  a: DocumentAnalysis,
  f: Finding,
  style: AttributionStyle = 'said',
  proposal?: { speaker?: string; key?: string },
): Fix | null {
  const claim = a.claims.find((c) => c.start <= f.start && c.end >= f.end) ?? null;
  if (f.code === 'unattributed-quote' && claim) return quoteFix(text, claim, style, proposal);
  if (f.code === 'unattributed-figure') {
    // insert before the sentence's final punctuation
    const sentence =
      claim && claim.kind === 'unattributed' ? claim : a.claims.find((c) => c.start <= f.start && c.end >= f.end);
    if (!sentence) return null;
    let end = sentence.end;
    while (end > sentence.start && /[\s"”’]/.test(text[end - 1])) end--;
    const hasStop = /[.!?]/.test(text[end - 1] ?? '');
    const at = hasStop ? end - 1 : end;
    const who = proposal?.speaker ?? 'SOURCE';
    const ins =
      style === 'citation' && !proposal?.speaker
        ? ` [@${proposal?.key ?? 'KEY'}]`
        : style === 'said' && proposal?.speaker
          ? `, ${who} said`
          : `, according to ${who}`;
    return {
      title: proposal?.speaker ? `Attribute to ${who}` : 'Insert attribution (placeholder)',
      code: f.code,
      edits: [{ start: at, end: at, newText: ins }],
    };
  }
  return null;
}

function quoteFix(text: string, c: Claim, style: AttributionStyle, proposal?: { speaker?: string; key?: string }): Fix {
  const who = proposal?.speaker ?? 'SPEAKER';
  let close = c.content.end; // index of the closing mark
  const mark = text[close];
  if (style === 'citation' && !proposal?.speaker) {
    return {
      title: proposal?.key ? `Cite @${proposal.key}` : 'Insert a citation placeholder [@KEY]',
      code: 'unattributed-quote',
      edits: [{ start: close + 1, end: close + 1, newText: ` [@${proposal?.key ?? 'KEY'}]` }],
    };
  }
  // "…knew." → "…knew," WHO said.
  if (mark && /["”»]/.test(mark) && /[.]/.test(text[close - 1] ?? '')) {
    const cue = style === 'according-to' ? null : 'said';
    if (cue)
      return {
        title: proposal?.speaker ? `Attribute to ${who}: “…,” ${who} said.` : 'Insert attribution: “…,” SPEAKER said.',
        code: 'unattributed-quote',
        edits: [{ start: close - 1, end: close + 1, newText: `,${mark} ${who} said.` }],
      };
  }
  if (mark && /["”»]/.test(mark)) close += 1;
  else close = c.end;
  const ins = style === 'according-to' ? `, according to ${who}` : ` ${who} said`;
  return {
    title: proposal?.speaker ? `Attribute to ${who}` : 'Insert attribution (placeholder)',
    code: 'unattributed-quote',
    edits: [{ start: close, end: close, newText: ins }],
  };
}
