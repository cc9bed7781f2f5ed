/**
 * The process configuration, read from the environment in one place and validated with zod, so that a
 * wrong value stops start-up with a pt-BR message naming the variable and the form it expects.
 * Studio facts (plans, quiet hours, weights...) are not here: they live in the database.
 */
import { z } from 'zod';
import { InputError } from './domain/input-error.ts';
import { normalizePhone } from './domain/phone.ts';

const transportNames = ['console', 'telegram', 'whatsapp'] as const;
export type TransportName = (typeof transportNames)[number];

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('pt-BR', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const environmentSchema = z
  .object({
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, 'uma URL postgres://usuario:senha@servidor:porta/banco')
        .optional(),
    ),
    PULSO_DATA_DIR: optionalText.pipe(z.string().default('.pulso')),
    PULSO_TZ: optionalText.pipe(
      z
        .string()
        .refine(isTimeZone, 'um fuso horário IANA, por exemplo America/Sao_Paulo')
        .default('America/Sao_Paulo'),
    ),
    PORT: optionalText.pipe(
      z.coerce
        .number<string | undefined>({ error: 'um número de porta entre 1 e 65535' })
        .int('um número de porta entre 1 e 65535')
        .min(1, 'um número de porta entre 1 e 65535')
        .max(65535, 'um número de porta entre 1 e 65535')
        .default(3000),
    ),
    PULSO_HOST: optionalText.pipe(z.string().default('127.0.0.1')),
    PULSO_TRANSPORTS: optionalText.pipe(
      z
        .string()
        .default('console')
        .transform((value) => value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))
        .pipe(
          z
            .array(z.enum(transportNames, { error: 'uma lista separada por vírgulas de console, telegram, whatsapp' }))
            .transform((names) => [...new Set(names)]),
        ),
    ),
    TELEGRAM_BOT_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(/^\d+:[\w-]{30,}$/, 'o token do @BotFather, no formato 123456789:ABC...')
        .optional(),
    ),
    PULSO_PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https$/, error: 'o endereço público https:// deste Pulso, por exemplo https://pulso.meuestudio.com.br' }).optional()),
    PULSO_WHATSAPP_PHONE: optionalText.pipe(
      z
        .string()
        .transform((value, context) => {
          const phone = normalizePhone(value);
          if (!phone) context.addIssue({ code: 'custom', message: 'o celular do estúdio com DDD, por exemplo (11) 98765-4321' });
          return phone ?? '';
        })
        .optional(),
    ),
    OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'uma URL http(s)://, por exemplo https://api.openai.com/v1' }).optional()),
    PULSO_LLM_MODEL: optionalText.pipe(z.string().default('gpt-4.1-mini')),
    PULSO_LLM_TIMEOUT_MS: optionalText.pipe(
      z.coerce
        .number<string | undefined>({ error: 'um número de milissegundos entre 100 e 60000' })
        .int('um número de milissegundos entre 100 e 60000')
        .min(100, 'um número de milissegundos entre 100 e 60000')
        .max(60_000, 'um número de milissegundos entre 100 e 60000')
        .default(8_000),
    ),
    PULSO_STUDIO: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'um identificador em minúsculas, por exemplo principal')
        .default('principal'),
    ),
    PULSO_INBOX: optionalText,
    PULSO_CORS_ORIGINS: optionalText.pipe(
      z
        .string()
        .default('')
        .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
        .pipe(z.array(z.url({ protocol: /^https?$/, error: 'uma lista separada por vírgulas de origens http(s)://, por exemplo https://painel.meuestudio.com.br' }))),
    ),
    PULSO_DEMO: optionalText.pipe(
      z.enum(['auto', 'on', 'off'], { error: 'auto (só no banco embutido), on ou off' }).default('auto'),
    ),
    PULSO_LOG_LEVEL: optionalText.pipe(
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'um destes níveis: fatal, error, warn, info, debug, trace, silent',
      }).default('info'),
    ),
  })
  .superRefine((env, context) => {
    if (env.PULSO_TRANSPORTS.includes('telegram') && !env.TELEGRAM_BOT_TOKEN) {
      context.addIssue({
        code: 'custom',
        path: ['TELEGRAM_BOT_TOKEN'],
        message: 'o token do @BotFather, obrigatório quando PULSO_TRANSPORTS inclui telegram',
      });
    }
  });

export interface Config {
  database: { url: string | undefined; dataDir: string };
  timeZone: string;
  /** `corsOrigins`: browser origins allowed to call /api/v1; empty keeps CORS closed. */
  http: { host: string; port: number; corsOrigins: string[] };
  transports: TransportName[];
  telegramBotToken: string | undefined;
  /** Where this Pulso is reachable from the internet; with it, Telegram uses a webhook instead of polling. */
  publicUrl: string | undefined;
  /** The studio's WhatsApp number: when given, linking shows a pairing code instead of a QR. */
  whatsappPhone: string | undefined;
  /** The LLM is used when a key or a server is given; without either, every text comes from templates. */
  llm: { apiKey: string | undefined; baseUrl: string | undefined; model: string; timeoutMs: number };
  studioSlug: string;
  logLevel: string;
  /** A folder `pulso start` watches for exports to import. */
  inboxDir: string | undefined;
  /** Whether an empty database is filled with the demo studio on start. */
  demoOnEmpty: 'auto' | 'on' | 'off';
}

/** Validates an environment (any object of strings) into a Config; throws an InputError in pt-BR. */
export function parseConfig(environment: Record<string, string | undefined>): Config {
  const result = environmentSchema.safeParse(environment);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'ambiente');
      const received = environment[variable];
      const shown = variable.endsWith('TOKEN') || variable.endsWith('KEY') || variable === 'DATABASE_URL'
        ? '' : received === undefined ? '' : ` (recebido: "${received}")`;
      return `- ${variable}: esperado ${issue.message}${shown}`;
    });
    throw new InputError(`Configuração inválida. Corrija as variáveis de ambiente:\n${lines.join('\n')}`);
  }
  const env = result.data;
  return {
    database: { url: env.DATABASE_URL, dataDir: env.PULSO_DATA_DIR },
    timeZone: env.PULSO_TZ,
    http: { host: env.PULSO_HOST, port: env.PORT, corsOrigins: env.PULSO_CORS_ORIGINS },
    transports: env.PULSO_TRANSPORTS,
    telegramBotToken: env.TELEGRAM_BOT_TOKEN,
    publicUrl: env.PULSO_PUBLIC_URL,
    whatsappPhone: env.PULSO_WHATSAPP_PHONE,
    llm: { apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL, model: env.PULSO_LLM_MODEL, timeoutMs: env.PULSO_LLM_TIMEOUT_MS },
    studioSlug: env.PULSO_STUDIO,
    logLevel: env.PULSO_LOG_LEVEL,
    inboxDir: env.PULSO_INBOX,
    demoOnEmpty: env.PULSO_DEMO,
  };
}

/** The only reader of process.env in Pulso. */
export function configFromEnvironment(): Config {
  return parseConfig(process.env);
}
