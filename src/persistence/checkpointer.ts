import { Worker } from 'node:worker_threads';

// The worker opens its own connection and checkpoints the WAL every `intervalMs`, so copying pages
// into the database file never blocks the thread that answers Slack.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Moves WAL checkpoints off the main thread; the caller turns automatic checkpoints off. */
export function startCheckpointer(path: string, driver: string, intervalMs = 1_000): Checkpointer {
  const worker = new Worker(WORKER, { eval: true, workerData: { path, driver, intervalMs } });
  worker.unref();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
        setTimeout(() => void worker.terminate().then(() => resolve()), 1_000).unref();
      }),
  };
}
