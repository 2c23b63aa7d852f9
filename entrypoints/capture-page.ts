import { extractFromPage } from '@/lib/capture';
import { extractGenericPage } from '@/lib/capture/generic';

// Injected once into the tab the user asked to capture (scripting.executeScript, activeTab): reads
// the page and returns what it found to the background, which stores it. Nothing stays behind.
// A LinkedIn or CRM page is read by its own extractor; any other page by the generic one.
export default defineUnlistedScript(() => {
  const specific = extractFromPage(document, new URL(location.href));
  return specific.kind === 'unsupported' ? extractGenericPage(document) : specific;
});
