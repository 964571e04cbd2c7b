import type { ActionIdea } from './question-texts-types';

/** A prioritised measure of last year, as followed up this year ("har hanterats Ja/Nej"). */
export interface FollowedUpPriority extends ActionIdea {
  handled: boolean;
  /** Why not, when not handled. */
  reason: string;
  /** Not handled: still going on (pågår) or given up for now (ej genomförd). */
  status: 'klar' | 'pagar' | 'ej_genomford';
}

interface LevelYearTexts {
  summary: readonly string[];
  goodExamples: readonly string[];
  challenges: readonly string[];
}

/** A section's or the administration's texts for the current and the previous follow-up year. */
export interface LevelTexts {
  current: LevelYearTexts & { priorities: readonly ActionIdea[] };
  previous: LevelYearTexts & { priorities: readonly FollowedUpPriority[] };
}

const done = (text: string, responsible: string): FollowedUpPriority => ({
  text,
  responsible,
  handled: true,
  reason: '',
  status: 'klar',
});
const notDone = (
  text: string,
  responsible: string,
  reason: string,
  status: 'pagar' | 'ej_genomford',
): FollowedUpPriority => ({ text, responsible, handled: false, reason, status });

/** The sections' summaries, in the spirit of the seed's "Verksamhet Barn 1" … pages. */
export const SECTION_TEXTS: Readonly<Record<string, LevelTexts>> = {
  'sof-barn': {
    current: {
      summary: [
        'Alla fem enheter har gjort den årliga uppföljningen tillsammans med skyddsombud och medarbetare.',
        'Arbetsbelastningen inom utredning har varit fortsatt hög, men ärendemängden per handläggare minskade under hösten när två vakanser tillsattes.',
        'HVB Lindgården har haft flera händelser med hot och våld; all personal har gått utbildning i lågaffektivt bemötande.',
        'Säkerhetsrutinen för hembesök och besöksrum har reviderats och övats.',
      ],
      goodExamples: [
        'Ärendedragning i par för nyanställda socialsekreterare ger stöd och jämnare belastning.',
        'Familjehemsenheten har gjort en egen kartläggning av den organisatoriska och sociala arbetsmiljön med stöd av företagshälsovården och tagit fram en handlingsplan tillsammans med medarbetarna.',
      ],
      challenges: [
        'Att rekrytera och behålla erfarna socialsekreterare.',
        'Hot och trakasserier via telefon och sociala medier mot handläggare.',
        'Ljudmiljön i kontorslandskapet på mottagningen.',
      ],
      priorities: [
        {
          text: 'Införa en gemensam modell för ärendefördelning och uppföljning av ärendemängd i utredningsgrupperna',
          responsible: 'Verksamhetschef',
        },
        {
          text: 'Revidera och öva säkerhetsrutinerna för hot på distans tillsammans med säkerhetssamordnaren',
          responsible: 'Verksamhetschef',
        },
        {
          text: 'Följa upp händelserna med våld på HVB Lindgården varje kvartal i ledningsgruppen',
          responsible: 'Verksamhetschef',
        },
      ],
    },
    previous: {
      summary: [
        'Verksamheten har haft hög personalomsättning inom utredning och många nyanställda.',
        'Fysiska skyddsronder har gjorts på alla enheter; den organisatoriska och sociala delen bara på två.',
        'Introduktionen av nyanställda har setts över på mottagningen.',
      ],
      goodExamples: [
        'Mottagningen har tagit fram en introduktionsplan med mentor för varje nyanställd.',
      ],
      challenges: [
        'Hög arbetsbelastning och ärendemängd inom utredning.',
        'Otydliga rutiner för hot via telefon och mejl.',
      ],
      priorities: [
        done(
          'Genomföra kartläggning av den organisatoriska och sociala arbetsmiljön på alla enheter',
          'Verksamhetschef',
        ),
        done('Ta fram en rutin för hot via telefon, mejl och sociala medier', 'Verksamhetschef'),
        notDone(
          'Se över bemanningen på HVB Lindgården kvällar och helger',
          'Verksamhetschef',
          'Budget saknades för utökad bemanning; frågan är lyft till förvaltningsledningen.',
          'ej_genomford',
        ),
      ],
    },
  },
  'sof-vuxen': {
    current: {
      summary: [
        'Försörjningsstödsenheterna har infört veckovis avstämning av ärendemängd, vilket har jämnat ut topparna i belastningen.',
        'Stödboendet Tallåsen har riskbedömt ensamarbetet kvällstid och infört trygghetslarm.',
        'Socialjouren har fått nya rutiner för larm och samverkan med polisen.',
      ],
      goodExamples: [
        'Beroendemottagningen har månatliga avstämningar mellan chef och skyddsombud där rapporterade händelser gås igenom.',
        'Gemensam planeringsdag för alla enheter med tema arbetsbelastning och återhämtning.',
      ],
      challenges: [
        'Ensamarbete kvällar och nätter på stödboendet och socialjouren.',
        'Hög personalomsättning inom försörjningsstöd.',
        'Hot i samband med beslut om avslag.',
      ],
      priorities: [
        {
          text: 'Genomföra skyddsronder med både fysisk och organisatorisk och social del på alla enheter',
          responsible: 'Verksamhetschef',
        },
        {
          text: 'Säkerställa att alla medarbetare känner till rutinerna för första hjälpen och krisstöd',
          responsible: 'Verksamhetschef',
        },
        {
          text: 'Utveckla arbetssätt för en jämn och rimlig arbetsbelastning för socialsekreterarna',
          responsible: 'Verksamhetschef',
        },
      ],
    },
    previous: {
      summary: [
        'Ett årshjul för SAM har tagits fram för alla enheter i verksamheten.',
        'Ergonom har gått igenom arbetsplatserna på försörjningsstöd och nya arbetsbord har köpts in.',
        'Skyddsronder genomfördes inte på två enheter på grund av chefsbyten.',
      ],
      goodExamples: ['Mentorer är utsedda för alla nyanställda inom försörjningsstöd.'],
      challenges: [
        'Skyddsronder har inte genomförts överallt på grund av omsättning på chefer.',
        'Rutinerna för första hjälpen och krisstöd är inte kända på alla enheter.',
      ],
      priorities: [
        done('Genomföra skyddsronder på alla enheter', 'Verksamhetschef'),
        done('Riskbedöma ensamarbetet på stödboendet kvällstid', 'Verksamhetschef'),
        notDone(
          'Ta fram en gemensam introduktion för nyanställda socialsekreterare',
          'Verksamhetschef',
          'Arbetet har påbörjats men är inte färdigställt; det slutförs under våren.',
          'pagar',
        ),
      ],
    },
  },
  'sof-aldre': {
    current: {
      summary: [
        'Förflyttningsutbildning har genomförts på båda boendena och i hemtjänsten, och belastningsskadorna har minskat.',
        'Hemtjänsten har köpt in broddar och infört en rutin för bilkontroll; halkolyckorna var färre än året innan men är fortfarande många.',
        'Vinterkräksjukan på Solgården ledde till att de basala hygienrutinerna gicks igenom på alla enheter.',
      ],
      goodExamples: [
        'Nattpatrullen har ett kort möte före överlämningen där nattens händelser och risker tas upp.',
        'Ekbacken har infört reflektionsmöten efter allvarliga händelser.',
      ],
      challenges: [
        'Tunga förflyttningar i hem som saknar hjälpmedel.',
        'Tidspress mellan besöken i hemtjänsten.',
        'Hög sjukfrånvaro under vintern.',
      ],
      priorities: [
        {
          text: 'Säkerställa hjälpmedel för förflyttning hos brukare i ordinärt boende tillsammans med arbetsterapeuterna',
          responsible: 'Verksamhetschef',
        },
        {
          text: 'Minska tidspressen i hemtjänsten genom en översyn av planering och restider',
          responsible: 'Verksamhetschef',
        },
        { text: 'HLR-utbildning för all personal på boendena', responsible: 'Verksamhetschef' },
      ],
    },
    previous: {
      summary: [
        'Flera belastningsskador vid förflyttningar på boendena.',
        'Hemtjänsten hade många halkolyckor under vintern.',
        'Nya taklyftar installerades på Ekbacken.',
      ],
      goodExamples: [
        'Hemtjänst Centrum har tagit fram en checklista för riskbedömning vid första hembesöket.',
      ],
      challenges: ['Belastningsskador vid förflyttning.', 'Halka vintertid.'],
      priorities: [
        done('Förflyttningsutbildning för all omvårdnadspersonal', 'Verksamhetschef'),
        done('Köpa in halkskydd till hemtjänstens personal', 'Verksamhetschef'),
        notDone(
          'Byta ut sängar utan höj- och sänkfunktion på Solgården',
          'Verksamhetschef',
          'Fastighetsägaren och hjälpmedelscentralen har inte kommit överens om finansieringen.',
          'ej_genomford',
        ),
      ],
    },
  },
  'sof-funktion': {
    current: {
      summary: [
        'Gruppbostäderna har arbetat med bemötandestrategier och genomförandeplaner för boende med utmanande beteende.',
        'Personlarmen har bytts ut på Björken och larmövningar har genomförts på alla boenden.',
        'Daglig verksamhet Verkstan har fått nya arbetsbord och en uppdaterad kemikalieförteckning.',
      ],
      goodExamples: [
        'Lärkan har ett eget forum för kvällspersonalen där arbetsmiljöfrågor tas upp varje månad.',
        'Personlig assistans har tagit fram en introduktionsfilm för nya assistenter.',
      ],
      challenges: [
        'Våld och hot från boende med utmanande beteende.',
        'Ensamarbete inom personlig assistans.',
        'Ventilationen i Verkstans snickeri.',
      ],
      priorities: [
        {
          text: 'Utbildning i lågaffektivt bemötande för nyanställda och vikarier',
          responsible: 'Verksamhetschef',
        },
        {
          text: 'Riskbedöma ensamarbetet inom personlig assistans',
          responsible: 'Verksamhetschef',
        },
        {
          text: 'Följa upp åtgärden av ventilationen i Verkstans snickeri med fastighetsägaren',
          responsible: 'Verksamhetschef',
        },
      ],
    },
    previous: {
      summary: [
        'Flera händelser med våld på gruppbostäderna.',
        'Personlarmen har haft dålig täckning i delar av Björken.',
        'Servicebostaden Hagaberg har fått ny chef.',
      ],
      goodExamples: ['Hagaberg har infört överlämning med en gemensam mall mellan passen.'],
      challenges: [
        'Larm som inte fungerar som de ska.',
        'Många vikarier som inte känner till säkerhetsrutinerna.',
      ],
      priorities: [
        done('Byta personlarm på Björken', 'Verksamhetschef'),
        done('Genomföra larmövning på alla boenden', 'Verksamhetschef'),
        done('Introduktion i säkerhetsrutinerna för alla vikarier', 'Verksamhetschef'),
      ],
    },
  },
  'sof-stod': {
    current: {
      summary: [
        'Biståndsenheten har infört ärendefördelning varje vecka, vilket ger handläggarna snabbare stöd.',
        'Familjerätten och enheten för våld i nära relationer har reviderat säkerhetsrutinerna för besök.',
        'Budget- och skuldrådgivningen har flyttat till lokaler med bättre besöksrum.',
      ],
      goodExamples: [
        'Enheten för våld i nära relationer har kollegial handledning varannan vecka.',
        'Boendestöd socialpsykiatri gör en riskbedömning inför varje nytt hembesök.',
      ],
      challenges: [
        'Psykiskt påfrestande ärenden inom våld i nära relationer.',
        'Hot mot handläggare i samband med beslut.',
        'Ljudmiljö och sekretess i kontorslandskapet på biståndsenheten.',
      ],
      priorities: [
        {
          text: 'Säkra extern handledning för alla enheter med psykiskt påfrestande arbete',
          responsible: 'Verksamhetschef',
        },
        { text: 'Förbättra ljudmiljön på biståndsenheten', responsible: 'Verksamhetschef' },
      ],
    },
    previous: {
      summary: [
        'Enheterna har haft hög arbetsbelastning och flera långa sjukskrivningar.',
        'Familjerätten genomförde en psykosocial skyddsrond med enkät som ledde till en handlingsplan.',
      ],
      goodExamples: ['Familjerättens psykosociala skyddsrond med enkät och åtgärder.'],
      challenges: [
        'Hög arbetsbelastning och sjukfrånvaro.',
        'Besöksrum som inte uppfyller säkerhetskraven.',
      ],
      priorities: [
        done('Se över säkerheten i besöksrummen', 'Verksamhetschef'),
        done('Införa ärendefördelning varje vecka på biståndsenheten', 'Verksamhetschef'),
        notDone(
          'Upphandla extern handledning',
          'Verksamhetschef',
          'Upphandlingen drog ut på tiden; avtal tecknas under våren.',
          'ej_genomford',
        ),
      ],
    },
  },
};

