/**
 * What a story calls a person it has just named: "Elon Musk arrived late. … 'I have nothing to hide,' the
 * billionaire said", "Maria Lopez lost her home. … 'We have nothing left,' the mother of three said". These words never
 * bring in a new source, so they stand for the person the story was just about (agreeing in gender: "the widow", "the
 * father of two").
 */
import type { Gender } from './gender';
import words from './data/attribution-words.json';

const WORDS = new Map<string, Gender>(Object.entries(words.personEpithets.words) as [string, Gender][]);
const KIN = new Map<string, Gender>(Object.entries(words.personEpithets.kin) as [string, Gender][]);
/** a count after "the mother of": a number word or digits */
const COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/;

/**
 * the gender a person epithet gives ('f', 'm', or null for either), or undefined when the words are not one:
 * "the billionaire", "the retired neurosurgeon", "the mother of three"; "the striker's agent" and "a billionaire" are not
 */
export function personEpithetGender(ws: readonly string[]): Gender | undefined {
  if (!/^the$/i.test(ws[0] ?? '')) return undefined;
  const lower = ws.map((w) => w.toLowerCase());
  // "the retired neurosurgeon": lower-case words before the noun (a party's, "the Democratic presidential candidate",
  // is the epithet step's: in a story about a race the person named last is often a rival)
  const middle = ws.slice(1, -1);
  if (middle.length <= 2 && middle.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)))
    if (WORDS.has(lower[lower.length - 1])) return WORDS.get(lower[lower.length - 1]);
  if (lower.length === 4 && lower[2] === 'of' && COUNT.test(lower[3])) return KIN.get(lower[1]);
  return undefined;
}
