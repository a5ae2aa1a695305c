/** Danish texts for match suggestions, the jobs card kind and agreements made from links (issue 18). */
export const matchesDa = {
  'collaboration.kind.job': 'Job, praktik og fritidsjob',
  'collaboration.pattern.job-og-praktik.offer': 'Fritidsjob, praktik eller job til unge fra området',
  'collaboration.pattern.job-og-praktik.need': 'Fritidsjob og praktik til de unge, vi arbejder med',
  'collaboration.pattern.job-og-praktik.reason': '{from} kan måske tilbyde fritidsjob eller praktik til de unge, {to} kender.',

  'matches.reason.words': '"{offer}" passer til "{need}": begge handler om {words}.',
  'matches.reason.kind': '"{offer}" passer til "{need}": begge handler om {kind}.',
  'matches.reason.and': ' og ',

  'matches.hint.get': 'Skriv kort, hvad de gør, så det passer efter "ved at". Fx "låne os deres mødelokale om tirsdagen".',

  'matches.agreement.title': '{from} styrker {to} ved at {text}',
  'matches.form.guessed': 'Forslag: {form}, fordi forbindelsen nævner "{word}". Vælg en anden, hvis den passer bedre.',
  'matches.form.rivals': 'Forbindelsen kan pege på både {forms}. Vælg den, der passer.',
  'matches.form.or': ' og ',
  'matches.form.open': 'Forbindelsen siger ikke klart, hvilken samarbejdsform det er. Vælg den, der passer.',
} as const;
