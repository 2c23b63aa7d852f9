import { type FormEvent, useState } from 'react';
import { validateSelector } from '@/lib/capture/overrides';
import type { FieldName } from '@/lib/capture/types';
import { t } from '@/lib/i18n';

interface Props {
  fieldLabel: string;
  field: FieldName;
  initial?: { selector: string; attribute?: string };
  onSave: (override: { field: FieldName; selector: string; attribute?: string }) => Promise<void>;
  onCancel: () => void;
}

/** One selector override, checked as you type: a bad selector is explained, never saved. */
export function OverrideForm({ fieldLabel, field, initial, onSave, onCancel }: Props) {
  const [selector, setSelector] = useState(initial?.selector ?? '');
  const [attribute, setAttribute] = useState(initial?.attribute ?? '');
  const [saveError, setSaveError] = useState<string | null>(null);
  const selectorError = selector.trim() === '' ? null : validateSelector(selector, document);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (selector.trim() === '' || selectorError) return;
    try {
      await onSave({ field, selector: selector.trim(), attribute: attribute.trim() || undefined });
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form className="override-form" onSubmit={submit}>
      <label>
        {t('overrideSelector', fieldLabel)}
        <input
          value={selector}
          onChange={(e) => setSelector(e.target.value)}
          aria-invalid={selectorError !== null}
          spellCheck={false}
          maxLength={500}
        />
      </label>
      {selectorError && <p role="alert">{selectorError}</p>}
      <label>
        {t('overrideAttribute')}
        <input value={attribute} onChange={(e) => setAttribute(e.target.value)} spellCheck={false} maxLength={100} />
      </label>
      {saveError && <p role="alert">{saveError}</p>}
      <div className="row">
        <button type="submit" disabled={selector.trim() === '' || selectorError !== null}>
          {t('overrideSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('overrideCancel')}
        </button>
      </div>
    </form>
  );
}
