/**
 * How every command of the project reads its command line: node:util's parseArgs in
 * strict mode, so an unknown flag, a flag without its value or an argument a command
 * does not take is refused instead of silently ignored; the user is told in one way:
 * `<command>: <what is wrong>`, then the usage, and the run fails with exit code 2
 * (a wrong command line; 1 is kept for refused input, 0 for success).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit code of every command for a wrong command line. */
export const USAGE_EXIT = 2;

export interface Command {
  /** The name the messages start with: `parse`, `ingest`, `bench` … */
  name: string;
  /** The usage text shown after an error and for --help. */
  usage: string;
  /** The arguments to read (default: the process's own, after the script). */
  args?: string[];
}

/**
 * The parsed command line, or — on a wrong one — the message and the usage on stderr and
 * exit code 2. Every command takes `--help` (`-h`): the usage on stdout, exit code 0.
 */
export function readCommandLine<T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(
  command: Command,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs({
      ...config,
      options: { ...config.options, help: { type: 'boolean', short: 'h' } },
      args: command.args ?? process.argv.slice(2),
      strict: true,
    }) as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    return refuseCommandLine(command, (error as Error).message);
  }
  if ((parsed.values as Record<string, unknown>).help === true) {
    process.stdout.write(`${command.usage}\n`);
    process.exit(0);
  }
  return parsed;
}

/** Stops the command over a wrong command line: the message, the usage, exit code 2. */
export function refuseCommandLine(command: Pick<Command, 'name' | 'usage'>, message: string): never {
  process.stderr.write(`${command.name}: ${message}\n\n${command.usage}\n`);
  process.exit(USAGE_EXIT);
}

/**
 * A flag's comma-separated list of whole numbers of at least `min` (`--sizes 10,100`), or
 * the command refused with a message naming the flag and the bad value.
 */
export function positiveIntegers(command: Pick<Command, 'name' | 'usage'>, flag: string, text: string, min = 1): number[] {
  const parts = text.split(',');
  const numbers = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  const bad = parts.findIndex((_, i) => !Number.isInteger(numbers[i]) || numbers[i] < min);
  if (bad >= 0) {
    refuseCommandLine(
      command,
      `--${flag} takes whole numbers of at least ${min}, separated by commas (e.g. --${flag} ${min + 9},${min + 99}), not '${parts[bad]}'.`,
    );
  }
  return numbers;
}
