import type { AgreementStatus, CollaborationForm } from './agreement.ts';
import type { Bilingual, GuideSourceId } from './guide.ts';
import type { CoreValueId } from './value.ts';

/**
 * Short practice examples, retold in our words from the practice cases and the reports, for a group
 * that is stuck: one per value (Værdispillet) and one per collaboration form (Gør hinanden stærkere).
 * And, for the follow-up, what builds the trust to take an agreement one rung further up the ladder.
 */

export interface PracticeExample {
  /** Who and where, in a few words. */
  title: Bilingual;
  text: Bilingual;
  source: GuideSourceId;
}

export const VALUE_EXAMPLES: Record<CoreValueId, PracticeExample> = {
  'bredere-maalgruppe': {
    title: { da: 'Sundhedsplejen rykker ind i beboerhuset', en: 'Health visitors move into the residents’ house' },
    text: {
      da: 'Sundhedsplejersker i København havde svært ved at nå familier med få ressourcer. Sammen med helhedsplanen holder de nu en ugentlig formiddag for mødre i beboerhuset, med tolk. Helhedsplanen kender mødrene – sundhedsplejen når nu nogle, den ikke mødte før.',
      en: 'Health visitors in Copenhagen found it hard to reach families with few resources. With the housing-social plan they now hold a weekly morning for mothers in the residents’ house, with interpreters. The plan knows the mothers – the health visitors now reach people they did not meet before.',
    },
    source: 'cases',
  },
  'oeget-faglighed': {
    title: { da: 'Pigerne, der ikke kom i klubben', en: 'The girls who did not come to the club' },
    text: {
      da: 'En fritidsklub i Viborg fik ingen piger fra boligområdet, selv om de delte foldere ud. Først da en medarbejder gik hjem til familierne sammen med en kvinde fra området, som mødrene havde tillid til, forstod klubben, hvad der holdt pigerne væk. Den viden ændrede klubbens måde at arbejde på.',
      en: 'A youth club in Viborg got no girls from the estate, even after handing out leaflets. Only when a staff member visited the families together with a local woman the mothers trusted did the club understand what kept the girls away. That knowledge changed how the club works.',
    },
    source: 'cases',
  },
  'staerkere-samarbejdsgrundlag': {
    title: { da: 'Højskoledage for ældre', en: 'Folk high school days for older people' },
    text: {
      da: 'Et plejehjem, et medborgercenter og en helhedsplan på Frederiksberg laver hvert år fire dage med foredrag, sang og spisning for ældre. Fordi de lærte hinanden at kende, begyndte plejehjemmet siden at tage unge fra området i småjob – og de ringer til hinanden, når noget brænder på.',
      en: 'A care home, a community centre and a housing-social plan in Frederiksberg hold four days of talks, singing and meals for older people every year. Having got to know each other, the care home later began taking local young people into small jobs – and they call each other when something comes up.',
    },
    source: 'handbook',
  },
  'stoerre-socialt-ansvar': {
    title: { da: 'Entreprenører ansætter beboere', en: 'Contractors hire residents' },
    text: {
      da: 'Da et boligområde blev renoveret, aftalte boligselskaberne med elleve entreprenører, at beboere kunne få job, praktik eller fritidsjob på byggepladsen. Jobcentret og de boligsociale medarbejdere arrangerede korte kurser, så beboerne kunne leve op til kravene.',
      en: 'When an estate was renovated, the housing companies agreed with eleven contractors that residents could get jobs, placements or after-school jobs on the site. The job centre and the housing-social staff arranged short courses so residents could meet the requirements.',
    },
    source: 'cases',
  },
  'adgang-til-flere-ressourcer': {
    title: { da: 'Et fitnesscenter på torvet', en: 'A gym on the square' },
    text: {
      da: 'I Vollsmose gik kommunen, en fodboldklub og en ejendomsvirksomhed sammen om et fitnesscenter på det lokale torv, drevet som forening og åbent for alle beboere. Før havde hver boligafdeling sit eget lille rum med for få redskaber.',
      en: 'In Vollsmose the municipality, a football club and a property company joined forces on a gym on the local square, run as a club and open to all residents. Before, each block had its own small room with too little equipment.',
    },
    source: 'cases',
  },
};

