/**
 * An entry point run as the operator runs it: a real `node --import tsx`
 * process with only the environment given (no inherited tokens, no .env),
 * its output collected, its exit awaited. Tests wait for a line on stderr or
 * for the exit; nothing sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** tsx's loader by path, so a process started in another folder (to read its .env) still finds it. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface BotProcess {
  child: ChildProcess;
  readonly stderr: string;
  readonly stdout: string;
  /** Resolves with the exit code (null if killed by a signal). */
  exited: Promise<number | null>;
  /** Resolves once stderr holds `text`; rejects if the process exits first. */
  waitForStderr(text: string | RegExp): Promise<void>;
}

export function startProcess(entry: string, env: Record<string, string>, options: { cwd?: string; args?: string[] } = {}): BotProcess {
  const child = spawn(process.execPath, ['--import', tsx, entry, ...(options.args ?? [])], {
    cwd: options.cwd ?? projectRoot,
    // KIJI_ENV_FILE empty: a developer's own .env must not leak into the test.
    env: { PATH: process.env.PATH ?? '', KIJI_NO_CACHE: '1', KIJI_ENV_FILE: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  const watchers: { match: string | RegExp; resolve: () => void }[] = [];
  const matches = (match: string | RegExp) => (typeof match === 'string' ? stderr.includes(match) : match.test(stderr));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const watcher of [...watchers]) {
      if (!matches(watcher.match)) continue;
      watchers.splice(watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    get stderr() {
      return stderr;
    },
    get stdout() {
      return stdout;
    },
    exited,
    waitForStderr(match) {
      if (matches(match)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        watchers.push({ match, resolve });
        void exited.then((code) => reject(new Error(`exited (code ${code}) before printing ${String(match)}:\n${stderr}`)));
      });
    },
  };
}

/** A URL nothing listens on: a port that was free a moment ago. */
export async function deadPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A host that accepts connections and never answers, as behind a firewall that drops replies. */
export async function startBlackhole(): Promise<{ port: number; close(): Promise<void> }> {
  const { createServer } = await import('node:net');
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
