/** Speaker turns in the transcripts reporters keep in sources/: notes in capitals, transcription services, Markdown. */
import * as assert from 'assert';
import { readSourceFile } from '../../server/src/sources/readers';

/** each passage's speaker and its first words */
function turns(file: string, text: string): [string | null, string][] {
  const doc = readSourceFile(file, text)!;
  return doc.passages.map((p) => [p.speaker ?? null, text.slice(p.start, p.end).split(/\s+/).slice(0, 3).join(' ')]);
}

describe('transcript speaker labels', () => {
  it('reads labels in capitals with accents, commas and an aside', () => {
    const text = [
      'Harlow City Council, item 7, transcript prepared by the newsroom.',
      '',
      'SUPERVISOR TOMÁS ARRIETA: The county has opened a recovery center.',
      '',
      'PUBLIC COMMENT, LORETTA BYRNE (rider, Eastgate): I clean offices downtown.',
      '',
      'BYRNE, LORETTA: I get off at eleven.',
    ].join('\n');
    assert.deepStrictEqual(turns('meeting.txt', text), [
      [null, 'Harlow City Council,'],
      ['SUPERVISOR TOMÁS ARRIETA', 'The county has'],
      ['LORETTA BYRNE', 'I clean offices'],
      ['BYRNE, LORETTA', 'I get off'],
    ]);
  });

  it('reads a transcription service export: names in ordinary case, timestamps, words on the next line', () => {
    const text = [
      'Dan Ortiz (00:00:03):',
      'The bridge was inspected in March.',
      '',
      'Ana Ruiz (00:00:41):',
      'And the cracks on the east pier?',
      '',
      '[00:01:02] Dan Ortiz: Those were patched.',
    ].join('\n');
    assert.deepStrictEqual(turns('interview.txt', text), [
      ['Dan Ortiz', 'The bridge was'],
      ['Ana Ruiz', 'And the cracks'],
      ['Dan Ortiz', 'Those were patched.'],
    ]);
  });

  it('keeps a speaker across the paragraphs of one turn, and Q/A turns', () => {
    const text = 'Q: How long will the repairs take?\nA: About six weeks.\n\nWe start on the north span first.\n';
    assert.deepStrictEqual(turns('qa.txt', text), [
      ['Reporter', 'How long will'],
      [null, 'About six weeks.'],
      [null, 'We start on'],
    ]);
    const interview = 'MAYOR VENN: We will rebuild.\n\nIt will take two years.\n';
    assert.deepStrictEqual(turns('venn.txt', interview), [
      ['MAYOR VENN', 'We will rebuild.'],
      ['MAYOR VENN', 'It will take'],
    ]);
  });

  it('does not take one line of prose in ordinary case for a label', () => {
    const text = 'The council approved the fares.\n\nMedia Contact: Renata Szabo, communications manager\n';
    assert.deepStrictEqual(turns('release.txt', text), [
      [null, 'The council approved'],
      [null, 'Media Contact: Renata'],
    ]);
  });

  it('reads bold labels in a Markdown transcript', () => {
    const text = '# Interview with Dan Ortiz\n\n**Dan Ortiz:** The bridge is safe.\n\n**Ana Ruiz:** Who says so?\n';
    const doc = readSourceFile('interview.md', text)!;
    assert.deepStrictEqual(
      doc.passages.map((p) => p.speaker ?? null),
      ['Dan Ortiz', 'Ana Ruiz'],
    );
  });
});
