import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, createKey } from '../helpers/api-client.js';
import { ADMIN, REP, TestPacer } from '../helpers/test-pacer.js';

let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z' });
});
afterEach(async () => {
  await t.stop();
});

const keyRows = () =>
  t.deps.db.prepare('SELECT * FROM api_keys ORDER BY id').all() as Array<Record<string, unknown>>;

describe('/pacer api-key', () => {
  it('creates a key shown once, keeps only its hash, lists it by hint and audits it', async () => {
    const { text } = await t.command(ADMIN.id, '/pacer', 'api-key create zapier-prod');
    const key = /pacer_[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(key).toBeDefined();
    expect(text).toContain('*zapier-prod*');
    expect(text).toContain('only this once');
    // Nothing in the database holds the key itself.
    const dump =
      JSON.stringify(t.deps.db.prepare('SELECT * FROM api_keys').all()) +
      JSON.stringify(t.deps.db.prepare('SELECT * FROM audit_log').all());
    expect(dump).not.toContain(key!);
    expect(keyRows()).toMatchObject([{ name: 'zapier-prod', hint: key!.slice(0, 10), created_by: ADMIN.id }]);
    expect(keyRows()[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/);

    const list = await t.command(ADMIN.id, '/pacer', 'api-key list');
    expect(list.text).toContain(`*zapier-prod* \`${key!.slice(0, 10)}…\``);
    expect(list.text).toContain('never used');
    expect(list.text).not.toContain(key!);

    // Using it shows up in the list.
    expect((await api(t, 'GET', '/api/v1/deals', { key })).status).toBe(200);
    expect((await t.command(ADMIN.id, '/pacer', 'api-key list')).text).toContain(
      'last used 2026-11-25 15:00 UTC',
    );

    const audit = t.deps.db.prepare("SELECT action, actor FROM audit_log WHERE entity = 'api_key'").all();
    expect(audit).toEqual([{ action: 'api_key.create', actor: ADMIN.id }]);
    // The key never reaches the logs.
    expect(t.logs.join('\n')).not.toContain(key!);
  });

  it('two creates give two different keys; a live name cannot be taken twice', async () => {
    const a = await createKey(t, ADMIN.id, 'one');
    const b = await createKey(t, ADMIN.id, 'two');
    expect(a).not.toBe(b);
    const again = await t.command(ADMIN.id, '/pacer', 'api-key create ONE');
    expect(again.text).toContain('already a key named *ONE*');
    expect(keyRows()).toHaveLength(2);
  });

  it('revokes a key: the API refuses it at once, the name is free again, the audit has it', async () => {
    const key = await createKey(t, ADMIN.id, 'hubspot');
    expect((await api(t, 'GET', '/api/v1/deals', { key })).status).toBe(200);
    const { text } = await t.command(ADMIN.id, '/pacer', 'api-key revoke hubspot');
    expect(text).toContain('*hubspot* is revoked');
    const refused = await api(t, 'GET', '/api/v1/deals', { key });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toContain('revoked');
    expect((await t.command(ADMIN.id, '/pacer', 'api-key list')).text).toContain('No API keys yet');
    expect((await t.command(ADMIN.id, '/pacer', 'api-key revoke hubspot')).text).toContain(
      'no live API key named',
    );
    await createKey(t, ADMIN.id, 'hubspot');
    const actions = t.deps.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'api_key' ORDER BY id")
      .all();
    expect(actions).toEqual([
      { action: 'api_key.create' },
      { action: 'api_key.revoke' },
      { action: 'api_key.create' },
    ]);
  });

  it('refuses reps, bad names and unknown verbs without storing anything', async () => {
    expect((await t.command(REP.id, '/pacer', 'api-key create mine')).text).toContain(
      'Only admins can manage API keys',
    );
    expect((await t.command(REP.id, '/pacer', 'api-key list')).text).toContain('Only admins');
    expect((await t.command(ADMIN.id, '/pacer', 'api-key create')).text).toContain('Name the key');
    expect((await t.command(ADMIN.id, '/pacer', 'api-key create my key')).text).toContain('letters, digits');
    expect((await t.command(ADMIN.id, '/pacer', `api-key create ${'k'.repeat(41)}`)).text).toContain(
      'at most 40',
    );
    expect((await t.command(ADMIN.id, '/pacer', 'api-key create <!channel>')).text).not.toContain(
      '<!channel>',
    );
    expect((await t.command(ADMIN.id, '/pacer', 'api-key rotate x')).text).toContain(
      '/pacer api-key create|list|revoke',
    );
    expect(keyRows()).toEqual([]);
  });

  it('answers in the member’s language', async () => {
    await t.command(ADMIN.id, '/pacer', 'my-language zh-CN');
    const { text } = await t.command(ADMIN.id, '/pacer', 'api-key create crm');
    expect(text).toContain('API 密钥 *crm* 已创建');
    expect((await t.command(ADMIN.id, '/pacer', 'api-key list')).text).toContain('从未使用');
  });
});
