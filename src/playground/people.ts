import type { StandInUser } from '../slack-api-stand-in/index.js';

/** The demo workspace: who is in it and how the team is set up. Fixed, so pictures stay the same. */

export const TEAM_TIMEZONE = 'America/New_York';
export const SALES_CHANNEL = { id: 'CSALES', name: 'sales' } as const;

export type DemoRole = 'admin' | 'manager' | 'rep';

export interface DemoPerson extends StandInUser {
  real_name: string;
  tz: string;
  role: DemoRole;
  title: string;
  region?: string;
  manager?: string;
}

export const REGIONS = ['East', 'West', 'EMEA'] as const;
export const PRODUCTS = ['Cloud Suite', 'Services'] as const;

const person = (p: DemoPerson): DemoPerson => p;

export const PEOPLE: DemoPerson[] = [
  person({
    id: 'UADA',
    name: 'ada',
    real_name: 'Ada Brooks',
    tz: 'America/New_York',
    role: 'admin',
    title: 'Sales operations (admin)',
    is_admin: true,
  }),
  person({
    id: 'UMARIA',
    name: 'maria',
    real_name: 'Maria Santos',
    tz: 'America/New_York',
    role: 'manager',
    title: 'Sales manager, Americas',
  }),
  person({
    id: 'UJONAS',
    name: 'jonas',
    real_name: 'Jonas Weber',
    tz: 'Europe/Berlin',
    role: 'manager',
    title: 'Sales manager, EMEA',
  }),
  person({
    id: 'USAM',
    name: 'sam',
    real_name: 'Sam Carter',
    tz: 'America/New_York',
    role: 'rep',
    title: 'Account executive',
    region: 'East',
    manager: 'UMARIA',
  }),
  person({
    id: 'UPRIYA',
    name: 'priya',
    real_name: 'Priya Patel',
    tz: 'America/New_York',
    role: 'rep',
    title: 'Account executive',
    region: 'East',
    manager: 'UMARIA',
  }),
  person({
    id: 'UDIEGO',
    name: 'diego',
    real_name: 'Diego Ramirez',
    tz: 'America/Los_Angeles',
    role: 'rep',
    title: 'Account executive',
    region: 'West',
    manager: 'UMARIA',
  }),
  person({
    id: 'ULILY',
    name: 'lily',
    real_name: 'Lily Chen',
    tz: 'America/Los_Angeles',
    role: 'rep',
    title: 'Account executive',
    region: 'West',
    manager: 'UMARIA',
  }),
  person({
    id: 'UNOAH',
    name: 'noah',
    real_name: 'Noah Kim',
    tz: 'America/Los_Angeles',
    role: 'rep',
    title: 'Account executive (new hire)',
    region: 'West',
    manager: 'UMARIA',
  }),
  person({
    id: 'UANA',
    name: 'ana',
    real_name: 'Ana Silva',
    tz: 'Europe/London',
    role: 'rep',
    title: 'Account executive',
    region: 'EMEA',
    manager: 'UJONAS',
  }),
  person({
    id: 'UTOM',
    name: 'tom',
    real_name: 'Tom Becker',
    tz: 'Europe/Berlin',
    role: 'rep',
    title: 'Account executive',
    region: 'EMEA',
    manager: 'UJONAS',
  }),
  person({
    id: 'USOFIA',
    name: 'sofia',
    real_name: 'Sofia Rossi',
    tz: 'Europe/Rome',
    role: 'rep',
    title: 'Account executive',
    region: 'EMEA',
    manager: 'UJONAS',
  }),
  person({
    id: 'UOLIVER',
    name: 'oliver',
    real_name: 'Oliver Hughes',
    tz: 'Europe/London',
    role: 'rep',
    title: 'Account executive',
    region: 'EMEA',
    manager: 'UJONAS',
  }),
];

export const ADMIN_ID = 'UADA';
export const REPS = PEOPLE.filter((p) => p.role === 'rep');

export function personById(id: string): DemoPerson | undefined {
  return PEOPLE.find((p) => p.id === id);
}

/** The DM channel id the stand-in gives a user (its WorkspaceState.dmChannelOf convention). */
export function dmChannelOf(userId: string): string {
  return userId.startsWith('U') ? `D${userId.slice(1)}` : `D${userId}`;
}
