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
});
