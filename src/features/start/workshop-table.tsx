import type { ReactNode } from 'react';
import type { WorkshopSummary } from '../../state/catalogue.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { formatDate, formatDateTime } from '../../ui/format.ts';

interface WorkshopTableProps {
  workshops: WorkshopSummary[];
  onOpen: (id: string) => void;
  onDuplicate: (workshop: WorkshopSummary) => void;
  onDelete: (workshop: WorkshopSummary) => void;
  /** More for the row's actions cell, from the app (the workshop's backup). */
  rowExtra?: (workshop: WorkshopSummary) => ReactNode;
}

export function WorkshopTable({ workshops, onOpen, onDuplicate, onDelete, rowExtra }: WorkshopTableProps) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  return (
    <table className="workshop-table">
      <caption className="visually-hidden">{t('start.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('start.column.title')}</th>
          <th scope="col">{t('start.column.date')}</th>
          <th scope="col">{t('start.column.organisations')}</th>
          <th scope="col">{t('start.column.changed')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('start.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {workshops.map((workshop) => (
          <tr key={workshop.id}>
            <th scope="row">
              <a href={`#/w/${workshop.id}`}>
                {workshop.title}
              </a>
            </th>
            <td>{workshop.date ? formatDate(workshop.date, language) : t('start.noDate')}</td>
            <td>{workshop.organisationCount}</td>
            <td>{formatDateTime(workshop.updatedAt, language)}</td>
            <td>
              <div className="row-actions">
              <button type="button" onClick={() => onOpen(workshop.id)} aria-label={t('start.openNamed', { title: workshop.title })}>
                {t('start.open')}
              </button>
              <button type="button" onClick={() => onDuplicate(workshop)} aria-label={t('start.duplicateNamed', { title: workshop.title })}>
                {t('start.duplicate')}
              </button>
              <button type="button" className="danger-quiet" onClick={() => onDelete(workshop)} aria-label={t('start.deleteNamed', { title: workshop.title })}>
                {t('start.delete')}
              </button>
              </div>
              {rowExtra?.(workshop)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
