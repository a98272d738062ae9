/** Word lists. Hand-written, from style guides and general knowledge of news English. */

const CUE_LEMMAS: [string, string[]][] = [
  ['say', ['say', 'says', 'said', 'saying']],
  ['tell', ['tell', 'tells', 'told', 'telling']],
  ['add', ['add', 'adds', 'added']],
  ['write', ['write', 'writes', 'wrote', 'written']],
  ['testify', ['testify', 'testifies', 'testified']],
  ['post', ['posted']],
  ['tweet', ['tweeted', 'tweets']],
  ['announce', ['announce', 'announces', 'announced']],
  ['confirm', ['confirm', 'confirms', 'confirmed']],
  ['deny', ['deny', 'denies', 'denied']],
  ['warn', ['warn', 'warns', 'warned']],
  ['argue', ['argue', 'argues', 'argued']],
  ['estimate', ['estimate', 'estimates', 'estimated']],
  ['state', ['states', 'stated']],
  ['explain', ['explain', 'explains', 'explained']],
  ['note', ['notes', 'noted']],
  ['claim', ['claim', 'claims', 'claimed']],
  ['insist', ['insist', 'insists', 'insisted']],
  ['acknowledge', ['acknowledge', 'acknowledges', 'acknowledged']],
  ['admit', ['admit', 'admits', 'admitted']],
  ['ask', ['asked']],
  ['reply', ['replied', 'replies']],
  ['report', ['reported', 'reports']],
  ['suggest', ['suggest', 'suggests', 'suggested']],
  ['stress', ['stressed', 'stresses']],
  ['emphasize', ['emphasized', 'emphasised', 'emphasizes']],
  ['recall', ['recalled', 'recalls']],
  ['predict', ['predicted', 'predicts']],
  ['promise', ['promised', 'promises']],
  ['vow', ['vowed', 'vows']],
  ['declare', ['declared', 'declares']],
  ['maintain', ['maintained', 'maintains']],
  ['contend', ['contended', 'contends']],
  ['allege', ['alleged', 'alleges']],
  ['concede', ['conceded', 'concedes']],
  ['counter', ['countered', 'counters']],
  ['continue', ['continued']],
  ['conclude', ['concluded', 'concludes']],
  ['agree', ['agreed', 'agrees']],
  ['complain', ['complained', 'complains']],
  ['reveal', ['revealed', 'reveals']],
  ['disclose', ['disclosed', 'discloses']],
  ['indicate', ['indicated', 'indicates']],
  ['point out', ['pointed out', 'points out']],
  ['tell reporters', []],
  ['believe', ['believe', 'believes', 'believed']],
  ['think', ['think', 'thinks', 'thought']],
  ['expect', ['expects', 'expected']],
  ['find', ['found', 'finds']],
  ['show', ['showed', 'shows']],
  ['assert', ['asserted', 'asserts']],
  ['charge', ['charged']],
  ['urge', ['urged', 'urges']],
  ['call', ['called', 'calls']],
  ['describe', ['described', 'describes']],
  ['quote', ['quoted']],
  ['hope', ['hopes', 'hoped']],
  ['fear', ['fears', 'feared']],
  ['worry', ['worries', 'worried']],
  ['acknowledge', []],
  ['know', ['knew', 'knows']],
  ['say so', []],
  ['signal', ['signaled', 'signalled', 'signals']],
  ['propose', ['proposed', 'proposes']],
  ['pledge', ['pledged', 'pledges']],
  ['assure', ['assured', 'assures']],
  ['reiterate', ['reiterated', 'reiterates']],
  ['remark', ['remarked']],
  ['observe', ['observed']],
  ['respond', ['responded']],
  ['accuse', ['accused']],
  ['blame', ['blamed']],
  ['boast', ['boasted']],
  ['joke', ['joked']],
  ['question', ['questioned']],
  ['doubt', ['doubted', 'doubts']],
];

