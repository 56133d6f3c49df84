import { linkRecords, normaliseRecordType, recordHref } from './record-links';

describe('record-links', () => {
  const id = '0b6f0a4e-6d0c-4d1e-9a43-4c8f7f1f2b10';

  it('links the records tools touch to their REST resources', () => {
    expect(recordHref('product', id)).toBe(`/api/inventory/products/${id}`);
    expect(recordHref('Products', id)).toBe(`/api/inventory/products/${id}`);
    expect(recordHref('expense', id)).toBe(`/api/expenses/${id}`);
    expect(recordHref('campaign', id)).toBe(`/api/campaigns/${id}`);
    expect(recordHref('attachment', id)).toBe(`/api/attachments/${id}`);
    expect(recordHref('stock-movement', id)).toBeNull();
    expect(normaliseRecordType('Stock movement')).toBe('stock_movement');
  });

  it('escapes ids and drops malformed entries', () => {
    expect(recordHref('product', '../x')).toBe('/api/inventory/products/..%2Fx');
    expect(
      linkRecords([{ type: 'product', id, label: 'Semoule 10kg' }, { type: 'expense' }, null, 'x', { type: 'customer', id: 'c1' }]),
    ).toEqual([
      { type: 'product', id, label: 'Semoule 10kg', href: `/api/inventory/products/${id}` },
      { type: 'customer', id: 'c1', label: null, href: null },
    ]);
    expect(linkRecords({ not: 'an array' })).toEqual([]);
  });
});
