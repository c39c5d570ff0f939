/** A small, strict argument parser: unknown flags and missing values are usage errors (exit 3). */

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface FlagSpec {
  /** Flags that take a value (`--doh URL` or `--doh=URL`). Repeatable ones collect every value. */
  values: readonly string[];
  /** Boolean flags. */
  booleans: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string[]>;
  booleans: Set<string>;
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const out: ParsedArgs = { positionals: [], values: new Map(), booleans: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (spec.booleans.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.booleans.add(name);
    } else if (spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      const list = out.values.get(name) ?? [];
      list.push(value);
      out.values.set(name, list);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return out;
}

export function lastValue(args: ParsedArgs, name: string): string | undefined {
  const list = args.values.get(name);
  return list ? list[list.length - 1] : undefined;
}

export function allValues(args: ParsedArgs, name: string): string[] {
  return args.values.get(name) ?? [];
}

/** Flags that set analysis settings, shared by `analyze` and `scan` (read by settings-from-args). */
export const SETTINGS_FLAGS = [
  'own-domain',
  'org-name',
  'trusted-host',
  'trusted-authserv-id',
  'allow',
  'sensitivity',
  'lang',
  'now',
] as const;
