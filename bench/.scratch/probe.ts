import { execSync } from 'node:child_process';
import { startSeededDatabase, startProductBackend, login } from '../lib/product-stack';
import { connectClients, runChatLoad, closeClients } from '../lib/chat-load';
(async () => {
  const db = await startSeededDatabase(console.log);
  const be = await startProductBackend(db, { LOG_LEVEL: 'warn' });
  const token = await login(be.url);
  const n = Number(process.argv[2] ?? 100);
  const msgs = (process.argv[3] ?? 'Combien de semoule en stock ?|Bonjour').split('|');
  const { clients } = await connectClients({ url: be.url, token, count: n });
  const timer = setInterval(() => {
    try { console.log(execSync(`ps -o pid,pcpu,rss,comm --sort=-pcpu -A | head -6`).toString()); } catch {}
  }, 3000);
  const r = await runChatLoad(clients, { messages: msgs, turnsPerClient: Number(process.argv[4] ?? 3), runId: 'p' + Date.now(), turnTimeoutMs: 60000 });
  clearInterval(timer);
  console.log(JSON.stringify(r));
  closeClients(clients);
  console.log(be.output().slice(-3000));
  await be.stop(); await db.stop();
})();
