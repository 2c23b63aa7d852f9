import type { Source } from './collect';
import { MAX_DIAGNOSTICS } from './collect';
import type { Extraction } from './extraction';
import { extractCompany } from './linkedin/company';
import { detectInterstitial } from './linkedin/pageKind';
import { extractProfile } from './linkedin/profile';
import { companySlug, isLinkedInHost, profileSlug, salesLeadId } from './linkedin/urls';
import { overrideSources, type SelectorOverride } from './overrides';
import { extractSalesLead } from './salesnav/lead';
import type { CaptureResult, Diagnostic, PageKind } from './types';

// LinkedIn and Sales Navigator only: the LinkedIn content script imports this file, not index.ts,
// so it ships without the CRM extractors.

export interface ExtractOptions {
  /** User-supplied selectors, tried before the built-in strategies (see overrides.ts). */
  overrides?: readonly SelectorOverride[];
}

type Extractor = (doc: Document, url: URL, overrides: readonly Source[]) => Extraction;

interface Route {
  site: 'linkedin' | 'salesnav';
  kind: PageKind;
  extract: Extractor;
}

function routeFor(url: URL): Route | undefined {
  const path = url.pathname;
  if (salesLeadId(path)) return { site: 'salesnav', kind: 'profile', extract: extractSalesLead };
  if (profileSlug(path)) return { site: 'linkedin', kind: 'profile', extract: extractProfile };
  if (companySlug(path)) return { site: 'linkedin', kind: 'company', extract: extractCompany };
  return undefined;
}

function result(kind: PageKind, site: string, diagnostics: Diagnostic[] = [], extraction?: Extraction): CaptureResult {
  return {
    kind,
    site,
    fields: extraction?.fields ?? {},
    activities: extraction?.activities ?? [],
    diagnostics: [...diagnostics, ...(extraction?.diagnostics ?? [])].slice(0, MAX_DIAGNOSTICS),
  };
}

/**
 * What a LinkedIn page shows and the lead fields on it. Pure (reads `doc`, never the network or
 * browser globals) and never throws: a strategy that fails is recorded in the diagnostics.
 * Pages served instead of the one asked for (authwall, not found, anti-bot redirect) and
 * unsupported pages return no fields.
 */
export function extractLinkedInPage(doc: Document, url: URL, options: ExtractOptions = {}): CaptureResult {
  let site = 'unknown';
  try {
    if (!isLinkedInHost(url.hostname)) return result('unsupported', site);
    site = url.pathname.startsWith('/sales/') ? 'salesnav' : 'linkedin';
    const interstitial = detectInterstitial(doc, url);
    if (interstitial) return result(interstitial.kind, site, [{ field: 'kind', strategy: interstitial.signal }]);
    const route = routeFor(url);
    if (!route) return result('unsupported', 'unknown');
    const overrides = Array.isArray(options?.overrides) ? options.overrides : [];
    const { sources, diagnostics } = overrideSources(doc, route.site, overrides);
    return result(route.kind, route.site, diagnostics, route.extract(doc, url, sources));
  } catch {
    return result('unsupported', site, [{ field: '*', strategy: 'extract-failed' }]);
  }
}
