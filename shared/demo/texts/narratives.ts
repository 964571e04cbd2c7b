import type { NarrativeGroup } from '../unit-kinds';

/** Sentences for a unit's year narrative and its own summary, by kind of unit. */
export interface NarrativePool {
  done: readonly string[];
  results: readonly string[];
  improvements: readonly string[];
  notDone: readonly string[];
  summary: readonly string[];
  goodExamples: readonly string[];
  challenges: readonly string[];
}

/** Fits every kind of unit; mixed with the kind's own sentences. */
export const COMMON_NARRATIVE: NarrativePool = {
  done: [
    'Fysisk skyddsrond genomförd tillsammans med skyddsombudet; de flesta bristerna åtgärdades under året.',
    'Enkät om den organisatoriska och sociala arbetsmiljön genomförd i oktober och resultatet gick igenom på APT.',
    'Handlingsplan utifrån medarbetarundersökningen togs fram tillsammans med arbetsgruppen.',
    'Månatliga avstämningar mellan chef och skyddsombud infördes.',
    'Arbetsmiljö har varit stående punkt på varje APT.',
    'Rutinen för tillbudsrapportering i KIA gicks igenom med hela personalgruppen.',
    'HLR-utbildning för nyanställda och de som inte hade aktuell utbildning.',
    'Introduktionschecklistan reviderades och innehåller nu arbetsmiljö, säkerhet och KIA.',
  ],
  results: [
    'Fler riskobservationer rapporteras, vilket ger ett bättre underlag för åtgärder.',
    'Medarbetarna upplever att arbetsmiljöfrågorna tas på större allvar.',
    'Fler medarbetare deltog i skyddsronden än föregående år.',
    'Nyanställda uppger i uppföljningssamtalen att introduktionen har blivit tydligare.',
    'Bättre resultat på frågorna om styrning i medarbetarundersökningen.',
  ],
  improvements: [
    'Fast dagordning för APT där arbetsmiljö alltid finns med.',
    'Snabbare återkoppling på rapporterade tillbud.',
    'Uppdaterad pärm med rutiner i personalrummet och samma rutiner samlade på intranätet.',
    'Gemensam planeringsdag med fokus på arbetsmiljö.',
    'Tydligare ansvarsfördelning mellan chef och samordnare.',
  ],
  notDone: [
    'OSA-kartläggningen blev inte av på grund av chefsbyte i augusti; den görs i vår.',
    'HLR-utbildningen sköts upp när utbildaren ställde in; ny tid är bokad.',
    'Extern handledning kom inte i gång eftersom upphandlingen drog ut på tiden.',
    'Översynen av schemat sköts upp till våren på grund av hög sjukfrånvaro under hösten.',
    'Larmövningen för kvälls- och nattpersonalen blev inte av; den planeras till första kvartalet.',
  ],
  summary: [
    'Arbetsmiljöarbetet har följt årshjulet i stort, med undantag för hösten då flera medarbetare var sjukskrivna.',
    'Samarbetet med skyddsombudet har fungerat väl och arbetsmiljöfrågorna har fått mer utrymme på APT.',
    'Året har präglats av vakanser och många nyanställda, vilket har ställt krav på introduktionen.',
  ],
  goodExamples: [
    'Skyddsombudet och chefen går igenom rapporterade händelser varje månad och återkopplar på APT.',
    'Medarbetarna har själva tagit fram en lathund för introduktion av vikarier.',
    'Tema på APT varje kvartal: våld och hot, kränkande särbehandling, första hjälpen, arbetsbelastning.',
  ],
  challenges: [
    'Att behålla erfarna medarbetare och få vikarier att stanna.',
    'Hög arbetsbelastning under semesterperioden.',
    'Att få tid för arbetsmiljöarbetet när verksamheten har hög belastning.',
  ],
};

