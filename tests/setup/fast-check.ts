// Property tests draw new cases on every run on a developer's machine, where a failure is a bug
// found. On CI they replay one fixed seed, so that a landing does not depend on the draw; set
// FC_SEED to replay any failure that fast-check reports.
import fc from 'fast-check';
import { CI_FAST_CHECK_SEED } from './fast-check-seed.js';

const seed = process.env.FC_SEED ?? (process.env.CI ? String(CI_FAST_CHECK_SEED) : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
