import { replacedBy, sameButFigures } from './tool-executor';

const sale = (product: string, quantity: number, extra: Record<string, unknown> = {}) => ({
  lines: [{ product, productId: `id-${product}`, quantity, ...extra }],
});

describe('replacedBy: which pending cards a new proposal replaces', () => {
  it('treats the same change with other figures as a correction, other goods as another change', () => {
    expect(sameButFigures(sale('coca', 2), sale('coca', 4, { unitPrice: 120 }))).toBe(true);
    expect(sameButFigures(sale('coca', 2), sale('pain', 2))).toBe(false);
    expect(sameButFigures({ ...sale('coca', 2), customer: 'Karim' }, sale('coca', 2))).toBe(false);
  });

  it('replaces the pending card of the same tool about the same goods, whatever the model', () => {
    const pending = [
      { id: 'a', name: 'sales_record', args: sale('coca', 2) },
      { id: 'b', name: 'sales_record', args: sale('pain', 3) },
      { id: 'c', name: 'inventory_adjust', args: { product: 'coca', quantity: 2 } },
    ];
    expect(replacedBy('sales_record', undefined)(pending, sale('coca', 4))).toEqual(['a']);
    expect(replacedBy('sales_record', undefined)(pending, sale('lait', 1))).toEqual([]);
  });

  it('replaces the latest pending card of the tool when the offline model marks a correction', () => {
    const pending = [
      { id: 'a', name: 'sales_record', args: sale('coca', 2) },
      { id: 'b', name: 'sales_record', args: { ...sale('pain', 3), customer: 'Karim' } },
    ];
    expect(replacedBy('sales_record', true)(pending, sale('pain', 5))).toEqual(['b']);
    expect(replacedBy('expenses_add', true)(pending, { amount: 5 })).toEqual([]);
  });

  it('replaces nothing when the offline model says the proposal is no correction (a second sale of the same goods)', () => {
    const pending = [{ id: 'a', name: 'sales_record', args: sale('coca', 2) }];
    expect(replacedBy('sales_record', false)(pending, sale('coca', 3))).toEqual([]);
    expect(replacedBy('sales_record', undefined)(pending, sale('coca', 3))).toEqual(['a']);
  });
});
