import * as assert from 'assert';
import { extractFigures } from '../../server/src/core/figures';
import { measureAfter } from '../../server/src/core/units';
import MEASURES from '../../server/src/core/data/measure-units.json';

/**
 * What each figure of a news sentence is worth and what it counts or measures, beat by beat. The sentences are
 * written for these tests in the way reporters write quantities; every figure the extractor finds is listed, so a
 * figure found where there is none fails as surely as one missed. Units are canonical whatever the spelling
 * ("km", "kilometres" and "-kilometer" are all "kilometre"); counted nouns stay as written.
 */
type Expected = [value: number, unit: string | null][];

function valuesAndUnits(sentence: string): Expected {
  return extractFigures(sentence, [{ start: 0, end: sentence.length }]).map((f) => [f.value!, f.unit]);
}
function check(cases: [string, Expected][]) {
  for (const [sentence, expected] of cases) {
    const got = valuesAndUnits(sentence).map(([v, u]) => [Math.round(v * 1e6) / 1e6, u]);
    const want = expected.map(([v, u]) => [Math.round(v * 1e6) / 1e6, u]);
    assert.deepStrictEqual(got, want, sentence);
  }
}

describe('figure units: business', () => {
  it('reads money in signs, codes, words and scales', () => {
    check([
      ['The company agreed to pay $4.5 billion to settle the claims.', [[4.5e9, 'USD']]],
      [
        'Revenue rose 12% to £3.4bn.',
        [
          [12, '%'],
          [3.4e9, 'GBP'],
        ],
      ],
      ['Household debt hit A$2.5 trillion.', [[2.5e12, 'AUD']]],
      ['The bank lent Rs 500 crore to the state utility.', [[5e9, 'INR']]],
      ['The fine of 50,000 euros was upheld.', [[50000, 'EUR']]],
      ['The lottery jackpot grew to $1.6bn.', [[1.6e9, 'USD']]],
      ['Analysts expect a $1.2-billion write-down.', [[1.2e9, 'USD']]],
      ['The plan will cost between $2 million and $3 million.', [[2e6, 'USD']]],
      ['Analysts see a loss of between US$4 and 5 billion.', [[4e9, 'USD']]],
      ['Prices rose between 10 and 15 percent.', [[10, '%']]],
    ]);
  });
  it('shares a scale written once in a range only when the first number is the smaller bare one', () => {
    check([
      ['Condos in the tower range from $640,000 to $1.8 million.', [[640000, 'USD']]],
      ['Settlements ranged from $300 to $2 million per claimant.', [[300, 'USD']]],
      ['The merger could save $5 to $7 billion a year.', [[5e9, 'USD per year']]],
      ['The grant will be worth between 900 and 1.5 million euros.', [[900, 'EUR']]],
    ]);
  });
  it('does not read a year and the figure after it as a range', () => {
    check([
      [
        'Subscriptions rose 40% in 2021 to 2.6 million.',
        [
          [40, '%'],
          [2021, null],
          [2.6e6, null],
        ],
      ],
      [
        'Exports fell in 2019 to $4.2 billion.',
        [
          [2019, null],
          [4.2e9, 'USD'],
        ],
      ],
      [
        'The league ran from 1998 to 2004.',
        [
          [1998, null],
          [2004, null],
        ],
      ],
    ]);
  });
  it('reads the letter signs wire copy puts before yen, ringgit and rupiah amounts', () => {
    check([
      ['Sony cut its operating profit forecast to Y120 billion.', [[120e9, 'JPY']]],
      ['The ringgit traded at RM4.70 against the dollar.', [[4.7, 'MYR']]],
      ['The ministry set aside Rp 2.5 trillion for the dam.', [[2.5e12, 'IDR']]],
      ['The fund was opened in Y2K planning and has 30 staff.', [[30, 'staff']]],
      ['Sony expects a net profit of Y500 million.', [[500e6, 'JPY']]],
      ['The dollar bought Y108.50 in late Tokyo trading.', [[108.5, 'JPY']]],
      ['The developer paid RM300,000 for the plot.', [[300000, 'MYR']]],
      ['The miner expects a profit of $A5 million this year.', [[5e6, 'AUD']]],
      ['The insurer will pay 50 sen a share.', [[50, 'sen per share']]],
    ]);
  });
  it('reads prices and quantities given per unit as rates', () => {
    check([
      ['The cartel will cut output by 1.2m barrels a day.', [[1.2e6, 'barrels per day']]],
      ['Nurses earn $38 an hour on average.', [[38, 'USD per hour']]],
      ['Condos in the district sell for $1,200 per square foot.', [[1200, 'USD per square foot']]],
      ['Gold rose to $1,950 an ounce.', [[1950, 'USD per ounce']]],
      [
        'The stock fell 3.2 percent to $41.20 a share.',
        [
          [3.2, '%'],
          [41.2, 'USD per share'],
        ],
      ],
      ['The firm reported earnings of 85 cents a share.', [[85, 'cents per share']]],
      ['Subscribers pay $9.99 a month.', [[9.99, 'USD per month']]],
    ]);
  });
  it('reads percentages, points and basis points', () => {
    check([
      ['Shares were up 5% in early trading.', [[5, '%']]],
      ['Gilts yielded 4.1pc after the budget.', [[4.1, '%']]],
      [
        'Unemployment rose 2.3 percentage points to 7.1%.',
        [
          [2.3, 'percentage points'],
          [7.1, '%'],
        ],
      ],
      [
        'The 10-year Treasury yield rose 12 basis points to 4.35%.',
        [
          [10, 'years'],
          [12, 'basis point'],
          [4.35, '%'],
        ],
      ],
      [
        'The company cut 1,200 jobs, or 8% of its workforce.',
        [
          [1200, 'jobs'],
          [8, '%'],
        ],
      ],
    ]);
  });
});

