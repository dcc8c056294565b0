import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, MANAGER, REP, TestPacer } from '../helpers/test-pacer.js';

/**
 * Whatever people type, every command answers with its own message (an answer or a sentence with
 * an example), never the generic "something went wrong" of an unexpected error.
 */
let t: TestPacer;
beforeAll(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', 'product add Cloud');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep region:North manager:<@${MANAGER.id}>`);
  await t.command(REP.id, '/deal', '12,500 Acme Corp');
});
afterAll(() => t.stop());

// Words that mean something to some command, and words that mean trouble to parsers.
const WORDS = [
  'help',
  'set',
  'list',
  'undo',
  'growth',
  'rules',
  'history',
  'enable',
  'disable',
  'schedule',
  'run',
  'team',
  'region:North',
  'region:Mars',
  'product:Cloud',
  'product:',
  'for:',
  `for:<@${REP.id}>`,
  `<@${REP.id}|rick>`,
  `<@${MANAGER.id}>`,
  '<@UNKNOWN99>',
  '<#C123|sales>',
  '<!channel>',
  '@bob',
  'date:2026-11-31',
  'date:yesterday',
  'date:',
  'note:',
  'note:hi',
  'stretch',
  'stretch',
  '+40%',
  '-100%',
  '999999999999999%',
  '30%',
  '2026',
  '2026-Q5',
  '2026-W53',
  '2026-11',
  '0000-00',
  'week',
  'month',
  'by',
  'attainment',
  'revenue',
  'public',
  'pause',
  'until',
  'resume',
  'answers',
  'holiday',
  'add',
  'remove',
  'questions',
  'reminder',
  'kudos',
  'limit',
  'celebrate',
  'on',
  'off',
  'min',
  'commission',
  'above',
  'stretch-bonus',
  'workdays',
  'sun-thu',
  'timezone',
  'Mars/Olympus',
  'currency',
  'XYZ',
  'weekly-reminder',
  'checkins',
  'awards',
  '12,500',
  '1.5万',
  '1e9',
  'NaN',
  '0',
  '-5',
  '5',
  '6',
  '1',
  '$12',
  '€3',
  '12.5k',
  '"Acme, Inc."',
  '"',
  '“',
  'Acme',
  'ACME  corp',
  '\u200b',
  '\u202e',
  '😀',
  '&amp;',
  '&lt;',
  '*bold*',
  '`code`',
  '09:00',
  '25:99',
  'monday',
  'day-31',
  'x'.repeat(300),
];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 7 }).map((w) => w.join(' '));
const COMMANDS = ['/pacer', '/deal', '/target', '/leaderboard', '/kudos', '/csat', '/award', '/checkin'];

describe('any typed command', () => {
  it('gets its own answer, never an unexpected-error reference', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMMANDS),
        fc.constantFrom(ADMIN.id, MANAGER.id, REP.id),
        text,
        async (command, user, typed) => {
          const { http } = await t.send(user, command, typed);
          expect(http.status).toBe(200);
        },
      ),
      { numRuns: 1_000 },
    );
    // Unexpected errors are answered after the ack, through response_url: wait until every request is done.
    await t.settled();
    const answers = t.standIn.calls().map((c) => JSON.stringify(c.body));
    expect(answers.filter((a) => a.includes('Something went wrong'))).toEqual([]);
    expect(t.logs.filter((l) => l.includes('unhandled error'))).toEqual([]);
  }, 120_000);
});
