/** Quick-fix edits computed in the core, as plain offset edits. */
import type { Claim, DocumentAnalysis, Finding } from './types';

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
