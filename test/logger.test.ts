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

  it('drops lines below the level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', sink: (l) => lines.push(l) });
    logger.info('hidden');
    logger.debug('hidden');
    logger.warn('shown');
    expect(lines).toHaveLength(1);
  });
});
