import { MASK, maskEmail, maskText } from '../common/text/pii-mask';
import { formatDateTime } from '@tajer/contract';
import type { FeedbackRow } from './feedback.repository';
import type { FeedbackCategoryName } from './feedback-classifier';

export interface FeedbackView {
  id: string;
  tenant: { id: string; name: string };
  user: { id: string; name: string; email: string; role: string } | null;
  category: FeedbackCategoryName;
  categoryInferred: boolean;
  severity: string;
  message: string;
  rating: number | null;
  conversationId: string | null;
  messageId: string | null;
  notifiedAt: Date | null;
  createdAt: Date;
}

export function toView(row: FeedbackRow): FeedbackView {
  return {
    id: row.id,
    tenant: { id: row.tenant.id, name: row.tenant.name },
    user: row.user ? { id: row.user.id, name: row.user.name, email: row.user.email, role: row.user.role } : null,
    category: row.category.toLowerCase() as FeedbackCategoryName,
    categoryInferred: row.categoryInferred,
    severity: row.severity,
    message: row.message,
    rating: row.rating,
    conversationId: row.conversationId,
    messageId: row.messageId,
    notifiedAt: row.notifiedAt,
    createdAt: row.createdAt,
  };
}

/**
 * Feedback as platform staff see it: the author's e-mail and name and any personal data quoted in the message
 * (phones, e-mails, card or account numbers) masked, like the support console's conversations.
 */
export function maskedView(v: FeedbackView): FeedbackView {
  return {
    ...v,
    user: v.user ? { ...v.user, name: `${Array.from(v.user.name)[0] ?? ''}${MASK.repeat(3)}`, email: maskEmail(v.user.email) } : null,
    message: maskText(v.message),
  };
}

export const CSV_HEADER = [
  'id',
  'created_at',
  'business',
  'user_email',
  'category',
  'category_inferred',
  'severity',
  'rating',
  'message',
  'conversation_id',
  'message_id',
  'notified_at',
];

export function toCsvRow(v: FeedbackView) {
  return [
    v.id,
    v.createdAt,
    v.tenant.name,
    v.user?.email ?? null,
    v.category,
    v.categoryInferred,
    v.severity,
    v.rating,
    v.message,
    v.conversationId,
    v.messageId,
    v.notifiedAt,
  ];
}

const SEVERITY_FR: Record<string, string> = { critical: 'critique', high: 'élevée', normal: 'normale', low: 'faible' };

/** The alert for a critical bug: who, where, what was detected, and the message itself. */
export function criticalBugAlert(v: FeedbackView, reasons: string[]): { subject: string; text: string } {
  const when = formatDateTime(v.createdAt, 'fr', { timeZone: 'Africa/Algiers' });
  const excerpt = v.message.replace(/\s+/g, ' ').slice(0, 60);
  return {
    subject: `[Tajer] Bug critique — ${v.tenant.name} : ${excerpt}${v.message.length > 60 ? '…' : ''}`,
    text: [
      'Un bug critique vient d’être signalé.',
      '',
      `Entreprise : ${v.tenant.name}`,
      `Utilisateur : ${v.user ? `${v.user.name} <${v.user.email}> (${v.user.role})` : 'inconnu'}`,
      `Date : ${when} (heure d’Alger)`,
      `Catégorie : bug${v.categoryInferred ? ' (déduite du message)' : ''} — gravité : ${SEVERITY_FR[v.severity] ?? v.severity}`,
      `Termes détectés : ${reasons.map((r) => `« ${r} »`).join(', ') || '—'}`,
      ...(v.rating ? [`Note : ${v.rating}/5`] : []),
      ...(v.conversationId ? [`Conversation : ${v.conversationId}${v.messageId ? ` (message ${v.messageId})` : ''}`] : []),
      '',
      'Message :',
      v.message,
      '',
      `Référence : feedback ${v.id}`,
    ].join('\n'),
  };
}
