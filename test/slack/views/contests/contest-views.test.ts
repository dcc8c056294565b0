import { describe, expect, it } from 'vitest';
import type { Standings } from '../../../../src/domain/contests/standings.js';
import type { Contest } from '../../../../src/domain/entities/contest.js';
import { LOCALES } from '../../../../src/i18n/locale.js';
import { createTranslator } from '../../../../src/i18n/translator.js';
import { contestModal } from '../../../../src/slack/views/contests/contest-modal.js';
import {
  contestHistoryView,
  contestListView,
  standingsView,
  startPost,
} from '../../../../src/slack/views/contests/contest-views.js';
import { validateMessage, validateView } from '../../../../src/slack-api-stand-in/index.js';

const translator = createTranslator();
const NASTY = '<!here> *bold* & <https://x|click>';

const contest = (over: Partial<Contest> = {}): Contest => ({
  id: 1,
  name: `${NASTY}`.slice(0, 40),
  metric: 'revenue',
  productId: null,
  startsOn: '2026-12-01',
  endsOn: '2026-12-31',
  mode: 'teams',
  goal: 100_000_000_000_00,
  prize: '&'.repeat(150),
  standings: 'weekly',
  managerId: 'W0123456789ABCDEF',
  createdBy: 'UADMIN',
  createdAt: '2026-11-30T10:00:00Z',
  finalJson: null,
  settledAt: null,
  ...over,
});

// 300 teams with long escaping names, all tied: the worst a post can hold.
const standings: Standings = {
  ranked: Array.from({ length: 300 }, (_, i) => ({
    rank: 1,
    key: `${'<&>'.repeat(10)}${i}`,
    name: `${'<&>'.repeat(10)}${i}`,
    num: 100_000_000_000_00,
    den: 1,
    percent: null,
    members: [`U${i}`],
    reachedGoal: true,
  })),
  notYet: Array.from({ length: 500 }, (_, i) => `UN${i}`),
  noTarget: Array.from({ length: 500 }, (_, i) => `UT${i}`),
};

describe('contest views', () => {
  for (const locale of LOCALES) {
    const say = translator.speaker(locale);
    const ctx = { currency: 'USD', productName: NASTY };
    it(`${locale}: standings, start post, lists and history fit Slack and keep typed names as text`, () => {
      for (const final of [false, true]) {
        const reply = standingsView({
          contest: contest(),
          standings,
          ctx,
          say,
          callerId: 'U299',
          callerTakesPart: true,
          final,
          withRules: true,
        });
        expect(validateMessage({ channel: 'C1', ...reply })).toBeNull();
        const all = JSON.stringify(reply);
        expect(all).not.toContain('<!here>');
        expect(all).not.toContain('<https://x|click>');
      }
      const start = startPost(say, contest({ metric: 'product', productId: 1 }), ctx, '2099-12-31');
      expect(validateMessage({ channel: 'C1', ...start })).toBeNull();
      expect(JSON.stringify(start)).not.toContain('<!here>');
      const listed = Array.from({ length: 200 }, () => ({ contest: contest(), ctx, place: 1 }));
      expect(validateMessage({ channel: 'C1', ...contestListView(say, listed, listed) })).toBeNull();
      const past = Array.from({ length: 10 }, () => ({ contest: contest(), standings }));
      expect(validateMessage({ channel: 'C1', ...contestHistoryView(say, past) })).toBeNull();
    });

    it(`${locale}: the form is a valid modal with every product line`, () => {
      const view = contestModal({
        say,
        today: '2026-12-01',
        products: Array.from({ length: 150 }, (_, i) => ({ id: i, name: `${'产品'.repeat(40)}${i}` })),
        metadata: { channelId: 'C1' },
      });
      expect(validateView(view, 'modal')).toBeNull();
    });
  }

  it('says who is tied for the win, in Chinese too', () => {
    const tie: Standings = {
      ranked: ['UA', 'UB'].map((key) => ({
        rank: 1,
        key,
        name: key,
        num: 500_00,
        den: 1,
        percent: null,
        members: [key],
        reachedGoal: false,
      })),
      notYet: [],
      noTarget: [],
    };
    const c = contest({ mode: 'individual', name: 'December hunt' });
    const ctx = { currency: 'USD', productName: null };
    const en = JSON.stringify(
      standingsView({ contest: c, standings: tie, ctx, say: translator.speaker('en'), final: true }),
    );
    expect(en).toContain('Winners, tied: <@UA>, <@UB>');
    expect(en).toContain(':first_place_medal: <@UA> — $500');
    const zh = JSON.stringify(
      standingsView({ contest: c, standings: tie, ctx, say: translator.speaker('zh-CN'), final: true }),
    );
    expect(zh).toContain('冠军：<@UA>, <@UB>');
    expect(zh).toContain(':first_place_medal: <@UA>：US$500');
  });
});
