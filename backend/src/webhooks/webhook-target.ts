import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export class TargetRefused extends Error {}

export interface ResolvedTarget {
  url: URL;
  /** Every address the host resolved to, all checked; the connection may only go to one of these. */
  addresses: { address: string; family: 4 | 6 }[];
}

// Not routable on the Internet although ipaddr.js classes them as unicast (benchmarking networks).
const EXTRA_BLOCKED = [ipaddr.parseCIDR('198.18.0.0/15')];

/** Only globally routable unicast addresses: no private, loopback, link-local (cloud metadata), CGNAT, multicast… */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.process(address);
  if (ip.range() !== 'unicast') return false;
  return !EXTRA_BLOCKED.some(([net, bits]) => ip.kind() === net.kind() && ip.match(net, bits));
}

/** What a registered URL must look like before anything is resolved: HTTPS, a host, no IP in a private range. */
export function checkUrlShape(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused('not a valid URL');
  }
  if (url.protocol !== 'https:') throw new TargetRefused('must be an https:// URL');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) throw new TargetRefused('has no host');
  if (!allowPrivate) {
    if (isIP(host) && !isPublicAddress(host)) throw new TargetRefused(`${host} is a private or reserved address`);
    if (/^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host)) throw new TargetRefused(`${host} is not a public host name`);
  }
  return url;
}

/**
 * Resolves the host and checks every address it resolves to (a name that maps to one public and one private address
 * is refused). The delivery then connects to these very addresses, so a DNS answer that changes between the check
 * and the connection (DNS rebinding) cannot redirect it inside.
 */
export async function resolveTarget(
  raw: string,
  allowPrivate: boolean,
  resolve: (host: string) => Promise<{ address: string; family: number }[]> = (host) => lookup(host, { all: true, verbatim: true }),
): Promise<ResolvedTarget> {
  const url = checkUrlShape(raw, allowPrivate);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  const addresses = family
    ? [{ address: host, family: family as 4 | 6 }]
    : (
        await resolve(host).catch((err: NodeJS.ErrnoException) => {
          throw new TargetRefused(`${host} does not resolve (${err.code ?? err.message})`);
        })
      ).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
  if (!addresses.length) throw new TargetRefused(`${host} does not resolve`);
  if (!allowPrivate) {
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) throw new TargetRefused(`${host} resolves to ${bad.address}, a private or reserved address`);
  }
  return { url, addresses };
}
