import * as assert from 'assert';
import { extractFigures, isCheckable } from '../../server/src/core/figures';

function figs(t: string) {
  return extractFigures(t, [{ start: 0, end: t.length }]);
}

describe('figures', () => {
  it('finds counts with hedges', () => {
    const f = figs('Nearly 3,000 residents left; at least 10,000 homes and over 300 people.');
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.value, x.hedge]),
      [
        ['Nearly 3,000 residents', 3000, 'nearly'],
        ['at least 10,000 homes', 10000, 'at least'],
        ['over 300 people', 300, 'more than'],
      ],
    );
  });
  it('finds amounts, percentages and scales', () => {
    const f = figs('It cost $12 million, or 40 percent of the budget, up 5.5% from €3bn.');
    assert.deepStrictEqual(
      f.map((x) => [x.kind, x.value, x.unit]),
      [
        ['amount', 12e6, 'USD'],
        ['percent', 40, '%'],
        ['percent', 5.5, '%'],
        ['amount', 3e9, 'EUR'],
      ],
    );
  });
  it('finds dates, years and ranges', () => {
    const f = figs('On March 3, 2024, between 10 and 20 trucks came; in 2019 it was 5-7 days.');
    assert.deepStrictEqual(
      f.map((x) => x.kind),
      ['date', 'range', 'year', 'range'],
    );
    assert.strictEqual(f[1].valueTo, 20);
  });
  it('does not check dates, years, ordinals or small counts', () => {
    const f = figs('The 3rd meeting in 2020 had 4 people and 120 visitors.');
    assert.deepStrictEqual(
      f.filter(isCheckable).map((x) => x.text),
      ['120 visitors'],
    );
  });
  it('ignores identifiers, codes and locators', () => {
    assert.deepStrictEqual(
      figs('Route 12, Highway 9, zone W-4, case No. 1234, p. 31, art. 10.2, COVID19 and A1.').map((x) => x.text),
      [],
    );
  });
  it('takes house numbers for addresses, and money after a locator word for money', () => {
    assert.deepStrictEqual(
      figs('The center, at 410 Ridge Avenue and 12 Mill Rd., served 3 Supreme Court justices.').map((x) => x.text),
      ['3'],
    );
    assert.deepStrictEqual(
      figs('The plan will save the district $4.2 million a year; District 4 votes next.').map((x) => x.text),
      ['$4.2 million a year'],
    );
  });
  it('takes police addresses and numbered people in court papers for locators, not counts', () => {
    assert.deepStrictEqual(
      figs('Officers found two men shot in the 2400 block of Harlan Avenue, 300 yards from the school.').map(
        (x) => x.text,
      ),
      ['two', '300 yards'],
    );
    assert.deepStrictEqual(
      figs('Witness 1 told detectives that Victim 2 owed the defendant $400, according to Count 1.').map((x) => x.text),
      ['$400'],
    );
    assert.deepStrictEqual(
      figs('Members of Local 88 voted 1,412 to 96 to authorize a strike; the city is building 40 homes.').map(
        (x) => x.text,
      ),
      ['1,412 to 96', '40 homes'],
    );
    assert.deepStrictEqual(
      figs('Crews cleared 12 blocks of debris.').map((x) => x.text),
      ['12'],
    );
  });
  it('takes a numbered site for a name: Plant 2, Well 8, Building 4 (lower-case, the same words count)', () => {
    assert.deepStrictEqual(
      figs('A worker was hurt at Plant 2 in March; Well 8 measured 9.4 near Building 4.').map((x) => x.text),
      ['9.4'],
    );
    assert.deepStrictEqual(
      figs('Volunteers will plant 300 trees; the fund did well 8 years running.').map((x) => x.text),
      ['300 trees', '8 years'],
    );
  });
  it("reads a rating scale's ends as how the rating is read, not as a figure", () => {
    assert.deepStrictEqual(
      figs('Inspectors rated the deck a 4 on a scale of 0 to 9, and the ramp a 6 on a scale from 1 to 10.').map(
        (x) => x.text,
      ),
      ['4', '6'],
    );
    assert.deepStrictEqual(
      figs('Restoration on the scale of 2 million acres would take decades.').map((x) => x.text),
      ['2 million acres'],
    );
  });
  it('keeps years out of names but not out of prose', () => {
    assert.deepStrictEqual(
      figs('The Vision 2030 plan began in 2019.').map((x) => [x.text, x.kind]),
      [['2019', 'year']],
    );
  });
  it('reads number words, fractions and parenthesised digits', () => {
    const f = figs('Fourteen people, forty-five miles an hour, two thirds of voters and ten (10) years.');
    assert.deepStrictEqual(
      f.map((x) => [x.value, x.unit]),
      [
        [14, 'people'],
        [45, 'mph'],
        [2 / 3, null],
        [10, 'years'],
      ],
    );
  });
  it('reads clock times, numeric dates and vote tallies', () => {
    const f = figs('At 10:30 a.m. on 08/15/2025 the board voted 6-3; on 1 May 2029 and May 1, 2029.');
    assert.deepStrictEqual(
      f.map((x) => [x.kind, x.value]),
      [
        ['time', 1030],
        ['date', 20250815],
        ['tally', 6],
        ['date', 20290501],
        ['date', 20290501],
      ],
    );
  });
  it('counts no ordinal as a figure: "the first", "3rd", "21st"', () => {
    const f = figs(
      "It was the first flood in decades and the 3rd since the 21st century began, the county's records show.",
    );
    assert.deepStrictEqual(f, []);
  });
  it('reads fractions before what they divide, and only there', () => {
    const f = figs(
      "Nearly half of the county's 4,000 households lost power and a third of the shelters were full by the first quarter; " +
        'crews worked half an hour.',
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.value, x.hedge]),
      [
        ['Nearly half', 0.5, 'nearly'],
        ['4,000 households', 4000, null],
        ['a third', 1 / 3, null],
      ],
    );
  });
  it('reads "rose from 4.1 to 4.4 percent" as two figures, "ranged from 3,000 to 5,000" as a range', () => {
    const f = figs('The jobless rate rose from 4.1 to 4.4 percent, while estimates ranged from 3,000 to 5,000 jobs.');
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.kind, x.value, x.valueTo, x.unit]),
      [
        ['4.1', 'percent', 4.1, undefined, '%'],
        ['4.4 percent', 'percent', 4.4, undefined, '%'],
        ['3,000 to 5,000 jobs', 'range', 3000, 5000, 'jobs'],
      ],
    );
  });
  it('reads "2% to 3%" as one range, but "rose 3.2 percent to $2.41 billion" as two figures', () => {
    const f = figs(
      'Sales rose 3.2 percent to $2.41 billion; it expects growth of 2% to 3%, after a forecast of 3 per cent to 4 per cent.',
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.kind, x.value, x.valueTo, x.unit]),
      [
        ['3.2 percent', 'percent', 3.2, undefined, '%'],
        ['$2.41 billion', 'amount', 2410000000, undefined, 'USD'],
        ['2% to 3%', 'range', 2, 3, '%'],
        ['3 per cent to 4 per cent', 'range', 3, 4, '%'],
      ],
    );
  });
  it('takes phone numbers, "9/11", "24/7" and long digit runs for identifiers', () => {
    const f = figs(
      'Residents can call the hotline on 555-0143 or (202) 555-0188, which is staffed 24/7 until the 9/11 memorial ' +
        'reopens; account 4417123456 was frozen.',
    );
    assert.deepStrictEqual(f, []);
  });
  it('does not count "one" used as a pronoun', () => {
    const f = figs(
      'No one was hurt, and one of the drivers was cited; the two men blamed one another, and one could see why.',
    );
    assert.deepStrictEqual(
      f.map((x) => x.text),
      ['two'],
    );
  });
  it('names what a round number counts after "of": "thousands of residents", "six of the 10 judges"', () => {
    const f = figs('Thousands of residents fled, and six of the 10 judges agreed.');
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.value, x.unit]),
      [
        ['Thousands', 2000, 'residents'],
        ['six', 6, 'judges'],
        ['10', 10, 'judges'],
      ],
    );
  });
  it('names what a count counts through a plural possessive, modifiers joined by "and" and a whole in words', () => {
    const f = figs(
      "The two systems' flagship hospitals employ 2,100 employed and affiliated physicians, two of the three hospital systems in the area.",
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.unit]),
      [
        ['two', 'systems'],
        ['2,100', 'physicians'],
        ['two', 'systems'],
        ['three', 'systems'],
      ],
    );
  });
  it('reads "$300 a week from the strike fund" as a rate, "a week from Tuesday" as no rate', () => {
    assert.deepStrictEqual(
      figs('Members will receive $300 a week from the strike fund.').map((x) => [x.text, x.unit]),
      [['$300 a week', 'USD per week']],
    );
    assert.deepStrictEqual(
      figs('They will be paid $300 a week from Tuesday.').map((x) => [x.text, x.unit]),
      [['$300', 'USD']],
    );
  });
  it('counts nothing by "ones", and labels a bare number on a slide or in a table by the word before it', () => {
    const [ones] = figs('Judges completed cases while 20,375 new ones were filed.').filter((x) => x.value === 20375);
    assert.strictEqual(ones.unit, null);
    const f = figs(
      '- Classroom teaching positions: 41\n- Close Whitman Elementary School (enrollment 214; 52 percent of capacity)',
    );
    assert.deepStrictEqual(
      f.filter((x) => x.measure === 'count').map((x) => [x.text, x.label]),
      [
        ['41', 'positions'],
        ['214', 'enrollment'],
      ],
    );
  });
  it('reads "two dozen" as 24 and "tens of thousands" or "hundreds of millions" as one vague figure', () => {
    const f = figs(
      'About two dozen protesters gathered; tens of thousands of fans watched, and hundreds of millions of dollars were lost.',
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.value, x.unit]),
      [
        ['About two dozen', 24, 'protesters'],
        ['tens of thousands', 20000, 'fans'],
        ['hundreds of millions', 200000000, 'dollars'],
      ],
    );
  });
  it('binds each figure to what it measures and counts', () => {
    const f = figs(
      'Departing staff get 12 weeks of pay plus three weeks for every year of service; 62 men and women sued; ' +
        'the county has ninety (90) days; the deal is worth £4 million over three years; 3,480 ambulance arrivals; ' +
        'winds of 45 mph; crews cut the wait by 10 minutes; 24,000 litres of bottled water.',
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.measure, x.unit, x.noun]),
      [
        ['12 weeks', 'duration', 'weeks', 'weeks of pay'],
        ['three weeks', 'duration', 'weeks', 'weeks'],
        ['62', 'count', 'men', 'men'],
        ['ninety (90) days', 'duration', 'days', 'days'],
        ['£4 million', 'money', 'GBP', null],
        ['over three years', 'duration', 'years', 'years'],
        ['3,480', 'count', 'arrivals', 'arrivals'],
        ['45 mph', 'rate', 'mph', 'mph'],
        ['10 minutes', 'duration', 'minutes', 'minutes'],
        ['24,000 litres', 'count', 'litre', 'litres of bottled water'],
      ],
    );
  });
  it('reads units joined by a hyphen or glued to the number, and currency codes', () => {
    const f = figs('A 24-inch main, a five-day strike, a 17-year-old, 100km, A$5 million and Rs 500.');
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.value, x.unit, x.measure]),
      [
        ['24-inch', 24, 'inch', 'count'],
        ['five-day', 5, 'days', 'duration'],
        ['17-year-old', 17, 'years', 'duration'],
        ['100km', 100, 'kilometre', 'count'],
        ['A$5 million', 5e6, 'AUD', 'money'],
        ['Rs 500', 500, 'INR', 'money'],
      ],
    );
  });
  it('reads currencies named after the amount, CLDR signs and ISO codes in capitals', () => {
    const f = figs(
      "The fine of 50 million yuan was paid; the car costs 30,000 Swiss francs (about 33,000 US dollars); Nigeria's " +
        'budget is ₦27.5 trillion; the fund holds CHF 4bn and 2,000 pesos.',
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.value, x.unit, x.measure]),
      [
        ['50 million yuan', 50e6, 'CNY', 'money'],
        ['30,000 Swiss francs', 30000, 'CHF', 'money'],
        ['about 33,000 US dollars', 33000, 'USD', 'money'],
        ['₦27.5 trillion', 27.5e12, 'NGN', 'money'],
        ['CHF 4bn', 4e9, 'CHF', 'money'],
        ['2,000 pesos', 2000, 'pesos', 'money'],
      ],
    );
  });
  it('takes three letters before a number for a currency only when they are an ISO code in capitals', () => {
    const f = figs('Cup 2 matches drew all 5 members of the top 10 teams.');
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.measure]),
      [
        ['2', 'count'],
        ['5 members', 'count'],
        ['10', 'count'],
      ],
    );
  });
  it('reads prices and quantities given per something as rates', () => {
    const f = figs(
      'OPEC+ agreed to cut output by 2 million barrels a day; Brent rose to $84.50 a barrel and the company will pay ' +
        '25 cents a share, against Rs 1,451 crore a year earlier.',
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.value, x.unit, x.measure]),
      [
        ['2 million barrels a day', 2e6, 'barrels per day', 'rate'],
        ['$84.50 a barrel', 84.5, 'USD per barrel', 'rate'],
        ['25 cents a share', 25, 'cents per share', 'rate'],
        ['Rs 1,451 crore', 1451e7, 'INR', 'money'],
      ],
    );
  });
  it('reads earnings per diluted or adjusted share as a rate per share, as a results release writes them', () => {
    const f = figs(
      'Net income was $88.1 million, or $1.12 per diluted share, compared with $102.5 million, or $1.29 per share; ' +
        'adjusted earnings were 98 cents per adjusted share.',
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.unit, x.measure]),
      [
        ['$88.1 million', 'USD', 'money'],
        ['$1.12 per diluted share', 'USD per share', 'rate'],
        ['$102.5 million', 'USD', 'money'],
        ['$1.29 per share', 'USD per share', 'rate'],
        ['98 cents per adjusted share', 'cents per share', 'rate'],
      ],
    );
  });
  it('reads an age after a name and a comma, or after "aged"', () => {
    const f = figs(
      'Donna Reyes, 59, of Ashton, and a man aged 19 were taken to hospital; 42, the police said, were hurt.',
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.unit]),
      [
        ['59', 'years'],
        ['19', 'years'],
        ['42', null],
      ],
    );
  });
  it('reads an obituary\'s ages: "dies at 91", "She was 91.", "he was 5 when …"', () => {
    const f = figs(
      'Teacher dies at 91. She died Nov. 14 at her home. She was 91. He was 5 when the family moved; she was 3 for 4 at bat.',
    );
    assert.deepStrictEqual(
      f.filter((x) => x.unit === 'years').map((x) => x.text),
      ['91', '91', '5'],
    );
  });
  it('reads an age in a relative clause or in the first person: "who was 16 when …", "I was 12 when …"', () => {
    const f = figs(
      'His brother, Gordon Whitaker Jr., who was 16 when Caleb died, testified. "I was 12 when we moved," she said. The firm, which was 16 when it listed, grew; the fund who was 16 percent down.',
    );
    assert.deepStrictEqual(
      f.filter((x) => x.unit === 'years').map((x) => x.text),
      ['16', '12'],
    );
  });
  it('counts irregular plurals in -children and -people: "seven grandchildren", "40 salespeople"', () => {
    assert.deepStrictEqual(
      figs('Survivors include seven grandchildren; the firm laid off 40 salespeople.').map((x) => x.unit),
      ['grandchildren', 'salespeople'],
    );
  });
  it('reads a score or a vote written high to low as a tally, not a range', () => {
    const f = figs('City beat Arsenal 3-1 and drew 2-2 with Leeds; the repairs take 5-7 days.');
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.kind]),
      [
        ['3-1', 'tally'],
        ['2-2', 'tally'],
        ['5-7 days', 'range'],
      ],
    );
  });
  it('reads temperatures and pence', () => {
    const f = figs(
      'Temperatures reached 41C in Seville and 104 degrees Fahrenheit in Phoenix; the shares closed at 312p.',
    );
    assert.deepStrictEqual(
      f.map((x) => [x.text, x.unit]),
      [
        ['41C', 'celsius'],
        ['104 degrees Fahrenheit', 'fahrenheit'],
        ['312p', 'pence'],
      ],
    );
  });
  it('keeps the words around a figure as its context', () => {
    const [f] = figs('The Court awards damages of $2.1 million to the estate of Marcus Bell.');
    assert.ok(
      ['court', 'awards', 'damages', 'estate', 'marcus', 'bell'].every((w) => f.context.includes(w)),
      f.context.join(' '),
    );
  });
});
