import { cueRegex, has } from '../cue-regex';

/**
 * Words that show or point at something (a photo, « ce », « this », « هذا »): what a question for the image
 * tools has even before its photo arrives.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/**
 * Words that show or point at something (a photo, « ce », « this », « هذا »): with understand.ts's receipt and product
 * words, what a question for the image tools has even before its photo arrives. « j'ai fermé à 22h » has none, and was
 * asked for a photo.
 */
const POINTS_AT = cueRegex([
  ...['photo', 'image', 'picture', 'scan', 'scanne', 'scanner', 'document', 'doc', 'pdf', 'ce', 'cet', 'cette', 'celle', 'ca', 'ça'],
  ...['this', 'that', 'these', 'هذا', 'هذه', 'هاذي', 'صورة', 'الصورة', 'التصويرة', 'تصويرة', 'tswira'],
]);
export const pointsAtSomething = has(POINTS_AT);
