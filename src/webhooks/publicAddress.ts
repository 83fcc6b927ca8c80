// Webhook URLs are chosen by API clients, so a delivery must not become a way to reach what only Warden
// can reach (SSRF): loopback, the private network, link-local cloud metadata (169.254.169.254) and the
// like. The check runs where it cannot be dodged: on the address a connection is about to use, after
// DNS (a public name may resolve to a private address, or change between registration and delivery).
// Registration refuses what is visibly private (IP literals, localhost) so the site hears of it at once.
// WEBHOOK_ALLOW_PRIVATE=true lifts the rule, for a receiver on the same network (and the tests).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Special-purpose ranges (IANA registries): none of them is a public internet host. */
const notPublic = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  notPublic.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  notPublic.addSubnet(net, prefix, 'ipv6');
}

/** An IPv4 address carried inside an IPv6 one (::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d), if any. */
function embeddedIPv4(ip: string): string | null {
  const m = /^(?:::ffff:|64:ff9b::)(?:0:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip) ?? null;
  if (m) {
    const hi = parseInt(m[1]!, 16);
    const lo = parseInt(m[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return dotted ? dotted[1]! : null;
}

/** True for an address on the public internet; false for loopback, private, link-local and reserved ones. */
export function isPublicAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  if (family === 6) {
    const v4 = embeddedIPv4(ip);
    if (v4) return isPublicAddress(v4);
    return !notPublic.check(ip, 'ipv6');
  }
  return !notPublic.check(ip, 'ipv4');
}

/**
 * Why a webhook URL is refused at registration, or null. Only what needs no DNS: an IP literal outside
 * the public internet, or a localhost name. Names that resolve to private addresses are refused at
 * delivery by `publicOnlyLookup`.
 */
export function privateUrlReason(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return 'must not point to localhost';
  if (isIP(host) && !isPublicAddress(host)) return 'must point to a public address, not a loopback, private or reserved one';
  return null;
}

export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
}

/**
 * A `lookup` for http.request: resolves as usual, then refuses to connect when any address of the name
 * is not public. The connection uses exactly the addresses checked here, so a name cannot be re-pointed
 * between the check and the connect (DNS rebinding).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 4);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused || !addresses.length) {
      return callback(new PrivateAddressError(`${hostname} resolves to ${refused?.address ?? 'no address'}, which is not a public address`), '', 4);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
