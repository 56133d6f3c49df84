import { checkUrlShape, isPublicAddress, resolveTarget, TargetRefused } from './webhook-target';
import { retryDelay, RETRY_WINDOW_MS } from './webhook-dispatcher';

describe('webhook targets (SSRF)', () => {
  it.each([
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.10', false],
    ['127.0.0.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['198.18.0.7', false],
    ['::1', false],
    ['::ffff:10.0.0.1', false],
    ['fd12::1', false],
    ['fe80::1', false],
    ['64:ff9b::a00:1', false],
    ['8.8.8.8', true],
    ['41.111.12.7', true],
    ['2001:4860:4860::8888', true],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('accepts only https URLs whose literal host is public, unless private targets are allowed', () => {
    expect(checkUrlShape('https://hooks.example.com/tajer', false).hostname).toBe('hooks.example.com');
    expect(() => checkUrlShape('http://hooks.example.com/tajer', false)).toThrow(/https/);
    expect(() => checkUrlShape('https://127.0.0.1:8443/x', false)).toThrow(TargetRefused);
    expect(() => checkUrlShape('https://[::1]/x', false)).toThrow(TargetRefused);
    expect(() => checkUrlShape('https://localhost/x', false)).toThrow(/not a public host/);
    expect(() => checkUrlShape('https://metadata.google.internal/x', false)).toThrow(/not a public host/);
    expect(() => checkUrlShape('not a url', false)).toThrow(/valid URL/);
    expect(checkUrlShape('https://127.0.0.1:8443/x', true).port).toBe('8443');
    expect(() => checkUrlShape('http://127.0.0.1/x', true)).toThrow(/https/);
  });

  it('checks every address a name resolves to: one private address is enough to refuse', async () => {
    const dns = (answers: string[]) => async () => answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    await expect(resolveTarget('https://hooks.example.com/x', false, dns(['93.184.216.34', '10.0.0.5']))).rejects.toThrow(
      /resolves to 10\.0\.0\.5/,
    );
    await expect(resolveTarget('https://hooks.example.com/x', false, dns(['2001:db8::1', '::1']))).rejects.toThrow(TargetRefused);
    const ok = await resolveTarget('https://hooks.example.com/x', false, dns(['93.184.216.34', '2606:2800:220:1::1']));
    expect(ok.addresses.map((a) => a.address)).toEqual(['93.184.216.34', '2606:2800:220:1::1']);
    await expect(
      resolveTarget('https://nowhere.example/x', false, async () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOTFOUND' }))),
    ).rejects.toThrow(/does not resolve \(ENOTFOUND\)/);
    // With private targets allowed (tests), the same answers pass.
    await expect(resolveTarget('https://hooks.example.com/x', true, dns(['10.0.0.5']))).resolves.toMatchObject({
      addresses: [{ address: '10.0.0.5' }],
    });
  });
});

describe('webhook retry schedule', () => {
  it('doubles from the base delay, caps at 6 h, and fits about a dozen attempts in the day', () => {
    const mid = () => 0.5; // no jitter
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 30_000, mid))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelay(20, 30_000, mid)).toBe(6 * 3600_000);
    expect(retryDelay(1, 30_000, () => 0)).toBe(24_000);
    expect(retryDelay(1, 30_000, () => 1)).toBe(36_000);
    let elapsed = 0;
    let attempts = 1;
    while (elapsed + retryDelay(attempts, 30_000, mid) <= RETRY_WINDOW_MS) elapsed += retryDelay(attempts++, 30_000, mid);
    expect(attempts).toBe(13);
  });
});
