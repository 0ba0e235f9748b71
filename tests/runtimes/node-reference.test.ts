// Node's report is the yardstick of the other runtimes, so it must pass the same checks itself.
import { describe, expect, inject, it } from 'vitest';
import { expectSound } from './support/expect-report.js';

describe('Node (the reference for the other runtimes)', () => {
  it('loads the packed package and passes every check of the probe', () => {
    const { reference } = inject('runtimes');
    expect(reference.runtime).toEqual({ name: 'node', version: process.versions.node });
    expectSound(reference, `Node ${process.versions.node}`);
  });
});
