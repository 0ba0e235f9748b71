// The explorer's reading of the address bar's hash, under Node: a malformed or unknown link is a
// message, never an exception (the page itself is tested in Chromium, tests/browser/).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHash } from '../../explorer/read-hash.js';

const items = new Map([['statistic/service-trade-volume-2019', 'the item']]);

describe('the explorer’s link reader', () => {
  it('opens the item a link names, and nothing for an empty hash', () => {
    expect(readHash('#statistic/service-trade-volume-2019', items)).toEqual({ found: 'the item' });
    expect(readHash('#statistic%2Fservice-trade-volume-2019', items)).toEqual({
      found: 'the item',
    });
    expect(readHash('', items)).toEqual({});
    expect(readHash('#', items)).toEqual({});
  });

  it('says a malformed link is malformed instead of throwing URIError', () => {
    expect(readHash('#statistic/%', items)).toEqual({
      problem: expect.stringMatching(/^The link “#statistic\/%” is malformed/),
    });
  });

  it('says a link to an unknown id names no item', () => {
    expect(readHash('#statistic/no-such-id', items)).toEqual({
      problem: expect.stringMatching(/names no item of the article/),
    });
  });

  it('never throws, and quotes at most 60 characters of any hash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (rest) => {
        const result = readHash(`#${rest}`, items);
        if (!('problem' in result)) return;
        // The longer of the two messages is 164 characters around the quoted hash.
        expect(result.problem.length).toBeLessThanOrEqual(164 + 61);
        if (rest.length > 60) expect(result.problem).not.toContain(rest);
      }),
    );
  });
});
