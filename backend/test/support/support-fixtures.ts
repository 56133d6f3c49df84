/**
 * Conversation logs written straight into the seeded test database (as the chat agent stores them), so the support
 * API is tested independently of the agent: two businesses, French/Arabic/English, read/write/failed tool calls,
 * thumbs, and personal data to mask.
 */
import type { PrismaClient } from '../../src/generated/prisma/client';

export const PII = {
  phone: '0555 12 34 67',
  phoneMasked: '05•• •• •• 67',
  email: 'karim.fournisseur@gmail.com',
  emailMasked: 'k•••@gmail.com',
  card: '4242 4242 4242 4242',
  cardMasked: '•••• •••• •••• 4242',
  intl: '+213 661 22 33 44',
  intlMasked: '+213 ••• •• •• 44',
};

const at = (iso: string, plusSeconds = 0) => new Date(new Date(iso).getTime() + plusSeconds * 1000);

export interface SupportFixtures {
  demoTenantId: string;
  oranTenantId: string;
  ownerId: string;
  staffId: string;
  oranOwnerId: string;
  productId: string;
  /** French, owner: inventory_search + approved inventory_adjust, thumbs up, phone/e-mail/card in texts and args. */
  demoFr: string;
  /** Arabic, owner: a failed read tool, a rejected write, thumbs down. */
  demoAr: string;
  /** English, staff: the assistant's answer failed; deleted by its user (kept for review). */
  demoEn: string;
  /** Oran, French: inventory_search and an edited (then approved) expenses_add. */
  oranFr: string;
  replyFr: string;
  adjustCallId: string;
}

