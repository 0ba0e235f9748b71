import { expect } from 'vitest';

/** Expects offsets to be in the order the text has them. */
export const inTextOrder = (starts: number[]): void =>
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
