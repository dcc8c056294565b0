import {
  accessSync,
  constants,
  type FSWatcher,
  readdirSync,
  readlinkSync,
  statfsSync,
  statSync,
  watch,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { type Db, setWriteGate } from '../persistence/database.js';

/** Why the database cannot keep writes, and since when. */
export interface DatabaseProblem {
  /** Completes "Pacer cannot save right now: …", e.g. "its database file is gone". */
  reason: string;
  since: Date;
  /** Where the open file can still be copied from while Pacer runs (Linux, file deleted), if found. */
  copyFrom?: string;
}

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimers: Timers = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    // The watch must never keep a stopping process alive.
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface DatabaseWatchOptions {
  db: Db;
  /** The path Pacer opened; `:memory:` is never watched. */
  path: string;
  clock: Clock;
  logger: Logger;
  /** Told once per problem (admins get a DM); its failure is logged, never thrown. */
  onProblem: (problem: DatabaseProblem) => Promise<void>;
  /** How often the file is checked when nothing else says it changed. */
  intervalMs?: number;
  /** Below this much free space on the database's disk, writes are refused. */
  minFreeBytes?: number;
  timers?: Timers;
}

/**
 * Every reason the watch gives, by code. The reason travels as these English words (the log, /healthz,
 * DatabaseUnavailableError); the Slack layer finds the code again to say it in the reader's language.
 */
export const DATABASE_REASONS = {
  gone: 'its database file is gone (deleted or moved away)',
  replaced: 'its database file was replaced by another file',
  unwritable: 'its database file is unwritable',
  folderUnwritable: "its database file's folder is unwritable",
  diskFull: 'the disk holding its database is full',
} as const;
export type DatabaseReason = keyof typeof DATABASE_REASONS;
const {
  gone: GONE,
  replaced: REPLACED,
  unwritable: UNWRITABLE,
  folderUnwritable: FOLDER_UNWRITABLE,
  diskFull: DISK_FULL,
} = DATABASE_REASONS;

/**
 * Notices, within seconds, that the database file Pacer has open can no longer keep what it writes
 * (ADR 12). SQLite keeps writing to an open file that was deleted or renamed: every answer would say
 * "Logged" and a restart would find nothing. So every write transaction first compares the path's
 * inode and device with the file opened at start (two stat calls, before BEGIN), and a timer (plus
 * fs.watch as a hint) also checks that the file and its folder are writable and the disk has room, so
 * /healthz and the admins learn of it even when nobody writes. While a problem lasts the connection is
 * query_only, so no single-statement write slips past the gate either.
 */
export class DatabaseWatch {
  readonly #options: DatabaseWatchOptions;
  readonly #folder: string;
  #identity: { dev: number; ino: number } | null = null;
  #problem: DatabaseProblem | null = null;
  #interval: unknown;
  #watcher: FSWatcher | null = null;

  constructor(options: DatabaseWatchOptions) {
    this.#options = options;
    this.#folder = dirname(options.path);
  }

  /** Records the open file's identity and starts watching; writes are gated from now on. */
  start(): void {
    const { path, db } = this.#options;
    if (path === ':memory:') return;
    const stat = statSync(path);
    this.#identity = { dev: stat.dev, ino: stat.ino };
    setWriteGate(db, () => this.#writeCheck());
    const timers = this.#options.timers ?? realTimers;
    this.#interval = timers.setInterval(() => this.check(), this.#options.intervalMs ?? 2_000);
    try {
      this.#watcher = watch(path, { persistent: false }, () => this.check());
      this.#watcher.on('error', () => {
        // The hint is gone (the file was removed); the timer keeps checking.
        this.#watcher?.close();
        this.#watcher = null;
      });
    } catch {
      this.#watcher = null;
    }
    this.check();
  }

  stop(): void {
    if (this.#interval !== undefined) (this.#options.timers ?? realTimers).clearInterval(this.#interval);
    this.#interval = undefined;
    this.#watcher?.close();
    this.#watcher = null;
    setWriteGate(this.#options.db, undefined);
    if (this.#problem && this.#options.db.open) this.#queryOnly(false);
  }

  /** The current problem, or null while the database can keep writes. */
  problem(): DatabaseProblem | null {
    return this.#problem;
  }

  /** Runs every check now; returns the problem, if any. */
  check(): DatabaseProblem | null {
    if (!this.#identity) return null;
    const reason = this.#identityProblem() ?? this.#writabilityProblem();
    this.#record(reason);
    return this.#problem;
  }

  // Cheap enough for every write transaction: the file at the path must be the one Pacer has open.
  #writeCheck(): string | null {
    const reason = this.#identityProblem();
    if (reason) this.#record(reason);
    return this.#problem?.reason ?? null;
  }

  // Writes outside inTransaction (the job ledger, a profile refresh) are single statements no gate
  // sees: SQLite's query_only makes each of them fail instead of landing in a file nobody will open.
  #queryOnly(on: boolean): void {
    try {
      this.#options.db.pragma(`query_only = ${on ? 'ON' : 'OFF'}`);
    } catch (error) {
      this.#options.logger.warn('could not switch query_only', error);
    }
  }

  #identityProblem(): string | null {
    const now = statSync(this.#options.path, { throwIfNoEntry: false });
    if (!now) return GONE;
    if (now.ino !== this.#identity!.ino || now.dev !== this.#identity!.dev) return REPLACED;
    return null;
  }

  #writabilityProblem(): string | null {
    try {
      accessSync(this.#options.path, constants.W_OK);
    } catch {
      return UNWRITABLE;
    }
    try {
      // SQLite creates its -wal and -journal files beside the database: a restart needs the folder.
      accessSync(this.#folder, constants.W_OK);
    } catch {
      return FOLDER_UNWRITABLE;
    }
    try {
      const fs = statfsSync(this.#folder);
      if (fs.bavail * fs.bsize < (this.#options.minFreeBytes ?? 1_048_576)) return DISK_FULL;
    } catch {
      // statfs is not available everywhere; the write itself then reports a full disk.
    }
    return null;
  }

  #record(reason: string | null): void {
    if (reason === null) {
      // Heals only when the very file Pacer opened is back (same inode): a copy of it is another file.
      if (this.#problem) {
        this.#options.logger.info(`database writable again (was: ${this.#problem.reason})`);
        this.#problem = null;
        this.#queryOnly(false);
      }
      return;
    }
    if (this.#problem?.reason === reason) return;
    const first = this.#problem === null;
    if (first) this.#queryOnly(true);
    this.#problem = { reason, since: this.#problem?.since ?? this.#options.clock.now() };
    const copyFrom = reason === GONE ? openCopyOf(this.#options.path) : null;
    if (copyFrom) this.#problem.copyFrom = copyFrom;
    this.#options.logger.error(`Pacer cannot save: ${reason} (${this.#options.path}); writes are refused`);
    if (first) {
      this.#options.onProblem(this.#problem).catch((error: unknown) => {
        this.#options.logger.error('could not tell the admins that the database cannot save', error);
      });
    }
  }
}

/**
 * A deleted file stays readable through the descriptor SQLite holds: on Linux /proc/<pid>/fd/<n>
 * links to "<path> (deleted)", and copying it back saves everything written so far.
 */
function openCopyOf(path: string): string | null {
  const wanted = `${resolve(path)} (deleted)`;
  try {
    for (const fd of readdirSync('/proc/self/fd')) {
      let target: string;
      try {
        target = readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        continue;
      }
      if (target === wanted) return `/proc/${process.pid}/fd/${fd}`;
    }
  } catch {
    // Not Linux, or no /proc: the admin message then only says to restore the file.
  }
  return null;
}