export async function buildSupportFixtures(prisma: PrismaClient): Promise<SupportFixtures> {
  const demo = await prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } });
  const owner = await prisma.user.findUniqueOrThrow({ where: { email: 'owner@demo.dz' } });
  const staff = await prisma.user.findUniqueOrThrow({ where: { email: 'staff@demo.dz' } });
  const oranOwner = await prisma.user.findUniqueOrThrow({ where: { email: 'owner@oran.dz' } });
  const oranTenantId = oranOwner.tenantId!;
  const product = await prisma.product.findFirstOrThrow({
    where: { tenantId: demo.id, nameFr: { contains: 'Semoule', mode: 'insensitive' } },
  });

  // --- demoFr -------------------------------------------------------------------------------------------------
  const t0 = '2026-03-10T08:00:00.000Z';
  const demoFr = await prisma.conversation.create({
    data: {
      tenantId: demo.id,
      userId: owner.id,
      title: 'Ajoute 30 sacs de semoule',
      language: 'fr',
      createdAt: at(t0),
      updatedAt: at(t0, 300),
    },
  });
  const userText = `Ajoute 30 sacs de semoule 10kg, le fournisseur au ${PII.phone} ou ${PII.email}. La crème fraîche est en rupture.`;
  await prisma.message.create({
    data: {
      tenantId: demo.id,
      conversationId: demoFr.id,
      role: 'USER',
      text: userText,
      parts: [{ type: 'text', text: userText }],
      language: 'fr',
      clientMessageId: 'fr-1',
      createdAt: at(t0),
    },
  });
  const replyFr = await prisma.message.create({
    data: {
      tenantId: demo.id,
      conversationId: demoFr.id,
      role: 'ASSISTANT',
      text: 'Stock de Semoule 10kg : 42 → 72.',
      language: 'fr',
      model: 'gpt-4o-mini',
      provider: 'openai',
      latencyMs: 1840,
      promptTokens: 1320,
      completionTokens: 48,
      createdAt: at(t0, 1),
    },
  });
  const search = await prisma.toolCall.create({
    data: {
      tenantId: demo.id,
      conversationId: demoFr.id,
      messageId: replyFr.id,
      name: 'inventory_search',
      kind: 'read',
      args: { query: 'semoule' },
      result: { items: [{ id: product.id, name: product.nameFr, stock: 42 }] },
      status: 'SUCCEEDED',
      durationMs: 12,
      startedAt: at(t0, 2),
      finishedAt: at(t0, 2),
      records: [{ type: 'product', id: product.id, label: product.nameFr }],
      createdAt: at(t0, 2),
    },
  });
  const adjust = await prisma.toolCall.create({
    data: {
      tenantId: demo.id,
      conversationId: demoFr.id,
      messageId: replyFr.id,
      name: 'inventory_adjust',
      kind: 'write',
      args: { product: 'semoule 10kg', quantity: 30, reason: `réception, fournisseur ${PII.phone}` },
      proposal: {
        summary: 'Semoule 10kg : 42 → 72',
        changes: [{ field: 'stock', label: 'Stock', before: 42, after: 72 }],
        editable: ['quantity'],
      },
      result: { product: product.nameFr, before: 42, after: 72, supplierEmail: PII.email },
      status: 'SUCCEEDED',
      confirmation: 'APPROVED',
      durationMs: 37,
      startedAt: at(t0, 3),
      finishedAt: at(t0, 40),
      decidedById: owner.id,
      decidedAt: at(t0, 39),
      records: [{ type: 'product', id: product.id, label: product.nameFr }],
      createdAt: at(t0, 3),
    },
  });
  await prisma.message.update({
    where: { id: replyFr.id },
    data: {
      parts: [
        { type: 'tool', toolCallId: search.id, name: 'inventory_search', kind: 'read', args: { query: 'semoule' }, state: 'succeeded' },
        {
          type: 'tool',
          toolCallId: adjust.id,
          name: 'inventory_adjust',
          kind: 'write',
          args: { product: 'semoule 10kg', quantity: 30, reason: `réception, fournisseur ${PII.phone}` },
          state: 'succeeded',
        },
        { type: 'text', text: 'Stock de Semoule 10kg : 42 → 72.' },
      ],
    },
  });
  const cardText = `Je paie avec la carte ${PII.card}, rappelle-moi au ${PII.intl}`;
  await prisma.message.create({
    data: {
      tenantId: demo.id,
      conversationId: demoFr.id,
      role: 'USER',
      text: cardText,
      parts: [{ type: 'text', text: cardText }],
      language: 'fr',
      createdAt: at(t0, 60),
    },
  });
  await prisma.feedback.create({
    data: {
      tenantId: demo.id,
      userId: owner.id,
      category: 'COMMENT',
      message: 'Parfait',
      rating: 5,
      conversationId: demoFr.id,
      messageId: replyFr.id,
      createdAt: at(t0, 120),
    },
  });

  // --- demoAr -------------------------------------------------------------------------------------------------
  const t1 = '2026-03-12T09:00:00.000Z';
  const demoAr = await prisma.conversation.create({
    data: { tenantId: demo.id, userId: owner.id, title: 'كم بقي من السكر؟', language: 'ar', createdAt: at(t1), updatedAt: at(t1, 300) },
  });
  await prisma.message.create({
    data: {
      tenantId: demo.id,
      conversationId: demoAr.id,
      role: 'USER',
      text: 'كم بقي من السكر في المخزون؟',
      language: 'ar',
      createdAt: at(t1),
    },
  });
  const replyAr = await prisma.message.create({
    data: {
      tenantId: demo.id,
      conversationId: demoAr.id,
      role: 'ASSISTANT',
      text: 'لم أتمكن من قراءة الصورة.',
      language: 'ar',
      latencyMs: 900,
      createdAt: at(t1, 1),
    },
  });
  await prisma.toolCall.create({
    data: {
      tenantId: demo.id,
      conversationId: demoAr.id,
      messageId: replyAr.id,
      name: 'inventory_analyze_image',
      kind: 'read',
      args: { attachmentId: product.id },
      status: 'FAILED',
      error: 'Image illisible',
      durationMs: 2300,
      startedAt: at(t1, 1),
      finishedAt: at(t1, 3),
      createdAt: at(t1, 1),
    },
  });
  await prisma.toolCall.create({
    data: {
      tenantId: demo.id,
      conversationId: demoAr.id,
      messageId: replyAr.id,
      name: 'expenses_add',
      kind: 'write',
      args: { amount: 1500 },
      status: 'REJECTED',
      confirmation: 'REJECTED',
      decidedById: owner.id,
      decidedAt: at(t1, 20),
      startedAt: at(t1, 4),
      createdAt: at(t1, 4),
    },
  });
  await prisma.feedback.create({
    data: {
      tenantId: demo.id,
      userId: owner.id,
      category: 'BUG',
      message: 'Mauvaise réponse',
      rating: 1,
      conversationId: demoAr.id,
      messageId: replyAr.id,
      createdAt: at(t1, 60),
    },
  });

  // --- demoEn -------------------------------------------------------------------------------------------------
  const t2 = '2026-02-01T15:00:00.000Z';
  const demoEn = await prisma.conversation.create({
    data: {
      tenantId: demo.id,
      userId: staff.id,
      title: 'How much milk is left?',
      language: 'en',
      createdAt: at(t2),
      updatedAt: at(t2, 30),
      deletedAt: at(t2, 3600),
    },
  });
  await prisma.message.create({
    data: { tenantId: demo.id, conversationId: demoEn.id, role: 'USER', text: 'How much milk is left?', language: 'en', createdAt: at(t2) },
  });
  await prisma.message.create({
    data: {
      tenantId: demo.id,
      conversationId: demoEn.id,
      role: 'ASSISTANT',
      status: 'FAILED',
      error: 'provider timeout',
      language: 'en',
      createdAt: at(t2, 1),
    },
  });

  // --- oranFr -------------------------------------------------------------------------------------------------
  const t3 = '2026-03-11T10:00:00.000Z';
  const oranFr = await prisma.conversation.create({
    data: {
      tenantId: oranTenantId,
      userId: oranOwner.id,
      title: 'Farine à Oran',
      language: 'fr',
      createdAt: at(t3),
      updatedAt: at(t3, 300),
    },
  });
  await prisma.message.create({
    data: {
      tenantId: oranTenantId,
      conversationId: oranFr.id,
      role: 'USER',
      text: 'Il reste combien de farine ?',
      language: 'fr',
      createdAt: at(t3),
    },
  });
  const replyOran = await prisma.message.create({
    data: {
      tenantId: oranTenantId,
      conversationId: oranFr.id,
      role: 'ASSISTANT',
      text: 'Il reste 12 sacs de farine.',
      language: 'fr',
      createdAt: at(t3, 1),
    },
  });
  await prisma.toolCall.createMany({
    data: [
      {
        tenantId: oranTenantId,
        conversationId: oranFr.id,
        messageId: replyOran.id,
        name: 'inventory_search',
        kind: 'read',
        args: { query: 'farine' },
        status: 'SUCCEEDED',
        durationMs: 9,
        createdAt: at(t3, 1),
      },
      {
        tenantId: oranTenantId,
        conversationId: oranFr.id,
        messageId: replyOran.id,
        name: 'expenses_add',
        kind: 'write',
        args: { amount: 2500 },
        status: 'SUCCEEDED',
        confirmation: 'EDITED',
        decidedAt: at(t3, 10),
        createdAt: at(t3, 2),
        records: [{ type: 'expense', id: product.id }],
      },
    ],
  });

  return {
    demoTenantId: demo.id,
    oranTenantId,
    ownerId: owner.id,
    staffId: staff.id,
    oranOwnerId: oranOwner.id,
    productId: product.id,
    demoFr: demoFr.id,
    demoAr: demoAr.id,
    demoEn: demoEn.id,
    oranFr: oranFr.id,
    replyFr: replyFr.id,
    adjustCallId: adjust.id,
  };
}
