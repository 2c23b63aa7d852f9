import { metaContent, textOf } from '../dom';
import { PAGE_KIND } from './selectors';

/** A page LinkedIn serves instead of the one asked for (none may create a lead), and the signal that gave it away. */
export interface Interstitial {
  kind: 'authwall' | 'not-found' | 'blocked';
  signal: string;
}

const NOT_FOUND_TEXT = /\b(?:profile|page) not found\b|this page doesn[’']t exist/i;
const AUTHWALL_TITLE = /log in or sign up|^sign up \| linkedin|^linkedin login|^sign in \| linkedin|^join linkedin/i;
const AUTHWALL_PATH = /^\/(?:authwall|login|signup|uas\/login|checkpoint)\b/i;
const AUTHWALL_PAGE_KEY = /auth_?wall|guest-home|_login\b|registration/i;
/** Identifiers like `_0x26bb58`: obfuscated JavaScript. */
const OBFUSCATED_JS = /_0x[0-9a-f]{4,}/;
const INVISIBLE_TAGS = new Set(['SCRIPT', 'NOSCRIPT', 'STYLE', 'META', 'LINK']);

export function detectInterstitial(doc: Document, url: URL): Interstitial | undefined {
  const notFound = notFoundSignal(doc);
  if (notFound) return { kind: 'not-found', signal: notFound };
  const authwall = authwallSignal(doc, url);
  if (authwall) return { kind: 'authwall', signal: authwall };
  const blocked = blockedSignal(doc);
  if (blocked) return { kind: 'blocked', signal: blocked };
  return undefined;
}

function notFoundSignal(doc: Document): string | undefined {
  if (NOT_FOUND_TEXT.test(doc.title)) return 'title';
  const heading = doc.getElementsByTagName('h1')[0];
  if (heading?.classList.contains(PAGE_KIND.notFoundHeadline)) return 'not-found-headline';
  return NOT_FOUND_TEXT.test(textOf(heading) ?? '') ? 'heading' : undefined;
}

function authwallSignal(doc: Document, url: URL): string | undefined {
  if (AUTHWALL_PATH.test(url.pathname)) return 'url';
  if (AUTHWALL_TITLE.test(doc.title) || AUTHWALL_TITLE.test(metaContent(doc, 'og:title') ?? '')) return 'title';
  if (AUTHWALL_PAGE_KEY.test(metaContent(doc, 'pageKey') ?? '')) return 'page-key';
  // Forms are few: checking their classes is cheaper than a class lookup over the whole page.
  const forms = Array.from(doc.getElementsByTagName('form'));
  const hasForm = forms.some((form) => form.className.includes(PAGE_KIND.authwallFormPrefix));
  return hasForm ? 'authwall-form' : undefined;
}

/** An empty page that only refreshes or runs obfuscated script: the anti-bot redirect. */
function blockedSignal(doc: Document): string | undefined {
  if (doc.body && !isEmptyBody(doc.body)) return undefined;
  const refreshes = Array.from(doc.getElementsByTagName('meta')).some(
    (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'refresh',
  );
  if (refreshes) return 'meta-refresh';
  const scripts = Array.from(doc.getElementsByTagName('script'));
  return scripts.some((script) => OBFUSCATED_JS.test(script.textContent ?? '')) ? 'obfuscated-script' : undefined;
}

function isEmptyBody(body: HTMLElement): boolean {
  return Array.from(body.childNodes).every((node) =>
    node.nodeType === 1
      ? INVISIBLE_TAGS.has((node as Element).tagName)
      : node.nodeType !== 3 || (node.textContent ?? '').trim() === '',
  );
}
