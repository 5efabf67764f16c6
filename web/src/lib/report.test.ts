import { describe, expect, it } from 'vitest';
import {
  CLASS_COLOURS,
  NO_VALUE_COLOUR,
  choroplethSvg,
  classBreaks,
  colourOf,
  halfYearDays,
  halfYearOf,
  halfYearOfPeriod,
  halfYearsBetween,
  previousHalfYear,
  reportFileName,
  sortRows,
  sparklinePath,
  toCsv,
} from './report';

describe('half-years', () => {
  it('know their days, their predecessor and the half-year of a day', () => {
    expect(halfYearDays('2020-H1')).toEqual({ from: '2020-01-01', to: '2020-06-30' });
    expect(halfYearDays('2019-H2')).toEqual({ from: '2019-07-01', to: '2019-12-31' });
    expect(previousHalfYear('2020-H1')).toBe('2019-H2');
    expect(previousHalfYear('2019-H2')).toBe('2019-H1');
    expect(halfYearOf('2020-06-30')).toBe('2020-H1');
    expect(halfYearOf('2020-07-01')).toBe('2020-H2');
    expect(halfYearsBetween('2018-H1', '2020-H1')).toEqual([
      '2018-H1',
      '2018-H2',
      '2019-H1',
      '2019-H2',
      '2020-H1',
    ]);
  });

  it('recognise a period that is exactly one half-year, and only that', () => {
    expect(halfYearOfPeriod('2020-01-01', '2020-06-30')).toBe('2020-H1');
    expect(halfYearOfPeriod('2020-01-01', '2020-06-29')).toBeNull();
    expect(halfYearOfPeriod('2019-07-01', '2020-06-30')).toBeNull();
  });
});

describe('sorting the municipality table', () => {
  const rows = [
    { name: 'Asch', cell: { value: 7, suppressed: false } },
    { name: 'Berg', cell: { value: null, suppressed: true } },
    { name: 'Dorf', cell: null },
    { name: 'Calw', cell: { value: 2, suppressed: false } },
    { name: 'Eck', cell: { value: 7, suppressed: false } },
  ];
  const names = (direction: 'ascending' | 'descending') =>
    sortRows(
      rows,
      (r) => r.cell,
      direction,
      5,
      (r) => r.name,
    ).map((r) => r.name);

  it('puts a suppressed cell between 0 and the minimum, rows without a value last, ties by name', () => {
    expect(names('ascending')).toEqual(['Calw', 'Berg', 'Asch', 'Eck', 'Dorf']);
    expect(names('descending')).toEqual(['Asch', 'Eck', 'Berg', 'Calw', 'Dorf']);
  });
});

describe('the choropleth classes', () => {
  it('are quantiles: each of five colours marks about a fifth of ten municipalities', () => {
    const values = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
    const breaks = classBreaks(values);
    expect(breaks.bounds).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(breaks.colours).toEqual(CLASS_COLOURS);
    expect(values.map((v) => CLASS_COLOURS.indexOf(colourOf(v, breaks) as never))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });

  it('keep equal values in one class, use fewer classes for few values, and grey for no value', () => {
    const breaks = classBreaks([0, 0, 0, 0, 1]);
    expect(breaks.bounds).toEqual([0]);
    expect(breaks.colours).toHaveLength(2);
    expect(colourOf(0, breaks)).not.toBe(colourOf(1, breaks));
    expect(colourOf(null, breaks)).toBe(NO_VALUE_COLOUR);
    expect(classBreaks([3, 3]).colours).toEqual([CLASS_COLOURS[4]]);
  });
});

describe('the trend line', () => {
  it('runs from the left to the right edge, scaled from 0 to the largest value, with gaps for no value', () => {
    expect(sparklinePath([0, 2, 4], 42, 22)).toBe('M1.0,21.0L21.0,11.0L41.0,1.0');
    expect(sparklinePath([1, null, 1], 42, 22, 2)).toBe('M1.0,11.0M41.0,11.0');
  });
});

describe('CSV', () => {
  it('is what German spreadsheets open: BOM, semicolons, decimal commas, quoted fields, no formulas', () => {
    const csv = toCsv(
      ['Gemeinde', 'Dichte'],
      [
        ['Ehingen (Donau)', 0.25],
        ['Blau; "Beuren"', null],
        ['=HYPERLINK("x")', -1],
      ],
    );
    expect(csv).toBe(
      '\uFEFFGemeinde;Dichte\r\nEhingen (Donau);0,25\r\n"Blau; ""Beuren""";\r\n"\'=HYPERLINK(""x"")";-1\r\n',
    );
  });
});

describe('the choropleth as SVG', () => {
  it('draws each area with its colour and title, the legend and the caption, with names escaped', () => {
    const square = (x: number, y: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [x, y],
          [x + 0.1, y],
          [x + 0.1, y + 0.1],
          [x, y + 0.1],
          [x, y],
        ],
      ],
    });
    const svg = choroplethSvg(
      [
        { name: 'A', geometry: square(9.7, 48.3), colour: '#e8f1f8', title: 'A & B: 0,1' },
        { name: 'C', geometry: square(9.8, 48.3), colour: '#0b4f6c', title: 'C: 0,9' },
      ],
      [{ colour: '#e8f1f8', label: 'bis 0,1' }],
      'Dichte, 1. Halbjahr 2020 <Demo>',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('fill="#0b4f6c"');
    expect(svg).toContain('<title>A &amp; B: 0,1</title>');
    expect(svg).toContain('bis 0,1');
    expect(svg).toContain('Dichte, 1. Halbjahr 2020 &lt;Demo&gt;');
  });
});

describe('download names', () => {
  it('name the table, the district in plain ASCII and the period', () => {
    const period = { from: '2020-01-01', to: '2020-06-30' };
    expect(reportFileName('gemeinden', 'Alb-Donau-Kreis', period, 'csv')).toBe(
      'lotse-gemeinden-Alb-Donau-Kreis-2020-01-01-2020-06-30.csv',
    );
    expect(reportFileName('karte', 'Biberach an der Riß', period, 'png')).toBe(
      'lotse-karte-Biberach-an-der-Riss-2020-01-01-2020-06-30.png',
    );
    expect(reportFileName('karte', 'Überlingen/Bodensee "Süd"', period, 'svg')).toBe(
      'lotse-karte-Ueberlingen-Bodensee-Sued-2020-01-01-2020-06-30.svg',
    );
    expect(reportFileName('karte', 'Saint-Étienne', period, 'svg')).toBe(
      'lotse-karte-Saint-Etienne-2020-01-01-2020-06-30.svg',
    );
    expect(reportFileName('kontakte', null, period, 'csv')).toBe(
      'lotse-kontakte-alle-2020-01-01-2020-06-30.csv',
    );
  });
});
