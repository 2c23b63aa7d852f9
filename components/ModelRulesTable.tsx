import { t } from '@/lib/i18n';
import { describeModel, type ScoringModel } from '@/lib/scoring';

/** The model as a table a sales manager can read: every rule, when it applies, its points. */
export function ModelRulesTable({ model }: { model: ScoringModel }) {
  return (
    <table className="rules">
      <caption>{t('modelRulesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('modelColSection')}</th>
          <th scope="col">{t('modelColRule')}</th>
          <th scope="col">{t('modelColCondition')}</th>
          <th scope="col">{t('modelColPoints')}</th>
          <th scope="col">{t('modelColNotes')}</th>
        </tr>
      </thead>
      <tbody>
        {describeModel(model).map((row) => (
          <tr key={`${row.section}:${row.ruleId}`}>
            <td>{row.section}</td>
            <td>{row.rule}</td>
            <td>{row.condition}</td>
            <td className="num">{row.points}</td>
            <td>{row.notes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
