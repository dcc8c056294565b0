import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchChromium,
  openAs,
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
  await page.evaluate("document.getElementById('toast').hidden = true");
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.warn(`wrote docs/images/${name}.png`);
}

const messages = (page: Page) => page.getByTestId('messages').getByTestId('message');

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
