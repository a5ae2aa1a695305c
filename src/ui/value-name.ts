import type { ValueInPlay } from '../domain/value.ts';
import type { Translate } from './app-context.tsx';

/** A value's name as the user sees it: core values from the catalogue, the others as typed. */
export function valueName(value: ValueInPlay, t: Translate): string {
  return value.kind === 'core' ? t(`value.${value.id}.name`) : value.name;
}
