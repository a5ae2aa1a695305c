import { ACTOR_TYPE_IDS, type ActorTypeId } from './actor-type.ts';
import { AGREEMENT_STATUSES, COLLABORATION_FORMS, type Agreement, type AgreementStatus, type CollaborationForm } from './agreement.ts';
import type { Organisation } from './organisation.ts';

/*
 * Opsamling: the whole workshop at a glance, as plain groupings the summary screen (and print) lay
 * out. Pure; names and texts are the caller's.
 */

export interface ActorTypeGroup {
  actorType: ActorTypeId;
  organisations: Organisation[];
}

/** The participants grouped by actor type, in the handbook's order of types; types nobody has are left out. */
export function participantsByActorType(organisations: readonly Organisation[]): ActorTypeGroup[] {
  return ACTOR_TYPE_IDS.map((actorType) => ({ actorType, organisations: organisations.filter((organisation) => organisation.actorType === actorType) })).filter(
    (group) => group.organisations.length > 0,
  );
}

export interface FormGroup {
  form: CollaborationForm;
  agreements: Agreement[];
}

/** The agreements grouped by collaboration form, in ladder order (videndele first); empty forms are left out. */
export function agreementsByForm(agreements: readonly Agreement[]): FormGroup[] {
  return COLLABORATION_FORMS.map((form) => ({ form, agreements: agreements.filter((agreement) => agreement.form === form) })).filter(
    (group) => group.agreements.length > 0,
  );
}

export interface FollowUpTally {
  total: number;
  byStatus: Record<AgreementStatus, number>;
  /** Agreements with no status yet. */
  notFollowedUp: number;
  /** Completed or in progress: what held. */
  held: number;
}

/** What held: how many agreements have each follow-up status, and how many have none yet. */
export function followUpTally(agreements: readonly Agreement[]): FollowUpTally {
  const byStatus = Object.fromEntries(AGREEMENT_STATUSES.map((status) => [status, 0])) as Record<AgreementStatus, number>;
  let notFollowedUp = 0;
  for (const agreement of agreements) {
    if (agreement.status === null) notFollowedUp += 1;
    else byStatus[agreement.status] += 1;
  }
  return { total: agreements.length, byStatus, notFollowedUp, held: byStatus.gennemfoert + byStatus['i-gang'] };
}

/** How many of the workshop's organisations take part in at least one agreement. */
export function organisationsInAgreements(organisations: readonly Organisation[], agreements: readonly Agreement[]): number {
  return organisations.filter((organisation) => agreements.some((agreement) => agreement.organisationIds.includes(organisation.id))).length;
}
