/**
 * wink-nlp's part-of-speech pass (its tokeniser, then its tagging automata) with the work it repeats for every
 * sentence done once. The tags are wink's own, token for token (test/unit/pos-reader.test.ts compares them with
 * wink's readDoc); only the order of the work changes:
 *  - Tokenising a word. wink splits each space-separated word ("said," "“We" "Trump's") with regular expressions and
 *    lexicon look-ups; how a word splits depends on the word and on the answers of those look-ups alone. So the
 *    tokens of each word are kept with the look-ups that chose them, and reused while every look-up answers the same.
 *  - Learning a word form. wink computes the features of each form it has not seen (shape, suffix, a default tag),
 *    and each span's new forms are forgotten after it (a remembered form is no longer split: "Trump's" read whole
 *    once stayed whole, and a span's tags depended on the spans read before it). A form's features depend on its
 *    text and token category alone, so a forgotten form is put back with the features it had, not computed again.
 * A span's tags depend on its text alone, whatever was read before it.
 */

/** the model's word forms: wink adds every form it has not seen to both, and reads the hash while tokenising */
interface WordForms {
  hash: Record<string, number>;
  list: string[];
  /** forms below this index are the model's own, known for good */
  intrinsicSize: number;
}
interface WinkCache {
  add(text: string, category: number): number;
  lookup(text: string): number[] | null;
  value(index: number): string;
  valueOf(feature: 'pos', index: number): string;
}
interface CoreModel {
  features: { lexeme: WordForms };
  trex: unknown;
  tcat: { hash: Record<string, number> };
  preserve: unknown;
}
/** the three calls wink's tokeniser makes of the document it fills */
interface TokenSink {
  _addToken(text: string, category: number, spaces: number): boolean;
  _addTokenIfInCache(text: string, spaces: number): number;
  isLexeme(text: string): number[] | null;
}
interface Automaton {
  importJSON(machine: unknown): void;
  recognize(tags: number[], transform: unknown, tokens: number[]): unknown;
}
/** the raw document the mappers, the updater and the setter read: four numbers a token */
interface RawDoc {
  cache: WinkCache;
  tokens: number[];
  numOfTokens: number;
}
interface PosModel {
  machines: unknown[];
  transformers: unknown[];
  setter(rdd: RawDoc, tags: number[], tkSize: number, bits4lemma: number): void;
  updater(found: unknown, cache: WinkCache, tags: number[], normals: number[]): void;
}
interface WinkModel {
  core(): CoreModel;
  pos(): PosModel;
  featureFn: unknown;
}
type Module =
  | 'wink-eng-lite-web-model'
  | 'wink-nlp/src/cache.js'
  | 'wink-nlp/src/tokenizer.js'
  | 'wink-nlp/src/compile-trex.js'
  | 'wink-nlp/src/tokens-mappers.js'
  | 'wink-nlp/src/automaton.js';
// The bundler resolves these calls and runs the modules on first use; core has no Node types, so the loader is
// declared here rather than imported (an import would load the model at start-up).
declare const require: (id: Module) => unknown;

/** wink's token layout (wink-nlp/src/constants.js): lexeme, preceding spaces (and a contraction's normal), lemma
 * and tag, a flag */
const TK_SIZE = 4;
const BITS4LEMMA = 20;
const POS_MASK = 0x3f00000;
const BITS4SPACES = 16;
/** the answer of a look-up that found nothing */
const UNK = 0;
/** preceding spaces after a non-breaking space, and the cap of a run of spaces, as wink counts them */
const NBSP_SPACES = 65535;
const MAX_SPACES = 65534;
const NBSP = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/;
/** the preceding spaces a word is tokenised with when recorded: its first token takes them, the others take 0 */
const MARK = 1;

/** forms added since loading, past which the model is loaded afresh (kept, not reused, when put back fails) */
const MAX_ADDED_FORMS = 500_000;
/** words whose tokens are kept; past this they are dropped and recorded again */
const MAX_WORDS = 200_000;

const enum Kind {
  /** a look-up that found nothing: the recording holds while it still finds nothing */
  Absent,
  /** a token wink learns as `category` */
  Learn,
  /** tokens of the model's own forms, as wink pushed them */
  Known,
}
interface Step {
  kind: Kind;
  text: string;
  category: number;
  toks: number[] | null;
  /** the first token of the word: it takes the word's preceding spaces */
  first: boolean;
}
/** a learnt form, as put back: its index, its lower case and that form's index, and whether that was learnt with it */
interface Learnt {
  index: number;
  norm: string;
  normIndex: number;
  normLearnt: boolean;
}

/** the tagger's tokens and tags of one span of text */
export interface WinkTags {
  values: string[];
  tags: string[];
}

