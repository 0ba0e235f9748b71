// The Dataset document checked against schema.org's own types (Google's schema-dts).
import type { Dataset, WithContext } from 'schema-dts';
import { describe, expectTypeOf, it } from 'vitest';
import { datasetJsonLd } from '../../scripts/generate/dataset-metadata.js';

describe('the Dataset document satisfies schema-dts', () => {
  it('as a Dataset with its context', () => {
    expectTypeOf(datasetJsonLd).returns.toExtend<WithContext<Dataset>>();
  });
});
