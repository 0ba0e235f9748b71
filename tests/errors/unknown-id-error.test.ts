// UnknownIdError as a user meets it: named and coded as itself, its message the id given (with
// its type when it is not a string) and every valid id.
import { describe, expect, it } from 'vitest';
import { getStatistic, UnknownIdError, type StatisticId } from '../../src/index.js';

describe('UnknownIdError', () => {
  it('is named, coded and printed as itself, with the kind, the id and the valid ids', () => {
    const error = new UnknownIdError('entity', 'ji-lin', ['jilin', 'beijing']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UnknownIdError');
    expect(error.code).toBe('ERR_UNKNOWN_ID');
    expect([error.kind, error.id, error.validIds]).toEqual([
      'entity',
      'ji-lin',
      ['jilin', 'beijing'],
    ]);
    expect(String(error)).toBe(
      'UnknownIdError: Unknown entity id "ji-lin". Valid entity ids: "jilin", "beijing".',
    );
  });

  it('gives the type of an id that is not a string', () => {
    expect(new UnknownIdError('statistic', 42, ['a', 'b']).message).toBe(
      'Unknown statistic id number 42. Valid statistic ids: "a", "b".',
    );
  });

  it('is what a lookup throws for an id the article does not have', () => {
    let thrown: unknown;
    try {
      getStatistic('service-trade-volume-2020' as StatisticId);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnknownIdError);
    expect((thrown as UnknownIdError).name).toBe('UnknownIdError');
    expect(String(thrown)).toMatch(
      /^UnknownIdError: Unknown statistic id "service-trade-volume-2020"\. Valid statistic ids: "[a-z0-9-]+"(, "[a-z0-9-]+")*\.$/,
    );
  });
});
