import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('logger', () => {
  it('never writes Slack tokens or configured secrets', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', secrets: ['s3cr3t-signing'], sink: (l) => lines.push(l) });
    logger.info('token xoxb-1234-5678-abcdEFGH and app token xapp-1-A111-222-xyz');
    logger.error(new Error('failed with secret s3cr3t-signing and xoxp-99-user'));
    const all = lines.join('\n');
    expect(all).not.toMatch(/xoxb-1234|xapp-1-A111|s3cr3t-signing|xoxp-99/);
    expect(all).toContain('xoxb-[redacted]');
    expect(lines.map((l) => JSON.parse(l).level)).toEqual(['info', 'error']);
  });

  it('never writes a REST API key, wherever it appears in a line', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', sink: (l) => lines.push(l) });
    const key = `pacer_${'Ab3-_'.repeat(8)}xyz`;
    logger.warn(`header Authorization: Bearer ${key}`, { header: `Bearer ${key}` });
    logger.error(new Error(`refused ${key}`));
    const all = lines.join('\n');
    expect(all).not.toContain(key);
    expect(all).toContain('pacer_[redacted]');
  });

  it('drops lines below the level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', sink: (l) => lines.push(l) });
    logger.info('hidden');
    logger.debug('hidden');
    logger.warn('shown');
    expect(lines).toHaveLength(1);
  });

  it('writes fields as JSON fields, errors with their stack, and one name per line', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', sink: (l) => lines.push(l) });
    logger.info('backup written', { file: '/data/backups/x.sqlite', bytes: 4096 });
    const error = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    logger.child('scheduler').child('backup').error('job backup failed', error);
    const [info, failed] = lines.map((l) => JSON.parse(l));
    expect(info).toMatchObject({ level: 'info', name: 'pacer', msg: 'backup written', bytes: 4096 });
    expect(info.file).toBe('/data/backups/x.sqlite');
    expect(new Date(info.time).toISOString()).toBe(info.time);
    expect(failed).toMatchObject({
      level: 'error',
      name: 'pacer:scheduler:backup',
      msg: 'job backup failed',
      err: { type: 'Error', message: 'disk full', code: 'ENOSPC' },
    });
    expect(failed.err.stack).toContain('disk full');
    expect(lines[1]!.match(/"name"/g)).toHaveLength(1);
  });

  it('follows Bolt setting its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', sink: (l) => lines.push(l) });
    logger.debug('hidden');
    logger.setLevel('debug' as Parameters<typeof logger.setLevel>[0]);
    expect(logger.getLevel()).toBe('debug');
    logger.debug('shown');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['shown']);
  });
});
