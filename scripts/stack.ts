// Starts the whole local stack, waits until each piece answers, and stops everything on Ctrl-C,
// on the end of --exec's command, or as soon as any one piece dies.
//
//   tsx scripts/stack.ts [--seed] [--apps]   start and keep running
//   tsx scripts/stack.ts --built              the apps BUILT and served as Hosting serves them
//   tsx scripts/stack.ts --exec "<command>"  start, run the command, stop, exit with its code
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { demoClients, demoPassword, demoStaff } from './seed/demo-data.js';
import { emulatorEnv, host, ports, projectId } from './stack-config.js';
import { emulatorConfig, pushRules, watchRules } from './stack-rules.js';

const root = resolve(import.meta.dirname, '..');
const logDir = join(root, '.stack', 'logs');
mkdirSync(logDir, { recursive: true });

const args = process.argv.slice(2);
const execIndex = args.indexOf('--exec');
const execCommand = execIndex >= 0 ? args[execIndex + 1] : null;
const withSeed = args.includes('--seed');
const withApps = args.includes('--apps');
const withBuilt = args.includes('--built');

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const cargoBin = (name: string) =>
  join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin', name);
const goBin = (name: string) => join(process.env.GOPATH ?? join(homedir(), 'go'), 'bin', name);

const env = { ...process.env, ...emulatorEnv() };
const children = new Map<string, { child: ChildProcess; logFile: string }>();
let stopping = false;

function log(message: string) {
  process.stdout.write(`[stack] ${message}\n`);
}

function start(
  name: string,
  command: string,
  commandArgs: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  const logFile = join(logDir, `${name}.log`);
  const out = createWriteStream(logFile);
  // Each child leads its own process group so that stopping it also stops what it spawned
  // (firebase-tools starts hidane and the functions runtime).
  const child = spawn(command, commandArgs, {
    cwd: options.cwd ?? root,
    env: { ...env, ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  children.set(name, { child, logFile });
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      log(
        `${name} exited unexpectedly (code ${code}, signal ${signal}); last lines of ${logFile}:`,
      );
      process.stdout.write(tail(logFile));
      void stopAll(1);
    }
  });
  return child;
}

function tail(file: string, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') + '\n';
  } catch {
    return '';
  }
}

async function waitFor(name: string, probe: () => Promise<boolean>, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error('stopping');
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  const entry = children.get(name);
  if (entry) process.stdout.write(tail(entry.logFile));
  throw new Error(`${name} did not become ready within ${timeoutMs / 1000}s`);
}

const httpOk = (url: string) => async () => (await fetch(url)).ok;

function logContains(name: string, text: string) {
  return async () => {
    const entry = children.get(name);
    return entry ? readFileSync(entry.logFile, 'utf8').includes(text) : false;
  };
}

/**
 * firebase-tools starts hidane and the functions runtimes in process groups of their own: if the
 * CLI dies first (it exits when a rules reload fails), they outlive it. The stack therefore keeps,
 * in `.stack/processes.json`, every process it started and their descendants (refreshed while it
 * runs), and sweeps exactly those — checked by their command line, so a reused pid is left alone —
 * when it stops and when it starts after a crash. Another stack (`npm test` beside `npm start`, a
 * second checkout) is never touched.
 */
const processesFile = join(root, '.stack', 'processes.json');

interface Tracked {
  pid: number;
  cmdline: string;
}

function readProc(pid: number): { ppid: number; cmdline: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    return { ppid, cmdline };
  } catch {
    return null;
  }
}

/** Our children and all their descendants, as /proc shows them now. */
function ourProcesses(): Tracked[] {
  const roots = new Set([...children.values()].map(({ child }) => child.pid!));
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .flatMap((pid) => {
      const info = readProc(pid);
      return info ? [{ pid, ...info }] : [];
    });
  const ours = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const proc of all) {
      if (!ours.has(proc.pid) && ours.has(proc.ppid)) {
        ours.add(proc.pid);
        grew = true;
      }
    }
  }
  return all.filter((proc) => ours.has(proc.pid)).map(({ pid, cmdline }) => ({ pid, cmdline }));
}

function recordProcesses() {
  try {
    writeFileSync(processesFile, JSON.stringify(ourProcesses()));
  } catch {
    // Best effort: the record only helps after a crash.
  }
}

/** Kills what a previous run of this checkout left behind, if it is still the same process. */
function sweepOrphans() {
  let tracked: Tracked[] = [];
  try {
    tracked = JSON.parse(readFileSync(processesFile, 'utf8')) as Tracked[];
  } catch {
    return;
  }
  for (const { pid, cmdline } of tracked) {
    if (readProc(pid)?.cmdline !== cmdline) continue;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  rmSync(processesFile, { force: true });
}

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  recordProcesses();
  for (const [name, { child }] of children) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      children.delete(name);
    }
  }
  const deadline = Date.now() + 10_000;
  while (children.size > 0 && Date.now() < deadline) await sleep(100);
  for (const { child } of children.values()) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  sweepOrphans();
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(130));
process.on('SIGTERM', () => void stopAll(143));

