import type { Tiktoken } from 'js-tiktoken/lite';

let encoder: Tiktoken | undefined;

/**
 * The offline model has no tokens of its own, yet OpenAI clients expect `usage`: count with the o200k_base encoding
 * (GPT-4o's), bundled in js-tiktoken (no download). Loaded on first use: the table takes a moment to build.
 */
function tokenizer(): Tiktoken {
  if (!encoder) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Tiktoken } = require('js-tiktoken/lite') as typeof import('js-tiktoken/lite');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ranks = require('js-tiktoken/ranks/o200k_base');
    encoder = new Tiktoken(ranks.default ?? ranks);
  }
  return encoder;
}

export function countTokens(text: string): number {
  return text ? tokenizer().encode(text).length : 0;
}

/** OpenAI's chat accounting: each message costs its content plus 3 tokens of framing, and 3 more prime the reply. */
export function countChatTokens(messages: { role: string; text: string }[]): number {
  return messages.reduce((n, m) => n + 3 + countTokens(m.role) + countTokens(m.text), 3);
}
