// Type-checks a consumer project in-process with the TypeScript compiler API, as `tsc -p` would,
// keeping the parsed declaration files of node_modules (the TypeScript lib, the package, zod) for
// the next program: the package tests check a dozen small projects, and parsing dominates.
import { dirname } from 'node:path';
import ts from 'typescript';

const parsed = new Map<string, ts.SourceFile>();

/**
 * The diagnostics of `files` under `compilerOptions` (tsconfig.json spelling), formatted as tsc
 * prints them; '' when there are none.
 */
export function typeCheck(
  files: readonly string[],
  compilerOptions: Record<string, unknown>,
): string {
  const directory = dirname(files[0] ?? '.');
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    { noEmit: true, ...compilerOptions },
    directory,
  );
  if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, ts.createCompilerHost({})));
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.includes('/node_modules/'))
      return read(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    const cached = parsed.get(key) ?? read(fileName, languageVersion, onError, shouldCreate);
    if (cached) parsed.set(key, cached);
    return cached;
  };
  const program = ts.createProgram(files, options, host);
  return ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), host);
}
