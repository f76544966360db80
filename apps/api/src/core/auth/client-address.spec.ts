import { describe, expect, it } from 'vitest';
import { throttleAddressKey } from './client-address.js';

describe('throttleAddressKey', () => {
  it('keys an IPv6 client by its /64, however the address is written', () => {
    const key = throttleAddressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(throttleAddressKey('2001:0db8:0001:0002::1')).toBe(key);
    expect(throttleAddressKey('2001:DB8:1:2:ffff::%eth0')).toBe(key);
    expect(throttleAddressKey('2001:db8:1:3::1')).not.toBe(key);
    expect(throttleAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddressKey('fe80::1')).toBe('fe80:0:0:0::/64');
  });

  it('keys IPv4, also mapped into IPv6, by the address itself', () => {
    expect(throttleAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddressKey('::ffff:cb00:7107')).toBe('203.0.113.7');
    expect(throttleAddressKey('64:ff9b::203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddressKey('64:ff9b::cb00:7108')).toBe('203.0.113.8');
    expect(throttleAddressKey('unknown')).toBe('unknown');
  });
});
