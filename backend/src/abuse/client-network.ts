import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a client's requests are counted under. An IPv4 address is one network (a surgery's
 * waiting-room Wi-Fi shares one), but one IPv6 home or phone gets a whole /64 and can change
 * address within it at will, so IPv6 is counted per /64.
 */
export function clientNetwork(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  const address = ip.split('%')[0];
  const [head, tail = ''] = address.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = address.includes('::') && tail ? tail.split(':') : [];
  // A dotted IPv4 tail (e.g. 64:ff9b::192.0.2.1) fills two groups.
  const dotted = address.includes('.') ? 1 : 0;
  const missing = 8 - headParts.length - tailParts.length - dotted;
  const groups = address.includes('::') ? [...headParts, ...Array(missing).fill('0'), ...tailParts] : headParts;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
