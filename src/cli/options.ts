import { CHANNELS, LOCALES, type Channel, type Locale } from '../vocab/index.js';
import { resolveLocale } from '../locales/index.js';
import { CliUsageError } from './io.js';

/** Reads `--locale`: zh-CN, zh-TW, zh-HK or a BCP 47 tag resolving to one (zh-Hant-TW, zh-MO…). */
export function localeOption(verb: string, value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  try {
    return resolveLocale(value);
  } catch {
    throw new CliUsageError(`huashu ${verb}: --locale must be one of ${LOCALES.join(', ')} or a language tag that resolves to one (zh-Hant, zh-SG, zh-MO…) (got "${value}")`);
  }
}

/** Reads `--channel`, rejecting unknown channels. */
export function channelOption(verb: string, value: string | undefined): Channel | undefined {
  if (value === undefined) return undefined;
  if ((CHANNELS as readonly string[]).includes(value)) return value as Channel;
  throw new CliUsageError(`huashu ${verb}: --channel must be one of ${CHANNELS.join(', ')} (got "${value}")`);
}

/** Reads repeated `--var key=value` flags into a record. */
export function varsOption(verb: string, values: readonly string[] | undefined): Record<string, string> {
  const vars: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const item of values ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new CliUsageError(`huashu ${verb}: --var takes key=value (got "${item}")`);
    vars[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return vars;
}
