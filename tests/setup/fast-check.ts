// Property tests draw new cases on every run on a developer's machine, where a failure is a bug
// found. On CI they replay one fixed seed, so that a landing does not depend on the draw; set
// FC_SEED to replay any failure that fast-check reports.
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20200905' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