describe('figure units: health and science', () => {
  it('reads doses, concentrations and sizes in their units', () => {
    check([
      ['Each tablet contains 500mg of paracetamol.', [[500, 'milligram']]],
      ['The dose was 5 mg per kilogram of body weight.', [[5, 'milligram per kilogram']]],
      ['Fine particles smaller than 2.5 μm can lodge deep in the lungs.', [[2.5, 'micrometre']]],
      ['Levels of lead reached 15 ppb in some homes.', [[15, 'parts per billion']]],
      ['Readings topped 300 micrograms per cubic metre.', [[300, 'microgram per cubic metre']]],
      ['Researchers cooled the sample to 4 kelvin.', [[4, 'kelvin']]],
      ['The alloy has a yield strength of 80 ksi.', [[80, 'kilopounds per square inch']]],
      ['The telescope can see galaxies 13 billion light-years away.', [[13e9, 'light-year']]],
    ]);
  });
  it('names what a count counts', () => {
    check([
      [
        'The county has recorded 1,203 cases and 27 deaths.',
        [
          [1203, 'cases'],
          [27, 'deaths'],
        ],
      ],
      [
        'The vaccine was 94.5% effective in trials involving 30,000 volunteers.',
        [
          [94.5, '%'],
          [30000, 'volunteers'],
        ],
      ],
      [
        'The hospital has 450 beds and 3,200 staff.',
        [
          [450, 'beds'],
          [3200, 'staff'],
        ],
      ],
      ['One in five children lives in poverty.', [[0.2, 'children']]],
      ['A third of the town’s homes were damaged.', [[1 / 3, null]]],
      ['About five thousand people attended the vigil.', [[5000, 'people']]],
      ['The stadium holds twenty-eight thousand five hundred fans.', [[28500, 'fans']]],
      ['Six hundred and fifty workers were laid off.', [[650, 'workers']]],
    ]);
  });
});

