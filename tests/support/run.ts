/** Runs a command in the repository from a test (a build with other options), failing with its output when it exits non-zero. */
import { spawn } from 'node:child_process';
import { repoRoot } from '../tools/dist.ts';

/** Runs `command args…` in the repository's root; rejects with the output's tail on a non-zero exit. */
export function runInRepo(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output.slice(-4000)}`))));
  });
}