export const NARRATIVES: Readonly<Record<NarrativeGroup, NarrativePool>> = {
  boende: {
    done: [
      'Nya personlarm installerade och larmövning genomförd för alla arbetslag.',
      'Riskbedömning av ensamarbete nattetid gjord och bemanningen justerad kvällstid.',
      'Utbildning i lågaffektivt bemötande för hela personalgruppen.',
      'Taklyftar installerade i fyra lägenheter efter förflyttningsbedömning.',
      'Förflyttningsutbildning med arbetsterapeut för alla som arbetar med omvårdnad.',
      'Genomförandeplanerna har kompletterats med bemötandestrategier för de boende som har utmanande beteende.',
    ],
    results: [
      'Färre tillbud med hot och våld under andra halvåret.',
      'Inga belastningsskador vid förflyttning sedan utbildningen.',
      'Medarbetarna upplever större trygghet vid ensamarbete enligt uppföljningen på APT.',
      'Sjukfrånvaron har minskat jämfört med föregående år.',
    ],
    improvements: [
      'Överlämningen mellan passen följer en gemensam mall, vilket har minskat missförstånd.',
      'Boendets gemensamma utrymmen har möblerats om för bättre överblick.',
      'Larmmottagningen på kvällar och helger är tydligt fördelad i schemat.',
    ],
    notDone: [
      'Ombyggnaden av personalrummet är försenad hos fastighetsägaren.',
      'Bytet av sängar utan höj- och sänkfunktion är inte klart; budget saknades.',
    ],
    summary: [
      'Fokus under året har varit våld och hot samt förflyttningar, där både rutiner och utbildning har förbättrats.',
      'Boendet har haft en stabil personalgrupp och en bra dialog med skyddsombudet.',
    ],
    goodExamples: [
      'Reflektionsmöte efter varje allvarlig händelse, där personalen tillsammans går igenom vad som kan göras annorlunda.',
      'Kvällspersonalen har fått ett eget forum för arbetsmiljöfrågor en gång i månaden.',
    ],
    challenges: [
      'Utagerande beteende hos några boende ställer höga krav på bemanning och kompetens.',
      'Ensamarbete nattetid på en av avdelningarna.',
      'Lokaler som inte är anpassade för verksamheten.',
    ],
  },
  hemtjanst: {
    done: [
      'Halkskydd och broddar köptes in till all personal inför vintern.',
      'Ny planering av körturer för att minska stressen mellan besöken.',
      'Rutin för kontroll av bilarna infördes och vinterdäck byttes i tid.',
      'Riskbedömning inför första hembesöket hos nya brukare infördes.',
      'Förflyttningsutbildning och genomgång av hjälpmedel i brukarnas hem.',
    ],
    results: [
      'Färre halkolyckor under vintern jämfört med året innan.',
      'Medarbetarna upplever att tiden mellan besöken räcker bättre.',
      'Brister i brukarnas bostäder upptäcks tidigare tack vare riskbedömningen vid första besöket.',
    ],
    improvements: [
      'Digital planering gör det lättare att se hela dagens körning och omfördela vid sjukfrånvaro.',
      'Varje arbetslag har en utsedd kontaktperson för arbetsmiljöfrågor.',
      'Bättre samarbete med arbetsterapeuterna kring hjälpmedel i brukarnas hem.',
    ],
    notDone: [
      'Bytet till elcyklar för sommarhalvåret blev inte av; upphandlingen är försenad.',
      'Riskbedömningen av ensamarbete kvällstid är inte klar för alla områden.',
    ],
    summary: [
      'Året har präglats av många nya brukare och hög sjukfrånvaro under vintern.',
      'Arbetet med trafiksäkerhet och halkskydd har gett färre olyckor.',
    ],
    goodExamples: [
      'Morgonmöte på tio minuter där dagens risker, till exempel halka eller nya brukare, tas upp.',
      'Erfarna medarbetare går med nyanställda de första två veckorna.',
    ],
    challenges: [
      'Tidspressen mellan besöken, särskilt vid sjukfrånvaro.',
      'Tunga förflyttningar i hem som saknar hjälpmedel.',
      'Halka och bilkörning vintertid.',
    ],
  },
  myndighet: {
    done: [
      'Ärendefördelningen ses över varje vecka på gruppmötet.',
      'Säkerhetsrutinen för hembesök och besöksrum reviderades; larmknapparna testas varje månad.',
      'Ljuddämpning installerades i kontorslandskapet och två nya tysta rum iordningställdes.',
      'Handledning i grupp en gång i månaden.',
      'Rutin för hot via telefon och mejl togs fram tillsammans med säkerhetssamordnaren.',
    ],
    results: [
      'Ärendemängden per handläggare har minskat något under hösten.',
      'Handläggarna upplever större trygghet vid besök efter att rutinen förtydligades.',
      'Bättre ljudmiljö och färre klagomål på störningar i kontorslandskapet.',
    ],
    improvements: [
      'Tydligare prioriteringsordning när ärendeinflödet är högt.',
      'Mentorskap för nyanställda socialsekreterare under första halvåret.',
      'Besöksrummen har fått nya larm och möblerats om så att utgången alltid är fri.',
    ],
    notDone: [
      'Översynen av jourtiderna är inte klar; frågan är lyft i samverkan.',
      'Byte av besöksrum till bottenplanet blev inte av på grund av lokalbrist.',
    ],
    summary: [
      'Hög arbetsbelastning och personalomsättning har präglat året, men sjukfrånvaron har minskat.',
      'Enheten har arbetat med säkerheten vid besök och hot på distans.',
    ],
    goodExamples: [
      'Ärendedragning i par för nya handläggare ger stöd och jämnare belastning.',
      'Veckovis avstämning av ärendebalans gör att överbelastning upptäcks tidigt.',
    ],
    challenges: [
      'Många ärenden per handläggare och svårigheter att rekrytera erfarna socialsekreterare.',
      'Hot och trakasserier via telefon och sociala medier.',
      'Ljudmiljön i kontorslandskapet.',
    ],
  },
  dagverksamhet: {
    done: [
      'Nya höj- och sänkbara arbetsbord i verkstaden.',
      'Riskbedömning av aktiviteter utanför lokalen, till exempel utflykter och arbete i parken.',
      'Kemikalieförteckningen uppdaterades och skyddsutrustningen kompletterades.',
      'Genomgång av säkerhetsrutiner och larm tillsammans med deltagarnas kontaktpersoner.',
    ],
    results: [
      'Färre belastningsbesvär bland personalen i verkstaden.',
      'Tydligare struktur på dagen ger färre konflikter i gruppen.',
    ],
    improvements: [
      'Varje aktivitet har en ansvarig och en riskbedömning i pärmen.',
      'Bättre förvaring av verktyg och kemikalier.',
    ],
    notDone: [
      'Ventilationen i snickeriet är inte åtgärdad; ärendet ligger hos fastighetsägaren.',
      'Utbildning i lågaffektivt bemötande för nyanställda sköts upp till våren.',
    ],
    summary: [
      'Verksamheten har fått nya deltagare med större behov av stöd, vilket har påverkat arbetsmiljön.',
      'Det fysiska arbetsmiljöarbetet i verkstaden har gett tydliga resultat.',
    ],
    goodExamples: [
      'Deltagarna är med i skyddsronden i verkstaden och har kommit med flera förbättringsförslag.',
    ],
    challenges: [
      'Lokalerna är trånga och ventilationen i snickeriet är bristfällig.',
      'Utmanande beteende hos några deltagare.',
    ],
  },
};

/** Used when a unit carried out everything it had planned. */
export const ALL_DONE = 'Alla planerade åtgärder genomfördes under året.';
