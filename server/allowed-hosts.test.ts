import { describe, expect, it } from 'vitest';
import { AllowedHosts, parseAllowedHost, parseHost } from './allowed-hosts.ts';

describe('parseHost', () => {
  it.each([
    ['localhost:4173', { hostname: 'localhost', port: 4173 }],
    ['LOCALHOST', { hostname: 'localhost', port: null }],
    ['192.168.1.20:80', { hostname: '192.168.1.20', port: 80 }],
    ['[::1]:4173', { hostname: '[::1]', port: 4173 }],
    ['vaerdi-spil.local', { hostname: 'vaerdi-spil.local', port: null }],
    ['evil.example/@localhost:4173', null],
    ['localhost:4173:1', null],
    ['localhost:99999', null],
    ['-x.example', null],
    ['', null],
    ['local host', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseHost(text)).toEqual(expected);
  });

  it('takes a pasted address for --allow-host', () => {
    expect(parseAllowedHost('http://vaerdi.local:8080/')).toEqual({ hostname: 'vaerdi.local', port: 8080 });
    expect(parseAllowedHost('https://vaerdi.example.dk')).toEqual({ hostname: 'vaerdi.example.dk', port: null });
  });
});

describe('AllowedHosts', () => {
  const hosts = new AllowedHosts(4173, ['http://192.168.1.20:4173/', 'http://10.0.0.5:4173/'], ['vaerdi.local', 'proxy.example:8443']);

  it.each([
    ['localhost:4173', true],
    ['127.0.0.1:4173', true],
    ['[::1]:4173', true],
    ['192.168.1.20:4173', true],
    ['10.0.0.5:4173', true],
    ['LocalHost:4173', true],
    // --allow-host without a port: any port, also none (a proxy on 80 or 443).
    ['vaerdi.local', true],
    ['vaerdi.local:4173', true],
    ['vaerdi.local:9999', true],
    // With a port: that port only.
    ['proxy.example:8443', true],
    ['proxy.example', false],
    ['proxy.example:4173', false],
    // The server's own names on another port are another server.
    ['localhost:8080', false],
    ['localhost', false],
    ['192.168.1.20', false],
    ['192.168.1.21:4173', false],
    // A rebinding page's own name.
    ['evil.example:4173', false],
    ['localhost.evil.example:4173', false],
    [undefined, false],
    ['', false],
  ])('Host %s → %s', (host, expected) => {
    expect(hosts.has(host)).toBe(expected);
  });

  it('takes port 80 for a Host without a port', () => {
    const onEighty = new AllowedHosts(80, ['http://192.168.1.20/'], []);
    expect(onEighty.has('localhost')).toBe(true);
    expect(onEighty.has('192.168.1.20')).toBe(true);
    expect(onEighty.has('192.168.1.20:80')).toBe(true);
    expect(onEighty.has('192.168.1.20:4173')).toBe(false);
  });
});
