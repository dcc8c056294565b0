import type { App, BlockButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../../app-deps.js';
import { MAX_FILE_BYTES } from '../../../domain/data-files.js';
import type { Member } from '../../../domain/entities/member.js';
import type { Speaker } from '../../../i18n/translator.js';
import { memberSpeaker } from '../../../services/language-settings.js';
import { type ImportOutcome, importDealsAs } from '../../../use-cases/data-import.js';
import {
  freshRows,
  importFileProblemText,
  importPreviewLines,
  importWaitingLines,
  nothingNewText,
} from '../../data-file-text.js';
import { downloadFile, FileTransferError, fileInfo, type SharedFileInfo } from '../../file-transfer.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { askImportedNow } from '../../notifications/deal-approval.js';
import { fitReply, type Reply, sections } from '../../views/blocks.js';
import { plainText, SLACK } from '../../views/fit.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';

/**
 * Import from Slack (ADR 22): an admin sends a CSV file to Pacer's DM. Pacer reads it, checks every
 * row and answers with a preview and a button; only the click writes. The button keeps just the
 * file id: the click reads the file from Slack again, and importing is idempotent, so a double
 * click or a stale preview cannot import twice.
 */

// Refused rows listed in a preview; the rest are counted ("…and 12 more").
const PREVIEW_ROWS = 20;

interface FileShareEvent {
  subtype?: string;
  channel_type?: string;
  channel?: string;
  user?: string;
  bot_id?: string;
  files?: SharedFileInfo[];
}

const isCsv = (file: SharedFileInfo) => file.filetype === 'csv' || /\.csv$/i.test(file.name);

type Checked = { ok: true; outcome: ImportOutcome | { kind: 'notAdmin' } } | { ok: false; text: string };

async function readAndImport(
  deps: AppDeps,
  caller: Member,
  file: SharedFileInfo,
  mode: { dryRun: boolean; skipInvalid: boolean },
): Promise<Checked> {
  const say = memberSpeaker(deps, caller.userId);
  if (!deps.directory.isAdmin(caller)) return { ok: false, text: say.t('dataImport.adminOnly') };
  if (!isCsv(file)) return { ok: false, text: say.t('dataImport.notCsv', { name: escapeMrkdwn(file.name) }) };
  const tooLarge = () => say.t('dataImport.file.tooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 });
  // Slack says the size: a file past the limit is refused without downloading it.
  if (file.size > MAX_FILE_BYTES || !file.url_private_download) return { ok: false, text: tooLarge() };
  let bytes: Buffer;
  try {
    bytes = await downloadFile(file.url_private_download, deps.config.slackBotToken, MAX_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof FileTransferError)) throw error;
    if (error.reason === 'too_large') return { ok: false, text: tooLarge() };
    return { ok: false, text: say.t('dataImport.downloadFailed', { error: error.reason }) };
  }
  return { ok: true, outcome: await importDealsAs(deps, caller, bytes, { ...mode, fileName: file.name }) };
}

function button(text: string, actionId: string, value: string, primary: boolean) {
  return {
    type: 'button' as const,
    action_id: actionId,
    value,
    text: plainText(text, SLACK.buttonText),
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/** The answer to an import, checked or done, in the reader's language. */
function outcomeReply(
  say: Speaker,
  outcome: ImportOutcome | { kind: 'notAdmin' },
  file: SharedFileInfo,
): Reply {
  if (outcome.kind === 'notAdmin') return fitReply(say.t('dataImport.adminOnly'));
  if (outcome.kind === 'fileRefused') return fitReply(importFileProblemText(say, outcome.problem));
  const lines = importPreviewLines(say, outcome.preview, file.name, PREVIEW_ROWS);
  const { preview } = outcome;
  if (outcome.kind === 'imported') {
    if (outcome.created === 0 && outcome.waiting.length === 0) return fitReply(nothingNewText(say, preview));
    const done = say.t('dataImport.done', {
      count: outcome.created,
      file: escapeMrkdwn(file.name),
      stored: outcome.unchanged,
      refused: outcome.skipped,
    });
    const waiting = importWaitingLines(say, outcome.preview.waiting, 'asked');
    return fitReply(done, sections([done, ...waiting]));
  }
  const fresh = freshRows(preview);
  const blocks: KnownBlock[] = sections(lines);
  if (fresh === 0 && preview.refused.length === 0) {
    blocks.push(
      ...sections(
        preview.stillWaiting + preview.declined > 0
          ? say.t('dataImport.nothingToImport')
          : say.t('dataImport.nothingNew'),
      ),
    );
    return fitReply(lines[0]!, blocks, SLACK.fallbackText);
  }
  if (!outcome.dryRun)
    blocks.push(...sections(say.t('dataImport.notAll', { count: preview.refused.length })));
  else if (preview.refused.length === 0) {
    blocks.push(...sections(say.t('dataImport.confirm')), {
      type: 'actions',
      elements: [button(say.t('dataImport.import', { count: fresh }), ACTIONS.dataImportAll, file.id, true)],
    });
  } else {
    blocks.push(...sections(say.t('dataImport.fixOrSkip')));
    if (fresh > 0)
      blocks.push({
        type: 'actions',
        elements: [
          button(say.t('dataImport.importValid', { count: fresh }), ACTIONS.dataImportValid, file.id, false),
        ],
      });
  }
  return fitReply(lines[0]!, blocks, SLACK.fallbackText);
}

async function post(client: WebClient, channel: string, reply: Reply): Promise<void> {
  await client.chat.postMessage({
    channel,
    text: reply.text,
    ...(reply.blocks ? { blocks: reply.blocks } : {}),
  });
}

export function registerCsvImport(app: App, router: ListenerRouter, deps: AppDeps): void {
  app.event('message', async ({ event, client }) => {
    const message = event as FileShareEvent;
    if (message.subtype !== 'file_share' || message.channel_type !== 'im' || message.bot_id) return;
    const file = message.files?.[0];
    if (!file || !message.user || !message.channel) return;
    const caller = await deps.directory.ensure(message.user);
    if (!caller || caller.isBot) return;
    const say = memberSpeaker(deps, caller.userId);
    const checked = await readAndImport(deps, caller, file, { dryRun: true, skipInvalid: false });
    await post(
      client,
      message.channel,
      checked.ok ? outcomeReply(say, checked.outcome, file) : fitReply(checked.text),
    );
  });

  const confirm = (skipInvalid: boolean) =>
    (async ({ ack, body, client, respond }) => {
      await ack();
      const caller = await interactionCaller(deps, body.user.id);
      const say = memberSpeaker(deps, caller.userId);
      const id = body.actions[0]?.value ?? '';
      const file = /^F\w+$/.test(id) ? await fileInfo(client, id) : null;
      if (!file) {
        await respond({
          replace_original: false,
          response_type: 'ephemeral',
          text: say.t('dataImport.outOfDate'),
        });
        return;
      }
      const checked = await readAndImport(deps, caller, file, { dryRun: false, skipInvalid });
      const reply = checked.ok ? outcomeReply(say, checked.outcome, file) : fitReply(checked.text);
      await respond({
        replace_original: true,
        text: reply.text,
        ...(reply.blocks ? { blocks: reply.blocks } : {}),
      });
      // Rows that wait are asked about by the waiting-deals job, through the ledger (retried, once).
      if (checked.ok && checked.outcome.kind === 'imported' && checked.outcome.waiting.length > 0)
        askImportedNow(deps);
    }) satisfies Parameters<typeof router.action<BlockButtonAction>>[1];
  router.action<BlockButtonAction>(ACTIONS.dataImportAll, confirm(false));
  router.action<BlockButtonAction>(ACTIONS.dataImportValid, confirm(true));
}
