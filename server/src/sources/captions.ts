/**
 * Caption files as sources: WebVTT (Zoom, Teams, Otter exports) and SubRip (.srt), read with the `subtitle` parser.
 * Timings and cue numbers are blanked out of the text, character for character, so the passages keep the file's own
 * offsets (a hover points at the right line) while a quote that runs over two cues still reads as one run of words.
 */
import { parseSync, type Node } from 'subtitle';
import { speakerLabelAt } from './transcript-labels';

export interface CaptionPassage {
  start: number;
  end: number;
  speaker: string | null;
}

interface CueSpan {
  /** the cue's words in the file, one span per line */
  lines: { start: number; end: number }[];
  speaker: string | null;
}

// "<v Rosalind Pike>", "<v.loud Dan Ortiz>": WebVTT's voice span names the speaker
const VOICE = /^<v(?:\.[\w.-]{0,40})? ([^\s>][^>]{0,79})>/u;
const TAG = /<[^<>\n]{0,80}>/gu;

export function isCaptionFile(ext: string): boolean {
  return ext === '.vtt' || ext === '.srt';
}

/** the file's text with everything but the cues' words blanked, and one passage per speaker turn */
export function readCaptions(text: string): { text: string; passages: CaptionPassage[] } {
  const cues = locateCues(text, parseSync(text));
  const ordinaryCase = cues.filter((c) => speakerLabelAt(firstLine(text, c), true)).length >= 2;
  const keep = new Uint8Array(text.length);
  const turns: CaptionPassage[] = [];
  let speaker: string | null = null;
  for (const cue of cues) {
    const skip = labelLength(text, cue, ordinaryCase);
    if (skip.speaker) speaker = skip.speaker;
    cue.lines[0].start += skip.length;
    for (const l of cue.lines) keep.fill(1, l.start, l.end);
    const start = cue.lines[0].start,
      end = cue.lines[cue.lines.length - 1].end;
    const last = turns[turns.length - 1];
    // a cue with no label of its own goes on with the last speaker's turn
    if (last && last.speaker === speaker) last.end = end;
    else if (end > start) turns.push({ start, end, speaker });
  }
  return { text: blankOutside(text, keep), passages: turns.filter((t) => t.end > t.start) };
}

/** each cue's lines found in the file, in order (a cue whose words cannot be found is left out) */
function locateCues(text: string, nodes: Node[]): CueSpan[] {
  const out: CueSpan[] = [];
  let cursor = 0;
  for (const node of nodes) {
    if (node.type !== 'cue') continue;
    const lines: CueSpan['lines'] = [];
    let at = cursor;
    for (const line of node.data.text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const found = text.indexOf(line, at);
      if (found < 0) break;
      lines.push({ start: found, end: found + line.length });
      at = found + line.length;
    }
    if (!lines.length) continue;
    cursor = at;
    out.push({ lines, speaker: null });
  }
  return out;
}

function firstLine(text: string, cue: CueSpan): string {
  return text.slice(cue.lines[0].start, cue.lines[0].end);
}

/** the speaker a cue opens with ("<v Dan Ortiz>", "Dan Ortiz:", "DAN ORTIZ:") and how many characters that takes */
function labelLength(text: string, cue: CueSpan, ordinaryCase: boolean): { length: number; speaker: string | null } {
  const line = firstLine(text, cue);
  const voice = VOICE.exec(line);
  if (voice) return { length: voice[0].length, speaker: voice[1].trim() };
  const label = speakerLabelAt(line, ordinaryCase);
  return label ? { length: label.length, speaker: label.name } : { length: 0, speaker: null };
}

/** spaces for every character outside the kept spans (and for markup tags inside them); line breaks stay */
function blankOutside(text: string, keep: Uint8Array): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    out += keep[i] || ch === '\n' || ch === '\r' ? ch : ' ';
  }
  return out.replace(TAG, (tag) => ' '.repeat(tag.length));
}