class PosReader {
  private readonly forms: WordForms;
  private readonly modelForms: number;
  private readonly tokenize: (sink: TokenSink, text: string) => void;
  private readonly splitter: RegExp;
  private readonly automata: Automaton[];
  private readonly pos: PosModel;
  private readonly mappers: {
    mapRawTokens2UIdOfNormal(rdd: RawDoc): number[];
    mapRawTokens2UIdOfDefaultPOS(rdd: RawDoc): number[];
  };
  private readonly cache: WinkCache;
  /** each word's tokens, with the look-ups that chose them */
  private readonly words = new Map<string, Step[]>();
  /** forms learnt before, by category and text */
  private readonly learnt = new Map<string, Learnt>();
  /** the tokens of the span being read, and the forms put back into the lexicon while reading it */
  private tokens: number[] = [];
  private putBack: string[] = [];
  /** the word being recorded, and its preceding spaces */
  private steps: Step[] | null = null;
  private spaces = 0;
  private readonly sink: TokenSink = {
    _addToken: (text, category, spaces) => this.addToken(text, category, spaces),
    _addTokenIfInCache: (text, spaces) => this.addIfKnown(text, spaces),
    isLexeme: (text) => this.isLexeme(text),
  };

  constructor() {
    const model = require('wink-eng-lite-web-model') as WinkModel;
    const Cache = require('wink-nlp/src/cache.js') as (core: CoreModel, featureFn: unknown) => WinkCache;
    const tokenizer = require('wink-nlp/src/tokenizer.js') as (
      trex: unknown,
      categories: unknown,
      preserve: unknown,
    ) => PosReader['tokenize'];
    const compileTRex = require('wink-nlp/src/compile-trex.js') as (trex: unknown) => {
      helpers: { splitter: RegExp };
    };
    const fsm = require('wink-nlp/src/automaton.js') as (cache: WinkCache, ignore: string) => Automaton;
    const core = model.core();
    this.forms = core.features.lexeme;
    this.modelForms = this.forms.list.length;
    this.cache = Cache(core, model.featureFn);
    const trex = compileTRex(core.trex);
    this.splitter = trex.helpers.splitter;
    this.tokenize = tokenizer(trex, core.tcat.hash, core.preserve);
    this.pos = model.pos();
    // as wink loads them: the model's unknown-word literal is ignored by the tagging automata
    this.automata = this.pos.machines.map((m) => {
      const a = fsm(this.cache, this.cache.value(0));
      a.importJSON(m);
      return a;
    });
    this.mappers = require('wink-nlp/src/tokens-mappers.js') as PosReader['mappers'];
  }

  /** more forms learnt than is worth keeping: the caller loads the model afresh */
  get worn(): boolean {
    return this.forms.list.length - this.modelForms > MAX_ADDED_FORMS;
  }

  read(text: string): WinkTags {
    const known = this.forms.list.length;
    this.tokens = [];
    try {
      this.tokenizeText(text);
      this.tag();
      return this.out();
    } finally {
      this.forget(known);
    }
  }

  /** wink's tokeniser loop: words between runs of spaces (a line break is a word), each with its preceding spaces */
  private tokenizeText(text: string): void {
    let spaces = 0;
    for (const w of text.split(this.splitter)) {
      if (!w) continue;
      // the splitter keeps runs of spaces whole, so a word holds no space of any kind
      if (w[0] === ' ' || NBSP.test(w[0])) {
        spaces = w !== ' ' && NBSP.test(w) ? NBSP_SPACES : Math.min(w.length, MAX_SPACES);
        continue;
      }
      const steps = this.words.get(w);
      if (!steps || !this.replay(steps, spaces)) this.record(w, spaces);
      spaces = 0;
    }
  }

  /** the word's tokens as it recorded them, if every look-up that chose them answers the same now */
  private replay(steps: Step[], spaces: number): boolean {
    for (const s of steps) if (s.kind === Kind.Absent && this.forms.hash[s.text] !== undefined) return false;
    for (const s of steps) {
      const own = s.first ? spaces : 0;
      if (s.kind === Kind.Learn) this.tokens.push(this.learn(s.text, s.category), own, 0, 0);
      else if (s.kind === Kind.Known) {
        const t = s.toks!;
        this.tokens.push(t[0], t[1] | own, t[2], t[3]);
        for (let k = TK_SIZE; k < t.length; k++) this.tokens.push(t[k]);
      }
    }
    return true;
  }

