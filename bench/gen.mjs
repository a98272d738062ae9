// Deterministic generators for synthetic newsroom text: drafts with quotes, attributions and figures,
// and source files (interview notes, wire copy) for them to be checked against. Invented names only.

export function rng(seed = 1) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  return next;
}

const FIRST = [
  'Ana',
  'Tomas',
  'Maria',
  'Daniel',
  'Priya',
  'Kwame',
  'Ines',
  'Oleksandr',
  'Sofia',
  'Henrik',
  'Leila',
  'Marcus',
  'Yuki',
  'Grace',
  'Rafael',
  'Nadia',
  'Owen',
  'Chloe',
  'Ibrahim',
  'Elena',
];
const LAST = [
  'Venn',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Castellano',
  'Brandt',
  'Achterberg',
  'Novak',
  'Haddad',
  'Tremblay',
  'Kowalski',
  'Mensah',
  'Fairweather',
  'Ivanova',
  'Delacroix',
  'Ruiz',
  'Sato',
  'Whitfield',
  'Oyelaran',
  'Petrov',
];
const ROLE = [
  'Mayor',
  'Councillor',
  'Minister',
  'Senator',
  'Governor',
  'Chief Executive',
  'Police Chief',
  'Professor',
  'Director',
];
const DESC = [
  'a spokeswoman for',
  'a spokesman for',
  'the chief economist at',
  'a senior analyst at',
  'the director of',
  'a board member of',
  'a lawyer representing',
];
const ORG = [
  'the Regional Emergency Office',
  'Northfield Water Authority',
  'the Harbour Development Trust',
  'Calder Transit',
  'the State Audit Bureau',
  'Meridian Health',
  'the Teachers\u2019 Federation',
  'Ashcombe University',
  'the Port Authority',
  'Veltra Energy',
];
const PLACE = ['Dunmore', 'Ashcombe', 'Northfield', 'Calder', 'Brightwater', 'Kestrel Bay', 'Oldmere', 'Harrowgate'];
const CUE = [
  'said',
  'told reporters',
  'said in a statement',
  'said in an interview',
  'added',
  'wrote in an email',
  'argued',
  'warned',
];
const TOPIC = [
  'the budget',
  'the flood defences',
  'the new rail line',
  'hospital waiting lists',
  'the school closures',
  'the housing plan',
  'the port expansion',
  'water prices',
];
const QUOTE = [
  'We moved every family we could reach before midnight',
  'Nobody should have to wait this long for a bed',
  'The numbers simply do not add up',
  'This is the largest investment the city has made in a generation',
  'We were never consulted about any of this',
  'The engineers tell me the levee will hold',
  'It is too early to say what caused the failure',
  'Every household will see the difference on its bill',
  'We expect the work to finish ahead of schedule',
  'I have asked the auditors to look at every contract',
];
const FIG = () => {
  const r = rng.shared;
  const k = r.int(6);
  if (k === 0) return `$${(1 + r.int(900)) / 10} million`;
  if (k === 1) return `${1 + r.int(99)} percent`;
  if (k === 2) return `${(1000 + r.int(9000)).toLocaleString('en-US')} residents`;
  if (k === 3) return `${2 + r.int(40)} schools`;
  if (k === 4) return `\u20ac${1 + r.int(500)} million`;
  return `${1 + r.int(12)} out of 10 voters`;
};
rng.shared = rng(7);

function person(r) {
  return { first: r.pick(FIRST), last: r.pick(LAST), role: r.pick(ROLE), org: r.pick(ORG) };
}

