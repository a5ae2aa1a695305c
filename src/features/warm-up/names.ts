import type { Organisation } from '../../domain/organisation.ts';
import type { Workshop } from '../../domain/workshop.ts';
import type { Language } from '../../i18n/translate.ts';
import { formatList } from '../../ui/format.ts';

/** "Café Nord, Ældresagen og Biblioteket" (or "… and …" in English). */
export function listNames(names: readonly string[], language: Language): string {
  return formatList(names, language);
}

/** The names of the organisations with these ids, in the order given; unknown ids are left out. */
export function organisationNames(organisations: readonly Organisation[], ids: readonly string[]): string[] {
  return ids.flatMap((id) => organisations.find((organisation) => organisation.id === id)?.name ?? []);
}

/** Every answer of the warm-up by its id, with the name of the organisation that gave it. */
export function answersById(workshop: Pick<Workshop, 'organisations' | 'warmUp'>): Map<string, { text: string; organisationName: string }> {
  const byId = new Map<string, { text: string; organisationName: string }>();
  for (const organisation of workshop.organisations) {
    for (const answer of workshop.warmUp.answers[organisation.id] ?? []) {
      byId.set(answer.id, { text: answer.text, organisationName: organisation.name });
    }
  }
  return byId;
}
