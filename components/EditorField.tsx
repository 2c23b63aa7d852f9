import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The schema's problems with this field, shown under it and read with it. */
  errors: readonly string[];
  /** 'decimal' and 'numeric' bring up a number keyboard; the text is kept as typed. */
  inputMode?: 'decimal' | 'numeric';
  multiline?: boolean;
  hint?: string;
  className?: string;
}

/** One labelled input of the model editor with its problems next to it. */
export function EditorField({ label, value, onChange, errors, inputMode, multiline, hint, className }: Props) {
  const id = useId();
  const errorId = `${id}-errors`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', errors.length > 0 ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`editor-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <span id={hintId} className="muted small">
          {hint}
        </span>
      )}
      {errors.length > 0 && (
        <span id={errorId} className="field-error">
          {errors.join('; ')}
        </span>
      )}
    </div>
  );
}
