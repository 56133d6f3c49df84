import { AIMessage, BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import type { MessagePart } from '../chat/chat-events';

interface StoredMessage {
  role: string;
  text: string;
  parts: unknown;
  status: string;
}

/**
 * Rebuilds the LangChain conversation from stored messages, tool calls included, so both models see earlier
 * turns (the offline model needs them for follow-ups such as "et pour le sucre ?").
 */
/** How many earlier messages a turn sends the model. */
export const HISTORY_MESSAGES = 12;

export function toLangChainHistory(messages: StoredMessage[], maxMessages = HISTORY_MESSAGES): BaseMessage[] {
  const out: BaseMessage[] = [];
  for (const m of messages.slice(-maxMessages)) {
    if (m.role === 'USER') {
      out.push(new HumanMessage(m.text || '(image)'));
      continue;
    }
    if (m.role !== 'ASSISTANT' || m.status === 'FAILED') continue;
    const parts = (Array.isArray(m.parts) ? m.parts : []) as MessagePart[];
    for (const p of parts) {
      if (p.type !== 'tool') continue;
      out.push(new AIMessage({ content: '', tool_calls: [{ id: p.toolCallId, name: p.name, args: p.args, type: 'tool_call' }] }));
      out.push(new ToolMessage({ tool_call_id: p.toolCallId, content: JSON.stringify({ status: p.state, summary: p.summary ?? '' }) }));
    }
    if (m.text) out.push(new AIMessage(m.text));
  }
  return out;
}
