/**
 * TextModel: the draft as prose. Markdown is parsed with micromark/mdast (mdast-util-from-markdown),
 * which gives exact offsets for every node. Everything that is not prose (front matter, code, HTML,
 * link destinations, URLs, headings) is blanked out in `prose`, which has the same length as the
 * original text, so every offset found in prose is an offset into the original.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { parse as parseYaml } from 'yaml';

export type BlockKind = 'paragraph' | 'listItem' | 'blockquote' | 'footnoteDefinition' | 'tableCell';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** nesting: 'blockquote', 'listItem', 'list', 'footnoteDefinition' */
  containers: string[];
  /** id of the list this block belongs to (for lead-in scope) */
  listId?: number;
  /** id of the block quote this block belongs to */
  quoteId?: number;
}

export interface LinkInfo { start: number; end: number; textStart: number; textEnd: number; url: string; title: string | null }
export interface FootnoteRef { start: number; end: number; label: string }
export interface FootnoteDef { start: number; end: number; label: string; text: string }
export interface HtmlComment { start: number; end: number; text: string }

export interface TextModel {
  text: string;
  prose: string;
  blocks: Block[];
  links: LinkInfo[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  comments: HtmlComment[];
  frontMatter: Record<string, unknown> | null;
  frontMatterError?: string;
  headings: { start: number; end: number; depth: number; text: string }[];
  parseNotice?: string;
}

// Linear-time: a scheme, then a run of non-space characters.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"“”]+/g;

function maskRange(buf: string[], text: string, start: number, end: number) {
  for (let i = start; i < end; i++) {
    const c = text[i];
    buf[i] = c === '\n' || c === '\r' ? c : ' ';
  }
}

function maskUrls(buf: string[], text: string) {
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text))) maskRange(buf, text, m.index, m.index + m[0].length);
}

export function buildTextModel(text: string, languageId: string = 'markdown'): TextModel {
  if (languageId !== 'markdown') return buildPlainModel(text);
  return buildMarkdownModel(text);
}

function buildPlainModel(text: string): TextModel {
  const buf = text.split('');
  maskUrls(buf, text);
  const blocks: Block[] = [];
  // paragraphs separated by blank lines
  const re = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) blocks.push({ kind: 'paragraph', start: s, end: e, containers: [] });
  };
  while ((m = re.exec(text))) { push(last, m.index); last = m.index + m[0].length; }
  push(last, text.length);
  return { text, prose: buf.join(''), blocks, links: [], footnoteRefs: [], footnoteDefs: [], comments: [], frontMatter: null, headings: [] };
}

interface Node { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: Node[]; value?: string; url?: string; title?: string | null; identifier?: string; label?: string; depth?: number }

function off(n: Node): [number, number] {
  return [n.position?.start.offset ?? 0, n.position?.end.offset ?? 0];
}

/** micromark's emphasis resolution is quadratic on long runs of unmatched markers; such input is not prose */
function pathologicalMarkup(text: string): boolean {
  if (text.length < 20000) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c === 42 || c === 95 || c === 91 || c === 93 || c === 96) n++; }
  return n > 8000 && n / text.length > 0.1;
}

