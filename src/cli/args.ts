/** A usage mistake: printed with the command's help and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/**
 * Splits argv into positional arguments and `--name value` / `--name=value` / `--flag` options.
 * `valued` lists the options that take a value; any other `--x` is a flag; unknown names are a usage error.
 */
export function parseArgs(argv: string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (valued.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`После --${name} нужно значение.`);
      options.set(name, value);
    } else if (flags.includes(name)) {
      if (eq !== -1) throw new UsageError(`Параметр --${name} не принимает значения.`);
      options.set(name, true);
    } else {
      throw new UsageError(`Неизвестный параметр --${name}.`);
    }
  }
  return { positional, options };
}
