import { t } from '../i18n';
import { NO_SOURCE } from './funnel';

/** Product names are the same in every language; the rest are words to translate. */
const PRODUCT_NAMES: Readonly<Record<string, string>> = {
  linkedin: 'LinkedIn',
  salesnav: 'Sales Navigator',
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  pipedrive: 'Pipedrive',
  dynamics: 'Dynamics 365',
  zoho: 'Zoho CRM',
};

/** How a lead source ('linkedin', 'manual', ...) reads in the UI; a source we do not know as stored. */
export function sourceName(source: string): string {
  if (source === 'manual') return t('source_manual');
  if (source === 'import') return t('source_import');
  if (source === NO_SOURCE) return t('source_unknown');
  return PRODUCT_NAMES[source] ?? source;
}
