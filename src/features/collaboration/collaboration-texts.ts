import type { Match } from '../../domain/matching.ts';
import type { CardKind } from '../../domain/offer-need.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import type { Translate } from '../../ui/app-context.tsx';
import { valueName } from '../../ui/value-name.ts';

/** The name of a card's kind ("Lokaler og udstyr"). */
export function kindName(kind: CardKind, t: Translate): string {
  return t(`collaboration.kind.${kind}`);
}

/** A value's name by id, or '' when it is no longer in play. */
export function valueNameById(valueId: string | null, values: readonly ValueInPlay[], t: Translate): string {
  const value = values.find((candidate) => candidate.id === valueId);
  return value ? valueName(value, t) : '';
}

/** Why two organisations match, as one or more plain sentences. */
export function reasonText(match: Match, t: Translate, nameOf: (orgId: string) => string, values: readonly ValueInPlay[]): string {
  const from = nameOf(match.fromId);
  const to = nameOf(match.toId);
  const { reason } = match;
  if (reason.code === 'pattern') return reason.patternIds.map((patternId) => t(`collaboration.pattern.${patternId}.reason`, { from, to })).join(' ');
  const sentences = [t('collaboration.reason.cards', { from, to, offer: reason.offer, need: reason.need, kind: kindName(reason.kind, t).toLocaleLowerCase() })];
  const value = valueNameById(reason.valueId, values, t);
  if (value !== '') sentences.push(t('collaboration.reason.cards.value', { value }));
  if (reason.words.length > 0) sentences.push(t('collaboration.reason.cards.words', { words: reason.words.join(', ') }));
  return sentences.join(' ');
}