describe('figure units: technology and cars', () => {
  it('reads specifications written with symbols, glued or spaced', () => {
    check([
      [
        'The chip runs at 3.2 GHz and draws 65 W.',
        [
          [3.2, 'gigahertz'],
          [65, 'watt'],
        ],
      ],
      [
        'The processor has eight cores clocked at 2.8GHz.',
        [
          [8, 'cores'],
          [2.8, 'gigahertz'],
        ],
      ],
      [
        'The phone has a 6.1-inch screen and a 4,000 mAh battery.',
        [
          [6.1, 'inch'],
          [4000, 'milliampere-hour'],
        ],
      ],
      [
        'The 2.0-litre engine makes 255 hp and 273 lb-ft of torque.',
        [
          [2, 'litre'],
          [255, 'horsepower'],
          [273, 'pound-foot'],
        ],
      ],
      [
        'The laptop weighs 1.3kg and has a 14in screen.',
        [
          [1.3, 'kilogram'],
          [14, 'inch'],
        ],
      ],
      [
        'It has a 12-megapixel camera and 128GB of storage.',
        [
          [12, 'megapixel'],
          [128, 'gigabyte'],
        ],
      ],
      [
        'The 400-horsepower V8 produces 369 pound-feet of torque.',
        [
          [400, 'horsepower'],
          [369, 'pound-foot'],
        ],
      ],
    ]);
  });
  it('keeps the numbers of model names out of the figures', () => {
    check([
      ['Tesla delivered 466,000 Model 3 sedans last year.', [[466000, 'sedans']]],
      ['Airlines grounded their Boeing 737 jets after the crash.', []],
      ['The airline ordered 50 Airbus A321neo jets.', [[50, 'jets']]],
      ['The update for Windows 11 reached 400 million users.', [[400e6, 'users']]],
      ['Each caplet of Tylenol 500mg holds the same dose.', [[500, 'milligram']]],
      ['The Model S 100 kWh battery is the largest.', [[100, 'kilowatt-hour']]],
    ]);
  });
  it('keeps the numbers of product and index names in camel case or capitals out of the figures', () => {
    check([
      ['The iPhone 15 sold out within 20 minutes in Seoul.', [[20, 'minutes']]],
      ['The S&P 500 closed 1.2% higher.', [[1.2, '%']]],
      ['London’s FTSE 100 slipped 0.4 percent on Tuesday.', [[0.4, '%']]],
      ['The plant is certified to ISO 9001 and employs 240 people.', [[240, 'people']]],
      ['The IMF 190 members agreed.', [[190, 'members']]],
      ['In the UK 40 people were hurt.', [[40, 'people']]],
      ['STORM CUTS POWER TO 12 TOWNS', [[12, null]]],
    ]);
  });
});

describe('figure units: sport', () => {
  it('reads distances, times and statistics', () => {
    check([
      [
        'He kicked a 38-yard field goal with four seconds left.',
        [
          [38, 'yard'],
          [4, 'seconds'],
        ],
      ],
      [
        'The rookie threw for 312 yards and three touchdowns.',
        [
          [312, 'yard'],
          [3, 'touchdowns'],
        ],
      ],
      [
        'He averaged 27.4 ppg and 8.1 rpg last season.',
        [
          [27.4, 'points per game'],
          [8.1, 'rebounds per game'],
        ],
      ],
      [
        'She won the 200 metres in 21.9 seconds.',
        [
          [200, 'metre'],
          [21.9, 'seconds'],
        ],
      ],
      ['The club paid £85m for the striker.', [[85e6, 'GBP']]],
      [
        'The pitcher has a 2.45 ERA and 4.1 WAR this season.',
        [
          [2.45, 'earned run average'],
          [4.1, 'wins above replacement'],
        ],
      ],
    ]);
  });
  it('finds the counted noun after capitalised modifiers and acronyms', () => {
    check([
      [
        'She has 3 Grand Slam titles and 12 WTA titles.',
        [
          [3, 'titles'],
          [12, 'titles'],
        ],
      ],
      [
        'He has 24 home runs and 80 RBIs.',
        [
          [24, 'runs'],
          [80, 'RBIs'],
        ],
      ],
      [
        'The pitcher threw 104 pitches over seven innings.',
        [
          [104, 'pitches'],
          [7, 'innings'],
        ],
      ],
    ]);
  });
});

describe('figure units: crime and courts', () => {
  it('reads ages however they are written', () => {
    check([
      ['The driver, 42, was taken to hospital with minor injuries.', [[42, 'years']]],
      ['A woman, 67, of Northgate was treated at the scene.', [[67, 'years']]],
      ['Maria Ortega, 42, of Fresno, was charged with arson.', [[42, 'years']]],
      ['The victim, aged 19, died at the scene.', [[19, 'years']]],
      ['A 17-year-old was arrested on Friday.', [[17, 'years']]],
      ['Tom Reilly (34), of Navan, appeared in court.', [[34, 'years']]],
      ['The bishop died at the age of 87.', [[87, 'years']]],
    ]);
  });
  it('reads seizures, sentences and fines', () => {
    check([
      [
        'Police seized 2.5 tonnes of cannabis worth £10m.',
        [
          [2.5, 'tonne'],
          [10e6, 'GBP'],
        ],
      ],
      ['The suspect was carrying 40 kg of cocaine.', [[40, 'kilogram']]],
      ['He was sentenced to 25 years in prison.', [[25, 'years']]],
      [
        'He was jailed for six months and fined £2,000.',
        [
          [6, 'months'],
          [2000, 'GBP'],
        ],
      ],
      ['About 1,500 commercial fishermen lost their licences.', [[1500, 'fishermen']]],
    ]);
  });
});