export const CUE_FORMS = new Map<string, string>();
for (const [lemma, forms] of CUE_LEMMAS) for (const f of forms) CUE_FORMS.set(f, lemma);

/** cue verbs that, followed by a clause, report speech (not "called the plan X" etc.) */
export const SPEECH_LEMMAS = new Set(CUE_LEMMAS.map(([l]) => l).filter((l) => !['call', 'describe', 'quote', 'show', 'find', 'charge', 'urge', 'continue', 'agree', 'ask', 'tell reporters', 'post', 'counter'].includes(l)));

/** cue words that can introduce a direct quote in "X said:" or close it */
export const QUOTE_CUE_LEMMAS = new Set(CUE_LEMMAS.map(([l]) => l));

export const PRONOUNS: Record<string, 'person-m' | 'person-f' | 'person' | 'thing' | 'plural'> = {
  he: 'person-m', she: 'person-f', i: 'person', we: 'plural', they: 'plural', it: 'thing', you: 'person',
};

export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'president', 'prime minister', 'minister', 'mayor', 'governor', 'gov', 'senator', 'sen',
  'representative', 'rep', 'chancellor', 'secretary', 'general', 'gen', 'judge', 'justice', 'chief', 'commissioner', 'director', 'sheriff',
  'captain', 'capt', 'lt', 'sergeant', 'sgt', 'officer', 'detective', 'councilmember', 'councilman', 'councilwoman', 'councillor', 'deputy',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'king', 'queen', 'prince', 'pope', 'chairman', 'chairwoman', 'chair',
  'superintendent', 'inspector', 'assemblymember', 'assemblyman', 'assemblywoman', 'rev', 'father', 'sister', 'coach', 'attorney',
  'harbourmaster', 'harbormaster', 'principal', 'dean', 'pastor', 'rabbi', 'imam', 'bishop', 'cardinal', 'constable', 'marshal', 'trooper', 'ranger', 'warden', 'alderman', 'alderwoman', 'supervisor', 'treasurer', 'auditor', 'clerk', 'provost', 'chancellor', 'vice', 'lord', 'lady', 'sir', 'dame',
]);

/** descriptor heads that refer back to a person ("the spokeswoman", "the Ukrainian leader") */
export const PERSON_ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'leader', 'minister', 'mayor', 'governor', 'senator', 'lawmaker', 'official',
  'chief', 'commissioner', 'director', 'sheriff', 'captain', 'commander', 'judge', 'prosecutor', 'attorney', 'lawyer', 'chairman',
  'chairwoman', 'chair', 'ceo', 'executive', 'founder', 'candidate', 'councilmember', 'councilman', 'councilwoman', 'superintendent',
  'analyst', 'economist', 'researcher', 'scientist', 'professor', 'author', 'activist', 'resident', 'owner', 'manager', 'secretary',
  'ambassador', 'diplomat', 'envoy', 'officer', 'inspector', 'witness', 'victim', 'nurse', 'doctor', 'teacher', 'engineer', 'contractor',
  'chancellor', 'premier', 'representative', 'congressman', 'congresswoman', 'democrat', 'republican', 'incumbent', 'challenger', 'woman', 'man',
]);

/** descriptor heads that refer back to an organisation ("the agency", "the ministry") */
export const ORG_ROLES = new Set([
  'agency', 'ministry', 'department', 'company', 'firm', 'group', 'organization', 'organisation', 'office', 'council', 'board',
  'committee', 'government', 'administration', 'service', 'union', 'university', 'hospital', 'court', 'police', 'bank', 'fund',
  'commission', 'authority', 'institute', 'campaign', 'party', 'coalition', 'association', 'network', 'newspaper', 'broadcaster',
  'utility', 'district', 'city', 'county', 'state', 'startup', 'charity', 'team', 'club', 'contractor', 'regulator', 'watchdog', 'bureau', 'army', 'military',
]);

