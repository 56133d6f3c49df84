/**
 * Bidirectional text. An Arabic sentence holding "-30.700 دج" or "+4,6%" is reordered by the Unicode bidi algorithm:
 * the minus jumps to the right of the digits, a percentage swaps with its neighbour. Wrapping each figure in a
 * first-strong isolate (FSI … PDI) makes it one unit that neither reorders inside nor interacts with the words
 * around it — the plain-text equivalent of HTML's <bdi>, so chat text, tiles, cards and tables all behave alike.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Direction marks and isolates: what `toPlain` removes. */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

/** `text` as one isolated unit. */
export const isolate = (text: string): string => `${FSI}${text}${PDI}`;

/** Removes direction controls (isolates, marks, embeddings) and nothing else. */
export const stripBidi = (text: string): string => text.replace(BIDI_CONTROLS, '');

/**
 * Text for places that cannot take Unicode spacing or direction controls: PDF standard fonts (no narrow no-break
 * space), SMS (U+00A0 is outside GSM-7 and would turn the message into UCS-2), CSV cells. ASCII spaces, no controls.
 */
export const toPlain = (text: string): string => stripBidi(text).replace(NO_BREAK_SPACES, ' ');
