import { existsSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { parseExportRequest } from '../domain/data-files.js';
import { ExportRepository } from '../persistence/export-repository.js';
import { MembersRepository } from '../persistence/members-repository.js';
import { exportErrorText, exportRequestText } from '../slack/data-file-text.js';
import { DataExportError, exportData } from '../use-cases/data-export.js';
import { cliEnvironment, cliSpeaker, teamLists } from './data-cli.js';

// `npm run export -- <kind> [period] [region:<name>] [product:<name>] [deleted] --out <file>`: a CSV
// of everything (the operator sees all) from DATABASE_PATH while Pacer keeps running. The connection
// is read-only and takes no lock: in WAL mode it reads the last commit and Pacer writes on (ADR 22).
if (existsSync('.env')) process.loadEnvFile('.env');
const env = cliEnvironment(process.env);
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const words = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
const plain = (text: string) => text.replace(/\*/g, '');

if (!existsSync(env.databasePath)) {
  console.error(`DATABASE_PATH ${env.databasePath} does not exist.`);
  process.exit(66);
}
const db = new Database(env.databasePath, { readonly: true, fileMustExist: true, timeout: 5_000 });
try {
  const lists = teamLists(db, env);
  const say = cliSpeaker(lists.settings);
  const request = parseExportRequest(words.join(' '));
  if (!out || !request.ok) {
    if (!request.ok) console.error(plain(exportRequestText(say, request.error)));
    console.error(say.t('dataExport.cliUsage'));
    process.exitCode = 64;
  } else {
    try {
      const file = exportData(
        {
          exports: new ExportRepository(db),
          members: new MembersRepository(db),
          config: { admins: env.admins },
          ...lists,
        },
        { kind: 'operator' },
        request.value,
      );
      writeFileSync(out, file.content);
      console.warn(plain(say.t('dataExport.cliDone', { file: out, count: file.rows })));
    } catch (error) {
      if (!(error instanceof DataExportError)) throw error;
      console.error(plain(exportErrorText(say, error)));
      process.exitCode = 65;
    }
  }
} finally {
  db.close();
}
