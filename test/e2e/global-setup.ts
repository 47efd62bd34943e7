// Serves the production build (dist/) with `vite preview` for the end-to-end tests.
// The port is fixed and strict: if something already listens there (a stale preview from an
// interrupted run), we fail loudly instead of testing against old code.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import type { TestProject } from 'vitest/node';

// SEGBOOK_E2E_PORT lets two runs (say, CI on a clean clone and a developer) share a machine.
export const PREVIEW_PORT = Number(process.env.SEGBOOK_E2E_PORT ?? 4173);

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch (e) {
      // Ports on the fetch spec's blocked list (4190, 6000, ...) fail at once in Node and Chromium alike.
      if (String((e as { cause?: { message?: string } }).cause?.message).includes('bad port')) throw new Error(`port ${new URL(url).port} is blocked by browsers: choose another SEGBOOK_E2E_PORT`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** SEGBOOK_E2E_DIST: serve another build (`vite build --outDir dist-x`), so parallel runs on one machine do not rebuild each other's files. */
const DIST = process.env.SEGBOOK_E2E_DIST ?? 'dist';

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ is missing: run \`vite build\` first (npm run test:e2e does).`);
  if (await portInUse(PREVIEW_PORT)) throw new Error(`port ${PREVIEW_PORT} is busy: a stale preview server? kill it and retry`);
  // vite's own bin through node (not npx): one process less to start on a loaded 2-core machine.
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', DIST, '--port', String(PREVIEW_PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // own process group, so teardown kills npx and vite together
  });
  const kill = () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ } };
  process.once('exit', kill);
  const baseUrl = `http://127.0.0.1:${PREVIEW_PORT}`;
  try {
    await waitForServer(`${baseUrl}/`, child, 120_000);
  } catch (e) {
    kill();
    throw e;
  }
  project.provide('baseUrl', baseUrl);
  return () => kill();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
