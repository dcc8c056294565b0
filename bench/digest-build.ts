// Times building one manager's digest for 50 reps with long answers (every character escapes), the
// worst case the check-in form allows: `npx tsx bench/digest-build.ts`.
import { performance } from 'node:perf_hooks';
import { parsePeriod } from '../src/domain/periods.js';
import { createTranslator } from '../src/i18n/translator.js';
import { digestView } from '../src/slack/views/checkins/checkin-views.js';

const questions = Array.from({ length: 5 }, (_, i) => ({
  id: `q${i}`,
  label: `Question ${i} ${'&<'.repeat(100)}`,
  kind: 'text' as const,
  optional: false,
}));
const answer = (i: number) => `${'&<> 🎉 '.repeat(500)}${i}`.slice(0, 3000);
const digest = {
  managerId: 'UMGR',
  answered: Array.from({ length: 50 }, (_, r) => ({
    memberId: `UREP${r}`,
    questions,
    answers: Object.fromEntries(questions.map((q, i) => [q.id, answer(r * 10 + i)])),
    flags: [],
  })),
  notAnswered: Array.from({ length: 30 }, (_, i) => `USILENT${i}`),
  flaggedCount: 0,
};
const say = createTranslator().speaker('en');
const week = parsePeriod('2026-W48')!;
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  const pages = digestView(say, week, digest);
  console.log(
    `50 reps × 5 answers of 3,000: ${(performance.now() - start).toFixed(0)} ms, ${pages.length} pages`,
  );
}
