import { describe, expect, it } from 'vitest';
import { article, nameOf, UnknownIdError } from '../../src/index.js';

describe('nameOf', () => {
  it('rejects an id that is no entity of the article with the whole list of entity ids', () => {
    const unknown = () => nameOf('ji-lin' as 'jilin');
    expect(unknown).toThrow(UnknownIdError);
    expect(unknown).toThrow(
      `Unknown entity id "ji-lin". Valid entity ids: ${article.entities.map((e) => `"${e.id}"`).join(', ')}.`,
    );
  });
});