describe('figure units: weather and places', () => {
  it('reads temperatures below zero as negative', () => {
    check([
      ['Temperatures fell to minus 20C overnight.', [[-20, 'celsius']]],
      ['On the moon’s night side it falls to minus-170 degrees Celsius.', [[-170, 'celsius']]],
      ['Overnight lows of -5C are forecast for the glens.', [[-5, 'celsius']]],
      ['The heat index hit 110 degrees.', [[110, 'degrees']]],
      [
        'It was 90 degrees F in Phoenix and -10 degrees C in Duluth.',
        [
          [90, 'fahrenheit'],
          [-10, 'celsius'],
        ],
      ],
    ]);
  });
  it('reads lengths, areas, speeds and ranges of them', () => {
    check([
      ['Winds gusted to 45 mph overnight.', [[45, 'mph']]],
      ['Wind speeds reached 150 km/h.', [[150, 'km/h']]],
      ['Gusts of 70 miles-per-hour toppled trees.', [[70, 'mph']]],
      ['The ferry was travelling at 18 knots.', [[18, 'knot']]],
      ['The storm dumped 18 inches of snow on Buffalo.', [[18, 'inch']]],
      ['Storm surge of 10 to 15 feet is expected.', [[10, 'foot']]],
      ['Rainfall totals of 3-5 inches are likely.', [[3, 'inch']]],
      ['The oil spill covered 40 square miles.', [[40, 'square mile']]],
      [
        'The flat measures 85 sq m and costs €450,000.',
        [
          [85, 'square metre'],
          [450000, 'EUR'],
        ],
      ],
      [
        'The 5,000-square-foot mansion sits on a 2-acre lot.',
        [
          [5000, 'square foot'],
          [2, 'acre'],
        ],
      ],
      ['The dam holds 1.5 million acre-feet of water.', [[1.5e6, 'acre-foot']]],
      [
        'The plant will generate 500 megawatts, enough for 400,000 homes.',
        [
          [500, 'megawatt'],
          [400000, 'homes'],
        ],
      ],
      [
        'The bridge is 1.7 miles long and 200 feet high.',
        [
          [1.7, 'mile'],
          [200, 'foot'],
        ],
      ],
    ]);
  });
});

describe('figure units: politics', () => {
  it('reads votes, shares of voters and crowds', () => {
    check([
      ['Six in 10 voters said the economy was their top concern.', [[0.6, 'voters']]],
      ['The measure passed with 62 percent of the vote.', [[62, '%']]],
      ['He won by 3,421 votes.', [[3421, 'votes']]],
      ['More than 40 MPs signed the letter.', [[40, 'MPs']]],
      ['Hundreds of protesters gathered outside the courthouse.', [[200, 'protesters']]],
      [
        'The bill would raise the minimum wage to $15 an hour by 2027.',
        [
          [15, 'USD per hour'],
          [2027, null],
        ],
      ],
    ]);
  });
});

describe('figure units: lists and ranges that write the unit once', () => {
  it('gives the numbers of a list the unit written once after the last', () => {
    check([
      [
        'Shares of both lenders rose 3 and 5 percent.',
        [
          [3, '%'],
          [5, '%'],
        ],
      ],
      [
        'Her lead in the polls was 4, 6 or 9 points.',
        [
          [4, 'points'],
          [6, 'points'],
          [9, 'points'],
        ],
      ],
      [
        'Of the 12, 4 people were hurt.',
        [
          [12, null],
          [4, 'people'],
        ],
      ],
      [
        'Police arrested 3 and charged 2 people.',
        [
          [3, null],
          [2, 'people'],
        ],
      ],
    ]);
  });
  it('reads a range with the unit on both halves or once', () => {
    check([
      ['Bread prices are expected to rise between 4% and 6% next year.', [[4, '%']]],
      ['Pay rises of 3 to 5 per cent were offered.', [[3, '%']]],
      ['Fares will go up between 2 and 3 percent.', [[2, '%']]],
    ]);
  });
});