export const ORG_SUFFIXES = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'plc', 'group', 'agency', 'ministry', 'department', 'service', 'services',
  'council', 'board', 'committee', 'commission', 'authority', 'institute', 'university', 'college', 'school', 'hospital', 'bank', 'fund',
  'association', 'union', 'party', 'office', 'court', 'police', 'times', 'post', 'news', 'press', 'journal', 'herald', 'tribune',
  'foundation', 'center', 'centre', 'organization', 'organisation', 'administration', 'bureau', 'network', 'coalition', 'alliance',
  'federation', 'senate', 'house', 'congress', 'parliament', 'assembly', 'army', 'navy', 'force', 'forces', 'guard', 'district',
  'reuters', 'afp', 'ap', 'bbc', 'cnn', 'nato', 'fbi', 'cia', 'un', 'eu', 'who', 'imf', 'department',
]);

export const ORG_PREFIXES = new Set(['ministry', 'department', 'university', 'bank', 'office', 'bureau', 'council', 'board', 'institute', 'house', 'senate', 'church']);

export const PLACES = new Set([
  'ukraine', 'russia', 'kyiv', 'kiev', 'moscow', 'washington', 'london', 'paris', 'berlin', 'beijing', 'china', 'japan', 'tokyo', 'india',
  'france', 'germany', 'britain', 'england', 'scotland', 'wales', 'ireland', 'italy', 'spain', 'canada', 'mexico', 'brazil', 'israel',
  'gaza', 'iran', 'iraq', 'syria', 'turkey', 'egypt', 'europe', 'asia', 'africa', 'america', 'united states', 'u.s.', 'us', 'uk',
  'new york', 'california', 'texas', 'florida', 'chicago', 'los angeles', 'san francisco', 'seoul', 'korea', 'south korea', 'north korea',
  'australia', 'poland', 'netherlands', 'belgium', 'sweden', 'norway', 'denmark', 'finland', 'greece', 'portugal', 'austria', 'switzerland',
  'pakistan', 'afghanistan', 'saudi arabia', 'qatar', 'lebanon', 'jordan', 'nigeria', 'kenya', 'ethiopia', 'south africa', 'argentina',
  'chile', 'colombia', 'venezuela', 'peru', 'cuba', 'haiti', 'vietnam', 'thailand', 'indonesia', 'philippines', 'taiwan', 'hong kong',
  'singapore', 'malaysia', 'ohio', 'iowa', 'virginia', 'georgia', 'michigan', 'pennsylvania', 'arizona', 'nevada', 'colorado', 'oregon',
  'wisconsin', 'minnesota', 'illinois', 'massachusetts', 'carolina', 'north carolina', 'south carolina', 'tennessee', 'kentucky',
  'alabama', 'louisiana', 'missouri', 'kansas', 'nebraska', 'oklahoma', 'utah', 'idaho', 'montana', 'wyoming', 'alaska', 'hawaii',
  'maryland', 'delaware', 'vermont', 'maine', 'connecticut', 'jersey', 'new jersey', 'indiana', 'arkansas', 'mississippi', 'oakland',
  'seattle', 'boston', 'atlanta', 'houston', 'dallas', 'miami', 'denver', 'phoenix', 'detroit', 'philadelphia', 'baltimore', 'kharkiv',
  'odesa', 'odessa', 'donetsk', 'crimea', 'luhansk', 'zaporizhzhia', 'kherson', 'mariupol', 'bakhmut', 'lviv', 'minsk', 'belarus',
  'moldova', 'romania', 'hungary', 'serbia', 'croatia', 'bosnia', 'kosovo', 'albania', 'bulgaria', 'latvia', 'lithuania', 'estonia',
  'sacramento', 'san diego', 'san jose', 'portland', 'brussels', 'geneva', 'rome', 'madrid', 'amsterdam', 'vienna', 'warsaw', 'prague',
  'budapest', 'athens', 'istanbul', 'ankara', 'tehran', 'baghdad', 'damascus', 'beirut', 'cairo', 'jerusalem', 'tel aviv', 'delhi',
  'new delhi', 'mumbai', 'shanghai', 'dubai', 'nairobi', 'lagos', 'sydney', 'toronto', 'vancouver', 'montreal', 'ottawa', 'havana',
]);

