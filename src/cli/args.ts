/** A usage mistake: printed with the command's help and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
  /** Options that take every value up to the next option: `--works a.zip b.zip`. */
  lists: Map<string, string[]>;
}

/**
 * Splits argv into positional arguments and `--name value` / `--name=value` / `--flag` options.
 * `valued` lists the options that take one value, `listed` those that take several; `flags` take none;
 * unknown names are a usage error.
 */
export function parseArgs(argv: string[], valued: readonly string[], flags: readonly string[], listed: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
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
    if (listed.includes(name)) {
      const values = lists.get(name) ?? [];
      if (eq !== -1) values.push(arg.slice(eq + 1));
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.push(argv[++i]);
      if (values.length === 0) throw new UsageError(`После --${name} нужен хотя бы один файл.`);
      lists.set(name, values);
    } else if (valued.includes(name)) {
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
  return { positional, options, lists };
}
