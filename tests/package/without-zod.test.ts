// zod is an optional peer: a project that installs the package alone (Yarn PnP, pnpm without
// auto-install-peers, --legacy-peer-deps, or anyone who only wants the data) gets exact types and
// working code from the main entry, the CLI and the JSON, and a clear error from ./schema only.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from '../support/install-packed.js';
import { typeCheck } from '../support/type-check.js';

let project = '';
let installed = '';
beforeAll(() => {
  project = installPacked('without-zod-test', { zod: false });
  installed = join(project, '../node_modules/beijing-digital-economy');
});

function write(relative: string, contents: string): string {
  const path = join(project, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
  return path;
}

/** The declaration files a `.d.ts` reaches through its relative imports, itself included. */
function declarationClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from\s+['"](\.[^'"]+)['"]/g)) {
      const target = join(dirname(file), String(specifier)).replace(/\.c?js$/, (ext) =>
        ext === '.cjs' ? '.d.cts' : '.d.ts',
      );
      visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

/** The bytes of the files under `path`; a link (node_modules/.bin's) counts as itself, not its target. */
const bytesIn = (path: string): number =>
  lstatSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, name) => sum + bytesIn(join(path, name)), 0)
    : lstatSync(path).size;

describe('the package installed without zod', () => {
  it('leaves zod out, and node_modules under 1.5 MB (1,500,000 bytes, as npm counts)', () => {
    expect(existsSync(join(project, '../node_modules/zod'))).toBe(false);
    expect(bytesIn(join(project, '../node_modules'))).toBeLessThan(1_500_000);
  });

  it('has main-entry declarations that never name zod (and ./schema ones that do, so the check can fail)', () => {
    for (const entry of ['dist/index.d.ts', 'dist/index.d.cts']) {
      const files = declarationClosure(join(installed, entry));
      expect(files.length).toBeGreaterThan(1);
      for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/zod/);
    }
    expect(
      declarationClosure(join(installed, 'dist/schema.d.ts')).some((file) =>
        readFileSync(file, 'utf8').includes('zod'),
      ),
    ).toBe(true);
  });

  /** Compiles only when the types resolve and are exact: a wrong field type or id is an error. */
  const consumer = (imports: string) => `${imports}
const statistic = main.getStatistic('service-trade-volume-2019');
const value: number = statistic.value;
const label: string = statistic.label;
const mode: 'direct' | 'indirect' = main.getQuote('jilin-park-output').mode;
// @ts-expect-error — value is a number, not a string (with zod's types missing it would be any)
const bad: string = statistic.value;
// @ts-expect-error — 'nope' is not a StatisticId
main.getStatistic('nope');
export { value, label, mode, bad };
`;

  const tsc = (files: readonly string[], compilerOptions: object) =>
    typeCheck(files, { strict: true, target: 'es2022', types: [], ...compilerOptions });

  const resolutions = [
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ] as const;

  it.each(
    resolutions.flatMap(([name, options]) =>
      [true, false].map((skipLibCheck) => [name, skipLibCheck, options] as const),
    ),
  )(
    'type-checks a strict consumer under %s with skipLibCheck %s',
    (name, skipLibCheck, options) => {
      const directory = `${name}-skip-${String(skipLibCheck)}`;
      const files =
        name === 'bundler'
          ? [
              write(
                `${directory}/index.ts`,
                consumer(`import * as main from 'beijing-digital-economy';`),
              ),
            ]
          : [
              write(
                `${directory}/esm.mts`,
                consumer(`import * as main from 'beijing-digital-economy';`),
              ),
              write(
                `${directory}/cjs.cts`,
                consumer(`import main = require('beijing-digital-economy');`).replace(
                  'export { value, label, mode, bad };',
                  'export = { value, label, mode, bad };',
                ),
              ),
            ];
      expect(tsc(files, { ...options, skipLibCheck })).toBe('');
    },
    60_000,
  );

  it('fails to type-check a wrong field type, so the checks above can fail', () => {
    const file = write(
      'wrong/index.ts',
      `import * as main from 'beijing-digital-economy';\nconst bad: string = main.getStatistic('service-trade-volume-2019').value;\nexport { bad };\n`,
    );
    expect(
      tsc([file], { module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true }),
    ).toMatch(/Type 'number' is not assignable to type 'string'/);
  }, 60_000);

  it('runs the main entry from import and require, the CLI, and article.json', () => {
    write(
      'run.mjs',
      `import { getStatistic } from 'beijing-digital-economy';\nimport json from 'beijing-digital-economy/article.json' with { type: 'json' };\nconsole.log(getStatistic('service-trade-volume-2019').value === json.statistics.find((s) => s.id === 'service-trade-volume-2019').value);`,
    );
    write(
      'run.cjs',
      `const { statistics } = require('beijing-digital-economy');\nconsole.log(statistics.length === require('beijing-digital-economy/article.json').statistics.length);`,
    );
    expect(
      execFileSync(process.execPath, ['run.mjs'], { cwd: project, encoding: 'utf8' }).trim(),
    ).toBe('true');
    expect(
      execFileSync(process.execPath, ['run.cjs'], { cwd: project, encoding: 'utf8' }).trim(),
    ).toBe('true');
    const cli = spawnSync(
      join(project, '../node_modules/.bin/beijing-digital-economy'),
      ['summary'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('Beijing');
  });

  it('fails to import ./schema with an error that says what to install, from import and require', () => {
    const report = `.then(() => console.log('loaded'), (error) => console.log(JSON.stringify({ message: error.message, code: error.code })))`;
    write('schema.mjs', `import('beijing-digital-economy/schema')${report};`);
    write(
      'schema.cjs',
      `Promise.resolve().then(() => require('beijing-digital-economy/schema'))${report};`,
    );
    const expected = {
      message:
        'beijing-digital-economy/schema needs zod, an optional peer dependency that is not installed: npm install zod@^4.6',
    };
    for (const file of ['schema.mjs', 'schema.cjs']) {
      const result = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
      expect(result.stderr, file).toBe('');
      expect(JSON.parse(result.stdout) as unknown, file).toMatchObject(expected);
    }
  });
});
