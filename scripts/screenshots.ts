import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchChromium,
  openAs,
  openHome,
  startSeededPlayground,
  travel,
  typeCommand,
} from '../test/playground/browser.js';

/**
 * `npm run screenshots`: seeds a fresh playground, acts as its people in Chromium and saves the key
 * screens to docs/images/ for the README. The seed and the simulated clock are fixed, so the
 * pictures only change when Pacer's messages do.
 */
const OUT = join(import.meta.dirname, '..', 'docs', 'images');

async function shot(page: Page, name: string): Promise<void> {
  // Let fonts and the last SSE render settle before the picture.
  await page.evaluate('document.fonts.ready');
  // Charts are images: the picture waits until each one shown has loaded.
  await page.waitForFunction('[...document.images].every((img) => img.complete && img.naturalWidth > 0)');
  await page.evaluate("document.getElementById('toast').hidden = true");
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.warn(`wrote docs/images/${name}.png`);
}

const messages = (page: Page) => page.getByTestId('messages').getByTestId('message');

/** Waits for the last message holding all of `texts`, scrolls it to the top, and saves the picture. */
async function shotOf(page: Page, name: string, ...texts: string[]): Promise<void> {
  let found = messages(page);
  for (const text of texts) found = found.filter({ hasText: text });
  const message = found.last();
  await message.waitFor();
  await message.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, name);
}

/**
 * Opens the person's Home tab, waits until Pacer's fresh publish shows `text` (and its `charts`, which
 * come in a second publish), and brings `top` to the top.
 */
async function homeShot(
  page: Page,
  url: string,
  user: string,
  name: string,
  text: string,
  { top, charts = 0 }: { top?: string; charts?: number } = {},
) {
  await openHome(page, url, user);
  const home = page.getByTestId('home');
  await home.getByText(text).first().waitFor();
  if (charts > 0)
    await home
      .locator('.image-block img')
      .nth(charts - 1)
      .waitFor();
  if (top)
    await home
      .getByText(top)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, name);
}

