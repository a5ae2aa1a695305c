/** Danish texts for Opsamling on screen as the summary PDF has it: open needs, key points, contacts (issue 18). */
export const summaryScreenDa = {
  'summary.openNeeds.title': 'Behov, ingen har svaret på endnu',
  'summary.openNeeds.intro': 'Kort fra "Det vil vi gerne styrkes i", som ingen forbindelse dækker. Dem kan I tage op næste gang.',
  'summary.openNeeds.none': 'Alle behov er dækket af en forbindelse.',
  'summary.openNeeds.noCards': 'Ingen organisation har skrevet et behov.',
  'summary.keyPoints.title': 'Pointer fra dialogen',
  'summary.keyPoints.none': 'Der er ikke skrevet nogen pointer. De skrives under Det fælles billede.',
  'summary.facilitator': 'Facilitator: {name}',
  'summary.contact': 'kontakt: {contact}',
  'print.summary.openNeeds': 'Behov, ingen har svaret på endnu',
  'print.summary.noOpenNeeds': 'Alle behov er dækket af en forbindelse.',
} as const;
