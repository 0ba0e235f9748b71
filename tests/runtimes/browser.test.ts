// A browser: a plain page whose import map points at the packed dist/index.js (no bundler), in
// the system's Chromium through playwright-core.
import { describe, expect, inject, it } from 'vitest';
import { expectSameResults } from './support/expect-report.js';
import { browserReport } from './support/harness.js';

const context = inject('runtimes');

describe('Chromium', () => {
  it('loads the package from an import map and passes the probe', async () => {
    const { report, browser } = await browserReport(context);
    expect(report.runtime.name).toBe('browser');
    // The user agent carries only the major version (Chrome's reduced user agent).
    expect(report.runtime.version).toContain(
      `Chrome/${browser.replace('Chromium ', '').split('.')[0] ?? ''}.`,
    );
    expectSameResults(report, context.reference, browser);
  });
});
