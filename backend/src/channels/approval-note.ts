import type { Lang, MessagePart } from '../chat/chat-events';

type ToolPart = Extract<MessagePart, { type: 'tool' }>;

export interface PendingApproval {
  toolCallId: string;
  tool: string;
  summary: string;
  approvePath: string;
}

export function pendingApprovals(parts: MessagePart[]): PendingApproval[] {
  return parts
    .filter((p): p is ToolPart => p.type === 'tool' && p.state === 'awaiting-approval')
    .map((p) => ({
      toolCallId: p.toolCallId,
      tool: p.name,
      summary: p.proposal?.summary ?? p.name,
      approvePath: `/api/approvals/${p.toolCallId}`,
    }));
}

const TEXT = {
  fr: {
    proposed: (summary: string) => `Modification proposée : ${summary}`,
    app: 'Pour valider, ouvrez la conversation dans l’application Tajer.',
    api: (path: string) => `Ou par l’API, avec une clé qui a le droit d’écriture : POST ${path} {"decision": "approve"} (ou "reject").`,
    keyCannot: 'Cette clé est en lecture seule : elle ne peut pas valider elle-même.',
  },
  ar: {
    proposed: (summary: string) => `التعديل المقترح: ${summary}`,
    app: 'للموافقة، افتح المحادثة في تطبيق تاجر.',
    api: (path: string) => `أو عبر الواجهة البرمجية بمفتاح له صلاحية الكتابة: POST ${path} {"decision": "approve"} (أو "reject").`,
    keyCannot: 'هذا المفتاح للقراءة فقط: لا يمكنه الموافقة بنفسه.',
  },
  en: {
    proposed: (summary: string) => `Proposed change: ${summary}`,
    app: 'To approve, open the conversation in the Tajer app.',
    api: (path: string) => `Or through the API, with a key that has the write scope: POST ${path} {"decision": "approve"} (or "reject").`,
    keyCannot: 'This key is read-only: it cannot approve by itself.',
  },
} satisfies Record<Lang, unknown>;

/**
 * What an API caller reads after a proposal: the exact change (an API client has no approval card to look at) and how
 * to approve it, in the answer's language. It becomes part of the stored answer, so what was streamed and what support
 * sees agree.
 */
export function approvalNote(approvals: PendingApproval[], lang: Lang, canApprove: boolean, withSummary = true): string {
  if (!approvals.length) return '';
  const t = TEXT[lang] ?? TEXT.en;
  const lines = [...(withSummary ? approvals.map((a) => t.proposed(a.summary)) : []), t.app, ...approvals.map((a) => t.api(a.approvePath))];
  if (!canApprove) lines.push(t.keyCannot);
  return lines.join('\n');
}
