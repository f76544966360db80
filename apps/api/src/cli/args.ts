/** Command-line options: `--name value` or `--name=value`; a bare `--` is skipped. */
export function parseArgs(argv: string[], known: string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !known.includes(match[1])) throw new UsageError(`unknown option "${arg}"`);
    if (match[1] === 'help') {
      options.set('help', 'true');
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${match[1]} needs a value`);
    options.set(match[1], value);
  }
  return options;
}

export class UsageError extends Error {}

/** A count written 1000000, 1_000_000, 1,000,000, 100k or 1.5M. */
export function parseCount(raw: string, name: string): number {
  const match = /^(\d+(?:[_,]\d{3})*(?:\.\d+)?)([kKmM]?)$/.exec(raw.trim());
  const value = match ? Number(match[1].replace(/[_,]/g, '')) * ({ k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]] ?? 1) : NaN;
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} must be a positive whole number (e.g. 100000, 100k, 1M), got "${raw}"`);
  return value;
}

export function parseSeed(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > 0xffffffff) throw new UsageError(`--seed must be a whole number below 2^32, got "${raw}"`);
  return Number(raw);
}
