/**
 * The names step after an edit moves its last result when the edit changed nothing it reads (the names, the role words
 * and appositives around them, the descriptors). Property: under random edits made near the names — role words typed
 * before them, appositives and acronyms after them, descriptors, letters typed into or deleted from them — the
 * entities and the claims' speakers equal a fresh analysis after every edit.
 */
import * as assert from 'assert';
import { analyzeText, AnalysisCache } from '../../server/src/core/analyze';
import { rng } from './seeded-rng';

type Rng = ReturnType<typeof rng>;

const DRAFT = `# Port authority approves $40 million dredging plan

HALDEN, Maine (AP) — The Halden Port Authority voted 5-2 on Tuesday to dredge the harbor channel, a project its director, Lena Ortiz, said would keep the container terminal open to larger ships.

"We cannot wait another decade," Ortiz told reporters after the vote. The authority will borrow most of the money from the state.

Mayor Dan Whitcomb, a Democrat who sits on the board, voted against the plan. The mayor said the city's share, about $6 million, had not been budgeted.

The Maine Department of Environmental Protection (DEP) must still approve the permit. A DEP spokeswoman, Carla Mendes, said the agency would review the application within 90 days.

Fishermen have opposed the project for years. Ray Hollis, president of the Halden Lobstermen's Association, said dredging would "wreck the bottom for a generation." The association has 140 members, Hollis said.

Whitcomb said he would ask the City Council to hold a hearing. The council meets again on March 4.

Ortiz said the authority expected work to start next spring. The director added that the Army Corps of Engineers had signed off on the design.
`;

const NEAR_NAMES = [
  'spokeswoman ',
  'the ',
  ', a spokeswoman for the agency,',
  ', the director of the port,',
  ' (HPA)',
  'Sen. ',
  'the agency said ',
  'the mayor ',
  'The president ',
  'x',
  ' ',
  ',',
  '"',
  'Ana Ruiz ',
  'told the Authority ',
];

const ROLE_WORDS = ['mayor', 'director', 'agency', 'authority', 'association', 'council', 'spokeswoman', 'president'];

/** where the draft's capitalised words are */
function nameSites(text: string): number[] {
  return [...text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((m) => m.index!);
}

/** one edit near a name: text typed or deleted within a few words before or after it, or inside it */
function editNearName(text: string, r: Rng): string {
  const sites = nameSites(text);
  const base = sites.length ? r.pick(sites) : r.int(text.length + 1);
  const at = Math.max(0, Math.min(text.length, base + r.int(100) - 50));
  const kind = r.int(5);
  if (kind === 0) return text.slice(0, at) + text.slice(at + 1 + r.int(4));
  if (kind === 4) {
    // one descriptor's role word for another, pasted over it ("the mayor" → "the director")
    const found = [...text.matchAll(/\b[Tt]he (\p{Ll}+)/gu)];
    if (!found.length) return text;
    const m = r.pick(found);
    const from = m.index! + 4;
    return text.slice(0, from) + r.pick(ROLE_WORDS) + text.slice(from + m[1].length);
  }
  if (kind === 1) return text.slice(0, base) + r.pick(NEAR_NAMES) + text.slice(base);
  return text.slice(0, at) + r.pick(NEAR_NAMES) + text.slice(at);
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const namesOf = (a: ReturnType<typeof analyzeText>) =>
  plain({ entities: a.entities, speakers: a.claims.map((c) => [c.start, c.end, c.speaker, c.sourceType]) });

describe('incremental names step', () => {
  it('after each of 300 random edits near names, one cache equals a fresh analysis (entities and speakers)', () => {
    const r = rng(1717);
    for (let session = 0; session < 6; session++) {
      const cache = new AnalysisCache();
      let text = DRAFT;
      analyzeText(text, { cache });
      for (let e = 0; e < 50; e++) {
        text = editNearName(text, r);
        assert.deepStrictEqual(
          namesOf(analyzeText(text, { cache })),
          namesOf(analyzeText(text)),
          `session ${session}, edit ${e}:\n${text}`,
        );
      }
    }
  });

  it('a word typed far from any name keeps the names the edit did not move', () => {
    const cache = new AnalysisCache();
    const first = analyzeText(DRAFT, { cache });
    const at = DRAFT.indexOf('have opposed') + 'have '.length;
    const edited = DRAFT.slice(0, at) + 'long ' + DRAFT.slice(at);
    const second = analyzeText(edited, { cache });
    assert.deepStrictEqual(namesOf(second), namesOf(analyzeText(edited)));
    const port = (a: typeof first) => a.entities.find((e) => e.name === 'Halden Port Authority');
    // named only before the edit: the same entity, not read again
    assert.ok(port(first) && port(first) === port(second));
    const hollis = second.entities.find((e) => e.name === 'Ray Hollis');
    assert.strictEqual(edited.slice(hollis!.mentions[0].start, hollis!.mentions[0].end), 'Ray Hollis');
  });

  it('a descriptor changed to another role in one edit refers to whoever has that role, as a fresh analysis reads it', () => {
    const cache = new AnalysisCache();
    analyzeText(DRAFT, { cache });
    const edited = DRAFT.replace('The mayor said', 'The director said');
    const inc = analyzeText(edited, { cache });
    assert.deepStrictEqual(namesOf(inc), namesOf(analyzeText(edited)));
    const ortiz = inc.entities.find((e) => e.name === 'Lena Ortiz');
    assert.ok(ortiz?.aliases.includes('the director'));
  });

  it('a role word typed before a name gives it the role, as a fresh analysis does', () => {
    const cache = new AnalysisCache();
    analyzeText(DRAFT, { cache });
    const at = DRAFT.indexOf('Ray Hollis');
    const edited = DRAFT.slice(0, at) + 'fisherman ' + DRAFT.slice(at);
    assert.deepStrictEqual(namesOf(analyzeText(edited, { cache })), namesOf(analyzeText(edited)));
    const at2 = edited.indexOf('Carla Mendes,') + 'Carla Mendes'.length;
    const edited2 = edited.slice(0, at2) + ', the agency director' + edited.slice(at2);
    assert.deepStrictEqual(namesOf(analyzeText(edited2, { cache })), namesOf(analyzeText(edited2)));
  });
});
