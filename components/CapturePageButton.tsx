import { useState } from 'react';
import { t } from '@/lib/i18n';

/** What a capture of the tab came to: a lead, a page without a person, or no access to the page. */
export type CaptureOutcome = 'lead' | 'no-person' | 'no-access';

interface Props {
  onCapture: () => Promise<CaptureOutcome>;
}

/**
 * "Capture this page": reads a person from whatever page the tab shows (structured data, contact
 * cards, email and phone links). Says when the page names nobody, and how to give LeadLens access
 * to the page when the browser has not.
 */
export function CapturePageButton({ onCapture }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);

  const capture = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await onCapture();
      if (outcome === 'no-person') setMessage({ alert: false, text: t('capturePageNoPerson') });
      if (outcome === 'no-access') setMessage({ alert: true, text: t('capturePageNoAccess') });
    } catch (e) {
      setMessage({ alert: true, text: t('capturePageFailed', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card capture-page" aria-label={t('capturePageButton')}>
      <button type="button" onClick={() => void capture()} disabled={busy}>
        {t('capturePageButton')}
      </button>
      <p className="muted small">{t('capturePageHint')}</p>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
