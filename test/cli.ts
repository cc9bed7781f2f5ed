/** Runs the real `pulso` executable as a child process, as an operator or CI would. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const pulsoBin = fileURLToPath(new URL('../bin/pulso.js', import.meta.url));
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a child: only what the test gives, so a developer's DATABASE_URL cannot leak in. */
export function childEnvironment(environment: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, HOME, TMPDIR } = process.env;
  return { PATH, HOME, TMPDIR, PULSO_LOG_LEVEL: 'warn', ...environment };
}

export function runPulso(args: string[], environment: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [pulsoBin, ...args], { cwd: projectRoot, env: childEnvironment(environment) }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 3) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function spawnPulso(args: string[], environment: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [pulsoBin, ...args], { cwd: projectRoot, env: childEnvironment(environment), stdio: 'pipe' });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
