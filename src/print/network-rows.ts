import type { NetworkComparison, NetworkMeasures } from '../domain/network-over-time.ts';
import { formatDecimal, formatList, formatNumber } from '../i18n/format.ts';
import { translate, type Language } from '../i18n/translate.ts';

/**
 * The measures of two meetings as the rows of one table, in words (pure: the screen and the PDF show
 * the same): a label, the value before, after, and the change. A measure that cannot be taken (density
 * with one organisation) reads "–".
 */
export interface MeasureRow {
  id: string;
  label: string;
  before: string;
  after: string;
  change: string;
  /** A row under a group heading (ties per actor type). */
  isSub?: boolean;
}

function signed(text: string, value: number): string {
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text.replace(/^-|^−/u, '')}`;
  return text;
}

export function measureRows(comparison: NetworkComparison, language: Language): MeasureRow[] {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const none = t('networkTime.notDefined');
  const b = comparison.before.measures;
  const a = comparison.after.measures;
  const count = (value: number) => formatNumber(value, language);
  const countChange = (before: number, after: number) => signed(formatNumber(Math.abs(after - before), language), after - before);
  const decimal = (value: number | null, digits: number) => (value === null ? none : formatDecimal(value, digits, language));
  const decimalChange = (before: number | null, after: number | null, digits: number) => {
    if (before === null || after === null) return none;
    const rounded = Number((after - before).toFixed(digits));
    return signed(formatDecimal(Math.abs(rounded), digits, language), rounded);
  };
  const percent = (value: number | null) => (value === null ? none : t('networkTime.percent', { value: Math.round(value * 100) }));
  const pointChange = (before: number | null, after: number | null) => {
    if (before === null || after === null) return none;
    const points = Math.round(after * 100) - Math.round(before * 100);
    return signed(t('networkTime.points', { value: Math.abs(points) }), points);
  };
  const names = (measures: NetworkMeasures) => (measures.withoutTies.length === 0 ? t('networkTime.none') : formatList(measures.withoutTies.map((actor) => actor.name), language));

  const rows: MeasureRow[] = [
    { id: 'organisations', label: t('networkTime.measure.organisations'), before: count(b.organisations), after: count(a.organisations), change: countChange(b.organisations, a.organisations) },
    { id: 'ties', label: t('networkTime.measure.ties'), before: count(b.ties), after: count(a.ties), change: countChange(b.ties, a.ties) },
    { id: 'density', label: t('networkTime.measure.density'), before: decimal(b.density, 2), after: decimal(a.density, 2), change: decimalChange(b.density, a.density, 2) },
    { id: 'average', label: t('networkTime.measure.average'), before: decimal(b.averageTies, 1), after: decimal(a.averageTies, 1), change: decimalChange(b.averageTies, a.averageTies, 1) },
    {
      id: 'cross-sector',
      label: t('networkTime.measure.crossSector'),
      before: percent(b.crossSectorShare),
      after: percent(a.crossSectorShare),
      change: pointChange(b.crossSectorShare, a.crossSectorShare),
    },
    { id: 'new', label: t('networkTime.measure.newTies'), before: '', after: count(comparison.newTies), change: '' },
    { id: 'kept', label: t('networkTime.measure.keptTies'), before: '', after: count(comparison.keptTies), change: '' },
    { id: 'ended', label: t('networkTime.measure.endedTies'), before: '', after: count(comparison.endedTies), change: '' },
    { id: 'by-type', label: t('networkTime.measure.byType'), before: '', after: '', change: '' },
  ];
  const types = [...new Set([...b.byActorType, ...a.byActorType].map((row) => row.actorType))];
  for (const actorType of types) {
    const before = b.byActorType.find((row) => row.actorType === actorType);
    const after = a.byActorType.find((row) => row.actorType === actorType);
    rows.push({
      id: `type-${actorType}`,
      label: t('networkTime.measure.typeRow', { type: t(`actor.${actorType}`), before: before?.organisations ?? 0, after: after?.organisations ?? 0 }),
      before: count(before?.ties ?? 0),
      after: count(after?.ties ?? 0),
      change: countChange(before?.ties ?? 0, after?.ties ?? 0),
      isSub: true,
    });
  }
  rows.push({ id: 'without-ties', label: t('networkTime.measure.withoutTies'), before: names(b), after: names(a), change: countChange(b.withoutTies.length, a.withoutTies.length) });
  return rows;
}
