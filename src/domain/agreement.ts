/**
 * Aftaler: concrete agreements that come out of the workshop (the facilitator's, stored in the setup document).
 * The five collaboration forms are ranked by commitment; all five are valuable.
 */
export const COLLABORATION_FORMS = ['videndele', 'samvirke', 'ressourceudveksle', 'samordne', 'samskabe'] as const;
export type CollaborationForm = (typeof COLLABORATION_FORMS)[number];

export const AGREEMENT_STATUSES = ['gennemfoert', 'i-gang', 'droppet'] as const;
/** Set at a follow-up meeting; null until then. */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export interface Agreement {
  id: string;
  what: string;
  organisationIds: string[];
  /** The coordinator (tovholder): one of the agreement's organisations. */
  coordinatorId: string;
  firstStep: string;
  /** `YYYY-MM-DD` or empty. */
  date: string;
  form: CollaborationForm;
  /** `YYYY-MM-DD` or empty. */
  followUpDate: string;
  /** The link it was made from, or null. */
  linkId: string | null;
  status: AgreementStatus | null;
  statusNote: string;
}
