// What every runtime's report must show, and how it must agree with Node's.
import { expect } from 'vitest';
import type { Report } from './report.js';

/** Checks that hold in any runtime on their own: lookups, errors, frozen data, schema, JSON. */
export function expectSound(report: Report, runtime: string): void {
  expect(report.lookup.value, `${runtime}: getStatistic agrees with article.json`).toBe(
    report.lookup.jsonValue,
  );
  expect(report.unknownId, `${runtime}: an unknown id`).toMatchObject({
    threw: true,
    name: 'UnknownIdError',
    code: 'ERR_UNKNOWN_ID',
  });
  expect(report.found.length, `${runtime}: findStatistics({ currency: 'USD' })`).toBeGreaterThan(0);
  expect(report.formatted.length).toBeGreaterThan(0);
  for (const { locale, id, text, intl } of report.formatted) {
    // The runtime's own Intl is the oracle: its ICU may space or word figures unlike Node's.
    expect(
      text,
      `${runtime}: formatStatistic(${id}, { locale: '${locale}' }) shows what its Intl gives`,
    ).toContain(intl);
  }
  for (const [write, attempt] of Object.entries(report.frozen)) {
    expect(
      attempt,
      `${runtime}: a write to frozen data (${write}) throws a TypeError`,
    ).toMatchObject({ threw: true, isTypeError: true });
  }
  expect(report.parsed, `${runtime}: parseArticle of the JSON text`).toEqual({
    id: report.json.id,
    sameAsMain: true,
  });
  expect(report.rejected, `${runtime}: parseArticle of a malformed copy`).toMatchObject({
    threw: true,
    name: 'ArticleValidationError',
    code: 'ERR_INVALID_ARTICLE',
  });
  expect(
    report.rejected.paths,
    `${runtime}: the error names the path of the malformed value`,
  ).toContainEqual(report.rejected.corrupted);
  expect(report.json.sameAsMain, `${runtime}: article.json is the main entry's article`).toBe(true);
}

/** `expectSound`, and the same results as Node for everything that does not depend on a locale. */
export function expectSameResults(report: Report, reference: Report, runtime: string): void {
  expectSound(report, runtime);
  expect(report.lookup, `${runtime}: lookup`).toEqual(reference.lookup);
  expect(report.found, `${runtime}: findStatistics`).toEqual(reference.found);
  expect(
    report.formatted.map(({ locale, id }) => `${locale} ${id}`),
    `${runtime}: formatted statistics`,
  ).toEqual(reference.formatted.map(({ locale, id }) => `${locale} ${id}`));
  expect(report.csv, `${runtime}: toCSV`).toBe(reference.csv);
  expect(report.jsonld, `${runtime}: toJSONLD`).toEqual(reference.jsonld);
  expect(report.vegaLite, `${runtime}: toVegaLite`).toEqual(reference.vegaLite);
}

/** What the CLI's `summary` must show, read from the data: the headline first, then every statistic's label. */
export function expectSummary(stdout: string, reference: Report, runtime: string): void {
  const { headline, labels } = reference.summary;
  expect(stdout.split('\n')[0], `${runtime}: summary starts with the headline`).toBe(headline);
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels)
    expect(stdout, `${runtime}: summary names "${label}"`).toContain(label);
}
