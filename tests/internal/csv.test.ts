import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvText, type CsvCell } from '../../src/internal/csv.js';

const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ab ,"\r\n\t=+-@\'') }),
  fc.double({ noNaN: true }),
  fc.constant(undefined),
);
const FORMULA = /^[=+\-@\t\r]/;

describe('csvText', () => {
  it('writes cells that an RFC 4180 reader reads back, formulas neutralised with a leading quote', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 5 }),
        fc.boolean(),
        (rows, neutralize) => {
          const text = csvText(['a', 'b', 'c'], rows, neutralize);
          expect(text.endsWith('\r\n')).toBe(true);
          const read: string[][] = parse(text, { record_delimiter: '\r\n' });
          expect(read).toEqual([
            ['a', 'b', 'c'],
            ...rows.map((row) =>
              row.map((value) => {
                if (value === undefined) return '';
                if (typeof value === 'number') return String(value);
                return neutralize && FORMULA.test(value) ? `'${value}` : value;
              }),
            ),
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('quotes only cells with a comma, a quotation mark or a line break, and ends records with CRLF', () => {
    expect(
      csvText(undefined, [['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', 7, undefined]], false),
    ).toBe('plain,"a,b","say ""hi""","two\nlines","cr\r",7,\r\n');
    expect(csvText(['x'], [], false)).toBe('x\r\n');
    expect(csvText(undefined, [], true)).toBe('');
  });

  it('neutralises text, never numbers', () => {
    expect(csvText(undefined, [['=1', '+1', '-1', '@a', '\tx', '\rx', -1, 'a=1']], true)).toBe(
      `'=1,'+1,'-1,'@a,'\tx,"'\rx",-1,a=1\r\n`,
    );
    expect(csvText(undefined, [['=1', '-1']], false)).toBe('=1,-1\r\n');
  });
});
