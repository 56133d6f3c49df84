import type { MessagePart } from '../chat/chat-events';

/**
 * The question the assistant asks instead of guessing (which Karim? which oil?), as text for a caller without the
 * chat's buttons (REST, the OpenAI-compatible API): the question, then each choice as the exact words to send back.
 * In the app the same question is a clarification part with buttons, and the answer's text stays empty; so this is
 * added to what an API caller reads, not to the stored answer (the app would show the question twice).
 */
export function clarificationNote(parts: MessagePart[]): string {
  const asks = parts.flatMap((p) => (p.type === 'clarification' ? [p] : p.type === 'tool' && p.clarification ? [p.clarification] : []));
  return asks
    .map((c) => [...(c.question ? [c.question] : []), ...c.choices.map((choice) => `- ${choice.text}`)].join('\n'))
    .filter(Boolean)
    .join('\n\n');
}
