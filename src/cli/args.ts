// The command line's arguments, read the way Unix tools read them (`--name value`, `--name=value`,
// `-h`, `-v`, `--` ends the options), with every message in the package's own words and a "did
// you mean" for a near miss. Nothing here knows the commands; run.ts gives them.
import { quoteForMessage } from '../internal/message-text.js';
import { nearMiss } from '../internal/near-miss.js';

/** One option: its long name, its one-letter alias, and whether it takes a value. */
export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  readonly value: boolean;
}

/** What the arguments ask for. */
export type ParsedArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly command: string;
      readonly values: Readonly<Record<string, string>>;
      /** The one argument after the command, for a command that takes one (`explore [path]`). */
      readonly operand?: string;
    }
  | { readonly kind: 'error'; readonly message: string; readonly showUsage: boolean };

/** ` (did you mean X?)` when one of `candidates` is close to `word`, else nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const close = nearMiss(word, candidates);
  return close === undefined ? '' : ` (did you mean ${close}?)`;
}

const list = (values: readonly string[]) => values.join(', ');

/**
 * Reads `args` (without `node` and the script). `help`, `-h` and `--help` anywhere ask for the
 * usage, `-v` and `--version` for the version; otherwise one command and its options, and for the
 * commands in `withOperand` at most one argument after the command.
 */
export function parseArgs(
  args: readonly string[],
  commands: readonly string[],
  options: readonly OptionSpec[],
  withOperand: readonly string[] = [],
): ParsedArgs {
  const names = options.map((option) => `--${option.name}`);
  const optionList = `the options are ${list(names)}, --help (-h) and --version (-v)`;
  const error = (message: string, showUsage = false): ParsedArgs => ({
    kind: 'error',
    message,
    showUsage,
  });
  const values: Record<string, string> = {};
  const positionals: string[] = [];
  let help = false;
  let version = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-v' || arg === '--version') version = true;
    else if (arg.startsWith('--')) {
      const equals = arg.indexOf('=');
      const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
      const option = options.find((o) => o.name === name);
      if (option === undefined) {
        if (name === 'help' || name === 'version')
          return error(`--${name} takes no value; give it alone`);
        return error(
          `unknown option ${quoteForMessage(`--${name}`)}${didYouMean(`--${name}`, names)}; ${optionList}`,
        );
      }
      if (!option.value) {
        if (equals !== -1) return error(`--${name} takes no value; give it alone`);
        values[name] = 'true';
        continue;
      }
      const value = equals === -1 ? args[i + 1] : arg.slice(equals + 1);
      if (value === undefined) return error(`--${name} needs a value: --${name} <${name}>`);
      if (equals === -1 && value.startsWith('-') && value !== '-')
        return error(
          `--${name} needs a value: --${name} <${name}> (a value that begins with "-" goes after "=": --${name}=<${name}>)`,
        );
      if (equals === -1) i += 1;
      values[name] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      const short = options.find((o) => o.short !== undefined && `-${o.short}` === arg);
      if (short === undefined)
        return error(`unknown option ${quoteForMessage(arg)}; ${optionList}`);
      const value = args[i + 1];
      if (short.value && value === undefined)
        return error(`-${short.short} needs a value: -${short.short} <${short.name}>`);
      if (short.value) i += 1;
      values[short.name] = short.value ? (value as string) : 'true';
    } else positionals.push(arg);
  }
  if (help || positionals[0] === 'help') return { kind: 'help' };
  if (version) return { kind: 'version' };
  const [command, ...extra] = positionals;
  if (command === undefined)
    return error(`missing command; expected one of: ${list(commands)}`, true);
  if (!commands.includes(command)) {
    return error(
      `unknown command ${quoteForMessage(command)}${didYouMean(command, commands)}; expected one of: ${list(commands)}`,
    );
  }
  if (withOperand.includes(command)) {
    if (extra.length > 1)
      return error(`unexpected argument ${quoteForMessage(extra[1] ?? '')}; give one path or none`);
    return extra[0] === undefined
      ? { kind: 'run', command, values }
      : { kind: 'run', command, values, operand: extra[0] };
  }
  if (extra.length > 0)
    return error(`unexpected argument ${quoteForMessage(extra[0] ?? '')}; give one command`);
  return { kind: 'run', command, values };
}
