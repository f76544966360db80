import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The API's folder, where `npm start` runs main.ts. */
export const apiDir = fileURLToPath(new URL('../..', import.meta.url));

export interface MainProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  url: string;
}

/**
 * Runs `main.ts` as `npm start` does, on a free port, with `env` over this process's, until it
 * prints its URL. `onSpawn` sees the child at once, so that a test can stop it even if it never
 * gets that far.
 */
export function startMain(env: Record<string, string>, onSpawn?: (child: ChildProcess) => void): Promise<MainProcess> {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, PORT: '0', ...env },
  });
  onSpawn?.(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const url = out.match(/Massar is running on (http:\/\/\S+)/)?.[1];
      if (url) {
        clearInterval(timer);
        resolve({ child, output: () => out, url });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`main.ts exited with ${code}: ${out}`));
    });
  });
}
