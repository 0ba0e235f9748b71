// workerd, the runtime of Cloudflare Workers: a module worker bundled by esbuild as the Workers
// toolchain does, served on 127.0.0.1 by `workerd serve`, answering with the article's data.
import { describe, expect, inject, it } from 'vitest';
import { expectSameResults } from './support/expect-report.js';
import { label, workerdAnswers } from './support/harness.js';

const context = inject('runtimes');
const runtime = label.workerd(context);

describe(runtime, () => {
  it('answers with the statistics as CSV and the article as JSON-LD, and passes the probe', async () => {
    const { csv, jsonld, report } = await workerdAnswers(context);
    expect(csv.status).toBe(200);
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.body).toBe(context.reference.csv);
    expect(jsonld.status).toBe(200);
    expect(jsonld.contentType).toBe('application/ld+json');
    expect(JSON.parse(jsonld.body)).toEqual(context.reference.jsonld);
    expect(report.runtime.name).toBe('workerd');
    expectSameResults(report, context.reference, runtime);
  });
});
