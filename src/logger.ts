import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

// Slack tokens have stable prefixes; anything that looks like one is masked wherever it appears.
const TOKEN_PATTERN = /\b(xox[abposre]|xapp)-[A-Za-z0-9-]+/g;

export type LogSink = (line: string) => void;

export interface Logger extends BoltLogger {
  child(name: string): Logger;
}

export interface LoggerOptions {
  level: `${LogLevel}`;
  /** Exact secret values (signing secret…) that must never be written. */
  secrets?: string[];
  sink?: LogSink;
  name?: string;
}

/** JSON-lines logger that Bolt also uses, so its lines get the same redaction. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const sink: LogSink = options.sink ?? ((line) => process.stdout.write(`${line}\n`));
  let level = options.level as LogLevel;
  let name = options.name ?? 'pacer';

  const redact = (text: string): string => {
    let out = text.replace(TOKEN_PATTERN, (_m, prefix: string) => `${prefix}-[redacted]`);
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    return out;
  };

  const write = (at: LogLevel, parts: unknown[]) => {
    if (SEVERITY[at] < SEVERITY[level]) return;
    const msg = parts.map(describe).join(' ');
    sink(redact(JSON.stringify({ time: new Date().toISOString(), level: at, name, msg })));
  };

  return {
    debug: (...m: unknown[]) => write(LogLevel.DEBUG, m),
    info: (...m: unknown[]) => write(LogLevel.INFO, m),
    warn: (...m: unknown[]) => write(LogLevel.WARN, m),
    error: (...m: unknown[]) => write(LogLevel.ERROR, m),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
    child: (childName: string) => createLogger({ ...options, level, sink, name: `${name}:${childName}` }),
  };
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) {
    const code = (part as { code?: unknown }).code;
    return `${part.name}${code ? `[${String(code)}]` : ''}: ${part.message}${part.stack ? `\n${part.stack}` : ''}`;
  }
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}
