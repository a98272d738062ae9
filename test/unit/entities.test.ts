import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';

describe('entities', () => {
  const a = analyzeText(
    'Maria Ortiz, a spokeswoman for the National Water Agency (NWA), spoke in Kyiv. Ortiz said the NWA would act. President Volodymyr Zelenskyy visited.',
    { languageId: 'plaintext' },
  );
  const byName = (n: string) => a.entities.find((e) => e.name === n);
  it('types people, organisations and places', () => {
    assert.strictEqual(byName('Maria Ortiz')?.type, 'person');
    assert.strictEqual(byName('National Water Agency')?.type, 'organization');
    assert.strictEqual(byName('Kyiv')?.type, 'place');
    assert.strictEqual(byName('Volodymyr Zelenskyy')?.type, 'person');
  });
  it('links aliases: surnames and acronyms', () => {
    assert.deepStrictEqual(byName('Maria Ortiz')?.aliases, ['Ortiz']);
    assert.ok(byName('National Water Agency')?.aliases.includes('NWA'));
    assert.strictEqual(byName('National Water Agency')?.mentions.length, 3);
  });
  it('does not take titles or sentence-initial words as names', () => {
    assert.ok(!a.entities.some((e) => /President|^The$/.test(e.name)));
  });
  it('leaves a role written as a title out of the name: "Organizer Beatrice Okafor", "Nurse Ana Ruiz"', () => {
    const names = analyzeText(
      'Organizer Beatrice Okafor said the hall was full. Nurse Ana Ruiz said the ward was short-staffed. Rhode Island Hospital agreed.',
      { languageId: 'plaintext' },
    ).entities.map((e) => e.name);
    assert.ok(names.includes('Beatrice Okafor') && names.includes('Ana Ruiz'), names.join(', '));
    assert.ok(names.includes('Rhode Island Hospital'), names.join(', '));
  });
  it('a body whose name has "and" inside is one name, with its acronym: "Department of Housing and Urban Development (HUD)"', () => {
    const ents = analyzeText(
      'The Department of Housing and Urban Development (HUD) cut the voucher budget. Officials at the Food and Drug Administration and the Department of Health and Human Services met on Monday. HUD said rents would rise; HHS and the FDA declined to comment.',
      { languageId: 'plaintext' },
    ).entities;
    const named = (n: string) => ents.find((e) => e.name === n);
    assert.deepStrictEqual(named('Department of Housing and Urban Development')?.aliases, ['HUD']);
    assert.strictEqual(named('Department of Housing and Urban Development')?.mentions.length, 3);
    assert.strictEqual(named('Department of Health and Human Services')?.type, 'organization');
    assert.deepStrictEqual(named('Department of Health and Human Services')?.aliases, ['HHS']);
    assert.deepStrictEqual(named('Food and Drug Administration')?.aliases, ['FDA']);
    assert.ok(!ents.some((e) => e.name === 'Urban Development'), ents.map((e) => e.name).join(', '));
  });
  it('two names joined by "and" stay two: an office and a person, two places', () => {
    const names = analyzeText(
      'Lawyers from the Department of Justice and Mayor Ana Ruiz met in Ohio and Kentucky. The Department of Labor and Ana Ruiz agreed.',
      { languageId: 'plaintext' },
    ).entities.map((e) => e.name);
    for (const n of ['Department of Justice', 'Ana Ruiz', 'Ohio', 'Kentucky', 'Department of Labor'])
      assert.ok(names.includes(n), `${n}: ${names.join(', ')}`);
  });
  it('"Steve Smith of Civic Nebraska" is a person and the group he works for', () => {
    const ents = analyzeText('Steve Smith of Civic Nebraska said the new map splits rural counties.', {
      languageId: 'plaintext',
    }).entities;
    assert.strictEqual(ents.find((e) => e.name === 'Steve Smith')?.type, 'person');
    assert.strictEqual(ents.find((e) => e.name === 'Civic Nebraska')?.type, 'organization');
  });
});