  /** wink tokenises the word (with MARK for its preceding spaces), and its steps are kept unless a look-up found a
   * form learnt in this span (whose index is this span's) */
  private record(word: string, spaces: number): void {
    this.steps = [];
    this.spaces = spaces;
    this.tokenize(this.sink, ' ' + word);
    if (this.steps) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      this.words.set(detachWord(word), this.steps);
    }
    this.steps = null;
  }

  private addToken(text: string, category: number, spaces: number): boolean {
    const index = this.learn(text, category);
    this.tokens.push(index, spaces === MARK ? this.spaces : spaces, 0, 0);
    // a model form whose lower case is one too ("said" of "said,") is known for good: no need to ask again
    const known = index < this.forms.intrinsicSize && this.forms.hash[text.toLowerCase()] < this.forms.intrinsicSize;
    const toks = known ? [index, 0, 0, 0] : null;
    this.steps?.push({ kind: known ? Kind.Known : Kind.Learn, text, category, toks, first: spaces === MARK });
    return true;
  }

  /** wink's addTokenIfInCache: a known form's token(s), a contraction's expansions with their lemma and tag */
  private addIfKnown(text: string, spaces: number): number {
    const found = this.cache.lookup(text);
    if (found === null) {
      this.steps?.push({ kind: Kind.Absent, text, category: 0, toks: null, first: false });
      return UNK;
    }
    const at = this.tokens.length;
    if (found.length === 1) this.tokens.push(found[0], 0, 0, 0);
    else
      for (let k = 0; k < found.length; k += 4)
        this.tokens.push(found[k], found[k + 1] << BITS4SPACES, found[k + 2] | (found[k + 3] << BITS4LEMMA), 0);
    if (this.steps && !(found[0] < this.forms.intrinsicSize)) this.steps = null;
    this.steps?.push({ kind: Kind.Known, text, category: 0, toks: this.tokens.slice(at), first: spaces === MARK });
    this.tokens[at + 1] |= spaces === MARK ? this.spaces : spaces;
    return 99;
  }

  private isLexeme(text: string): number[] | null {
    const found = this.cache.lookup(text);
    if (found === null) this.steps?.push({ kind: Kind.Absent, text, category: 0, toks: null, first: false });
    else if (!(found[0] < this.forms.intrinsicSize)) this.steps = null;
    return found;
  }

  /**
   * wink's cache.add: the form's index, learning it when new. A form learnt before is put back with the index (and
   * so the features) it had, when its lower case is where it was or can be put back with it; otherwise it is learnt
   * again, as wink would.
   */
  private learn(text: string, category: number): number {
    const hash = this.forms.hash;
    if (hash[text] !== undefined) return this.cache.add(text, category);
    const key = category + ' ' + text;
    const was = this.learnt.get(key);
    if (was) {
      const norm = was.normIndex === was.index ? undefined : hash[was.norm];
      if (was.normIndex === was.index || norm === was.normIndex) {
        hash[text] = was.index;
        this.putBack.push(text);
        return was.index;
      }
      if (norm === undefined && was.normLearnt) {
        hash[was.norm] = was.normIndex;
        hash[text] = was.index;
        this.putBack.push(was.norm, text);
        return was.index;
      }
    }
    const before = this.forms.list.length;
    const index = this.cache.add(text, category);
    if (!was) {
      const norm = text.toLowerCase();
      const normIndex = norm === text ? index : hash[norm];
      this.learnt.set(key, { index, norm, normIndex, normLearnt: this.forms.list.length - before === 2 });
    }
    return index;
  }

  /** wink's readDoc with only its tagging pass */
  private tag(): void {
    const rdd: RawDoc = { cache: this.cache, tokens: this.tokens, numOfTokens: this.tokens.length / TK_SIZE };
    const normals = this.mappers.mapRawTokens2UIdOfNormal(rdd);
    const tags = this.mappers.mapRawTokens2UIdOfDefaultPOS(rdd);
    // wink passes its first transformer to every automaton
    for (const a of this.automata)
      this.pos.updater(a.recognize(tags, this.pos.transformers[0], this.tokens), this.cache, tags, normals);
    this.pos.setter(rdd, tags, TK_SIZE, BITS4LEMMA);
  }

  private out(): WinkTags {
    const n = this.tokens.length / TK_SIZE;
    const values = new Array<string>(n);
    const tags = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      values[i] = this.cache.value(this.tokens[i * TK_SIZE]);
      tags[i] = this.cache.valueOf('pos', (this.tokens[i * TK_SIZE + 2] & POS_MASK) >>> BITS4LEMMA);
    }
    return { values, tags };
  }

  /** the forms this span added or put back leave the lexicon, so the next span is read as if first */
  private forget(known: number): void {
    const { hash, list } = this.forms;
    for (let i = known; i < list.length; i++) delete hash[list[i]];
    for (const f of this.putBack) delete hash[f];
    this.putBack = [];
    this.tokens = [];
    this.steps = null;
  }
}

/** a word kept as a key holds none of the text it was split from (a slice of a long string keeps it all) */
function detachWord(w: string): string {
  return w.length < 13 ? w : (' ' + w).slice(1);
}

let reader: PosReader | null = null;

/** wink's tokens and tags of text, read as if it were the first text read */
export function readTags(text: string): WinkTags {
  // loaded lazily: a draft without any cue never pays for the model
  if (!reader || reader.worn) reader = new PosReader();
  return reader.read(text);
}
