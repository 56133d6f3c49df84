import type { SlotResolution, ToolSlots } from '../slots';

export const inventoryAdjustSlots: ToolSlots = {
  // A question about what this write changes is answered by this read.
  readCounterpart: 'inventory_search',
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const resolved: Record<string, SlotResolution> = {};
    const p = x.product();
    if (p.value) args.product = p.value;
    if (p.resolution) resolved.product = p.resolution;
    const quantity = x.signedQuantity();
    if (quantity !== undefined) args.quantity = quantity;
    const reason = x.reason();
    if (reason) args.reason = reason;
    // The money paid for a delivery (« received 48 Ifri, 24 Selecto, paid 3500 ») is no line of goods: with it, the
    // lines were incomplete and only one product was proposed. The NLU proposes that money as the purchase's expense.
    const amount = x.amount();
    const lines = x.saleLines().filter((l) => l.product || l.quantity !== amount);
    // The movement's count is read as a whole number (« 2,5 kg de bananes » became +3): a fraction the user said is
    // passed on as said, so the tool refuses it in the user's words and nothing is recorded. Nothing is rounded.
    const fraction = lines.find((l) => l.quantity !== undefined && !Number.isInteger(l.quantity));
    if (fraction) {
      const sign = quantity !== undefined && lines.length === 1 ? Math.sign(quantity) : x.stockDirection();
      args.quantity = sign * fraction.quantity!;
      if (fraction.product && lines.length > 1) {
        args.product = fraction.product;
        if (fraction.resolution) resolved.product = fraction.resolution;
        else delete resolved.product;
      }
      return { args, resolved };
    }
    // Several products in one message ("ajoute 10 sucre et 5 farine"): one movement each, never only the first. A product
    // named without its count (« reçu 20 sucre et du café ») gets no movement (the NLU asks its count): the counted ones
    // are proposed — with the uncounted one read alone, the count of another product was proposed for it.
    const counted = lines.filter((l) => l.product && l.quantity);
    // « received 48 Ifri and Selecto »: the count is the first product's (the whole message's match was Selecto, +48);
    // the other, named without a count, is asked about.
    const [only] = counted;
    if (counted.length === 1 && only.resolution && p.resolution && only.resolution.id !== p.resolution.id) {
      args.product = only.product;
      resolved.product = only.resolution;
    }
    if (lines.length > 1 && counted.length && lines.every((l) => l.product)) {
      const sign = x.stockDirection();
      // A reason with figures is the rest of the list (« 24 Selecto, paid 3500 »), not why the goods moved.
      const shared = reason && !/\d/.test(reason) ? { reason } : {};
      const [first, ...rest] = counted.map((l) => ({ product: l.product, quantity: sign * l.quantity!, ...shared }));
      delete args.reason;
      Object.assign(args, first);
      if (counted[0].resolution) resolved.product = counted[0].resolution;
      else delete resolved.product;
      return rest.length ? { args, resolved, more: rest } : { args, resolved };
    }
    return { args, resolved, candidates: p.candidates };
  },
  followUp: (x) => {
    const p = x.product();
    return p.value ? { product: p.value } : {};
  },
};
