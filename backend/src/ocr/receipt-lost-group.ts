/**
 * A large bold total loses its leading thousands group more than any other row (twenty-seventh round, issue 14,
 * unseen group J): the group stands apart before a space (« 24 514,00 », « ١٠ ٥٠٠ », « ١ ٣٤٠٫٠٠ ») and, printed
 * bigger than the rows above, is cut at the paper's edge or read as a speck — « Total TTC 514,00 », « ٥٠٠ ٠ »,
 * « ٣٤٠٫٠٠ ». The arithmetic the receipt prints elsewhere (the items, HT + TVA, an advance and the rest) then says what
 * the total was: an amount ending with the three digits read, and the same cents.
 */

/** `read` is `meant` with its leading group(s) lost: a whole group of three digits kept, the same cents. */
export function lostLeadingGroup(read: number, meant: number): boolean {
  if (!(read >= 100 && read < 1000) || !(meant > read) || meant >= 1_000_000) return false;
  const lost = (meant - read) / 1000;
  return Math.round(lost) >= 1 && Math.abs(lost - Math.round(lost)) < 5e-6;
}
