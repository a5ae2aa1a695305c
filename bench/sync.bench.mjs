// Budget (live-session issue): 20 rooms × 30 clients on loopback, each client changing a record every 2 s
// (a tablet its own card's text, the facilitator the active organisation), which the server checks; the 95th percentile time from one client's change until every other client in the room has
// it is at most 50 ms, and the server's memory (RSS) stays at most 300 MB. The same load runs against the
// reference y-websocket server (y-websocket 1.5.4's bin/server.js, persisting to LevelDB like ours) and
// the ratio ours / reference is printed.
//
// Each room: a facilitator (writes the control document), a projector (only reads) and 28 tablets spread
// over 5 organisations (each writes its organisation's cards document). Every client opens control and all five
// organisations' cards documents with the y-websocket client (WebsocketProvider), as the projector and the
// tablets' board do, and sets its presence on control. The clients run in two worker threads (whole rooms per worker, so a
// change and its receipts are timed by one clock). Besides the latencies it prints the CPU the server and
// the clients used and the clients' event-loop lag, so a reader can tell a slow server from busy clients.
// SYNC_BENCH_PROFILE=<folder> makes our server write a CPU profile there.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as Y from 'yjs';
import { freePort, percentile } from './lib.mjs';
import { listOrganisations, openDoc, postJson, showCards, startOurServer, synced, waitForHttp } from './room.mjs';

// SYNC_BENCH_ROOMS / SYNC_BENCH_SECONDS shrink the run for a quick check; the budget is for the defaults.
const ROOMS = Number(process.env.SYNC_BENCH_ROOMS ?? 20);
const MEASURE_MS = Number(process.env.SYNC_BENCH_SECONDS ?? 40) * 1000;
const CLIENTS_PER_ROOM = 30;
const ORGANISATIONS = 5;
const CHANGE_EVERY_MS = 2000;
const WARM_UP_MS = 4000;
/** A change not everywhere after this long counts as lost. */
const GIVE_UP_MS = 5000;
const WORKERS = 2;
/**
 * Each worker holds 1,800 Y.Docs, and every update it applies lives about 2 s (until that writer's next
 * move), longer than V8's default young generation lasts at this rate: `node --trace-gc` showed each
 * worker pausing ~10 ms for a scavenge several times a second. A larger young generation makes them rarer
 * (192 MB: a third as many, less than half the total pause, the clients' CPU about 0.9 → 0.7 of a core;
 * 384 MB gave single pauses of up to 190 ms). The clients still apply every update; only their GC is tuned.
 */
const WORKER_YOUNG_GENERATION_MB = 192;

const organisationIds = Array.from({ length: ORGANISATIONS }, (_, index) => `org${index + 1}`);
// Each organisation's offer and need cards (cards/<id>): the facilitator has opened them up, so every
// device receives every organisation's (before that the server sends a tablet only its own).
const parts = ['control', ...organisationIds.map((id) => `cards/${id}`)];

// ---------------------------------------------------------------------------------------------------
// Main thread: the servers, the rooms, the server's memory and CPU.

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds the whole machine has been busy (all cores, every process, and time the hypervisor gave to
 * others: steal), from /proc/stat: user, nice, system, irq, softirq, steal.
 */
function machineBusySeconds() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

function rssMegabytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

/** SYNC_BENCH_PROFILE=<folder>: our server writes a CPU profile there (open it in Chrome's DevTools). */
function profileFlags() {
  const folder = process.env.SYNC_BENCH_PROFILE;
  return folder ? ['--cpu-prof', '--cpu-prof-dir', folder] : [];
}

function startOurs(port, dataDir) {
  return startOurServer(port, dataDir, profileFlags());
}

