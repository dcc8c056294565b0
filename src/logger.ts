import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { type DestinationStream, type Logger as PinoLogger, pino, stdSerializers } from 'pino';
import pinoPretty from 'pino-pretty';

// Slack tokens have stable prefixes; anything that looks like one is masked wherever it appears.
const TOKEN_PATTERN = /\b(xox[abposre]|xapp)-[A-Za-z0-9-]+/g;
// A REST API key (ADR 23) wherever it appears: a pasted header, a request line, an error.
const API_KEY_PATTERN = /\bpacer_[A-Za-z0-9_-]{20,}/g;

export type LogSink = (line: string) => void;

/**
 * Bolt's logger interface (Bolt writes its own lines through it) plus named children. Each call takes
 * a message and, after it, objects whose keys become fields of the line (`logger.info('backup written',
 * { file, bytes })`) and errors, which become `err` with type, message, code and stack.
 */
export interface Logger extends BoltLogger {
  child(name: string): Logger;
}

export interface LoggerOptions {
  level: `${LogLevel}`;
  /** Exact secret values (signing secret…) that must never be written. */
  secrets?: string[];
  /** Receives each JSON line (without its newline) instead of stdout: tests. */
  sink?: LogSink;
  name?: string;
  /** `pretty`: readable lines for a person. Default: pretty when stdout is a terminal, else JSON. */
  format?: 'json' | 'pretty' | undefined;
}

/** pino underneath: one JSON object a line, `time`, `level` (as a word), `name`, `msg` and fields. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const redact = (text: string): string => {
    let out = text
      .replace(TOKEN_PATTERN, (_m, prefix: string) => `${prefix}-[redacted]`)
      .replace(API_KEY_PATTERN, 'pacer_[redacted]');
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    return out;
  };
  const format = options.format ?? (process.stdout.isTTY && !options.sink ? 'pretty' : 'json');
  let destination: DestinationStream;
  if (options.sink) {
    const sink = options.sink;
    destination = { write: (line: string) => sink(line.endsWith('\n') ? line.slice(0, -1) : line) };
  } else if (format === 'pretty') {
    // Synchronous, in this thread: no worker, and nothing lost when the process exits.
    destination = pinoPretty({ sync: true, colorize: process.stdout.isTTY, ignore: 'pid,hostname' });
  } else {
    destination = pino.destination({ dest: 1, sync: true });
  }
  const root = pino(
    {
      level: options.level,
      // No pid or hostname: one process per container or unit, and the name is bound per logger.
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: stdSerializers.err },
      // Redaction runs on the finished line, so a token inside a message, a field or a stack is caught.
      hooks: { streamWrite: redact },
    },
    destination,
  );
  const name = options.name ?? 'pacer';
  return wrap(root, root.child({ name }), name);
}

type Pino = PinoLogger<never, boolean>;

function wrap(root: Pino, p: Pino, name: string): Logger {
  const write = (at: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]) => {
    if (!p.isLevelEnabled(at)) return;
    const fields: Record<string, unknown> = {};
    const words: string[] = [];
    for (const part of parts) {
      if (typeof part === 'string') words.push(part);
      else if (part instanceof Error) {
        fields.err = part;
        if (words.length === 0) words.push(part.message);
      } else if (part && typeof part === 'object' && !Array.isArray(part)) Object.assign(fields, part);
      else words.push(describe(part));
    }
    p[at](fields, words.join(' '));
  };
  return {
    debug: (...m: unknown[]) => write('debug', m),
    info: (...m: unknown[]) => write('info', m),
    warn: (...m: unknown[]) => write('warn', m),
    error: (...m: unknown[]) => write('error', m),
    setLevel: (l: LogLevel) => {
      p.level = l;
    },
    getLevel: () => p.level as LogLevel,
    // Bolt names its logger after the app; Pacer keeps its own names.
    setName: () => {},
    child: (childName: string) => {
      // From the unnamed root, so a line carries one `name` (pino would repeat the key per level).
      const full = `${name}:${childName}`;
      const child = root.child({ name: full });
      child.level = p.level;
      return wrap(root, child, full);
    },
  };
}

function describe(part: unknown): string {
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}
