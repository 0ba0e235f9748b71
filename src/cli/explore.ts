import type { CliEnvironment, CliResult } from './run.js';

/** The name of the file that `explore` writes into a folder. */
export const EXPLORER_FILE_NAME = 'beijing-digital-economy-explorer.html';

/** Whether the environment says it is a CI service, where nothing should open a browser. */
const inCI = (env: CliEnvironment['env']) =>
  env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';

/**
 * `explore [path]`: writes the explorer page (one self-contained HTML file) to `path`, or into the
 * current folder, says where, and opens it in a browser when a person is at a terminal: standard
 * output is a terminal, the environment is not CI, and an opener exists.
 */
export function runExplore(
  target: string | undefined,
  environment: CliEnvironment,
  usageError: (message: string) => CliResult,
): CliResult {
  if (environment.writeExplorer === undefined)
    return usageError('explore is not available here: no way to write a file');
  const written = environment.writeExplorer(target);
  if ('problem' in written)
    return { exitCode: 1, stdout: '', stderr: `beijing-digital-economy: ${written.problem}\n` };
  const opened =
    environment.isTTY &&
    !inCI(environment.env) &&
    environment.openInBrowser !== undefined &&
    environment.openInBrowser(written.path);
  const url = written.url;
  return {
    exitCode: 0,
    stdout: opened
      ? `Wrote the explorer to ${written.path} and opened it in your browser.\n`
      : `Wrote the explorer to ${written.path}\nOpen ${url} in a browser to see every fact where the text states it.\n`,
    stderr: '',
  };
}