/** One paragraph of draft prose (about 60-90 words) mixing quotes, attributions and figures. */
export function paragraph(r) {
  rng.shared = r;
  const p = person(r);
  const q = person(r);
  const place = r.pick(PLACE);
  const topic = r.pick(TOPIC);
  const k = r.int(7);
  switch (k) {
    case 0:
      return `${p.role} ${p.first} ${p.last} said the council would spend ${FIG()} on ${topic} over the next ${2 + r.int(8)} years. \u201c${r.pick(QUOTE)},\u201d ${p.last} ${r.pick(CUE)}. Opposition members in ${place} said the plan had not been costed.`;
    case 1:
      return `\u201c${r.pick(QUOTE)},\u201d said ${q.first} ${q.last}, ${r.pick(DESC)} ${q.org}. \u201c${r.pick(QUOTE)}.\u201d The organisation estimated that ${FIG()} were affected in ${place} alone, according to figures released on ${r.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`;
    case 2:
      return `According to ${p.org}, ${FIG()} was set aside for ${topic} last year, up from ${FIG()} the year before. Critics said the increase was smaller than it looked once inflation of ${1 + r.int(9)} percent was taken into account.`;
    case 3:
      return `${q.first} ${q.last} told reporters in ${place} that ${topic} had been delayed by ${2 + r.int(20)} months. \u201c${r.pick(QUOTE)},\u201d ${q.last === p.last ? 'she' : 'he'} said, \u201cand ${r.pick(QUOTE).toLowerCase()}.\u201d`;
    case 4:
      return `Officials estimated that ${FIG()} of the cost of ${topic} would fall on ${place}. Sources familiar with the talks said ${p.org} had asked for more time. Nearly ${FIG()} signed a petition against the proposal.`;
    case 5:
      return `"${r.pick(QUOTE)}," ${p.role.toLowerCase()} ${p.first} ${p.last} ${r.pick(CUE)} on ${r.pick(['Sunday', 'Saturday', 'Monday'])}. ${p.last} added that ${p.org} would publish a full report on ${topic} before the end of the year, and that about ${FIG()} had already been spent.`;
    default:
      return `The ${place} figures, published by ${q.org}, show ${FIG()} more than in the previous survey. ${q.first} ${q.last}, ${r.pick(DESC)} ${q.org}, said the trend was \u201cworrying but not surprising\u201d and that ${topic} remained the biggest risk.`;
  }
}

/** A Markdown draft of roughly `words` words: front matter, headings, paragraphs, the odd list and blockquote. */
export function markdownDraft(words, seed = 1) {
  const r = rng(seed);
  const out = [
    `---\ntitle: ${r.pick(TOPIC)} in ${r.pick(PLACE)}\nauthor: Newsroom desk\n---\n`,
    `# ${r.pick(PLACE)} council under pressure over ${r.pick(TOPIC)}\n`,
  ];
  let n = 12;
  let i = 0;
  while (n < words) {
    let block;
    if (i % 17 === 16)
      block = `## ${r.pick(['Background', 'Reaction', 'What happens next', 'The numbers', 'Costs'])}\n`;
    else if (i % 23 === 22)
      block = `The report lists three changes:\n\n- ${FIG()} for ${r.pick(TOPIC)}\n- a review of ${r.pick(TOPIC)}\n- new rules for ${r.pick(ORG)}\n`;
    else if (i % 29 === 28) block = `> ${r.pick(QUOTE)}. ${r.pick(QUOTE)}.\n`;
    else block = paragraph(r) + '\n';
    out.push(block);
    n += block.split(/\s+/).length;
    i++;
  }
  return out.join('\n');
}

/** A short draft (Markdown or plain text) for the synthetic workspace. */
export function smallDraft(seed, markdown = true, paragraphs = 6) {
  const r = rng(seed);
  const parts = [];
  if (markdown) parts.push(`# ${r.pick(PLACE)}: ${r.pick(TOPIC)}\n`);
  for (let i = 0; i < paragraphs; i++) parts.push(paragraph(r) + '\n');
  return parts.join('\n');
}

/** A source file: interview notes (plain text) or wire copy with front matter (Markdown). */
export function sourceFile(seed, markdown) {
  const r = rng(seed * 7919 + 13);
  const p = person(r);
  const place = r.pick(PLACE);
  if (!markdown) {
    const lines = [
      `Interview with ${p.role} ${p.first} ${p.last}, ${place}, ${1 + r.int(28)} March 2026. Notes by the desk.\n`,
    ];
    for (let i = 0; i < 4; i++)
      lines.push(
        `Q: What about ${r.pick(TOPIC)}?\n${p.last.toUpperCase()}: ${r.pick(QUOTE)}. The figure is ${FIG()}. ${r.pick(QUOTE)}.\n`,
      );
    return lines.join('\n');
  }
  return `---\ntitle: ${p.org} update on ${r.pick(TOPIC)}\ndate: 2026-03-${String(1 + r.int(28)).padStart(2, '0')}\nsource: ${p.org}\n---\n\n${p.org} said about ${FIG()} were affected in ${place}. ${p.role} ${p.first} ${p.last} is expected to visit on Sunday, the office said.\n\nOfficials estimated that ${FIG()} of the work remains unfinished. \u201c${r.pick(QUOTE)},\u201d ${p.last} said.\n`;
}