async function startReference(port, dataDir) {
  const child = spawn(process.execPath, ['node_modules/y-websocket-reference/bin/server.js'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: dataDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHttp(`http://127.0.0.1:${port}/`);
  return child;
}

/**
 * Who is in each room, and with which key (none for the reference server, which takes no keys). One
 * device holds each organisation; the tablets of one organisation share its key, which the server cannot
 * tell from one device's several connections.
 */
async function planRooms(port, withKeys) {
  const rooms = [];
  for (let index = 0; index < ROOMS; index++) {
    const room = withKeys ? await postJson(`http://127.0.0.1:${port}/api/rooms`, {}) : { roomId: `bench-room-${index}` };
    if (withKeys) {
      await listOrganisations(port, room, organisationIds);
      await showCards(port, room);
    }
    const participantKeys = {};
    for (const id of withKeys ? organisationIds : []) {
      const answer = await postJson(`http://127.0.0.1:${port}/api/rooms/${room.roomId}/participants`, { organisationId: id });
      participantKeys[id] = answer.participantKey;
    }
    const clients = [];
    for (let seat = 0; seat < CLIENTS_PER_ROOM; seat++) {
      // Each writer moves its own piece, so no two writers overwrite one entry and every change is seen.
      const piece = `piece-${seat}`;
      if (seat === 0) clients.push({ role: 'facilitator', key: room.facilitatorKey ?? null, writes: 'control', piece });
      else if (seat === 1) clients.push({ role: 'projector', key: room.projectorKey ?? null, writes: null, piece });
      else {
        const organisationId = organisationIds[(seat - 2) % ORGANISATIONS];
        clients.push({ role: 'participant', organisationId, key: participantKeys[organisationId] ?? null, writes: `cards/${organisationId}`, piece });
      }
    }
    rooms.push({ roomId: room.roomId, clients });
  }
  return rooms;
}

function onceMessage(worker, type) {
  return new Promise((resolve, reject) => {
    const listener = (message) => {
      if (message.type !== type) return;
      worker.off('message', listener);
      resolve(message);
    };
    worker.on('message', listener);
    worker.once('error', reject);
  });
}

/** Runs the whole load against one server: returns the latencies and the server's peak memory and CPU. */
async function measure(name, port, pid, withKeys) {
  const rooms = await planRooms(port, withKeys);
  const workers = Array.from({ length: WORKERS }, (_, index) =>
    new Worker(new URL(import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      workerData: { name, port, rooms: rooms.filter((_, roomIndex) => roomIndex % WORKERS === index) },
    }),
  );
  await Promise.all(workers.map((worker) => onceMessage(worker, 'ready')));
  const results = workers.map((worker) => onceMessage(worker, 'result'));
  for (const worker of workers) worker.postMessage({ type: 'go' });

  await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
  const cpuBefore = cpuSeconds(pid);
  const clientCpuBefore = cpuSeconds(process.pid);
  const machineBefore = machineBusySeconds();
  let peakRss = rssMegabytes(pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMegabytes(pid))), 1000);
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  clearInterval(sampler);
  const serverCpu = (cpuSeconds(pid) - cpuBefore) / (MEASURE_MS / 1000);
  // This process: the client workers (its main thread only waits meanwhile).
  const clientCpu = (cpuSeconds(process.pid) - clientCpuBefore) / (MEASURE_MS / 1000);
  // Everything else on the machine meanwhile (other programs, the kernel's own work): a run that others
  // crowded out shows here.
  const otherCpu = Math.max(0, (machineBusySeconds() - machineBefore) / (MEASURE_MS / 1000) - serverCpu - clientCpu);

  const parts = await Promise.all(results);
  await Promise.all(workers.map((worker) => worker.terminate()));
  const latencies = parts.flatMap((part) => part.latencies);
  return {
    name,
    connections: parts.reduce((sum, part) => sum + part.connections, 0),
    changes: latencies.length,
    lost: parts.reduce((sum, part) => sum + part.lost, 0),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    peakRss,
    serverCpu,
    clientCpu,
    otherCpu,
    clientLagP99: Math.max(...parts.map((part) => part.lagP99)),
  };
}

function print(result) {
  console.log(
    `${result.name.padEnd(10)} ${result.connections} connections, ${result.changes} changes measured, ${result.lost} lost: ` +
      `p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, server RSS peak ${result.peakRss.toFixed(0)} MB, ` +
      `server CPU ${(result.serverCpu * 100).toFixed(0)} % of a core; clients: CPU ${(result.clientCpu * 100).toFixed(0)} % of a core, ` +
      `event-loop lag p99 ${result.clientLagP99.toFixed(0)} ms; everything else on the machine ${(result.otherCpu * 100).toFixed(0)} % of a core`,
  );
}

