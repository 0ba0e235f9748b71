import { describe, expect, it } from 'vitest';
import { parseArgs, type OptionSpec } from '../../src/cli/args.js';

const COMMANDS = ['stats', 'explore'];
const OPTIONS: OptionSpec[] = [
  { name: 'format', short: 'f', value: true },
  { name: 'quiet', short: 'q', value: false },
  { name: 'locale', value: true },
];
const OPTION_LIST = 'the options are --format, --quiet, --locale, --help (-h) and --version (-v)';
const parse = (args: string[]) => parseArgs(args, COMMANDS, OPTIONS, ['explore']);
const failure = (message: string) => ({ kind: 'error', message, showUsage: false });

describe('parseArgs', () => {
  it('reads everything after "--" as arguments, even when it looks like an option', () => {
    expect(parse(['--', 'explore', '--format'])).toStrictEqual({
      kind: 'run',
      command: 'explore',
      values: {},
      operand: '--format',
    });
  });

  it('sets a flag option alone and refuses a value after "="', () => {
    expect(parse(['stats', '--quiet'])).toStrictEqual({
      kind: 'run',
      command: 'stats',
      values: { quiet: 'true' },
    });
    expect(parse(['stats', '--quiet=yes'])).toStrictEqual(
      failure('--quiet takes no value; give it alone'),
    );
  });

  it('takes a value after "=" or as the next argument, and "-" as a value', () => {
    expect(parse(['stats', '--format=json'])).toStrictEqual({
      kind: 'run',
      command: 'stats',
      values: { format: 'json' },
    });
    expect(parse(['stats', '--format', '-'])).toStrictEqual({
      kind: 'run',
      command: 'stats',
      values: { format: '-' },
    });
    expect(parse(['stats', '--format', 'json', '--locale=-x'])).toStrictEqual({
      kind: 'run',
      command: 'stats',
      values: { format: 'json', locale: '-x' },
    });
  });

  it('reads one-letter aliases, with and without a value', () => {
    expect(parse(['-f', 'csv', 'stats', '-q'])).toStrictEqual({
      kind: 'run',
      command: 'stats',
      values: { format: 'csv', quiet: 'true' },
    });
    expect(parse(['stats', '-f'])).toStrictEqual(failure('-f needs a value: -f <format>'));
    expect(parse(['stats', '-x'])).toStrictEqual(failure(`unknown option "-x"; ${OPTION_LIST}`));
    expect(parse(['-', 'stats'])).toStrictEqual(
      failure('unknown command "-"; expected one of: stats, explore'),
    );
  });

  it('gives explore at most one path and other commands none', () => {
    expect(parse(['explore'])).toStrictEqual({ kind: 'run', command: 'explore', values: {} });
    expect(parse(['explore', 'a', 'b'])).toStrictEqual(
      failure('unexpected argument "b"; give one path or none'),
    );
    expect(parse(['stats', 'a'])).toStrictEqual(
      failure('unexpected argument "a"; give one command'),
    );
    expect(parseArgs(['explore', 'a'], COMMANDS, OPTIONS)).toStrictEqual(
      failure('unexpected argument "a"; give one command'),
    );
  });
});
