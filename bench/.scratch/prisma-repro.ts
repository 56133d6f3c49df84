import { PrismaPg } from '@prisma/adapter-pg';
import { Client } from 'pg';
import { startSeededDatabase } from '../lib/product-stack';
(async () => {
  const db = await startSeededDatabase(console.log);
  const { PrismaClient } = await import('../../backend/src/generated/prisma/client');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 10 }) });
  const tenant = await prisma.tenant.findFirstOrThrow();
  const admin = new Client({ connectionString: db.adminUrl }); await admin.connect();
  let ok = 0, p2028 = 0, other = 0;
  const n = Number(process.argv[2] ?? 500);
  const t0 = Date.now();
  const timer = setInterval(async () => {
    const r = await admin.query(`select state, count(*) from pg_stat_activity where datname='tajer' group by 1`);
    console.log(((Date.now() - t0) / 1000).toFixed(0), 's ok', ok, 'p2028', p2028, 'other', other, JSON.stringify(r.rows));
  }, 2000);
  await Promise.all(Array.from({ length: n }, async () => {
    for (let k = 0; k < 3; k++) {
      try {
        await prisma.tenant.findUnique({ where: { id: tenant.id } });
        await prisma.$transaction(async (tx) => {
          await tx.tenant.update({ where: { id: tenant.id }, data: { updatedAt: new Date() } });
          await tx.user.findFirst({ where: { tenantId: tenant.id } });
        });
        await prisma.tenant.updateMany({ where: { id: tenant.id }, data: { updatedAt: new Date() } });
        ok++;
      } catch (e: any) { if (e.code === 'P2028') p2028++; else { other++; if (other < 3) console.log(e.message.slice(0, 200)); } }
    }
  }));
  console.log('storm done', (Date.now() - t0) / 1000, { ok, p2028, other });
  const t1 = Date.now();
  await Promise.race([prisma.tenant.count().then(() => console.log('query after storm ok in', Date.now() - t1, 'ms')), new Promise((r) => setTimeout(() => { console.log('query after storm HANGS (>15 s)'); r(null); }, 15000))]);
  clearInterval(timer);
  await admin.end();
  process.exit(0);
})();