export const FORM_EXAMPLES: Record<CollaborationForm, PracticeExample> = {
  videndele: {
    title: { da: 'To foreninger deler erfaringer', en: 'Two associations swap experience' },
    text: {
      da: 'To beboerdrevne foreninger mødes og fortæller hinanden, hvordan de får nye medlemmer. Ingen af dem ændrer deres arbejde, men begge går hjem med en idé. Eller: en kommunal familieindsats spørger helhedsplanen, hvilke familier i området den bør kende til.',
      en: 'Two resident-run associations meet and tell each other how they find new members. Neither changes its work, but both go home with an idea. Or: a municipal family service asks the housing-social plan which families in the area it should know about.',
    },
    source: 'network',
  },
  samvirke: {
    title: { da: 'To lektiecaféer deler målgruppen', en: 'Two homework cafés split the group' },
    text: {
      da: 'En frivillig organisation og medborgercentret havde begge lektiecafé. De aftalte, hvem der tager hvilke børn og unge, så de ikke konkurrerer. Helhedsplanen, som ikke selv laver noget for ældre, sender ældre beboere videre til plejehjemmets åbne tilbud.',
      en: 'A voluntary organisation and the community centre both ran a homework café. They agreed who serves which children and young people, so they do not compete. The housing-social plan, which does nothing for older people itself, refers older residents to the care home’s open activities.',
    },
    source: 'network',
  },
  ressourceudveksle: {
    title: { da: 'Æbler og lokaler', en: 'Apples and rooms' },
    text: {
      da: 'Det lokale supermarked giver æbler til beboernes sommerfest. En beboerforening låner et lokale i medborgercentret til sine møder. Ingen af delene kræver mange timer – men det gør en forskel for den, der får.',
      en: 'The local supermarket gives apples for the residents’ summer party. A residents’ association borrows a room in the community centre for its meetings. Neither takes many hours – but it makes a difference to whoever receives it.',
    },
    source: 'network',
  },
  samordne: {
    title: { da: 'En fælles gruppe om forældre', en: 'A joint group on parents' },
    text: {
      da: 'Skole, institutioner, boligselskab og helhedsplan sidder i én koordinationsgruppe om at støtte forældre. Hver gør sit, men de planlægger sammen mod samme mål. Et andet eksempel: kommunens kriminalforebyggende team holder oplæg på den lokale skoles forældremøde.',
      en: 'School, institutions, housing company and housing-social plan sit in one coordination group on supporting parents. Each does its own part, but they plan together towards one goal. Another example: the municipality’s crime-prevention team gives a talk at the local school’s parents’ evening.',
    },
    source: 'network',
  },
  samskabe: {
    title: { da: 'En ny idrætsklub på tværs af kvarterer', en: 'A new sports club across neighbourhoods' },
    text: {
      da: 'I Vejle byggede boligsociale medarbejdere, en kommunal indsats og frivillige fra en lille sportsklub en fælles klub for både lejere og ejere i bydelen. Den lille klub slap for at bære administrationen alene og fik bedre træningstider; bydelen fik noget, der samler.',
      en: 'In Vejle, housing-social staff, a municipal programme and volunteers from a small sports club built one shared club for both tenants and owners in the district. The small club no longer carried the paperwork alone and got better training times; the district got something that brings people together.',
    },
    source: 'cases',
  },
};

/**
 * What builds the trust to take an agreement in this form one rung up the ladder (for samskabe, the
 * top: what keeps it alive). The rungs are the five collaboration forms; none is worth less than another.
 */
export const TRUST_NEXT_STEP: Record<CollaborationForm, { text: Bilingual; source: GuideSourceId }> = {
  videndele: {
    text: {
      da: 'Samvirke – at henvise til hinanden – kræver, at I ved, hvad de andre kan, og hvad de ikke kan. Vær åbne om jeres egne begrænsninger, og hold det, I lover på møderne.',
      en: 'Samvirke – referring to each other – needs you to know what the others can do, and what they cannot. Be open about your own limits, and keep the promises you make at meetings.',
    },
    source: 'municipalities',
  },
  samvirke: {
    text: {
      da: 'At ressourceudveksle – låne og dele ting – kræver klare aftaler. Gør det tydeligt, hvem man spørger, og aftal på forhånd, hvordan tingene bruges og afleveres. Så opstår der ikke gnidninger.',
      en: 'Ressourceudveksle – lending and sharing things – needs clear arrangements. Make it clear whom to ask, and agree beforehand how things are used and returned. Then friction does not arise.',
    },
    source: 'centres',
  },
  ressourceudveksle: {
    text: {
      da: 'At samordne – løse en opgave sammen – kræver, at I er enige om, hvilket problem I vil løse og hvorfor, og at jeres ledere bakker op og giver tid.',
      en: 'Samordne – solving a task together – needs you to agree on which problem you want to solve and why, and your managers to back it and give time.',
    },
    source: 'centres',
  },
  samordne: {
    text: {
      da: 'At samskabe – lave noget nyt sammen – er krævende og usikkert, så det bygger på tillid: del både succeser og fejl, og stå sammen udadtil, når noget går galt.',
      en: 'Samskabe – creating something new together – is demanding and uncertain, so it rests on trust: share successes and mistakes alike, and stand together when something goes wrong.',
    },
    source: 'municipalities',
  },
  samskabe: {
    text: {
      da: 'I står på øverste trin. Hold samarbejdet friskt: inviter nye med, så I ikke kun ser verden på samme måde, og aftal tidligt, hvem der bærer det videre.',
      en: 'You are on the top rung. Keep the collaboration fresh: invite newcomers so you do not all see the world the same way, and agree early on who will carry it on.',
    },
    source: 'centres',
  },
};

/** A word for the follow-up, by how the agreement went. */
export const TRUST_BY_STATUS: Record<AgreementStatus, { text: Bilingual; source: GuideSourceId }> = {
  gennemfoert: {
    text: {
      da: 'Fejr det og fortæl om det. En fælles succes gør det lettere at tage et større skridt næste gang.',
      en: 'Celebrate it and tell people about it. A shared success makes a bigger step easier next time.',
    },
    source: 'centres',
  },
  'i-gang': {
    text: {
      da: 'Spørg tovholderen, hvad der skal til for at komme i mål, og sæt en ny dato.',
      en: 'Ask the coordinator what it takes to finish, and set a new date.',
    },
    source: 'cases',
  },
  droppet: {
    text: {
      da: 'Sig åbent, hvorfor det ikke blev til noget. Ærlighed om det, der ikke lykkedes, bevarer tilliden til næste gang.',
      en: 'Say openly why it did not happen. Honesty about what did not work keeps trust for next time.',
    },
    source: 'municipalities',
  },
};
