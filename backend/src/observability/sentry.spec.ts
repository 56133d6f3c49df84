import type { ErrorEvent } from '@sentry/node';
import { scrubEvent, scrubText } from './sentry';

describe('Sentry scrubbing (issue 11: exception messages free of PII)', () => {
  it('removes emails, phone numbers, tokens and keys from exception messages, keeping the rest', () => {
    const event = {
      type: undefined,
      message: 'login failed for amina.b@gmail.com',
      exception: {
        values: [
          { type: 'PrismaClientKnownRequestError', value: 'Unique constraint failed on email: owner@demo.dz, phone 0555 12 34 56' },
          {
            type: 'Error',
            value: 'key tjr_AbC123_xyz refused; Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig; +213 661 23 45 67',
          },
        ],
      },
      breadcrumbs: [{ category: 'http', message: 'GET /api/customers?phone=0661234567' }],
      request: { url: 'https://x/api/support?q=0555123456', headers: { authorization: 'Bearer x', 'user-agent': 'ua' } },
      user: { email: 'a@b.dz', ip_address: '1.2.3.4', id: 'u1' },
    } as unknown as ErrorEvent;
    const out = scrubEvent(event);
    const all = JSON.stringify(out);
    for (const leaked of [
      'amina.b@gmail.com',
      'owner@demo.dz',
      '0555 12 34 56',
      '0661234567',
      'tjr_AbC123',
      'eyJhbGci',
      '661 23 45 67',
      '0555123456',
      'a@b.dz',
      '1.2.3.4',
    ]) {
      expect(all).not.toContain(leaked);
    }
    expect(out.exception!.values![0].value).toBe('Unique constraint failed on email: [email], phone [phone]');
    expect(out.exception!.values![1].value).toBe('key [api-key] refused; Authorization: Bearer [credentials]; [phone]');
    expect(out.request!.headers).toEqual({ 'user-agent': 'ua' });
    expect(out.user).toEqual({ id: 'u1' });
  });

  it('leaves ordinary messages, ids and small numbers alone', () => {
    expect(scrubText('Product 3f2a-11 out of stock (12 left), timeout after 30000 ms')).toBe(
      'Product 3f2a-11 out of stock (12 left), timeout after 30000 ms',
    );
    expect(scrubText('row 550e8400-e29b-41d4-a716-446655440000 missing')).toBe('row 550e8400-e29b-41d4-a716-446655440000 missing');
  });
});
