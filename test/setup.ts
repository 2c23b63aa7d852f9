// fake-indexeddb gives Dexie an IndexedDB in jsdom. Testing Library cleans up after each test by
// itself because vitest globals are on.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { registerAllLanguages } from '@/lib/i18n/all';

// Pages load one language on demand; tests switch freely, so every language is registered here.
registerAllLanguages();
