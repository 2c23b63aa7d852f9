// fake-indexeddb gives Dexie an IndexedDB in jsdom. Testing Library cleans up after each test by
// itself because vitest globals are on.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
