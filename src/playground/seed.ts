import type { ManualClock } from '../clock.js';
import { instantAt } from '../domain/time.js';
import type { SlackApiStandIn } from '../slack-api-stand-in/index.js';
import {
  ADMIN_ID,
  dmChannelOf,
  PEOPLE,
  PRODUCTS,
  REGIONS,
  REPS,
  SALES_CHANNEL,
  TEAM_TIMEZONE,
} from './people.js';
import type { SlackSide } from './slack-side.js';
import type { WorkspaceView } from './workspace-view.js';

type Json = Record<string, unknown>;

/** The simulated moment the seeded workspace opens at: Wednesday 2 December 2026, 10:00 in New York. */
export const SEEDED_NOW = instantAt('2026-12-02', '10:00', TEAM_TIMEZONE);
/** The seed's history starts here: a year of deals before the playground opens. */
export const SEED_START = instantAt('2025-12-01', '09:00', TEAM_TIMEZONE);

export interface SeedWorld {
  clock: ManualClock;
  slack: SlackSide;
  view: WorkspaceView;
  standIn: SlackApiStandIn;
  /** Moves the clock forward, ticking every job that falls due on the way (time travel). */
  travelTo(at: Date): Promise<unknown>;
}

/** A small deterministic PRNG (mulberry32), so every seed gives the same year. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const CUSTOMERS: Record<string, string[]> = {
  East: [
    'Acme Corp',
    'Globex',
    'Initech',
    'Hooli',
    'Stark Industries',
    'Wayne Enterprises',
    'Umbrella Health',
    'Soylent Foods',
    'Vandelay Imports',
    'Dunder Mifflin',
    'Sterling Cooper',
    'Bluebook Media',
    'Harbor Bank',
    'Kinetic Labs',
    'Northwind Traders',
    'Quartz Retail',
  ],
  West: [
    'Pied Piper',
    'Cyberdyne',
    'Tyrell Corp',
    'Oceanic Air',
    'Massive Dynamic',
    'Wonka Industries',
    'Gringotts',
    'Prestige Worldwide',
    'Bluth Company',
    'Monarch Solutions',
    'Redwood Energy',
    'Sunset Studios',
    'Cascade Health',
    'Mojave Solar',
    'Pacifica Foods',
    'Summit Outdoor',
  ],
  EMEA: [
    'Nordwind GmbH',
    'Rossi & Figli',
    'Baltic Freight',
    'Helvetia Labs',
    'Lisboa Telecom',
    'Brightside Ltd',
    'Van Dijk Logistics',
    'Aurora AB',
    'Kraków Software',
    'Thames Water Tech',
    'Fjord Analytics',
    'Atlas Maritime',
    'Milano Moda',
    'Danube Rail',
    'Celtic Cloud',
    'Provence Vins',
  ],
};

const KUDOS_REASONS = [
  'covering my demo with Globex',
  'the pricing deck that closed Initech',
  'jumping on a late call with a customer in Tokyo',
  'sharing your renewal playbook',
  'helping me with the security questionnaire',
  'the intro to their procurement team',
];

const CSAT_NOTES = [
  'quick onboarding',
  'great support',
  'smooth rollout',
  'slow first week',
  'very responsive team',
];

const name = (id: string) => PEOPLE.find((p) => p.id === id)!.name;

/** Month starts from December 2025 to November 2026. */
function months(): Array<{ year: number; month: number }> {
  const out = [];
  for (let i = 0; i < 12; i++) {
    const m = 11 + i;
    out.push({ year: 2025 + Math.floor(m / 12), month: (m % 12) + 1 });
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function workingDaysOf(year: number, month: number): string[] {
  const days: string[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(year, month - 1, d));
    if (date.getUTCMonth() !== month - 1) break;
    const wd = date.getUTCDay();
    if (wd !== 0 && wd !== 6) days.push(`${year}-${pad(month)}-${pad(d)}`);
  }
  return days;
}

/**
 * Builds the demo workspace through Pacer's front door only: signed slash commands, button clicks
 * and form submissions, with the clock walked through a year, then time travel through the last
 * week so the jobs post what they would have posted. Nothing is written to the database directly.
 */
export async function seedDemoWorkspace(world: SeedWorld): Promise<void> {
  const { clock, slack } = world;
  const rand = random(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const admin = (text: string) => run(ADMIN_ID, '/pacer', text);
  const run = async (user: string, command: string, text: string) => {
    const res = await slack.command(user, dmChannelOf(user), command, text);
    if (res.status !== 200) throw new Error(`seed: ${command} ${text} answered HTTP ${res.status}`);
  };

  clock.set(SEED_START);
  await admin(`channel #${SALES_CHANNEL.name}`);
  for (const region of REGIONS) await admin(`region add ${region}`);
  for (const product of PRODUCTS) await admin(`product add ${product}`);
  for (const p of PEOPLE) {
    if (p.role === 'admin') await admin(`member @${p.name} role:admin`);
    else if (p.role === 'manager') await admin(`member @${p.name} role:manager`);
    else await admin(`member @${p.name} role:rep region:${p.region} manager:@${name(p.manager!)}`);
  }
  // A year of deals would be a year of celebrations in #sales; they go back on at the end.
  await admin('celebrate off');
  await admin('commission 5% above 100% 8% stretch-bonus 2,000');
  await run(ADMIN_ID, '/target', 'set team 2026 6,000,000 stretch +40% note:+25% on 2025');
  for (const rep of REPS) {
    const amount = rep.id === 'UNOAH' ? '300,000' : '700,000';
    await run(ADMIN_ID, '/target', `set @${rep.name} 2026 ${amount} stretch +40%`);
  }
  await run(ADMIN_ID, '/target', 'set region:EMEA 2026 2,100,000 stretch +40%');

  // Each rep has a pace of their own, so the boards have a story: Priya leads, Noah ramps up.
  const pace: Record<string, number> = {
    USAM: 1,
    UPRIYA: 1.35,
    UDIEGO: 0.9,
    ULILY: 1.1,
    UNOAH: 0.55,
    UANA: 1.15,
    UTOM: 0.85,
    USOFIA: 1,
    UOLIVER: 0.95,
  };
  const customersOf = new Map<string, Set<string>>();
  for (const [index, { year, month }] of months().entries()) {
    // The book of customers grows by about one a month per region, so every month has new ones.
    const book = (region: string) => CUSTOMERS[region]!.slice(0, 4 + index);
    // November stops before Thursday's check-in round, which the seed then lives through.
    const days = workingDaysOf(year, month).filter((d) => d <= '2026-11-25');
    clock.set(instantAt(days.at(-1)!, '18:00', TEAM_TIMEZONE));
    // The month's deals are drawn in a fixed order, then sent together (Pacer commits them in groups).
    const deals: Array<[string, string]> = [];
    for (const rep of REPS) {
      const count = 2 + Math.floor(rand() * 4);
      for (let i = 0; i < count; i++) {
        const customer =
          i === 0 && index >= 9 && rand() < 0.5 ? book(rep.region!).at(-1)! : pick(book(rep.region!));
        const amount = Math.round(((8_000 + rand() * 30_000) * (pace[rep.id] ?? 1)) / 500) * 500;
        const product = rand() < 0.6 ? PRODUCTS[0] : PRODUCTS[1];
        deals.push([rep.id, `${amount} "${customer}" product:"${product}" date:${pick(days)}`]);
        const mine = customersOf.get(rep.id) ?? new Set();
        mine.add(customer);
        customersOf.set(rep.id, mine);
      }
    }
    await Promise.all(deals.map(([rep, text]) => run(rep, '/deal', text)));
    // Thanks and scores through the month's last day, as people would give them.
    for (let k = 0; k < 2; k++) {
      const giver = pick(REPS);
      const receiver = pick(REPS.filter((r) => r.id !== giver.id));
      await run(giver.id, '/kudos', `@${receiver.name} for ${pick(KUDOS_REASONS)}`);
    }
    for (const rep of REPS) {
      if (rand() < 0.5) continue;
      const customer = pick([...(customersOf.get(rep.id) ?? [])]);
      const score = rand() < 0.7 ? 5 : 4 - Math.floor(rand() * 2);
      // Sales ops records the survey results; each score is credited to the customer's latest rep.
      await run(ADMIN_ID, '/csat', `"${customer}" ${score} ${pick(CSAT_NOTES)}`);
    }
  }
  // November's satisfaction survey: enough scores for the Customer Satisfaction Award to have a winner.
  for (const [customer, score, rep] of [
    ['Nordwind GmbH', 5, 'ana'],
    ['Lisboa Telecom', 5, 'ana'],
    ['Atlas Maritime', 4, 'ana'],
    ['Acme Corp', 5, 'sam'],
    ['Globex', 4, 'sam'],
    ['Hooli', 4, 'sam'],
  ] as const) {
    await run(ADMIN_ID, '/csat', `"${customer}" ${score} ${pick(CSAT_NOTES)} for:@${rep}`);
  }
  // November: the team's Collaboration Award needs kudos from two people, so it has a winner.
  await run('USAM', '/kudos', '@ana for the intro to their procurement team');
  await run('UTOM', '/kudos', '@ana for sharing your renewal playbook');

  // The last week is lived through: the check-in round, the leaderboard, the reminder, the awards.
  await world.travelTo(instantAt('2026-11-26', '16:00', 'Europe/Rome'));
  const answers: Record<string, Record<string, string>> = {
    UANA: {
      week: 'Closed Nordwind and Lisboa Telecom; ahead of my weekly number.',
      blockers: '',
      support: 'A session on multi-year pricing.',
      confidence: '4',
    },
    UTOM: {
      week: 'Slow week, two deals slipped to December.',
      blockers: 'Legal review at Helvetia Labs takes weeks.',
      support: '',
      confidence: '2',
    },
    USOFIA: { week: 'On plan: one new customer, one renewal.', blockers: '', support: '', confidence: '4' },
  };
  for (const [user, values] of Object.entries(answers)) await answerCheckin(world, user, values);
  await world.travelTo(instantAt('2026-11-26', '17:00', TEAM_TIMEZONE));
  const americas: Record<string, Record<string, string>> = {
    USAM: {
      week: 'Good: Acme expanded to three more teams.',
      blockers: '',
      support: 'Help with the Stark Industries security review.',
      confidence: '4',
    },
    UPRIYA: { week: 'Best week this quarter, two new logos.', blockers: '', support: '', confidence: '5' },
  };
  for (const [user, values] of Object.entries(americas)) await answerCheckin(world, user, values);
  await world.travelTo(instantAt('2026-12-01', '11:00', TEAM_TIMEZONE));
  await giveFeedback(world, 'UMARIA', 'UPRIYA', {
    went_well: 'Two new logos and a clean pipeline review.',
    improve: 'Log deals the day they close, not on Fridays.',
    goal: 'Close the Wayne Enterprises expansion.',
  });
  await world.travelTo(SEEDED_NOW);
  await admin('celebrate on');
  world.view.forgetTransient();
}

/** A rep clicks Start check-in in their DM and sends the form, as in Slack. */
async function answerCheckin(world: SeedWorld, user: string, values: Record<string, string>): Promise<void> {
  const dm = world.view
    .snapshot()
    .messages.filter(
      (m) => m.channel === dmChannelOf(user) && JSON.stringify(m.blocks ?? []).includes('checkin_start'),
    );
  const message = dm.at(-1);
  if (!message) throw new Error(`seed: no check-in DM for ${user}`);
  const button = findElement(message.blocks ?? [], 'checkin_start');
  await clickAndWaitForModal(world, user, message.id, button);
  await world.slack.submitView(user, formValues(world.view.topView(user)!.view, values));
}

async function giveFeedback(
  world: SeedWorld,
  manager: string,
  rep: string,
  values: Record<string, string>,
): Promise<void> {
  const message = world.view
    .snapshot()
    .messages.filter(
      (m) => m.channel === dmChannelOf(manager) && JSON.stringify(m.blocks ?? []).includes('feedback_give'),
    )
    .at(-1);
  if (!message) throw new Error(`seed: no feedback prompt for ${manager}`);
  const section = (message.blocks as Json[]).find((b) => JSON.stringify(b.text ?? '').includes(rep)) as
    | Json
    | undefined;
  const button = section?.accessory as Json | undefined;
  if (!button) throw new Error(`seed: no Give feedback button for ${rep}`);
  await clickAndWaitForModal(world, manager, message.id, { ...button, block_id: section?.block_id });
  await world.slack.submitView(manager, formValues(world.view.topView(manager)!.view, values));
}

async function clickAndWaitForModal(
  world: SeedWorld,
  user: string,
  messageId: string,
  button: Json,
): Promise<void> {
  const message = world.view.message(messageId)!;
  const seen = world.standIn.calls('views.open').length;
  await world.slack.messageAction(user, message, {
    type: 'button',
    actionId: String(button.action_id),
    blockId: String(button.block_id ?? 'b'),
    value: String(button.value ?? ''),
    text: button.text,
  });
  await world.standIn.waitForCall(() => world.standIn.calls('views.open').length > seen, 5_000);
  if (!world.view.topView(user)) throw new Error(`seed: the form did not open for ${user}`);
}

function findElement(blocks: unknown[], actionId: string): Json {
  for (const block of blocks as Json[]) {
    const elements = [
      ...((block.elements as Json[]) ?? []),
      ...(block.accessory ? [block.accessory as Json] : []),
    ];
    const found = elements.find((e) => e.action_id === actionId);
    if (found) return { ...found, block_id: block.block_id };
  }
  throw new Error(`no ${actionId} element`);
}

/** view.state.values for a modal's input blocks, filled from `values` by block_id. */
export function formValues(view: Json, values: Record<string, string>): Json {
  const state: Record<string, Json> = {};
  for (const block of (view.blocks as Json[]) ?? []) {
    if (block.type !== 'input') continue;
    const element = block.element as Json;
    const id = String(block.block_id);
    const actionId = String(element.action_id);
    const value = values[id] ?? '';
    if (element.type === 'static_select') {
      const option = ((element.options as Json[]) ?? []).find((o) => o.value === value);
      state[id] = { [actionId]: { type: 'static_select', selected_option: option ?? null } };
    } else if (element.type === 'datepicker') {
      state[id] = {
        [actionId]: { type: 'datepicker', selected_date: value || element.initial_date || null },
      };
    } else {
      state[id] = { [actionId]: { type: String(element.type), value: value || null } };
    }
  }
  return state;
}
