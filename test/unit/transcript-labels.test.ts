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

  it("a wire story's EDITOR'S NOTE is nobody's turn, and the story after it is no one's words", () => {
    const text = [
      "EDITOR'S NOTE: This story has been updated to correct the number of shelter beds.",
      '',
      'SPRINGFIELD, Ill. (AW) - Mayor Carla Benitez on Monday proposed a 340-bed shelter.',
      '',
      'MEDIA CONTACT: Erin Salo, city communications',
    ].join('\n');
    assert.deepStrictEqual(turns('wire.txt', text), [
      [null, "EDITOR'S NOTE: This"],
      [null, 'SPRINGFIELD, Ill. (AW)'],
      [null, 'MEDIA CONTACT: Erin'],
    ]);
  });

  it('a court transcript\'s "THE COURT:" is the judge its caption names', () => {
    const text = [
      'STATE OF OREGON v. DANIEL OKAFOR',
      'Before the Honorable Ruth Ellison-Park',
      '',
      'MS. DELACROIX: The State asks for 48 months in prison.',
      '',
      'THE COURT: But sorrow is not restitution.',
      '',
      'THE DEFENDANT: I am ashamed.',
    ].join('\n');
    assert.deepStrictEqual(turns('hearing.txt', text), [
      [null, 'STATE OF OREGON'],
      ['MS. DELACROIX', 'The State asks'],
      ['Ruth Ellison-Park', 'But sorrow is'],
      ['THE DEFENDANT', 'I am ashamed.'],
    ]);
    // with no judge named, the label stays as the court reporter wrote it
    assert.deepStrictEqual(turns('hearing.txt', 'THE COURT: We are adjourned.\n'), [
      ['THE COURT', 'We are adjourned.'],
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

describe('caption files as sources (.vtt, .srt)', () => {
  /** each passage's speaker and its words, read from the text the reader gives the index */
  function captionTurns(file: string, text: string): [string | null, string][] {
    const doc = readSourceFile(file, text)!;
    assert.strictEqual(doc.text.length, text.length, 'offsets are the file’s own');
    return doc.passages.map((p) => [p.speaker ?? null, doc.text.slice(p.start, p.end).replace(/\s+/g, ' ').trim()]);
  }
  it('reads a Zoom WebVTT export: "Name:" labels, one turn over several cues, timings left out', () => {
    const vtt = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.820 --> 00:00:06.400',
      'Gwen Taft: Okay, I’m recording now.',
      '',
      '2',
      '00:00:06.900 --> 00:00:19.250',
      'Rosalind Pike: Of course. The family wants people',
      'to read that report.',
      '',
      '3',
      '00:00:19.800 --> 00:00:24.100',
      'Nine days, and not one nurse came to see him.',
    ].join('\n');
    assert.deepStrictEqual(captionTurns('zoom.vtt', vtt), [
      ['Gwen Taft', 'Okay, I’m recording now.'],
      [
        'Rosalind Pike',
        'Of course. The family wants people to read that report. Nine days, and not one nurse came to see him.',
      ],
    ]);
  });
  it('reads WebVTT voice spans and an .srt file', () => {
    const vtt =
      'WEBVTT\n\n00:01.000 --> 00:04.000\n<v Dan Ortiz>The bridge is safe.</v>\n\n00:04.500 --> 00:06.000\n<v Ana Ruiz>It is not.</v>\n';
    assert.deepStrictEqual(captionTurns('meeting.vtt', vtt), [
      ['Dan Ortiz', 'The bridge is safe.'],
      ['Ana Ruiz', 'It is not.'],
    ]);
    const srt =
      '1\n00:00:01,000 --> 00:00:04,000\nDAN ORTIZ: The bridge is safe.\n\n2\n00:00:04,500 --> 00:00:06,000\nWe checked it twice.\n';
    assert.deepStrictEqual(captionTurns('meeting.srt', srt), [
      ['DAN ORTIZ', 'The bridge is safe. We checked it twice.'],
    ]);
  });
  it('a caption file the parser rejects is read as plain text, with a warning that says so', () => {
    const doc = readSourceFile('broken.vtt', 'WEBVTT\n\n00:01.000 --> \nDAN ORTIZ: The bridge is safe.\n\n-->\n')!;
    assert.match(doc.readWarning ?? '', /could not be parsed.*read as plain text/);
    assert.ok(doc.passages.some((p) => doc.text.slice(p.start, p.end).includes('The bridge is safe.')));
  });
});

describe('minutes: a speaker label on a later line of a paragraph', () => {
  it('"Member Garrity stated:" under a remark of his starts a turn of its own', () => {
    const md = [
      '# Regular meeting, Oct. 20',
      '',
      'Member Garrity said he valued the district’s teachers.',
      'Member Garrity stated: "We are writing checks in year three that this board has no idea how to cash."',
    ].join('\n');
    assert.deepStrictEqual(turns('minutes.md', md), [
      [null, 'Member Garrity said'],
      ['Member Garrity', 'Member Garrity stated:'],
    ]);
  });
  it('a numbered agenda item in bold is a heading, not the speaker of the label after it', () => {
    const md = [
      '**1. Public comment.** Eighteen people spoke, most of them Tern Island residents. Greta Lindqvist, who runs',
      'the bakery, said the winter had been hard. Ms. Lindqvist stated: "Every cancelled boat is a day my staff go unpaid."',
      '',
      '**Motion** (Asante-Boyd, second Cheverie) to approve the fare increase.',
    ].join('\n');
    assert.deepStrictEqual(turns('minutes.md', md), [
      [null, '**1. Public comment.**'],
      ['Ms. Lindqvist', 'Ms. Lindqvist stated:'],
      [null, '**Motion** (Asante-Boyd, second'],
    ]);
  });
  it('"Trustee Pellegrini stated:" after a remark of his in the same line, the quote wrapped to the next', () => {
    const md = [
      '3. **FY2027 budget.** Mr. Obi presented the budget.',
      '',
      '   Trustee Pellegrini said he would vote for the budget with regret. Trustee Pellegrini stated:',
      '   "We can close two branches in March or five branches in two years."',
      '',
      '   Trustee Serrano moved to amend the budget. She said: "Eastgate is the only library for a mile and a half."',
    ].join('\n');
    assert.deepStrictEqual(turns('minutes.md', md), [
      [null, '**FY2027 budget.** Mr.'],
      [null, 'Trustee Pellegrini said'],
      ['Trustee Pellegrini', 'Trustee Pellegrini stated:'],
      // "She said:" names nobody: her words stay in the turn that names her
      [null, 'Trustee Serrano moved'],
    ]);
  });
  it('a label inside a plain-text paragraph of minutes starts a turn too', () => {
    const txt =
      'Chair Okoro opened the hearing at 6 p.m. Chair Okoro stated: "Nobody leaves before everyone is heard."\n';
    assert.deepStrictEqual(turns('minutes.txt', txt), [
      [null, 'Chair Okoro opened'],
      ['Chair Okoro', 'Chair Okoro stated:'],
    ]);
  });
});
