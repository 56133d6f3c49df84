import { startSeededDatabase, startProductBackend, login, rssMb } from '../lib/product-stack';
import { io } from 'socket.io-client';
(async () => {
  const t = Date.now();
  const db = await startSeededDatabase(console.log);
  const be = await startProductBackend(db);
  console.log('backend up', be.startMs, 'rss', rssMb(be.pid));
  const token = await login(be.url);
  for (const text of ['Combien de semoule en stock ?', 'Bonjour', 'quel est le stock de lait ?', 'salut']) {
    const s = io(`${be.url}/chat`, { auth: { token }, transports: ['websocket'], forceNew: true });
    const events: any[] = [];
    const t0 = Date.now();
    await new Promise<void>((res) => { s.on('chat:event', (e: any) => { events.push(e); if (e.type === 'message.completed') res(); }); s.emit('message:send', { clientMessageId: 'x' + Math.random(), text }, (ack: any) => console.log('ack', ack.ok)); });
    console.log(JSON.stringify(events.filter((e:any)=>e.type==="tool.finished")).slice(0,600)); console.log(text, Date.now() - t0, 'ms', events.map((e) => e.type).reduce((m: any, k: string) => ((m[k] = (m[k] ?? 0) + 1), m), {}), JSON.stringify(events.at(-1).message.text).slice(0, 200));
    s.close();
  }
  await be.stop(); await db.stop();
  console.log('total', Date.now() - t);
})();
