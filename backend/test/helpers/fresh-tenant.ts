import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { PrismaClient } from '../../src/generated/prisma/client';

export interface FreshTenant {
  tenantId: string;
  ownerEmail: string;
  staffEmail: string;
}

/**
 * A new, empty business with an OWNER and a STAFF account (password "demo"), written straight into the database as
 * sign-up would: the shop that starts from nothing.
 */
export async function createFreshTenant(prisma: PrismaClient, name = 'Épicerie Nouvelle'): Promise<FreshTenant> {
  const tag = randomBytes(4).toString('hex');
  const passwordHash = await hash('demo');
  const tenant = await prisma.tenant.create({ data: { name, slug: `fresh-${tag}`, wilaya: 'Blida' } });
  const ownerEmail = `owner-${tag}@fresh.dz`;
  const staffEmail = `staff-${tag}@fresh.dz`;
  await prisma.user.createMany({
    data: [
      { tenantId: tenant.id, email: ownerEmail, name: 'Samira Owner', role: 'OWNER', passwordHash },
      { tenantId: tenant.id, email: staffEmail, name: 'Walid Staff', role: 'STAFF', passwordHash },
    ],
  });
  return { tenantId: tenant.id, ownerEmail, staffEmail };
}