async function main() {
  sweepOrphans();
  start('mail', bin('maildev'), [
    '--smtp',
    String(ports.smtp),
    '--web',
    String(ports.mailWeb),
    '--ip',
    host,
    '--web-ip',
    host,
  ]);
  start('storage', goBin('fake-gcs-server'), [
    '-scheme',
    'http',
    '-host',
    host,
    '-port',
    String(ports.storage),
    '-backend',
    'memory',
    '-public-host',
    `${host}:${ports.storage}`,
    '-external-url',
    `http://${host}:${ports.storage}`,
  ]);
  // Geocoder, routing and map tiles answer locally, in their production APIs' shapes.
  start('fixtures', bin('tsx'), [
    'scripts/fixtures/server.ts',
    '--port',
    String(ports.fixtures),
    '--host',
    host,
  ]);
  // hidane stands in for the Java Firestore emulator, launched by firebase-tools itself so that
  // the Functions emulator knows Firestore is up and fires Firestore triggers.
  start(
    'firebase',
    cargoBin('hidane'),
    [
      'exec',
      '--',
      bin('firebase'),
      'emulators:start',
      '--config',
      emulatorConfig(root),
      '--only',
      'auth,firestore,functions',
      '--project',
      projectId,
    ],
    {
      // Loading every function's module takes longer than firebase-tools' 10 s default on a busy
      // 2-core machine; a timed-out reload leaves the emulator without triggers until the next one.
      env: { FUNCTIONS_DISCOVERY_TIMEOUT: process.env.FUNCTIONS_DISCOVERY_TIMEOUT ?? '60' },
    },
  );

  await waitFor('mail', httpOk(`http://${host}:${ports.mailWeb}/api/healthz`));
  await waitFor('fixtures', httpOk(`http://${host}:${ports.fixtures}/health`));
  log(`Fixtures      http://${host}:${ports.fixtures} (geocoder, routing, map tiles)`);
  log(
    `SMTP sink     smtp://${host}:${ports.smtp}  inbox http://${host}:${ports.mailWeb}/index.html`,
  );
  await waitFor('storage', httpOk(`http://${host}:${ports.storage}/storage/v1/b`));
  log(`Storage       http://${host}:${ports.storage} (fake-gcs-server)`);
  await waitFor('firebase', logContains('firebase', 'All emulators ready'));
  await waitFor('firebase', httpOk(`http://${host}:${ports.firestore}/`));
  recordProcesses();
  // Functions runtimes come and go with reloads: keep the record current for a crash.
  setInterval(recordProcesses, 10_000).unref();
  const rulesPath = join(root, 'firestore.rules');
  const rulesErrors = await pushRules(rulesPath);
  if (rulesErrors.length > 0) throw new Error(`firestore.rules:\n${rulesErrors.join('\n')}`);
  watchRules(rulesPath, log);
  log(`Firestore     ${host}:${ports.firestore} (hidane, firestore.rules reloaded on save)`);
  log(`Auth          ${host}:${ports.auth}`);
  log(`Functions     ${host}:${ports.functions}`);

  if (withSeed) {
    const seeded = await runToEnd(bin('tsx'), ['scripts/seed/seed.ts']);
    if (seeded !== 0) throw new Error(`seeding failed (exit ${seeded})`);
  }

  if (withBuilt) {
    // Same ports as the dev servers, so the seeded hosts and every suite work unchanged.
    start('hosting', bin('tsx'), [
      'scripts/hosting/serve.ts',
      '--build',
      '--admin-port',
      String(ports.adminWeb),
      '--client-port',
      String(ports.clientWeb),
    ]);
    await waitFor('hosting', httpOk(`http://${host}:${ports.adminWeb}/`));
    await waitFor('hosting', httpOk(`http://${host}:${ports.clientWeb}/`));
    log("Apps          built, served with firebase.json's headers and rewrites");
  } else if (withApps) {
    const apps: [string, number][] = [
      ['admin-web', ports.adminWeb],
      ['client-web', ports.clientWeb],
    ];
    for (const [app, port] of apps) {
      start(app, bin('vite'), ['--host', host, '--port', String(port), '--strictPort'], {
        cwd: join(root, app),
      });
      await waitFor(app, httpOk(`http://${host}:${port}/`));
    }
  }

  if (execCommand) {
    const code = await runToEnd('bash', ['-c', execCommand], { inherit: true });
    await stopAll(code);
    return;
  }
  log('ready — press Ctrl-C to stop everything');
  if (withApps || withBuilt) {
    log(`Admin app     http://localhost:${ports.adminWeb}`);
    log(`Client app    http://localhost:${ports.clientWeb}`);
    log(`Mail inbox    http://localhost:${ports.mailWeb}/index.html`);
  }
  if (withSeed) printDemoLogins();
}

function printDemoLogins() {
  log(`Demo logins (password for all: ${demoPassword})`);
  for (const member of demoStaff) log(`  admin app   ${member.email.padEnd(34)} ${member.role}`);
  for (const login of demoClients.flatMap((client) => client.logins)) {
    log(`  client app  ${login.email.padEnd(34)} client (${login.clientId})`);
  }
}

/** Runs a command in the stack's environment and resolves with its exit code. */
function runToEnd(command: string, commandArgs: string[], { inherit = false } = {}) {
  return new Promise<number>((resolveCode) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      env,
      stdio: inherit ? 'inherit' : ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code, signal) => resolveCode(code ?? (signal ? 1 : 0)));
  });
}

main().catch(async (error: Error) => {
  log(`failed: ${error.message}`);
  await stopAll(1);
});
