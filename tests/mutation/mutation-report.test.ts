// The check that `npm run test:mutation` makes of Stryker's report (scripts/test/mutation-report.ts).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  MutantResult,
  MutantStatus,
  MutationTestResult,
} from 'mutation-testing-report-schema';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  readReport,
  STATIC_REASON,
  totalScore,
} from '../../scripts/test/mutation-report.js';
import {
  mutationSection,
  readMutationTiming,
  recordMutationRun,
  runOf,
} from '../../scripts/test/mutation-timing.js';
import { projectRoot } from '../support/built-package.js';

let id = 0;
const mutant = (status: MutantStatus, line: number, statusReason?: string): MutantResult => ({
  id: String((id += 1)),
  mutatorName: 'StringLiteral',
  replacement: '""',
  location: { start: { line, column: 3 }, end: { line, column: 9 } },
  status,
  ...(statusReason === undefined ? {} : { statusReason }),
});
const file = (...mutants: MutantResult[]) => ({ language: 'typescript', source: '', mutants });
const report = (files: MutationTestResult['files']): MutationTestResult => ({
  schemaVersion: '2',
  thresholds: { high: 95, low: 90 },
  files,
});

describe('the mutation report check', () => {
  const sample = report({
    'src/b.ts': file(
      mutant('Killed', 1),
      mutant('Killed', 2),
      mutant('Timeout', 3),
      mutant('Survived', 4),
      mutant('NoCoverage', 5),
      mutant('Ignored', 7, 'the same string either way'),
    ),
    'src/a.ts': file(
      mutant('Killed', 1),
      mutant('Killed', 2),
      mutant('Killed', 3),
      mutant('Killed', 4),
      mutant('Survived', 5),
      mutant('CompileError', 6),
      mutant('Ignored', 2, 'unreachable: the regex has matched'),
    ),
    'src/c.ts': file(mutant('Ignored', 1), mutant('Ignored', 3, STATIC_REASON)),
    'src/d.ts': file(
      mutant('Killed', 8),
      mutant('Ignored', 1, STATIC_REASON),
      mutant('Ignored', 2, STATIC_REASON),
    ),
  });

  it('names each module under the floor with its score, lists the disabled mutants with their reasons and counts the static ones by module', () => {
    const { ok, lines, mutants } = checkReport(sample);
    expect(ok).toBe(false);
    expect(mutants).toBe(18);
    expect(lines).toEqual([
      'Modules under 80 %: 1',
      '  src/b.ts: 60.00 % (3 of 5 detected)',
      'Disabled mutants (Stryker disable comments): 3',
      '  src/a.ts:2:3 StringLiteral → "\\"\\"": unreachable: the regex has matched',
      '  src/b.ts:7:3 StringLiteral → "\\"\\"": the same string either way',
      '  src/c.ts:1:3 StringLiteral → "\\"\\"": (no reason given)',
      'Static mutants, not tested (they run when a module loads): 3',
      '  src/d.ts: 2',
      '  src/c.ts: 1',
    ]);
    // Static mutants count neither way: the score is that of the tested mutants.
    expect(totalScore(sample)).toBeCloseTo((8 / 11) * 100);
  });

  it('passes when no module is under the floor, a module at the floor included', () => {
    const { ok, lines } = checkReport(sample, 60);
    expect(ok).toBe(true);
    expect(lines[0]).toBe('Modules under 60 %: none');
    expect(
      checkReport(report({ 'src/a.ts': file(mutant('Killed', 1), mutant('Survived', 2)) }), 50).ok,
    ).toBe(true);
  });

  it('reads a report that the schema accepts, and names what is wrong with one it does not', () => {
    const directory = mkdtempSync(join(tmpdir(), 'bde-mutation-report-'));
    try {
      const good = join(directory, 'good.json');
      writeFileSync(good, JSON.stringify(sample));
      expect(readReport(good)).toEqual(sample);
      const bad = join(directory, 'bad.json');
      writeFileSync(bad, JSON.stringify({ files: {} }));
      expect(() => readReport(bad)).toThrow(
        /bad\.json is not a mutation testing report: .*schemaVersion/,
      );
      // A column under 1, as Stryker's incremental mode can leave a reused mutant, is read; a
      // line under 1 is not.
      const shifted = structuredClone(sample);
      const [first] = Object.values(shifted.files).flatMap((f) => f.mutants);
      if (first === undefined) throw new Error('no mutant in the sample');
      first.location.end.column = -34;
      const moved = join(directory, 'moved.json');
      writeFileSync(moved, JSON.stringify(shifted));
      expect(readReport(moved)).toEqual(shifted);
      first.location.end.line = 0;
      writeFileSync(moved, JSON.stringify(shifted));
      expect(() => readReport(moved)).toThrow(
        /moved\.json is not a mutation testing report: .*line/,
      );
      expect(() => readReport(join(directory, 'none.json'))).toThrow(
        /none\.json is missing: run `npm run test:mutation` first/,
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('the record of the mutation test’s time', () => {
  const run = {
    measured: '2026-11-30',
    node: 'v20.20.2',
    cpus: 2,
    concurrency: 2,
    durationMs: 5_400_000,
    mutants: 2601,
    tested: 2601,
    score: 91.234,
  };

  it('puts its section before the missed targets in docs/performance.md, then keeps it current', () => {
    const root = mkdtempSync(join(tmpdir(), 'bde-mutation-timing-'));
    try {
      mkdirSync(join(root, 'docs'));
      const page = join(root, 'docs/performance.md');
      writeFileSync(
        page,
        '# Performance\n\n## Development\n\nx\n\n## Where a target is missed\n\ny\n',
      );
      recordMutationRun(root, 'full', run);
      recordMutationRun(root, 'unchanged', { ...run, durationMs: 150_000, tested: 0 });
      recordMutationRun(root, 'changed', {
        ...run,
        durationMs: 1_234_567,
        tested: 412,
        note: 'seeded from an older state',
      });
      const text = readFileSync(page, 'utf8');
      expect(text.match(/## Mutation testing/g)).toHaveLength(1);
      expect(text.indexOf('## Development')).toBeLessThan(text.indexOf('## Mutation testing'));
      expect(text.indexOf('## Mutation testing')).toBeLessThan(text.indexOf('## Where a target'));
      expect(text).toContain(
        '| full (`--force`) | 90.0 min | 2,601 of 2,601 | 91.23 % | 2026-11-30, v20.20.2, 2 cores, 2 runners |',
      );
      expect(text).toContain(
        '| unchanged tree, incremental | 2.5 min | 0 of 2,601 | 91.23 % | 2026-11-30, v20.20.2, 2 cores, 2 runners |',
      );
      expect(text).toContain(
        '| after a change, incremental | 20.6 min | 412 of 2,601 | 91.23 % | 2026-11-30, v20.20.2, 2 cores, 2 runners; seeded from an older state |',
      );
      expect(text.indexOf('| full (')).toBeLessThan(text.indexOf('| after a change'));
      expect(text.indexOf('| after a change')).toBeLessThan(text.indexOf('| unchanged tree'));
      expect(text.endsWith('\n\n## Where a target is missed\n\ny\n')).toBe(true);
      expect(readMutationTiming(root).full).toEqual(run);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('counts a run by the mutants it could run, the ignored ones aside, and files it by what it reused', () => {
    const statuses = [
      'Killed',
      'Survived',
      'Ignored',
      'Killed',
      'NoCoverage',
      'Ignored',
      'Timeout',
    ];
    expect(runOf(statuses, 0)).toEqual({ kind: 'full', mutants: 5, tested: 5 });
    expect(runOf(statuses, 5)).toEqual({ kind: 'unchanged', mutants: 5, tested: 0 });
    expect(runOf(statuses, 2)).toEqual({ kind: 'changed', mutants: 5, tested: 3 });
  });

  it('says what was not measured', () => {
    const section = mutationSection({});
    expect(section).toContain('| full (`--force`) | not measured | | | |');
    expect(section).toContain('| after a change, incremental | not measured | | | |');
    expect(section).toContain('| unchanged tree, incremental | not measured | | | |');
  });
});

describe('the mutation test in CI', () => {
  it('runs only from a committed incremental state, which keeps it within CI’s time', () => {
    // Without the state, every mutant of src/ is tested: hours on two cores.
    const commands = readFileSync(join(projectRoot, '.ci/run'), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'));
    const runs = commands.some((line) => line.includes('test:mutation'));
    expect(runs).toBe(existsSync(join(projectRoot, 'stryker-incremental.json')));
  });
});
