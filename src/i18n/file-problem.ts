import type { Problem } from '../domain/result.ts';
import { da } from './da.ts';

/*
 * A refused workshop file in words a facilitator understands: what is wrong and where ("Organisation 3
 * (Netto) mangler en aktørtype."), from the place src/files/file-place.ts found (`place*` parameters).
 * The technical path (`field`) is not in the sentence; screens show it apart, as a detail.
 */

type Translate = (key: string, params?: Record<string, string | number>) => string;

function has(key: string): boolean {
  return key in da;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "workshop 2 i filen (Møde), organisation 3 (Netto)". */
function placeText(params: Record<string, string | number>, t: Translate): string {
  const kind = String(params.placeKind);
  const phase = typeof params.placeName === 'string' && has(`phase.${params.placeName}`) ? t(`phase.${params.placeName}`) : params.placeName;
  const owner = params.placeOwner ?? t('filePlace.unknownOrganisation');
  let where = t(`filePlace.${kind}`, { number: params.placeNumber ?? '?', owner, name: kind === 'timer' ? (phase ?? '?') : '' });
  if (kind !== 'timer' && typeof params.placeName === 'string') where += ` (${params.placeName})`;
  if (params.workshopNumber !== undefined) {
    const workshop = t('filePlace.inWorkshop', { number: params.workshopNumber });
    where = `${workshop}${typeof params.workshopTitle === 'string' ? ` (${params.workshopTitle})` : ''}, ${where}`;
  }
  return where;
}

/** The plain sentence for a file problem that carries its place, or null for one that does not. */
export function fileProblemSentence(problem: Problem, translate: Translate): string | null {
  const params = problem.params;
  if (!params || params.placeKind === undefined || !has(`fileProblem.${problem.code}`)) return null;
  const field = typeof params.placeField === 'string' ? params.placeField : undefined;
  const fieldKey = field === undefined ? undefined : has(`fileField.${field}.a`) ? field : 'other';
  const value = typeof params.value === 'string' && has(`value.${params.value}.name`) ? translate(`value.${params.value}.name`) : params.value;
  const fill = {
    ...params,
    ...(value === undefined ? {} : { value }),
    where: placeText(params, translate),
    fieldA: fieldKey ? translate(`fileField.${fieldKey}.a`, { key: field ?? '' }) : '',
    fieldThe: fieldKey ? translate(`fileField.${fieldKey}.the`, { key: field ?? '' }) : '',
  };
  const useWhole = fieldKey === undefined || problem.code === 'file-duplicate-id';
  return capitalise(translate(useWhole ? `fileProblem.${problem.code}.whole` : `fileProblem.${problem.code}`, fill));
}

/** The place in the file as the file names it (`workshops[0].organisations[2].actorType`), if the problem has one. */
export function fileProblemPath(problem: Problem): string | null {
  const field = problem.params?.field;
  return typeof field === 'string' && field !== '' ? field : null;
}

