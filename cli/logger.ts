/**
 * Structured logs (pino) on stderr, so stdout stays for people and --json. Secrets and contact data
 * are redacted by path, whatever code logs them.
 */
import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { app: 'pulso' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          '*.token',
          '*.apiKey',
          '*.password',
          '*.phone',
          '*.email',
          'phone',
          'email',
          'token',
        ],
        censor: '[oculto]',
      },
    },
    pino.destination(2),
  );
}
