import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../../src/domain/periods.js';
import type { ToldState } from '../../../../src/domain/targets/notice-state.js';
import { LOCALES } from '../../../../src/i18n/locale.js';
import { createTranslator } from '../../../../src/i18n/translator.js';
import { escapeMrkdwn } from '../../../../src/slack/mrkdwn.js';
import { type AckRow, targetAcksReply } from '../../../../src/slack/views/targets/target-told-views.js';
import { validateMessage } from '../../../../src/slack-api-stand-in/index.js';

const translator = createTranslator();
const STATES: ToldState[] = ['waiting', 'sent', 'refused', 'superseded', 'expired'];
const ERRORS = [null, 'http_503', 'messages_tab_disabled', 'user_disabled', 'some_new_slack_code'];

const row = (i: number, told: ToldState, toldError: string | null): AckRow => ({
  recipient: `W${String(i).padStart(16, '0')}`,
  scope: { kind: 'region', id: String(i) },
  name: escapeMrkdwn('<!here>&'.repeat(5)),
  period: parsePeriod('2026-W48'),
  periodKey: '2026-W48',
  amountCents: 1_000_000_000_000_00,
  ackedAt: i % 3 === 0 ? '2026-11-25T15:00:00.000Z' : null,
  told,
  toldError,
});

describe('targetAcksReply: where each target DM stands', () => {
  it('says delivered, waiting (and why), not delivered (and why), given up or superseded, in words', () => {
    const say = translator.speaker('en');
    const reply = targetAcksReply(
      say,
      [
        row(1, 'sent', null),
        row(2, 'waiting', null),
        row(3, 'waiting', 'timeout'),
        row(4, 'refused', 'cannot_dm_bot'),
        row(5, 'expired', 'http_502'),
        row(6, 'expired', null),
        row(7, 'superseded', null),
      ],
      'USD',
    );
    const text = (reply.blocks ?? [])
      .map((b) => ('text' in b && typeof b.text === 'object' ? (b.text?.text ?? '') : ''))
      .join('\n');
    const said = [
      '3 DMs could not be delivered',
      '· DM delivered ·',
      '· _DM waiting to be sent_ · _not',
      '· _DM waiting to be sent_ (Slack did not answer in time; trying again) ·',
      '· :warning: DM could not be delivered: it is a bot, which cannot get DMs ·',
      '· :warning: DM could not be delivered within a day: Slack answered 502 ·',
      '· :warning: DM could not be delivered within a day ·',
      '· DM not sent: the target was changed again before it could go out ·',
    ];
    for (const words of said) expect(text).toContain(words);
  });

  it('fits Slack with 2,000 rows of worst-case names and reasons, in every language', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) =>
      row(i, STATES[i % STATES.length]!, ERRORS[i % ERRORS.length]!),
    );
    for (const locale of LOCALES) {
      const reply = targetAcksReply(translator.speaker(locale), rows, 'USD');
      expect(validateMessage(reply as unknown as Record<string, unknown>), locale).toBeNull();
    }
  });
});