export async function run() {
  const folder = mkdtempSync(join(tmpdir(), 'vaerdi-sync-bench-'));
  console.log(
    `${ROOMS} rooms × ${CLIENTS_PER_ROOM} clients, ${parts.length} documents each, a change every ${CHANGE_EVERY_MS / 1000} s ` +
      `per writer, ${MEASURE_MS / 1000} s measured per server; clients in ${WORKERS} worker threads ` +
      `(young generation ${WORKER_YOUNG_GENERATION_MB} MB) (load average now ${loadavg()[0].toFixed(1)})`,
  );
  try {
    const oursPort = await freePort();
    const ours = await startOurs(oursPort, join(folder, 'ours'));
    const oursResult = await measure('ours', oursPort, ours.pid, true);
    ours.kill('SIGTERM');
    print(oursResult);

    const referencePort = await freePort();
    const reference = await startReference(referencePort, join(folder, 'reference'));
    const referenceResult = await measure('reference', referencePort, reference.pid, false);
    reference.kill('SIGTERM');
    print(referenceResult);

    console.log(
      `ratio ours/reference: p50 ${(oursResult.p50 / referenceResult.p50).toFixed(2)}, p95 ${(oursResult.p95 / referenceResult.p95).toFixed(2)}, ` +
        `memory ${(oursResult.peakRss / referenceResult.peakRss).toFixed(2)}`,
    );
    console.log(`machine load average over the last minute at the end: ${loadavg()[0].toFixed(1)} (2 cores; clients and servers share them)`);
    console.log(`budget: p95 ≤ 50 ms ${oursResult.p95 <= 50 ? 'met' : 'MISSED'}, memory ≤ 300 MB ${oursResult.peakRss <= 300 ? 'met' : 'MISSED'}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------
// Worker threads: the clients of some of the rooms.

/**
 * One change, as the app makes it: the facilitator picks the active organisation (control); a tablet
 * writes the text of its own offer card (its organisation's document), a record the server reads back
 * through the card's schema before it is stored or sent on.
 */
function write(client, id, sequence) {
  const doc = client.docs[client.writes].doc;
  if (client.writes === 'control') {
    doc.getMap('control').set('activeOrganisationId', id);
    return;
  }
  const cards = doc.getMap('cards');
  const card = cards.get(client.piece);
  if (card instanceof Y.Map) {
    card.set('text', id);
    return;
  }
  const fresh = new Y.Map();
  for (const [key, value] of Object.entries({ side: 'offer', text: id, kind: 'lokaler', valueId: null, order: sequence })) fresh.set(key, value);
  cards.set(client.piece, fresh);
}

async function runClients({ name, port, rooms }) {
  process.setMaxListeners(0); // every provider registers an exit handler
  const pending = new Map(); // change id → { sentAt, waiting, measured }
  const latencies = [];
  const providers = [];
  let measuring = false;
  let lost = 0;

  for (const room of rooms) {
    for (const client of room.clients) {
      client.docs = {};
      for (const part of parts) {
        const provider = openDoc(port, room.roomId, part, client.key);
        providers.push(provider);
        client.docs[part] = provider;
        const received = (change) => {
          const entry = typeof change === 'string' && pending.get(change);
          if (!entry) return;
          entry.waiting--;
          if (entry.waiting > 0) return;
          pending.delete(change);
          if (entry.measured) latencies.push(performance.now() - entry.sentAt);
        };
        // A tablet's change is the text of its own card (a record the server checks); the facilitator's, the active organisation.
        const root = part === 'control' ? 'control' : 'cards';
        provider.doc.getMap(root).observeDeep((events) => {
          for (const event of events) {
            if (event.transaction.local) continue;
            if (root === 'control') received(event.target.get('activeOrganisationId'));
            else if (event.target === provider.doc.getMap('cards')) for (const key of event.keysChanged) received(event.target.get(key)?.get('text'));
            else received(event.target.get('text'));
          }
        });
      }
      client.docs.control.awareness.setLocalState({ role: client.role, organisationId: client.organisationId ?? null, dragging: null });
    }
    await Promise.all(room.clients.flatMap((client) => parts.map((part) => synced(client.docs[part]))));
  }
  parentPort.postMessage({ type: 'ready' });
  await new Promise((resolve) => parentPort.once('message', resolve));

  let sequence = 0;
  const timers = [];
  for (const room of rooms) {
    for (const client of room.clients) {
      if (!client.writes) continue;
      const change = () => {
        const id = `${name}-${sequence++}`;
        pending.set(id, { sentAt: performance.now(), waiting: CLIENTS_PER_ROOM - 1, measured: measuring });
        write(client, id, sequence);
        setTimeout(() => {
          if (pending.delete(id) && measuring) lost++;
        }, GIVE_UP_MS);
      };
      timers.push(
        setTimeout(() => {
          change();
          timers.push(setInterval(change, CHANGE_EVERY_MS));
        }, Math.random() * CHANGE_EVERY_MS),
      );
    }
  }

  await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  measuring = true;
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  measuring = false;
  lag.disable();
  for (const timer of timers) clearInterval(timer);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the last changes arrive
  for (const provider of providers) provider.destroy();
  parentPort.postMessage({ type: 'result', latencies, lost, connections: providers.length, lagP99: lag.percentile(99) / 1e6 });
}

if (!isMainThread) await runClients(workerData);