export const DEMONYMS = new Set([
  'ukrainian', 'russian', 'american', 'british', 'french', 'german', 'chinese', 'japanese', 'indian', 'israeli', 'palestinian', 'iranian',
  'iraqi', 'syrian', 'turkish', 'egyptian', 'european', 'african', 'asian', 'canadian', 'mexican', 'brazilian', 'korean', 'polish', 'dutch',
  'swedish', 'italian', 'spanish', 'democratic', 'republican', 'soviet', 'western', 'arab', 'muslim', 'christian', 'jewish', 'catholic',
  'english', 'irish', 'scottish', 'australian', 'pakistani', 'afghan', 'saudi', 'greek', 'belarusian', 'georgian', 'latino', 'hispanic',
]);

/** vague attributions */
export const VAGUE_SOURCES = /^(?:(?:some|many|several|unnamed|anonymous|informed|senior|top|government|administration|military|intelligence|western|u\.s\.|diplomatic|knowledgeable|two|three|four|multiple|other)\s+)*(?:sources?|insiders?|people familiar with(?: the matter| the situation| the plans| the talks)?|people close to [\w\s]+|observers|critics|experts|analysts|officials|some|many|others|people|many people|some people|reports|rumou?rs|those familiar with[\w\s]*|a source|one source|a person familiar with[\w\s]*|someone)$/i;

export const HEDGES: [RegExp, string][] = [
  [/^(?:nearly|almost)$/i, 'nearly'],
  [/^(?:about|around|roughly|approximately|some|circa|approx\.?)$/i, 'about'],
  [/^at least$/i, 'at least'],
  [/^at most$/i, 'at most'],
  [/^(?:more than|over|upwards of|in excess of|above)$/i, 'more than'],
  [/^(?:fewer than|less than|under|below)$/i, 'less than'],
  [/^(?:up to|as many as|as much as)$/i, 'up to'],
  [/^(?:close to)$/i, 'nearly'],
  [/^(?:an estimated|estimated)$/i, 'estimated'],
];

export const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, dozens: 24, hundreds: 200, thousands: 2000,
};

export const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** capitalised words that start sentences but are not names */
export const COMMON_CAPS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'its',
  'but', 'and', 'or', 'so', 'if', 'when', 'while', 'after', 'before', 'as', 'at', 'in', 'on', 'of', 'for', 'to', 'by', 'with', 'from',
  'there', 'here', 'what', 'why', 'how', 'who', 'where', 'which', 'yes', 'no', 'not', 'some', 'many', 'most', 'all', 'one', 'two',
  'three', 'four', 'five', 'last', 'next', 'first', 'second', 'then', 'now', 'still', 'also', 'even', 'yet', 'because', 'although', 'though',
  'since', 'until', 'during', 'despite', 'according', 'under', 'over', 'about', 'into', 'through', 'among', 'between', 'both', 'each',
  'every', 'other', 'such', 'only', 'just', 'more', 'less', 'much', 'few', 'several', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'mr', 'mrs', 'ms', 'dr', 'we\'re', 'i\'m', 'it\'s', 'don\'t', 'can\'t',
  'sources', 'officials', 'however', 'meanwhile', 'instead', 'asked', 'said', 'says', 'like', 'unlike', 'without', 'within', 'across',
  'people', 'residents', 'critics', 'experts', 'analysts', 'later', 'earlier', 'once', 'never', 'always', 'perhaps', 'maybe', 'do', 'does',
  'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'nothing', 'everything', 'something', 'anyone', 'none', 'let', 'please', 'thank', 'thanks', 'oh', 'well', 'okay', 'ok', 'q', 'a', 'note', 'update', 'editor', 'correction', 'read', 'see', 'photo',
]);
