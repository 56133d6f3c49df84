import { readFileSync } from 'node:fs';
import { startSeededDatabase, startProductBackend, login } from '../lib/product-stack';
import { connectClients, runChatLoad, closeClients } from '../lib/chat-load';
const cpu = (pid: number) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
(async () => {
  const db = await startSeededDatabase(console.log);
  const be = await startProductBackend(db, { LOG_LEVEL: 'warn' });
  const token = await login(be.url);
  for (const [n, t, m] of [[1, 30, 'Bonjour'], [1, 30, 'Combien de semoule en stock ?'], [10, 10, 'Bonjour'], [50, 4, 'Bonjour']] as const) {
    const { clients } = await connectClients({ url: be.url, token, count: n });
    const c0 = cpu(be.pid);
    const r = await runChatLoad(clients, { messages: [m], turnsPerClient: t, runId: 'p' + Date.now() + n, turnTimeoutMs: 60000 });
    const c1 = cpu(be.pid);
    console.log(n, m, 'turns', r.turns, 'tps', r.turnsPerSecond, 'turn p50', r.turnMs.p50, 'cpu ms/turn', ((c1 - c0) / r.turns).toFixed(1), 'lost', r.lost, 'load', require('os').loadavg()[0]);
    closeClients(clients);
  }
  console.log(be.output().slice(-1500));
  await be.stop(); await db.stop();
})();
