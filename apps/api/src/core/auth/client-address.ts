import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key login throttling counts a client address under. An IPv6 client controls a whole /64
 * (one subscriber's prefix): keyed by full address it would get a fresh budget per address, so it
 * is keyed by its /64. IPv4, including IPv4 mapped into IPv6 (::ffff:a.b.c.d), is keyed as is.
 */
export function throttleAddressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

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
