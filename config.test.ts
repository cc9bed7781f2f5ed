import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';
import { InputError } from './domain/input-error.ts';

function failure(environment: Record<string, string>): string {
  try {
    parseConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('parseConfig', () => {
  it('runs with no configuration at all on the embedded database', () => {
    expect(parseConfig({})).toEqual({
      database: { url: undefined, dataDir: '.pulso' },
      timeZone: 'America/Sao_Paulo',
      http: { host: '127.0.0.1', port: 3000, corsOrigins: [] },
      transports: ['console'],
      telegramBotToken: undefined,
      llm: { apiKey: undefined, baseUrl: undefined, model: 'gpt-4.1-mini', timeoutMs: 8000 },
      studioSlug: 'principal',
      logLevel: 'info',
      inboxDir: undefined,
      demoOnEmpty: 'auto',
    });
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ DATABASE_URL: '', PORT: ' ' }).database.url).toBeUndefined();
  });

  it('reads every variable', () => {
    const config = parseConfig({
      DATABASE_URL: 'postgresql://pulso:segredo@db:5432/pulso',
      PULSO_DATA_DIR: '/var/lib/pulso',
      PULSO_TZ: 'America/Manaus',
      PORT: '8080',
      PULSO_TRANSPORTS: 'console, Telegram,telegram',
      TELEGRAM_BOT_TOKEN: '123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      PULSO_LLM_MODEL: 'llama3.1',
    });
    expect(config.database.url).toBe('postgresql://pulso:segredo@db:5432/pulso');
    expect(config.timeZone).toBe('America/Manaus');
    expect(config.http.port).toBe(8080);
    expect(config.transports).toEqual(['console', 'telegram']);
    expect(config.llm).toEqual({ apiKey: 'sk-test', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', timeoutMs: 8000 });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: esperado um número de porta entre 1 e 65535 (recebido: "abc")'],
    [{ PORT: '70000' }, 'PORT: esperado um número de porta entre 1 e 65535'],
    [{ PULSO_TZ: 'Brasil/Sao_Paulo' }, 'PULSO_TZ: esperado um fuso horário IANA'],
    [{ PULSO_TRANSPORTS: 'console,sms' }, 'PULSO_TRANSPORTS: esperado uma lista separada por vírgulas de console, telegram, whatsapp'],
    [{ PULSO_TRANSPORTS: 'telegram' }, 'TELEGRAM_BOT_TOKEN: esperado o token do @BotFather, obrigatório quando PULSO_TRANSPORTS inclui telegram'],
    [{ PULSO_PUBLIC_URL: 'http://pulso.local' }, 'PULSO_PUBLIC_URL: esperado o endereço público https:// deste Pulso, por exemplo https://pulso.meuestudio.com.br'],
    [{ PULSO_WHATSAPP_PHONE: '123' }, 'PULSO_WHATSAPP_PHONE: esperado o celular do estúdio com DDD, por exemplo (11) 98765-4321'],
    [{ PULSO_LLM_TIMEOUT_MS: '5s' }, 'PULSO_LLM_TIMEOUT_MS: esperado um número de milissegundos entre 100 e 60000'],
    [{ DATABASE_URL: 'mysql://root@localhost/pulso' }, 'DATABASE_URL: esperado uma URL postgres://'],
    [{ OPENAI_BASE_URL: 'localhost:11434' }, 'OPENAI_BASE_URL: esperado uma URL http(s)://'],
    [{ PULSO_LOG_LEVEL: 'verbose' }, 'PULSO_LOG_LEVEL: esperado um destes níveis'],
    [{ PULSO_DEMO: 'sim' }, 'PULSO_DEMO: esperado auto (só no banco embutido), on ou off'],
  ])('rejects %o naming the variable and the expected form', (environment, expected) => {
    const message = failure(environment);
    expect(message).toContain('Configuração inválida');
    expect(message).toContain(expected);
  });

  it('never repeats a secret in its message', () => {
    const message = failure({ DATABASE_URL: 'mysql://root:supersecret@localhost/pulso', TELEGRAM_BOT_TOKEN: 'not-a-token-secret' });
    expect(message).not.toContain('supersecret');
    expect(message).not.toContain('not-a-token-secret');
  });
});
