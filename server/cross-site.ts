/**
 * Whether a browser marks a request as coming from another site's page (a login CSRF, a
 * forged sign-out or save). Browsers say so in `Origin` (sent with every POST, PUT and DELETE,
 * and cross-origin GETs), in `Sec-Fetch-Site`, and, from older browsers, in `Referer`. Curl and
 * other non-browser clients send none of them and are let through: they hold their own
 * credentials and cannot be tricked by a page.
 */

/** The origins a configuration may trust: `scheme://host[:port]`, nothing else. */
export function parseTrustedOrigins(origins: readonly string[]): Set<string> {
  const trusted = new Set<string>();
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
      throw new Error(`Invalid trusted origin "${origin}": expected scheme://host[:port], such as https://console.example.com`);
    }
    trusted.add(url.origin);
  }
  return trusted;
}

export interface RequestSite {
  origin?: string;
  secFetchSite?: string;
  referer?: string;
  /** The Host this request was sent to (and X-Forwarded-Host when a trusted proxy sets it). */
  hosts: readonly string[];
}

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** Whether a page URL belongs to this server: its host and port equal one the request was sent to. */
function isOwnPage(url: URL, hosts: readonly string[]): boolean {
  const port = url.port || DEFAULT_PORT[url.protocol] || '';
  return hosts.some((host) => {
    try {
      const sent = new URL(`http://${host}`);
      return sent.hostname.toLowerCase() === url.hostname.toLowerCase() && (sent.port || DEFAULT_PORT[url.protocol]) === port;
    } catch {
      return false;
    }
  });
}

function pageOrigin(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Why the request must be refused as cross-site, or undefined when it may go on. */
export function crossSiteRefusal(request: RequestSite, trustedOrigins: ReadonlySet<string>): string | undefined {
  const fromPage = (url: URL | undefined): boolean => url !== undefined && (trustedOrigins.has(url.origin) || isOwnPage(url, request.hosts));
  if (request.origin !== undefined) {
    if (request.origin === 'null') return 'the request comes from a page with an opaque origin ("null")';
    if (fromPage(pageOrigin(request.origin))) return undefined;
    return `the request comes from ${request.origin}, which is neither this server's origin nor a trusted origin (DATAFOR_TRUSTED_ORIGINS)`;
  }
  const site = request.secFetchSite?.toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return `the browser marks the request as ${site} (Sec-Fetch-Site)`;
  }
  if (request.referer !== undefined && site === undefined) {
    const referer = pageOrigin(request.referer);
    if (!fromPage(referer)) return `the request comes from a page of ${referer?.origin ?? 'an unknown site'}`;
  }
  return undefined;
}
