/**
 * Whether a descriptor fits an entity earlier text named: "the agency" the Water Agency, "the panel" the Harbor Safety
 * Panel, "the Democrat" the person the text called a Democrat. The speaker step asks these when a speaker is a role
 * word, not a name.
 */
import type { EntityResult } from './entities';
import { nameHead } from './entities';
import { ORG_ROLES } from './lexicon';
import words from './data/attribution-words.json';

const GENERIC_ORG_HEADS = new Set(words.orgDescriptorFits.generic);
const ORG_HEADS_ALIKE = new Map<string, string[]>(Object.entries(words.orgDescriptorFits.alike));
const UNIT_HEADS = new Set(words.orgDescriptorFits.unitHeads);
const LEVEL_WORDS = new Set(words.orgDescriptorFits.levelWords);

/**
 * an organisation descriptor's head fits an organisation's name: the name holds the head or a word like it ("the
 * agency" → "Immigration Services"); a generic head ("the company") fits any name that holds no other descriptor word.
 * A place fits only by its own word.
 */
export function orgFits(head: string, name: string, type: string): boolean {
  const nameWords = name.toLowerCase().split(/\s+/);
  if (type === 'place') return nameWords.includes(head);
  if (type !== 'organization') return false;
  const alike = ORG_HEADS_ALIKE.get(head) ?? [head];
  if (UNIT_HEADS.has(head)) return alike.includes(nameHead(name));
  if (nameWords.some((w) => w === head || alike.includes(w))) return true;
  return GENERIC_ORG_HEADS.has(head) && !nameWords.some((w) => ORG_ROLES.has(w) && !GENERIC_ORG_HEADS.has(w));
}

/**
 * a head that fits any company ("the company", "the electric-car maker"): the words before it describe the company
 * ("the Swiss drugmaker", "the embattled lender") and need not be in its name
 */
export function genericOrgHead(head: string): boolean {
  return GENERIC_ORG_HEADS.has(head);
}

/**
 * the words a descriptor puts before its head are in the organisation's name, bar those saying its level or standing:
 * "the county health department" is not the Department of Public Utilities named earlier
 */
export function modifiersFit(ws: string[], name: string): boolean {
  const nameWords = new Set(name.toLowerCase().split(/\s+/));
  return ws
    .slice(1, -1)
    .every((w) => !/^\p{Ll}+$/u.test(w) || LEVEL_WORDS.has(w) || w.endsWith('est') || nameWords.has(w));
}

/** the entity most recently given the role before `pos` */
export function earlierRole(ents: EntityResult, role: string, pos: number): number | undefined {
  let best: EntityResult['roles'][number] | undefined;
  for (const r of ents.roles) if (r.at < pos && r.role === role && (!best || r.at > best.at)) best = r;
  return best?.entity;
}

/**
 * the words ("Republican", "Ukrainian") stand by the role given at `at` (before the descriptor itself): "Republican
 * nominee Donald Trump", "Donald Trump, the Republican nominee"
 */
export function describedAs(prose: string, at: number, before: number, marks: string[]): boolean {
  const near = new Set(prose.slice(Math.max(0, at - 50), Math.min(at + 80, before)).split(/[^\p{L}\d-]+/u));
  return marks.every((w) => near.has(w));
}

/** an organisation's name ends with the word: "Harbor Safety Panel" for "the panel" */
export function namedAs(head: string, name: string): boolean {
  const ws = name.toLowerCase().split(/\s+/);
  return ws.length >= 2 && ws[ws.length - 1] === head;
}
