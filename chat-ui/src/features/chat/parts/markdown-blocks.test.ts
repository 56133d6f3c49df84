import { describe, expect, it } from 'vitest';
import { separateBlocks } from './markdown-blocks';

describe('separateBlocks', () => {
  it('starts a new block after a list, so a heading never merges into the last bullet', () => {
    const text = 'Par catégorie :\n- Loyer : 60 000 DA\n- Eau : 2 000 DA\n…et 2 autres.\nLes plus récentes :\n- 3 220 DA — Laiterie';
    expect(separateBlocks(text)).toBe(
      'Par catégorie :\n- Loyer : 60 000 DA\n- Eau : 2 000 DA\n\n…et 2 autres.\\\nLes plus récentes :\n- 3 220 DA — Laiterie',
    );
  });

  it('keeps code, tables, quotes and indented continuations as they are', () => {
    const text = '```\nline 1\nline 2\n```\n| a | b |\n|---|---|\n| 1 | 2 |\n> post line 1\n>\n> post line 2\n- item\n  continued';
    expect(separateBlocks(text)).toBe(text);
  });
});
