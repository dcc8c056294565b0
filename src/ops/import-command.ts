import { existsSync, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock } from '../clock.js';
import { MAX_FILE_BYTES } from '../domain/data-files.js';
import { createTranslator } from '../i18n/translator.js';
import { AuditRepository } from '../persistence/audit-repository.js';
import { openDatabase } from '../persistence/database.js';
import { DealsRepository } from '../persistence/deals-repository.js';
import { MembersRepository } from '../persistence/members-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../persistence/migrator.js';
import { PendingDealsRepository } from '../persistence/pending-deals-repository.js';
import {
  importFileProblemText,
  importPreviewLines,
  importWaitingLines,
  nothingNewText,
} from '../slack/data-file-text.js';
import { importDeals } from '../use-cases/data-import.js';
import { externalDealContext } from '../use-cases/external-deals.js';
import { cliEnvironment, cliSpeaker, teamLists } from './data-cli.js';
import { acquireDatabaseLock, DatabaseInUseError } from './database-lock.js';

// `npm run import -- deals <file.csv> [--dry-run] [--skip-invalid]`: historical deals into
// DATABASE_PATH. It writes, so it takes Pacer's lock (one writer per database, ADR 6 and 13): while
// Pacer runs, send the file to Pacer's DM instead.
if (existsSync('.env')) process.loadEnvFile('.env');
const env = cliEnvironment(process.env);
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [kind, file] = args.filter((a) => !a.startsWith('--'));
const plain = (text: string) => text.replace(/\*/g, '');

/** For words before the lock is taken (the team's language): read-only, closed at exit. */
function openReadOnly() {
  return new Database(env.databasePath, { readonly: true, fileMustExist: true });
}

function main(): number {
  if (kind !== 'deals' || !file || [...flags].some((f) => f !== '--dry-run' && f !== '--skip-invalid')) {
    // Before the database is open: the language PACER_LANGUAGE names.
    console.error(createTranslator().speaker(env.language).t('dataImport.cliUsage'));
    return 64;
  }
  if (!existsSync(file)) {
    console.error(`${file} does not exist.`);
    return 66;
  }
  let lock: ReturnType<typeof acquireDatabaseLock>;
  try {
    lock = acquireDatabaseLock(env.databasePath);
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    const probe = openReadOnly();
    try {
      console.error(plain(cliSpeaker(teamLists(probe, env).settings).t('dataImport.cliBusy')));
    } finally {
      probe.close();
    }
    return 75;
  }
  const db = openDatabase(env.databasePath);
  try {
    migrate(db, readMigrations(defaultMigrationsDir()), systemClock.now());
    const lists = teamLists(db, env);
    const say = cliSpeaker(lists.settings);
    // Refused before it is read, as from Slack.
    const bytes =
      statSync(file).size > MAX_FILE_BYTES ? Buffer.alloc(MAX_FILE_BYTES + 1) : readFileSync(file);
    const deps = {
      db,
      deals: new DealsRepository(db),
      audit: new AuditRepository(db),
      members: new MembersRepository(db),
      pendingDeals: new PendingDealsRepository(db),
      config: { admins: env.admins },
      clock: systemClock,
      ...lists,
    };
    const outcome = importDeals(deps, bytes, externalDealContext(deps), {
      actor: `cli:${userInfo().username}`,
      dryRun: flags.has('--dry-run'),
      skipInvalid: flags.has('--skip-invalid'),
      fileName: basename(file),
    });
    if (outcome.kind === 'fileRefused') {
      console.error(plain(importFileProblemText(say, outcome.problem)));
      return 65;
    }
    for (const line of importPreviewLines(say, outcome.preview, basename(file), 1_000))
      console.warn(plain(line));
    if (outcome.kind === 'checked') {
      if (outcome.dryRun) {
        console.warn(say.t('dataImport.dryRun'));
        return outcome.preview.refused.length > 0 ? 65 : 0;
      }
      console.error(say.t('dataImport.notAll', { count: outcome.preview.refused.length }));
      return 65;
    }
    if (outcome.created === 0 && outcome.waiting.length === 0) {
      console.warn(plain(nothingNewText(say, outcome.preview)));
      return 0;
    }
    console.warn(
      plain(
        say.t('dataImport.done', {
          count: outcome.created,
          file: basename(file),
          stored: outcome.unchanged,
          refused: outcome.skipped,
        }),
      ),
    );
    // Nobody is DM'd from here (Pacer is stopped): they see these on App Home and in `/deal list`.
    for (const line of importWaitingLines(say, outcome.preview.waiting, 'stored')) console.warn(plain(line));
    return 0;
  } finally {
    db.close();
    lock.release();
  }
}

process.exitCode = main();
