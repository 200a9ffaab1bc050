import { describe, expect, it } from 'vitest';
import { crossSiteRefusal, parseTrustedOrigins, type RequestSite } from './cross-site';

const hosts = ['editor.example:8080'];
const trusted = parseTrustedOrigins(['https://console.example']);
const refused = (site: Omit<RequestSite, 'hosts'>) => crossSiteRefusal({ ...site, hosts }, trusted);

describe('crossSiteRefusal', () => {
  it.each<Omit<RequestSite, 'hosts'>>([
    {},
    { origin: 'http://editor.example:8080' },
    { origin: 'http://EDITOR.example:8080', secFetchSite: 'same-origin' },
    // Behind a TLS proxy the page is https while the server itself is reached over http.
    { origin: 'https://editor.example:8080' },
    { origin: 'https://console.example', secFetchSite: 'cross-site' },
    { secFetchSite: 'same-origin' },
    { secFetchSite: 'none' },
    { referer: 'http://editor.example:8080/?name=foodmart2' },
    { secFetchSite: 'same-origin', referer: 'https://elsewhere.example/' },
  ])('lets %j through', (site) => {
    expect(refused(site)).toBeUndefined();
  });

  it.each<[Omit<RequestSite, 'hosts'>, RegExp]>([
    [{ origin: 'https://attacker.example' }, /attacker\.example, which is neither/],
    [{ origin: 'http://editor.example:8081' }, /neither/],
    [{ origin: 'null' }, /opaque origin/],
    [{ secFetchSite: 'cross-site' }, /cross-site/],
    [{ secFetchSite: 'same-site' }, /same-site/],
    [{ referer: 'https://attacker.example/page' }, /attacker\.example/],
    [{ referer: 'not a url' }, /unknown site/],
  ])('refuses %j', (site, reason) => {
    expect(refused(site)).toMatch(reason);
  });

  it('treats a Host without a port as the default port of the page\'s scheme', () => {
    expect(crossSiteRefusal({ origin: 'https://bi.example', hosts: ['bi.example'] }, new Set())).toBeUndefined();
    expect(crossSiteRefusal({ origin: 'http://bi.example', hosts: ['bi.example:80'] }, new Set())).toBeUndefined();
  });
});

describe('parseTrustedOrigins', () => {
  it('keeps scheme://host[:port] and refuses anything else', () => {
    expect([...parseTrustedOrigins(['https://console.example/', 'http://127.0.0.1:5173'])]).toEqual([
      'https://console.example',
      'http://127.0.0.1:5173',
    ]);
    for (const bad of ['console.example', 'https://console.example/path', '*', 'ftp://files.example']) {
      expect(() => parseTrustedOrigins([bad])).toThrow(/Invalid trusted origin/);
    }
  });
});
