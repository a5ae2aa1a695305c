/** Danish texts for when something fails: the app's error screen and a workshop that cannot be opened. `trouble.en.ts` has the same keys. */
export const troubleDa = {
  'trouble.title': 'Noget gik galt',
  'trouble.body': 'Værdispillet stødte på en fejl og kan ikke vise denne side. Det, I har lavet, bliver gemt på enheden undervejs. Gem det også som fil, før I går videre.',
  'trouble.openFailed.title': 'Workshoppen kunne ikke åbnes',
  'trouble.openFailed.damaged': 'Noget af det, der er gemt om workshoppen på denne enhed, er beskadiget og kan ikke læses.',
  'trouble.openFailed.storage': 'Browseren kunne ikke læse workshoppen fra enhedens lager.',
  'trouble.openFailed.content': 'Workshoppens indhold kunne ikke læses. Måske er noget i den skrevet af en anden udgave af appen.',
  'trouble.openFailed.rescue': 'Du kan gemme det, der stadig kan læses, som fil og hente filen ind igen senere, fx på en anden enhed.',
  'trouble.save.one': 'Gem det, der kan læses, som fil',
  'trouble.save.all': 'Gem alle workshops som fil',
  'trouble.saving': 'Læser det gemte …',
  'trouble.saved': 'Filen {file} er gemt i dine overførsler.',
  'trouble.saved.partial': 'Noget kunne ikke læses og er ikke med i filen.',
  'trouble.unreadable.one': 'Workshoppen kunne slet ikke læses, så der er ingen fil at gemme. Den er ikke slettet fra enheden.',
  'trouble.unreadable.all': 'Ingen workshops kunne læses, så der er ingen fil at gemme. Intet er slettet fra enheden.',
  'trouble.back': 'Tilbage til forsiden',
  'trouble.details': 'Teknisk beskrivelse (til den, der hjælper jer)',
} as const;
