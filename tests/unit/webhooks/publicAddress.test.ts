// The SSRF guard of webhook deliveries: which addresses count as public, what registration refuses
// without DNS, and a delivery that refuses to connect to a name resolving to loopback.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook } from '../../../src/webhooks/post';
import { isPublicAddress, privateUrlReason } from '../../../src/webhooks/publicAddress';

describe('public addresses', () => {
  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each([
    ['loopback', '127.0.0.1'],
    ['private 10/8', '10.1.2.3'],
    ['private 172.16/12', '172.31.255.255'],
    ['private 192.168/16', '192.168.0.10'],
    ['cloud metadata (link-local)', '169.254.169.254'],
    ['carrier-grade NAT', '100.64.0.1'],
    ['"this network"', '0.0.0.0'],
    ['multicast', '224.0.0.1'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unique local', 'fd00::1'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped loopback, hex form', '::ffff:7f00:1'],
    ['not an address', 'example.com'],
  ])('%s (%s) is not public', (_what, ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});

describe('registration', () => {
  it.each(['http://127.0.0.1:8080/hook', 'http://[::1]/hook', 'http://169.254.169.254/latest/meta-data', 'http://localhost/hook', 'https://api.localhost/x'])(
    'refuses %s',
    (url) => {
      expect(privateUrlReason(url)).toMatch(/must/);
    },
  );

  it('accepts a public name or address (names are checked again at delivery, after DNS)', () => {
    expect(privateUrlReason('https://example.com/hooks/warden')).toBeNull();
    expect(privateUrlReason('https://93.184.215.14/hook')).toBeNull();
  });
});

describe('delivery', () => {
  let server: http.Server;
  let received = 0;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      received++;
      req.resume();
      res.writeHead(204).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const send = (allowPrivate: boolean) => postWebhook(`http://localhost:${port}/hook`, '{}', { headers: {}, timeoutMs: 2000, allowPrivate });

  it('does not connect to a name that resolves to loopback', async () => {
    await expect(send(false)).rejects.toThrow(/not a public address/);
    expect(received).toBe(0);
  });

  it('delivers there when private addresses are allowed', async () => {
    await expect(send(true)).resolves.toBe(204);
    expect(received).toBe(1);
  });
});
