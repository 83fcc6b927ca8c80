import pino, { type Logger } from 'pino';

export function createLogger(level: string, name: string): Logger {
  return pino({ level, name, base: { pid: process.pid }, redact: ['req.headers.authorization'] });
}
export type { Logger };
