/** Problems that belong to a group of fields (a rule's conditions, the grade thresholds together). */
export function FieldErrors({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return <p className="field-error">{errors.join('; ')}</p>;
}
