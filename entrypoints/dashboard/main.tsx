import '@/lib/strictZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLanguage } from '@/lib/i18n';
import '@/components/theme.css';
import { App } from './App';

const root = document.getElementById('root');
// The UI language's strings come in a chunk of their own: load them before the first render.
if (root) {
  void loadLanguage().finally(() =>
    createRoot(root).render(
      <StrictMode>
        <main className="wide">
          <App />
        </main>
      </StrictMode>,
    ),
  );
}
