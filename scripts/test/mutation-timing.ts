// How long the mutation test takes, as `npm run test:mutation -- --record` measured it: kept in
// docs/performance-mutation.json and shown in docs/performance.md, whose section both that
// script and the benchmark write from the record.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MutationRun {
  /** The day of the measurement, YYYY-MM-DD. */
  readonly measured: string;
  readonly node: string;
  readonly cpus: number;
  /** Stryker's test runner processes. */
  readonly concurrency: number;
  /** Wall time of the whole run, Stryker's start to its report. */
  readonly durationMs: number;
  /**
   * The mutants of src/ that Stryker runs (the static and disabled ones, which it never runs,
   * aside), and how many of them this run tested: the rest it reused from the state.
   */
  readonly mutants: number;
  readonly tested: number;
  /** The mutation score over src/, in per cent. */
  readonly score: number;
  /** How the run was made, when not by one `npm run test:mutation -- --record`. */
  readonly note?: string;
}

export interface MutationTiming {
  /** Every mutant tested: `--force`, or no state to start from. */
  readonly full?: MutationRun;
  /** After a change: the mutants it touched tested, the other results reused. */
  readonly changed?: MutationRun;
  /** Nothing changed since the committed state: every result reused. */
  readonly unchanged?: MutationRun;
}

const RECORD = 'docs/performance-mutation.json';
const PERFORMANCE = 'docs/performance.md';
const HEADING = '## Mutation testing';

export function readMutationTiming(root: string): MutationTiming {
  const path = join(root, RECORD);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as MutationTiming) : {};
}

const minutes = (ms: number) =>
  ms < 60_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 60_000).toFixed(1)} min`;
const row = (what: string, run: MutationRun | undefined) =>
  run === undefined
    ? `| ${what} | not measured | | | |`
    : `| ${what} | ${minutes(run.durationMs)} | ${run.tested.toLocaleString('en')} of ${run.mutants.toLocaleString('en')} | ${run.score.toFixed(2)} % | ${run.measured}, ${run.node}, ${run.cpus} cores, ${run.concurrency} runners${run.note === undefined ? '' : `; ${run.note}`} |`;

/** The section of docs/performance.md on the mutation test. */
export function mutationSection(timing: MutationTiming): string {
  return `${HEADING}

\`npm run test:mutation\` (StrykerJS over src/, the unit suite, see CONTRIBUTING.md), wall time,
as \`npm run test:mutation -- --record\` measured it (kept in \`${RECORD}\`). A full run tests
every mutant; a run after a change tests the mutants whose code or tests it touched and reuses
the other results; a run on a tree that has not changed since the committed incremental state
reuses every result, and still runs the whole unit suite once to measure which test covers which
mutant. A run from the committed state is one of the last two.

| run | wall time | mutants tested | score | measured |
| --- | --- | --- | --- | --- |
${row('full (`--force`)', timing.full)}
${row('after a change, incremental', timing.changed)}
${row('unchanged tree, incremental', timing.unchanged)}
`;
}

/**
 * What a run of all of src/ did, from the statuses of its report's mutants and the count of
 * results Stryker says it reused: which row it belongs to, the mutants it could run, and how many
 * it ran. Ignored mutants (static, or disabled by a comment) are never run, nor reused.
 */
export function runOf(
  statuses: readonly string[],
  reused: number,
): { kind: keyof MutationTiming; mutants: number; tested: number } {
  const mutants = statuses.filter((status) => status !== 'Ignored').length;
  const tested = mutants - reused;
  return { kind: reused === 0 ? 'full' : tested === 0 ? 'unchanged' : 'changed', mutants, tested };
}

/** Keeps `run` in the record and rewrites the section of docs/performance.md from it. */
export function recordMutationRun(
  root: string,
  kind: keyof MutationTiming,
  run: MutationRun,
): void {
  const timing = { ...readMutationTiming(root), [kind]: run };
  writeFileSync(join(root, RECORD), `${JSON.stringify(timing, null, 2)}\n`);
  const path = join(root, PERFORMANCE);
  const text = readFileSync(path, 'utf8');
  const section = mutationSection(timing);
  const at = text.indexOf(HEADING);
  const next = at < 0 ? -1 : text.indexOf('\n## ', at + HEADING.length);
  const before = '## Where a target is missed';
  const updated =
    at >= 0
      ? `${text.slice(0, at)}${section}${next < 0 ? '' : text.slice(next)}`
      : text.includes(before)
        ? text.replace(before, `${section}\n${before}`)
        : `${text.trimEnd()}\n\n${section}`;
  writeFileSync(path, updated);
}
