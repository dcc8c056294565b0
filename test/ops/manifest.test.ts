import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(
  JSON.parse(readFileSync(join(root, 'test/fixtures/slack/manifest.schema.1.0.0.json'), 'utf8')),
);
const manifest = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'scripts/manifest.ts'), ...args], { cwd: root });

describe('npm run manifest', () => {
  it('--socket writes a Socket Mode manifest with no request URLs, valid for Slack', async () => {
    const { stdout } = await manifest('--socket');
    const m = parse(stdout);
    expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(stdout).not.toMatch(/url:/);
    expect(m.features.slash_commands.length).toBeGreaterThanOrEqual(8);
  }, 20_000);

  it('--url points every command, interactivity and events at <host>/slack/events, and refuses http://', async () => {
    const { stdout } = await manifest('--url', 'https://pacer.acme.test');
    const m = parse(stdout);
    expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
    expect(m.settings.socket_mode_enabled).toBe(false);
    const urls = [...stdout.matchAll(/url: (\S+)/g)].map((x) => x[1]);
    expect(urls.length).toBe(m.features.slash_commands.length + 2);
    expect(new Set(urls)).toEqual(new Set(['https://pacer.acme.test/slack/events']));
    await expect(manifest('--url', 'http://pacer.acme.test')).rejects.toThrow(/only to https:\/\//);
  }, 20_000);
});
