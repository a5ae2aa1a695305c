import type { summaryScreenDa } from './summary-screen.da.ts';

/** English texts for Opsamling on screen as the summary PDF has it (same keys as `summary-screen.da.ts`). */
export const summaryScreenEn = {
  'summary.openNeeds.title': 'Needs nobody has answered yet',
  'summary.openNeeds.intro': 'Cards from "What we would like to be strengthened in" that no link covers. Take them up next time.',
  'summary.openNeeds.none': 'Every need is covered by a link.',
  'summary.openNeeds.noCards': 'No organisation has written a need.',
  'summary.keyPoints.title': 'Key points from the dialogue',
  'summary.keyPoints.none': 'No key points were written. They are written in The common picture.',
  'summary.facilitator': 'Facilitator: {name}',
  'summary.contact': 'contact: {contact}',
  'print.summary.openNeeds': 'Needs nobody has answered yet',
  'print.summary.noOpenNeeds': 'Every need is covered by a link.',
} satisfies Record<keyof typeof summaryScreenDa, string>;
