/**
 * Gazetteers from maintained data packages, bundled at build time as compact newline-separated strings
 * (scripts/gazetteer-plugin.mjs) and turned into sets on first use, so start-up does not pay for them.
 * What each contributes, and its licence, is listed in the README ("Entities").
 */
import countriesText from 'gazetteer:countries';
import placesText from 'gazetteer:places';
import demonymsText from 'gazetteer:demonyms';
import givenNamesText from 'gazetteer:givenNames';
import namePartsText from 'gazetteer:nameParts';
import companiesText from 'gazetteer:companies';
import commonWordsText from 'gazetteer:commonWords';
import extra from './data/entity-gazetteer.json';

function lazySet(text: () => string, more: string[] = []): () => Set<string> {
  let set: Set<string> | null = null;
  return () => (set ??= new Set([...text().split('\n'), ...more.map((s) => s.toLowerCase())]));
}

/** lower-cased country names (countries-list) and common short forms */
export const countryNames = lazySet(() => countriesText, extra.countries);
/** lower-cased capitals, cities over 15,000 people, provinces and states (countries-list, city-timezones) */
const otherPlaces = lazySet(() => placesText, extra.places);
/** English given names (@stdlib datasets) */
export const givenNameSet = lazySet(() => givenNamesText, extra.givenNames);
/** given names and surnames from many cultures (@cspell/dict-people-names) */
export const namePartSet = lazySet(() => namePartsText);
/** company names (@cspell/dict-companies) and well-known organisations (data/entity-gazetteer.json) */
export const organizationNames = lazySet(() => companiesText, extra.organizations);
/** the most common lower-case English words (SCOWL sizes 10 and 20) */
export const commonWordSet = lazySet(() => commonWordsText);

export function isCountry(n: string): boolean {
  return countryNames().has(n);
}
export function isPlaceName(n: string): boolean {
  return countryNames().has(n) || otherPlaces().has(n);
}

let demonymMap: Map<string, string> | null = null;
/** demonym or adjective → country, lower-cased: "korean" → "korea" (i18n-nationality and data/demonyms.json) */
export function demonyms(): Map<string, string> {
  if (demonymMap) return demonymMap;
  demonymMap = new Map();
  for (const line of demonymsText.split('\n')) {
    const [d, country] = line.split('\t');
    if (d && country) demonymMap.set(d, country);
  }
  for (const [d, place] of Object.entries(extra.demonyms)) demonymMap.set(d.toLowerCase(), place.toLowerCase());
  return demonymMap;
}
