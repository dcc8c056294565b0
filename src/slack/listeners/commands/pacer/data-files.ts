import { parseExportRequest } from '../../../../domain/data-files.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { DataExportError, exportForMember } from '../../../../use-cases/data-export.js';
import { exportErrorText, exportRequestText } from '../../../data-file-text.js';
import { FileTransferError, sendFileByDm } from '../../../file-transfer.js';
import type { HelpEntry } from '../../../help-entry.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';

export const dataFilesHelp: HelpEntry[] = [
  {
    usage: '/pacer export <deals|targets|kudos|csat|checkins> [period] [region:<name>] [product:<name>]',
    example: '/pacer export deals 2026-Q4',
    descriptionKey: 'help.pacer.export',
  },
  {
    usage: '/pacer import',
    example: '/pacer import',
    descriptionKey: 'help.pacer.import',
    adminOnly: true,
  },
];

/** `/pacer export …`: the file goes to the caller's DM; the reply says what it holds. */
export const exportCommand: CommandHandler = async ({ caller, text }, deps, { client }) => {
  const say = memberSpeaker(deps, caller.userId);
  const request = parseExportRequest(text);
  if (!request.ok) throw new UserFacingError(exportRequestText(say, request.error));
  let file: ReturnType<typeof exportForMember>;
  try {
    file = exportForMember(deps, caller, request.value);
  } catch (error) {
    if (error instanceof DataExportError) throw new UserFacingError(exportErrorText(say, error));
    throw error;
  }
  try {
    await sendFileByDm(client, caller.userId, {
      fileName: file.fileName,
      content: file.content,
      comment: say.t('dataExport.fileComment', { file: file.fileName, count: file.rows }),
    });
  } catch (error) {
    if (!(error instanceof FileTransferError)) throw error;
    deps.logger.warn(`export upload failed: ${error.reason}`);
    throw new UserFacingError(say.t('dataExport.uploadFailed', { error: error.reason }));
  }
  return textReply(say.t('dataExport.sent', { file: file.fileName, count: file.rows, scope: file.scope }));
};

/** `/pacer import`: how to import (a CSV in Pacer's DM); admins only. */
export const importCommand: CommandHandler = async ({ caller }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  if (!deps.directory.isAdmin(caller)) throw new UserFacingError(say.t('dataImport.adminOnly'), 'not_admin');
  return textReply(say.t('dataImport.howTo'));
};
