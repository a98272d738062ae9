/**
 * Drafts wrapped at a fixed width (Vim, Emacs, many Markdown writers): a line break inside a sentence is a space, so
 * names and attributions that run across it are read whole; lines set out one by one keep their breaks.
 */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';

const WRAPPED = `Drivers taking a car to Tern Island will pay more starting Jan. 1, after the Kessler Bay Ferry
Authority's board approved a 12 percent increase in vehicle fares, board Chair Delia Ferrante
said on Thursday.
`;

const names = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('wrapped lines (soft line breaks)', () => {
  it('reads a name broken across two lines as one name', () => {
    const found = names(WRAPPED);
    assert.ok(found.includes('organization:Kessler Bay Ferry Authority'), found.join(', '));
    assert.ok(!found.some((n) => n.endsWith(':Kessler Bay Ferry')), found.join(', '));
  });

  it('reads "Chair Delia Ferrante⏎said" as the attribution of the sentence', () => {
    const claims = analyzeText(WRAPPED).claims.filter((c) => c.speaker);
    assert.strictEqual(claims.length, 1);
    assert.strictEqual(claims[0].speaker?.name, 'Delia Ferrante');
    assert.strictEqual(claims[0].cue, 'said');
  });

  it('keeps Windows line endings inside a wrapped sentence as spaces too', () => {
    const claims = analyzeText(WRAPPED.replace(/\n/g, '\r\n')).claims.filter((c) => c.speaker);
    assert.strictEqual(claims[0]?.speaker?.name, 'Delia Ferrante');
  });

  it('keeps a byline set out line by line as two names', () => {
    const found = names(
      'By Noor Haddad\nKessler Bay Gazette\n\nThe ferry will run five fewer trips, the authority said.\n',
    );
    assert.ok(found.includes('person:Noor Haddad'), found.join(', '));
    assert.ok(found.includes('organization:Kessler Bay Gazette'), found.join(', '));
  });

  it('keeps a hard break (two trailing spaces) as a break', () => {
    const text = 'The statement was signed by the chair of the Tern Island Ferry  \nCommittee members voted 5-2.\n';
    assert.ok(!names(text).some((n) => n.includes('Ferry Committee')), names(text).join(', '));
  });

  it('keeps a headline in capitals apart from the dateline under it', () => {
    const text =
      'SOCCER - LEADERS HELD AS TITLE RACE TIGHTENS IN THE FINAL WEEKS\nLONDON 1996-08-30\nLeaders Arsenal were held.\n';
    const london = analyzeText(text).entities.find((e) => e.name === 'LONDON');
    assert.strictEqual(london?.type, 'place');
  });

  it('keeps indented rows under a lead-in apart in a plain-text draft', () => {
    const text =
      'Under the contract, the union said, salaries rise as follows over three years:\n' +
      '  Starting salary (BA, step 1): $44,800 now; $49,990 in 2028-29\n' +
      '  Mid-career (MA, step 10): $64,350 now; $71,687 in 2028-29\n';
    const found = analyzeText(text, { languageId: 'plaintext' }).entities.map((e) => e.name);
    assert.ok(!found.includes('Mid-career'), found.join(', '));
  });
});