describe('figure units: powers of ten', () => {
  it('reads scientific notation however the power is written', () => {
    check([
      ['The star is about 2 × 10^30 kilograms.', [[2e30, 'kilogram']]],
      ['The wavelength was measured at 6.5×10−7 metres.', [[6.5e-7, 'metre']]],
      ['Each cell holds about 6.02x10²³ molecules.', [[6.02e23, 'molecules']]],
      ['The error rate was 1.5e-4 in the trial.', [[1.5e-4, null]]],
      [
        'The frame is built of 2 x 4 lumber.',
        [
          [2, null],
          [4, null],
        ],
      ],
    ]);
  });
});

describe('figure units: fractions in digits', () => {
  it('reads a fraction before a unit or "of", and leaves dates and names alone', () => {
    check([
      ['Inspectors found the bolts were 3/4 inch too short.', [[0.75, 'inch']]],
      ['Each tablet holds 1/2 gram of the drug.', [[0.5, 'gram']]],
      ['Nearly 2/3 of the members voted yes.', [[2 / 3, null]]],
      ['Survivors of the 9/11 attacks gathered at the memorial.', []],
      ['The clinic offers 24/7 care.', []],
    ]);
  });
});

describe('figure units: shares written as ratios', () => {
  it('reads "one in three" and "two out of five" as the share, with what it is a share of', () => {
    check([
      ['About one in three homes in the valley still draws water from a private well.', [[1 / 3, 'homes']]],
      ['Two out of five nurses at the hospital said they planned to leave within a year.', [[0.4, 'nurses']]],
      [
        '1 in 4 renters in the city spends more than half their income on housing.',
        [
          [0.25, 'renters'],
          [0.5, null],
        ],
      ],
      ['One in every 10 children in the county lives below the poverty line.', [[0.1, 'children']]],
      ['Roughly one in 5,000 doses caused a serious reaction, the agency said.', [[1 / 5000, 'doses']]],
      ['Nine out of 10 dentists surveyed backed the change.', [[0.9, 'dentists']]],
    ]);
  });
  it('keeps a number followed by "in" and a year or a span of time out of the ratios', () => {
    check([
      [
        'The club won 3 in 2019 and none the year after.',
        [
          [3, null],
          [2019, null],
        ],
      ],
      [
        'The firm opened two stores in three years.',
        [
          [2, 'stores'],
          [3, 'years'],
        ],
      ],
    ]);
  });
});

describe('figure units: transport', () => {
  it('keeps routes, lines and flights called by their number out of the figures', () => {
    check([
      ['The 22, which loops past the stadium, carries about 6,500 riders on weekdays.', [[6500, 'riders']]],
      ['Commuters who take the 9 bus face the longest waits in the city.', []],
      ['She rode the 47 home after every night shift.', []],
      ['Riders on the 3 train reported delays of up to 40 minutes.', [[40, 'minutes']]],
    ]);
  });
  it('still counts buses, riders and hostages after "the"', () => {
    check([
      ['The 31 buses in the fleet are due for replacement.', [[31, 'buses']]],
      ['Gunmen took the 14 hostages to a farmhouse.', [[14, 'hostages']]],
      ['The 12, who were arrested at the depot, were released on bail.', [[12, null]]],
    ]);
  });
});

describe('figure units: the table of units of measure', () => {
  it('reads every written form of every unit after a number, as that unit', () => {
    for (const [unit, forms] of Object.entries(MEASURES.units as Record<string, string[]>))
      for (const form of forms) assert.deepStrictEqual(measureAfter(` ${form} of water.`)?.unit, unit, form);
  });
});

describe('figure units: gold and silver count records and medals, they are no money', () => {
  it('"three gold records", "two silver medals" are counts; "50 million Swiss francs" is still money', () =>
    check([
      ['Her voice carried the band to three gold records in the 1970s.', [[3, 'records']]],
      [
        'She won two silver medals and one gold at the Games.',
        [
          [2, 'medals'],
          [1, 'gold'],
        ],
      ],
      ['The bank paid 50 million Swiss francs to settle the case.', [[50_000_000, 'CHF']]],
    ]));
});
