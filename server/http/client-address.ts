import { isIP } from 'node:net';

/**
 * Who sent a request, for the rate limit. By default the connection's own address: headers are
 * the client's to write, so `X-Forwarded-For` means nothing unless the operator says how many
 * proxies of theirs stand in front (`TRUSTED_PROXIES=N`). Each proxy appends the address it was
 * reached from, so the client is then the Nth address from the right; anything left of it was
 * written by the client and is ignored.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const direct = socketAddress ?? 'unknown';
  if (trustedProxies <= 0) return direct;
  const hops = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer hops than proxies: the request did not come through them all, so trust only the socket.
  const hop = hops[hops.length - trustedProxies];
  return hop && isIP(stripPort(hop)) ? stripPort(hop) : direct;
}

/** `203.0.113.7:4711` → `203.0.113.7`, `[2001:db8::1]:443` → `2001:db8::1`. */
function stripPort(hop: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(hop);
  return v4WithPort ? v4WithPort[1]! : hop;
}

/**
 * The rate limit's key for an address: IPv4 as is (also when IPv4-mapped, `::ffff:1.2.3.4`),
 * IPv6 by its /64, since one host is usually given a whole /64 and could rotate through it.
 */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address.slice(0, 64);
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
function expandIPv6(address: string): string[] {
  const withoutZone = address.split('%')[0]!;
  const [head, tail] = withoutZone.includes('::')
    ? withoutZone.split('::')
    : [withoutZone, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail counts as two groups.
  const last = (tail === undefined ? left : right).at(-1);
  const groupsOfV4 = last?.includes('.') ? 1 : 0;
  const missing = 8 - left.length - right.length - groupsOfV4;
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(missing).fill('0'), ...right];
  return groups.map((group) =>
    group.includes('.') ? group : String(parseInt(group, 16).toString(16)),
  );
}

/** Reads `TRUSTED_PROXIES`: unset or empty is 0 (trust no header); a whole number ≥ 0 otherwise, or the server does not start. */
export function parseTrustedProxies(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  if (!/^\s*\d+\s*$/.test(value))
    throw new Error(
      `TRUSTED_PROXIES must be the number of proxies in front of the app (0, 1, 2, ...), not "${value}".`,
    );
  return Number(value);
}
