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

/** Why two organisations match, in one sentence: both cards and what they share, or the pattern that fits. */
export function reasonText(match: Match, t: Translate, nameOf: (orgId: string) => string): string {
  const { reason } = match;
  if (reason.code === 'pattern') {
    const [first] = reason.patternIds;
    return first ? t(`collaboration.pattern.${first}.reason`, { from: nameOf(match.fromId), to: nameOf(match.toId) }) : '';
  }
  const { offer, need, words, kind } = reason;
  if (words.length > 0) return t('matches.reason.words', { offer, need, words: words.slice(0, 2).join(t('matches.reason.and')) });
  return t('matches.reason.kind', { offer, need, kind: kindName(kind ?? match.kind, t).toLocaleLowerCase('da') });
}
