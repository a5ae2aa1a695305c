import type { matchesDa } from './matches.da.ts';

/** English texts for match suggestions, the jobs card kind and agreements made from links (same keys as `matches.da.ts`). */
export const matchesEn = {
  'collaboration.kind.job': 'Jobs, internships and leisure jobs',
  'collaboration.pattern.job-og-praktik.offer': 'Leisure jobs, internships or jobs for young people from the area',
  'collaboration.pattern.job-og-praktik.need': 'Leisure jobs and internships for the young people we work with',
  'collaboration.pattern.job-og-praktik.reason': '{from} may offer leisure jobs or internships to the young people {to} knows.',

  'matches.reason.words': '"{offer}" fits "{need}": both are about {words}.',
  'matches.reason.kind': '"{offer}" fits "{need}": both are about {kind}.',
  'matches.reason.and': ' and ',

  'matches.hint.get': 'Say briefly what they will do, so it follows "by". E.g. "lending us their meeting room on Tuesdays".',

  'matches.agreement.title': '{from} strengthens {to} by {text}',
  'matches.form.guessed': 'Suggested: {form}, because the link mentions "{word}". Choose another if it fits better.',
  'matches.form.rivals': 'The link could mean {forms}. Choose the one that fits.',
  'matches.form.or': ' or ',
  'matches.form.open': 'The link does not say clearly which form of collaboration this is. Choose the one that fits.',
} satisfies Record<keyof typeof matchesDa, string>;
