import { isIPv6 } from 'node:net';

/**
 * The key login throttling counts a client address under. An IPv6 client controls a whole /64
 * (one subscriber's prefix): keyed by full address it would get a fresh budget per address, so it
 * is keyed by its /64. IPv4, including IPv4 mapped into IPv6 (::ffff:a.b.c.d), is keyed as is.
 */
export function throttleAddressKey(address: string): string {
  if (!isIPv6(address)) return address;
  const groups = expandIPv6(address);
  // IPv4 carried in IPv6 — mapped (::ffff:a.b.c.d, in either notation) or NAT64 (64:ff9b::a.b.c.d) —
  // is the IPv4 client's address: keyed by its /64, every such client would share one budget.
  const prefix = groups.slice(0, 6).join(':');
  if (prefix === '0:0:0:0:0:ffff' || prefix === '64:ff9b:0:0:0:0') return ipv4Of(groups[6], groups[7]);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

const ipv4Of = (high: string, low: string) => {
  const [h, l] = [parseInt(high, 16), parseInt(low, 16)];
  return [h >> 8, h & 255, l >> 8, l & 255].join('.');
};

/** The eight 16-bit groups of an IPv6 address, '::' expanded and a zone (%eth0) dropped. */
function expandIPv6(address: string): string[] {
  const [head, tail = ''] = address.split('%')[0].toLowerCase().split('::');
  const groups = (part: string) => (part ? part.split(':') : []).flatMap((g) => (g.includes('.') ? ipv4Groups(g) : [g]));
  const left = groups(head);
  const right = address.includes('::') ? groups(tail) : [];
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((g) => g.replace(/^0+(?=.)/, ''));
}

/** An embedded IPv4 tail (64:ff9b::1.2.3.4) as two groups. */
function ipv4Groups(v4: string): string[] {
  const [a, b, c, d] = v4.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
