import { orderWords } from '../../src/ocr/arabic-lines';
import { joinWords, type OcrWord } from '../../src/ocr/ocr-pool';

/** A word of a 20 px high row from x0 to x1. */
const word = (text: string, x0: number, x1: number): OcrWord => ({ text, confidence: 0.9, bbox: { x0, x1, y0: 100, y1: 120 } });

describe('orderWords: an Arabic line in reading order', () => {
  it('keeps a number inside an Arabic line left to right', () => {
    const words = [word('1', 40, 52), word('520,00', 60, 130), word('المجموع', 400, 520)];
    expect(joinWords(orderWords(words))).toBe('المجموع   1 520,00');
  });

  it('does not glue the left column to the end of the right one: the time stays after the date (dz_dev_052)', () => {
    // « التاريخ: 24 جوان 2024 » printed right-aligned, the till's time « 18:51 » in the left column.
    const words = [word('18:51', 20, 90), word('2024', 420, 480), word('جوان', 490, 560), word('24', 570, 600), word('التاريخ:', 610, 720)];
    expect(joinWords(orderWords(words))).toBe('التاريخ: 24 جوان 2024   18:51');
  });

  it('keeps a number printed in Eastern Arabic digits left to right, its thousands first (« ٣ ٧٦٠٫٠٠ »)', () => {
    // The digit classifier writes the lone thousands digit as its own word: Eastern digits are of the Arabic script,
    // but a number in them is not a right-to-left word.
    const words = [word('٣', 40, 52), word('٧٦٠٫٠٠', 62, 140), word('المجموع', 400, 520)];
    expect(joinWords(orderWords(words))).toBe('المجموع   ٣ ٧٦٠٫٠٠');
  });

  it('puts the thousands of an Eastern number first when they were drawn right of the rest (« ٨ ٢٦٠٫٠٠ دج », dz_dev_072)', () => {
    // To the bidi algorithm a plain space between two Arabic numbers is right to left: « ٨ » is drawn right of « ٢٦٠٫٠٠ ».
    const words = [word('دج', 20, 50), word('٢٦٠٫٠٠', 60, 140), word('٨', 150, 162), word('المجموع', 400, 520)];
    expect(joinWords(orderWords(words))).toBe('المجموع   ٨ ٢٦٠٫٠٠ دج');
  });
});