/** The administration's summary, overall priorities and action plan (the seed's last pages). */
export function administrationTexts(unitCount: number): LevelTexts {
  return {
    current: {
      summary: [
        `Samtliga ${unitCount} enheter har gjort den årliga uppföljningen tillsammans med medarbetare och skyddsombud, och alla verksamheter har sammanfattat och prioriterat.`,
        'Rutinerna är i stort kända, men kunskapen om rutinerna för första hjälpen och krisstöd och om sammanställning av arbetsskador och tillbud behöver stärkas.',
        'Arbetsbelastningen och antalet arbetsplatsträffar är de områden där flest enheter svarar Delvis eller Nej.',
        'Fler händelser rapporterades än året innan, främst tillbud, vilket tolkas som att rapporteringen har blivit bättre.',
        'Medarbetarundersökningen visar ett förbättrat HME, särskilt inom styrning.',
      ],
      goodExamples: [
        'Flera verksamheter har infört veckovis avstämning av arbetsbelastningen.',
        'Förflyttningsutbildningarna inom äldreomsorgen har minskat belastningsskadorna.',
        'Reflektionsmöten efter allvarliga händelser på boendena.',
      ],
      challenges: [
        'Rekrytering och personalomsättning inom myndighetsutövningen.',
        'Våld och hot inom HVB och funktionsstöd.',
        'Tidspress inom hemtjänsten.',
      ],
      priorities: [
        {
          text: 'Regelbunden avstämning i förvaltningsledningen av SAM-årshjulet och vad som ska göras varje månad',
          responsible: 'Socialdirektör',
        },
        {
          text: 'Kompetenshöjande insatser om rapportering och sammanställning av arbetsskador och tillbud',
          responsible: 'HR-chef',
        },
        {
          text: 'Följa upp rutinerna för hot och våld, första hjälpen, krisstöd och kränkande särbehandling på alla enheter',
          responsible: 'HR-chef',
        },
        {
          text: 'Fortsätta arbetet för en rimlig arbetsbelastning genom introduktion, ärendefördelning och bemanning',
          responsible: 'Socialdirektör',
        },
      ],
    },
    previous: {
      summary: [
        'Alla enheter gjorde den årliga uppföljningen, men flera saknade en skriftlig handlingsplan med ansvariga och datum.',
        'Rutinerna för det systematiska arbetsmiljöarbetet upplevs som svåra att hitta.',
        'Målen för den organisatoriska och sociala arbetsmiljön är inte kända av alla medarbetare.',
      ],
      goodExamples: [
        'Psykosocial skyddsrond med enkät på familjerätten.',
        'Gemensamt årshjul för SAM i alla verksamheter.',
      ],
      challenges: [
        'Hög arbetsbelastning inom myndighetsutövningen.',
        'Brister i rapporteringen av tillbud.',
      ],
      priorities: [
        done(
          'Anställa tillsvidare i stället för tidsbegränsat inom enheter med hög personalomsättning',
          'Socialdirektör',
        ),
        done('Säkerställa fortsatt arbete med årshjulet för SAM i alla verksamheter', 'HR-chef'),
        notDone(
          'Ta fram metoder för att involvera medarbetarna i arbetsmiljöarbetet, med stöd av goda exempel från verksamheterna',
          'HR-chef',
          'Arbetet har påbörjats men är inte färdigställt.',
          'pagar',
        ),
        done('Samla förvaltningens rutiner för arbetsmiljö på en sida på intranätet', 'HR-chef'),
        done(
          'Fortsätta arbetet mot otillbörlig påverkan och ta fram rutiner för detta',
          'Socialdirektör',
        ),
      ],
    },
  };
}
