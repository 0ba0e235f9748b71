// Reads a mutation testing report (Stryker's JSON report, in the format of
// mutation-testing-report-schema): every module's score, and the mutants that the code disables.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { calculateMetrics } from 'mutation-testing-metrics';
import type { MutantResult, MutationTestResult } from 'mutation-testing-report-schema';

/** The lowest score a module may have, in per cent. */
export const MODULE_FLOOR = 80;

export interface ModuleScore {
  readonly module: string;
  /** Killed and timed-out mutants over valid ones, in per cent; NaN when none is valid. */
  readonly score: number;
  readonly detected: number;
  readonly valid: number;
  /** Every mutant, the disabled and invalid ones too. */
  readonly mutants: number;
}

export interface DisabledMutant {
  readonly module: string;
  readonly line: number;
  readonly column: number;
  readonly mutator: string;
  readonly replacement: string | undefined;
  readonly reason: string;
}

/** Every module's score, computed as Stryker computes the score of the whole. */
export function moduleScores(report: MutationTestResult): ModuleScore[] {
  return Object.entries(report.files)
    .map(([module, file]) => {
      const { mutationScore, totalDetected, totalValid, totalMutants } = calculateMetrics({
        [module]: file,
      }).metrics;
      return {
        module,
        score: mutationScore,
        detected: totalDetected,
        valid: totalValid,
        mutants: totalMutants,
      };
    })
    .sort((a, b) => a.module.localeCompare(b.module));
}

/** The score over every module, as Stryker reports it. */
export function totalScore(report: MutationTestResult): number {
  return calculateMetrics(report.files).metrics.mutationScore;
}

/** Stryker's reason for a static mutant it did not test (`ignoreStatic`). */
export const STATIC_REASON = 'Static mutant (and "ignoreStatic" was enabled)';

const isStatic = (mutant: MutantResult) =>
  mutant.status === 'Ignored' && mutant.statusReason === STATIC_REASON;

/**
 * How many static mutants each module has that Stryker left untested: code that runs once, when
 * the module loads (stryker.config.mjs, `ignoreStatic`, says why). Modules with none are left out.
 */
export function staticMutants(report: MutationTestResult): { module: string; count: number }[] {
  return Object.entries(report.files)
    .map(([module, file]) => ({ module, count: file.mutants.filter(isStatic).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.module.localeCompare(b.module));
}

/** The mutants that a `Stryker disable` comment turned off, with the comment's reason. */
export function disabledMutants(report: MutationTestResult): DisabledMutant[] {
  return Object.entries(report.files)
    .flatMap(([module, file]) =>
      file.mutants
        .filter((mutant: MutantResult) => mutant.status === 'Ignored' && !isStatic(mutant))
        .map((mutant) => ({
          module,
          line: mutant.location.start.line,
          column: mutant.location.start.column,
          mutator: mutant.mutatorName,
          replacement: mutant.replacement,
          reason: mutant.statusReason ?? '(no reason given)',
        })),
    )
    .sort((a, b) => a.module.localeCompare(b.module) || a.line - b.line || a.column - b.column);
}

/** What the check prints, and whether it passes. */
export function checkReport(report: MutationTestResult, floor = MODULE_FLOOR) {
  const scores = moduleScores(report);
  const under = scores.filter((s) => !Number.isNaN(s.score) && s.score < floor);
  const disabled = disabledMutants(report);
  const statics = staticMutants(report);
  const percent = (score: number) => `${score.toFixed(2)} %`;
  const lines = [
    `Modules under ${floor} %: ${under.length === 0 ? 'none' : under.length}`,
    ...under.map(
      (s) => `  ${s.module}: ${percent(s.score)} (${s.detected} of ${s.valid} detected)`,
    ),
    `Disabled mutants (Stryker disable comments): ${disabled.length}`,
    ...disabled.map(
      (d) =>
        `  ${d.module}:${d.line}:${d.column} ${d.mutator}${d.replacement === undefined ? '' : ` → ${JSON.stringify(d.replacement)}`}: ${d.reason}`,
    ),
    `Static mutants, not tested (they run when a module loads): ${statics.reduce((sum, s) => sum + s.count, 0)}`,
    ...statics.map((s) => `  ${s.module}: ${s.count}`),
  ];
  const mutants = scores.reduce((sum, s) => sum + s.mutants, 0);
  return { ok: under.length === 0, lines, under, mutants };
}

/** The report at `path`, checked against the report schema. */
export function readReport(path: string): MutationTestResult {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run test:mutation\` first`);
  const report = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const schema = createRequire(import.meta.url)(
    'mutation-testing-report-schema/mutation-testing-report-schema.json',
  ) as object;
  const validate = new Ajv({
    strict: false,
    validateFormats: false,
    allErrors: true,
  }).compile<MutationTestResult>(schema);
  // Stryker's incremental mode moves a reused mutant with the edits around it, and can leave it a
  // column under 1 (a line shortened before it): a flaw of the position only, which the scores and
  // the list of disabled mutants do not read.
  const errors = validate(report)
    ? []
    : (validate.errors ?? []).filter(
        (error) =>
          !(
            error.keyword === 'minimum' &&
            /\/location\/(start|end)\/column$/.test(error.instancePath)
          ),
      );
  if (errors.length > 0)
    throw new Error(`${path} is not a mutation testing report: ${JSON.stringify(errors)}`);
  return report as MutationTestResult;
}