function buildMarkdownModel(text: string): TextModel {
  if (pathologicalMarkup(text)) return { ...buildPlainModel(text), parseNotice: 'This file has too much Markdown markup to parse quickly; it was read as plain text.' };
  let tree: Node;
  try {
    tree = fromMarkdown(text, {
      extensions: [frontmatter(['yaml']), gfmFootnote()],
      mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFootnoteFromMarkdown()],
    }) as unknown as Node;
  } catch {
    return buildPlainModel(text);
  }
  // start fully masked; unmask prose
  const buf: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) { const c = text[i]; buf[i] = c === '\n' || c === '\r' ? c : ' '; }
  const model: TextModel = { text, prose: '', blocks: [], links: [], footnoteRefs: [], footnoteDefs: [], comments: [], frontMatter: null, headings: [] };
  let listCounter = 0, quoteCounter = 0;

  const unmask = (s: number, e: number) => { for (let i = s; i < e; i++) buf[i] = text[i]; };
  const mask = (s: number, e: number) => maskRange(buf, text, s, e);

  const walkInline = (n: Node) => {
    const [s, e] = off(n);
    switch (n.type) {
      case 'inlineCode': case 'image': case 'imageReference': mask(s, e); return;
      case 'html': {
        mask(s, e);
        if (n.value?.startsWith('<!--')) model.comments.push({ start: s, end: e, text: n.value });
        return;
      }
      case 'footnoteReference': mask(s, e); model.footnoteRefs.push({ start: s, end: e, label: n.identifier ?? n.label ?? '' }); return;
      case 'link': case 'linkReference': {
        const kids = n.children ?? [];
        if (kids.length) {
          const ts = off(kids[0])[0], te = off(kids[kids.length - 1])[1];
          mask(s, ts); mask(te, e); // brackets and destination
          if (n.type === 'link') model.links.push({ start: s, end: e, textStart: ts, textEnd: te, url: n.url ?? '', title: n.title ?? null });
          kids.forEach(walkInline);
        } else mask(s, e);
        return;
      }
      default:
        if (n.children) n.children.forEach(walkInline);
    }
  };

  const walkBlock = (n: Node, containers: string[], listId?: number, quoteId?: number) => {
    const [s, e] = off(n);
    switch (n.type) {
      case 'yaml': {
        try {
          const v = parseYaml(n.value ?? '');
          if (v && typeof v === 'object' && !Array.isArray(v)) model.frontMatter = v as Record<string, unknown>;
        } catch (err) {
          model.frontMatterError = (err as Error).message.split('\n')[0];
        }
        return;
      }
      case 'heading': {
        model.headings.push({ start: s, end: e, depth: n.depth ?? 1, text: text.slice(s, e).replace(/^#+\s*/, '') });
        return;
      }
      case 'code': return;
      case 'html': {
        if (n.value?.startsWith('<!--')) model.comments.push({ start: s, end: e, text: n.value });
        return;
      }
      case 'paragraph': {
        unmask(s, e);
        (n.children ?? []).forEach(walkInline);
        const inner = containers[containers.length - 1];
        model.blocks.push({ kind: inner === 'listItem' ? 'listItem' : inner === 'blockquote' ? 'blockquote' : inner === 'footnoteDefinition' ? 'footnoteDefinition' : 'paragraph', start: s, end: e, containers: [...containers], listId, quoteId });
        return;
      }
      case 'blockquote': {
        const id = ++quoteCounter;
        (n.children ?? []).forEach((c) => walkBlock(c, [...containers, 'blockquote'], listId, id));
        return;
      }
      case 'list': {
        const id = ++listCounter;
        (n.children ?? []).forEach((c) => walkBlock(c, [...containers, 'list'], id, quoteId));
        return;
      }
      case 'listItem': {
        (n.children ?? []).forEach((c) => walkBlock(c, [...containers, 'listItem'], listId, quoteId));
        return;
      }
      case 'footnoteDefinition': {
        model.footnoteDefs.push({ start: s, end: e, label: n.identifier ?? n.label ?? '', text: text.slice(s, e).replace(/^\[\^[^\]]*\]:\s*/, '') });
        (n.children ?? []).forEach((c) => walkBlock(c, [...containers, 'footnoteDefinition'], listId, quoteId));
        return;
      }
      default:
        if (n.children) n.children.forEach((c) => walkBlock(c, containers, listId, quoteId));
    }
  };
  walkBlock(tree, []);
  // block quote markers and list indentation inside multi-line paragraphs are not prose
  for (const b of model.blocks) {
    if (!b.containers.includes('blockquote')) continue;
    let i = b.start;
    while (i < b.end) {
      const nl = text.indexOf('\n', i);
      const lineEnd = nl < 0 || nl > b.end ? b.end : nl;
      if (i !== b.start) {
        let j = i;
        while (j < lineEnd && (text[j] === ' ' || text[j] === '\t' || text[j] === '>')) { buf[j] = ' '; j++; }
      }
      i = lineEnd + 1;
    }
  }
  maskUrls(buf, text);
  model.prose = buf.join('');
  return model;
}
