import type { Logger } from './logger.js';
import { newReference } from './slack/error-handler.js';

export interface ProcessGuardOptions {
  /** This many uncaught errors within `windowMs` is a crash loop: Pacer exits so it shows. */
  limit?: number;
  windowMs?: number;
  exit?: (code: number) => void;
  now?: () => number;
}

/** EX_SOFTWARE: an internal error, distinct from a config error (78) and a failed start (1). */
export const CRASH_LOOP_EXIT_CODE = 70;

/**
 * The last line of defence: an exception or rejection nothing caught is logged at error level with a
 * reference and the process keeps serving, instead of one bad request or timer ending it for everyone.
 * Pacer's writes are SQLite transactions, so an error between statements leaves nothing half-written.
 * A real crash loop is not hidden: `limit` uncaught errors within `windowMs` and the process exits
 * with 70, so a supervisor restarts it and the logs say why. Returns the function that removes them.
 */
export function installProcessGuards(logger: Logger, options: ProcessGuardOptions = {}): () => void {
  const limit = options.limit ?? 20;
  const windowMs = options.windowMs ?? 60_000;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const now = options.now ?? Date.now;
  const recent: number[] = [];

  const caught = (kind: string) => (error: unknown) => {
    const reference = newReference();
    logger.error(`${kind} ${reference} (kept running)`, error);
    const at = now();
    recent.push(at);
    while (recent.length && recent[0]! <= at - windowMs) recent.shift();
    if (recent.length >= limit) {
      logger.error(
        `${recent.length} uncaught errors within ${windowMs / 1000} s: exiting (${CRASH_LOOP_EXIT_CODE}) so the supervisor restarts Pacer`,
      );
      exit(CRASH_LOOP_EXIT_CODE);
    }
  };
  const onException = caught('uncaught exception');
  const onRejection = caught('unhandled rejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