/** The contest the pictures show: November's deals and the first days of December count. */
const CONTEST = 'Holiday sprint';

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.warn('seeding a fresh playground (about 20 s)…');
  const running = await startSeededPlayground();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const url = running.web.url;

    await openAs(page, url, 'USAM');
    const awards = messages(page).filter({ hasText: 'Awards · November 2026' }).last();
    await awards.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'award-announcement');

    await typeCommand(page, '/deal 12.5k Acme');
    await messages(page)
      .filter({ hasNotText: 'Only visible to you' })
      .filter({ hasText: '$12,500' })
      .last()
      .waitFor();
    await messages(page)
      .filter({ hasText: 'Only visible to you' })
      .filter({ hasText: '$12,500' })
      .last()
      .waitFor();
    await shot(page, 'deal-confirmation');

    await openAs(page, url, 'UMARIA');
    await typeCommand(page, '/leaderboard year');
    const board = messages(page).filter({ hasText: 'Leaderboard · 2026' }).last();
    await board.waitFor();
    await board.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'leaderboard');

    await openAs(page, url, 'USAM');
    await travel(page, 'Next Monday 09:00');
    const reminder = messages(page).filter({ hasText: "This week's team target" }).last();
    await reminder.waitFor();
    await reminder.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'monday-reminder');

    for (const rep of ['USAM', 'UPRIYA', 'UDIEGO', 'ULILY', 'UNOAH']) {
      await openAs(page, url, rep, 'dm');
      if (rep === 'USAM') await travel(page, 'Thursday 15:00 for Sam');
      if (rep === 'UDIEGO') await travel(page, 'Thursday 15:00 for Diego');
      const checkin = messages(page)
        .filter({ has: page.getByRole('button', { name: 'Start check-in' }) })
        .last();
      await checkin.waitFor();
      if (rep === 'USAM') await shot(page, 'checkin-dm');
      await checkin.getByRole('button', { name: 'Start check-in' }).click();
      const modal = page.getByTestId('modal');
      await modal.waitFor();
      const story = ANSWERS[rep]!;
      await modal.locator('[data-block="week"]').fill(story.week);
      await modal.locator('[data-block="blockers"]').fill(story.blockers);
      await modal.locator('[data-block="support"]').fill(story.support);
      await modal.locator('[data-block="confidence"]').selectOption(story.confidence);
      if (rep === 'USAM') await shot(page, 'checkin-form');
      await modal.getByTestId('modal-submit').click();
      await modal.waitFor({ state: 'detached' });
      if (rep === 'ULILY') {
        // Mid-round, so the manager's Home shows who has not answered yet (Noah) next to the blockers.
        await homeShot(page, url, 'UMARIA', 'app-home-manager', 'Not answered this check-in', {
          top: 'Your reports this month',
        });
      }
    }
    await openAs(page, url, 'UMARIA', 'dm');
    await travel(page, '+1 hour');
    const digest = messages(page)
      .filter({ hasText: 'Check-ins ·' })
      .filter({ hasText: 'Everyone answered.' })
      .last();
    await digest.waitFor();
    await digest.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'manager-digest');

    // The same DM holds Monday's digest about the reports and Wednesday's at-risk alert.
    await shotOf(page, 'manager-monday-digest', 'Your team this week');
    await shotOf(page, 'at-risk-alert', 'At risk this month');

    // A contest over November and the first days of December, so it has standings and ends tomorrow.
    await openAs(page, url, 'UADA');
    await typeCommand(
      page,
      `/contest new "${CONTEST}" revenue 2026-11-16 2026-12-10 goal:50k prize:Team dinner`,
    );
    await messages(page)
      .filter({ hasText: `Created ${CONTEST}` })
      .last()
      .waitFor();
    await openAs(page, url, 'USAM');
    await typeCommand(page, `/contest ${CONTEST}`);
    await shotOf(page, 'contest-standings', 'Only visible to you', `${CONTEST} · 2026-11-16`);

    await openAs(page, url, 'USAM', 'dm');
    await typeCommand(page, '/achievements');
    await shotOf(page, 'achievements', 'Achievements of');
    await homeShot(page, url, 'USAM', 'app-home-rep', 'Your recent deals', { charts: 2 });

    await openAs(page, url, 'UADA', 'dm');
    await typeCommand(page, '/pacer export deals 2026-11');
    await page.getByTestId('file').filter({ hasText: 'pacer-deals-2026-11.csv' }).waitFor();
    await shotOf(page, 'export-file', 'Your export');
    await homeShot(page, url, 'UADA', 'app-home-admin', 'Set up Pacer', { top: 'Set up Pacer' });

    // The analysis on demand: November against October and last November, with its charts.
    await openAs(page, url, 'UADA', 'dm');
    await typeCommand(page, '/report 2026-11');
    await messages(page).filter({ hasText: 'Sales analysis' }).last().locator('img').first().waitFor();
    await shotOf(page, 'report', 'Sales analysis');

    // The final result goes out at 09:00 the day after the contest's last day.
    await openAs(page, url, 'USAM');
    await travel(page, 'Friday 16:00');
    await shotOf(page, 'contest-final', `${CONTEST} is over`);
  } finally {
    await browser.close();
    await running.stop();
  }
}

const ANSWERS: Record<string, { week: string; blockers: string; support: string; confidence: string }> = {
  USAM: {
    week: 'Acme signed the expansion; Globex wants a second demo.',
    blockers: 'Security review at Stark Industries is stuck with their legal team.',
    support: 'A hand from sales engineering on the Stark questionnaire.',
    confidence: '4',
  },
  UPRIYA: { week: 'Two new logos, pipeline looks healthy.', blockers: '', support: '', confidence: '5' },
  UDIEGO: {
    week: 'Quiet week, three proposals out.',
    blockers: '',
    support: 'Pricing approval faster.',
    confidence: '3',
  },
  ULILY: { week: 'Closed Cyberdyne renewal early.', blockers: '', support: '', confidence: '4' },
  UNOAH: {
    week: 'First solo demo done.',
    blockers: 'Still learning the pricing tool.',
    support: 'Shadow Priya on a negotiation call.',
    confidence: '2',
  },
};

main().catch((error) => {
  console.error('screenshots failed:', error);
  process.exit(1);
});
