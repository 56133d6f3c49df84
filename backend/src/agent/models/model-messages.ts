import type { BaseMessage } from '@langchain/core/messages';

/** A message's text: LangChain keeps either a string or content blocks. */
export function messageText(message: BaseMessage): string {
  return typeof message.content === 'string' ? message.content : message.text;
}

/**
 * What one of our tools answered (its JSON outcome: status, summary, data…), or undefined for a text that is not JSON —
 * an MCP tool's plain words. The offline model reads these outcomes in several places (a count's stock reads, a full
 * payment's balance, days of cover, the history's statuses).
 */
export function toolOutcome<T>(message: BaseMessage): T | undefined {
  try {
    return JSON.parse(messageText(message)) as T;
  } catch {
    return undefined;
  }
}
