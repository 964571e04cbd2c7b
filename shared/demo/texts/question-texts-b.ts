import type { QuestionTexts } from './question-texts-types';

/**
 * Comments and measures for the second half of the default template (organisational and social
 * work environment to the yearly follow-up), written as a unit would write them.
 */
export const QUESTION_TEXTS_B: Readonly<Record<string, QuestionTexts>> = {
  'osa-mal-kant': {
    delvis: [
      'Målen är kända i ledningsgruppen men har inte brutits ner på enheten.',
      'Målen presenterades på APT i våras men få kan återge dem.',
      'Målen finns men känns abstrakta för medarbetarna.',
      'Målen är kända av dem som var med på planeringsdagen, inte av övriga.',
    ],
    nej: [
      'Enheten har inga kända mål för den organisatoriska och sociala arbetsmiljön.',
      'Målen har inte kommunicerats ut till enheten.',
    ],
    actions: [
      {
        text: 'Bryta ner förvaltningens OSA-mål till enhetens egna mål på en planeringsdag',
        responsible: 'Enhetschef',
      },
      { text: 'Ha OSA-målen som tema på APT i maj', responsible: 'Enhetschef' },
    ],
  },
  'arbetsuppgifter-och-prioriteringar': {
    delvis: [
      'Prioriteringsordningen är tydlig för myndighetsuppgifterna men inte för övriga uppdrag.',
      'Vid hög belastning är det otydligt vad som kan vänta.',
      'Nyanställda upplever otydlighet kring vem de vänder sig till när chefen inte är på plats.',
    ],
    nej: ['Det saknas en prioriteringsordning när tiden inte räcker.'],
    actions: [
      {
        text: 'Ta fram en prioriteringsordning för när tiden inte räcker och gå igenom den på APT',
        responsible: 'Enhetschef',
      },
    ],
  },
  'arbetsbelastning-hanteras': {
    delvis: [
      'Hög arbetsbelastning tas upp på APT men åtgärderna räcker inte till.',
      'Belastningen följs upp i medarbetarsamtalen men inte löpande.',
      'Arbetsbelastningen är ojämnt fördelad mellan medarbetarna.',
      'Hög personalomsättning gör att belastningen på de erfarna medarbetarna ökar.',
      'Vi har börjat med veckovisa avstämningar av ärendemängd men det är inte fullt infört.',
      'Belastningen uppmärksammas, men under semesterperioden fanns inga möjligheter att avlasta.',
    ],
    nej: [
      'Hög sjukfrånvaro och vakanser har gett en ohållbar arbetsbelastning under hösten.',
      'Medarbetarna upplever att det inte leder till något att ta upp arbetsbelastningen.',
      'Ärendebalansen har ökat hela året utan att något har gjorts.',
    ],
    vetej: ['Ingen uppföljning har gjorts, så vi vet inte.'],
    actions: [
      {
        text: 'Införa veckovis avstämning av ärendemängd i arbetsgruppen',
        responsible: 'Enhetschef',
      },
      {
        text: 'Kartlägga arbetsbelastningen med stöd av företagshälsovården',
        responsible: 'Enhetschef och HR-konsult',
      },
      { text: 'Se över fördelningen av brukare mellan arbetslagen', responsible: 'Samordnare' },
    ],
  },
  'psykiskt-pafrestande-arbete': {
    delvis: [
      'Extern handledning finns men var pausad halva året.',
      'Det kollegiala stödet fungerar bra, men formell handledning saknas för nyanställda.',
      'Avlastningssamtal efter svåra händelser blir inte alltid av.',
    ],
    nej: ['Handledning saknas sedan avtalet med handledaren löpte ut.'],
    actions: [
      { text: 'Upphandla extern handledning en gång i månaden', responsible: 'Verksamhetschef' },
      {
        text: 'Införa avlastningssamtal efter svåra händelser enligt förvaltningens rutin',
        responsible: 'Enhetschef',
      },
    ],
  },
  'arbetstid-halsa': {
    delvis: [
      'Delade turer och helgtjänstgöring sliter; en översyn av schemat pågår.',
      'Övertid följs upp varje kvartal men inte för varje medarbetare.',
      'Korta vilotider mellan kvällspass och morgonpass förekommer.',
    ],
    nej: ['Arbetstid och övertid följs inte upp.'],
    vetej: ['Vi har inte fått någon statistik över övertid.'],
    actions: [
      {
        text: 'Se över schemat tillsammans med medarbetarna för att minska delade turer',
        responsible: 'Enhetschef',
      },
      {
        text: 'Följa upp övertid och vilotid varje månad i samverkan med skyddsombudet',
        responsible: 'Enhetschef',
      },
    ],
  },
  'krankande-sarbehandling-rutin': {
    delvis: [
      'Rutinen finns men medarbetarna vet inte vem de ska vända sig till om det gäller chefen.',
      'Rutinen gicks igenom för två år sedan och behöver tas upp igen.',
      'Rutinen är känd av chefen men inte av alla medarbetare.',
    ],
    nej: ['Rutinen har inte gåtts igenom på enheten.'],
    actions: [
      {
        text: 'Gå igenom rutinen mot kränkande särbehandling på APT',
        responsible: 'Enhetschef',
      },
    ],
  },
  'arbetsanpassning-rutin': {
    delvis: [
      'Rutinen finns men används sällan; vi tar hjälp av HR vid behov.',
      'Rutinen är känd av chefen men inte av medarbetarna.',
    ],
    nej: ['Ingen känd rutin på enheten.'],
    vetej: ['Osäkert om förvaltningen har en egen rutin eller använder kommunens.'],
    actions: [
      { text: 'Informera om rutinen för arbetsanpassning på APT', responsible: 'HR-konsult' },
    ],
  },
  'arbetsanpassning-genomfors': {
    delvis: [
      'Anpassningar görs men dokumenteras och följs inte alltid upp.',
      'Det tar lång tid att få hjälpmedel på plats.',
    ],
    nej: ['Behoven fångas inte upp förrän medarbetaren redan är sjukskriven.'],
    actions: [
      {
        text: 'Följa upp pågående arbetsanpassningar i medarbetarsamtalen',
        responsible: 'Enhetschef',
      },
    ],
  },
  'vald-hot-sakerhetsrutiner': {
    delvis: [
      'Rutinerna finns men behöver revideras efter flytten.',
      'Vikarierna känner inte alltid till säkerhetsrutinerna.',
      'Rutinen för hembesök finns men följs inte konsekvent.',
    ],
    nej: ['Säkerhetsrutinen är inte uppdaterad och inte känd på enheten.'],
    actions: [
      {
        text: 'Revidera säkerhetsrutinen och gå igenom den med all personal',
        responsible: 'Enhetschef och skyddsombud',
      },
    ],
  },
  'larm-ovas': {
    delvis: [
      'Larm finns men har inte övats under året.',
      'Larmen testas, men det är otydligt vem som tar emot larmet på helger.',
      'Övning genomförd för dagpersonalen, inte för natten.',
    ],
    nej: [
      'Inga larmövningar har genomförts.',
      'Personlarmen fungerar dåligt i delar av huset och har inte bytts ut.',
    ],
    vetej: ['Oklart om larmen har testats sedan de installerades.'],
    actions: [
      {
        text: 'Genomföra larmövning för alla arbetslag två gånger per år',
        responsible: 'Samordnare',
      },
      { text: 'Byta ut personlarm med dålig täckning', responsible: 'Enhetschef' },
    ],
  },
  'vald-hot-utreds': {
    delvis: [
      'Allvarliga händelser utreds, men verbala hot rapporteras sällan.',
      'Utredning görs men återkopplas inte till arbetsgruppen.',
    ],
    nej: ['Händelserna dokumenteras i journalen men rapporteras inte i KIA.'],
    actions: [
      {
        text: 'Påminna om att även verbala hot ska rapporteras i KIA och återkoppla på APT',
        responsible: 'Enhetschef',
      },
    ],
  },
  'ensamarbete-riskbedomt': {
    delvis: [
      'Riskbedömning finns för kvällar men inte för helger.',
      'Ensamarbete förekommer vid hembesök; riskbedömning görs inte alltid före besöket.',
      'Riskbedömningen är gammal och behöver göras om.',
    ],
    nej: [
      'Ensamarbete nattetid är inte riskbedömt.',
      'Ingen riskbedömning av ensamarbete har gjorts.',
    ],
    actions: [
      {
        text: 'Riskbedöma ensamarbete på kvällar och helger',
        responsible: 'Enhetschef och skyddsombud',
      },
    ],
  },
  'ensamarbete-snabb-hjalp': {
    delvis: [
      'Mobiltäckningen är dålig i delar av området.',
      'Telefon finns, men inget trygghetslarm vid ensamarbete.',
    ],
    nej: ['Nattpersonalen kan inte snabbt få hjälp; närmaste kollega finns i en annan byggnad.'],
    actions: [
      {
        text: 'Införa trygghetslarm för medarbetare som arbetar ensamma',
        responsible: 'Enhetschef',
      },
    ],
  },
  'forsta-hjalpen-krisstod-rutin': {
    delvis: [
      'Rutinen för första hjälpen är känd men inte rutinen för krisstöd.',
      'Rutinerna finns men har inte gåtts igenom sedan förra året.',
      'Medarbetarna vet var förbandslådan finns men inte vem som kallar in krisstöd.',
    ],
    nej: [
      'Rutinen för krisstöd är inte känd på enheten.',
      'Rutinerna har inte gåtts igenom med personalen.',
    ],
    vetej: ['Vet inte om det finns en aktuell rutin för krisstöd.'],
    actions: [
      {
        text: 'Gå igenom rutinerna för första hjälpen och krisstöd på APT',
        responsible: 'Enhetschef',
      },
      {
        text: 'Sätta upp en lathund för krisstöd i personalrummet',
        responsible: 'Skyddsombud',
      },
    ],
  },
  'forsta-hjalpen-kunskaper': {
    delvis: [
      'HLR-utbildning genomförd för halva personalgruppen; resten planeras till våren.',
      'Kunskaperna är inte aktuella; senaste utbildningen var för tre år sedan.',
      'Hjärtstartare finns, men få vet hur den används.',
    ],
    nej: [
      'Ingen HLR-utbildning under året trots önskemål.',
      'Det saknas personal med utbildning i första hjälpen på kvällar och helger.',
    ],
    vetej: ['Oklart hur många som har aktuell HLR-utbildning.'],
    actions: [
      { text: 'Genomföra HLR-utbildning för all personal', responsible: 'Enhetschef' },
      { text: 'Ordna genomgång av hjärtstartaren för alla arbetslag', responsible: 'Samordnare' },
    ],
  },
  'alkohol-droger-rutin': {
    delvis: [
      'Rutinen är känd av chefen men har inte gåtts igenom med medarbetarna.',
      'Rutinen finns men det är oklart hur man ska agera som kollega.',
    ],
    nej: ['Rutinen har inte tagits upp på enheten.'],
    actions: [{ text: 'Ta upp rutinen för alkohol och droger på APT', responsible: 'Enhetschef' }],
  },
  'foretagshalsovard-anlitas': {
    delvis: [
      'Vi vet hur man beställer men använder den mest vid rehabilitering, inte förebyggande.',
      'Oklart vilka tjänster som ingår i avtalet.',
    ],
    nej: ['Företagshälsovården har inte använts under året.'],
    vetej: ['Ny chef som ännu inte har fått information om avtalet.'],
    actions: [
      {
        text: 'Bjuda in företagshälsovården till APT för att presentera avtalet',
        responsible: 'HR-konsult',
      },
    ],
  },
  'forra-arets-atgarder-uppfoljda': {
    delvis: [
      'De flesta åtgärderna är uppföljda, men två saknar förklaring.',
      'Uppföljningen gjordes men dokumenterades inte skriftligt.',
    ],
    nej: ['Förra årets handlingsplan gick inte att hitta efter chefsbytet.'],
    actions: [{ text: 'Följa upp handlingsplanen i juni och november', responsible: 'Enhetschef' }],
  },
  'arlig-uppfoljning-skriftlig': {
    delvis: [
      'Uppföljningen görs men skyddsombudet har inte kunnat delta.',
      'Uppföljningen gjordes av chef och skyddsombud; medarbetarna fick ta del av den i efterhand.',
    ],
    nej: ['Förra årets uppföljning lämnades aldrig vidare till nästa chefsnivå.'],
    actions: [
      {
        text: 'Planera den årliga uppföljningen på APT så att alla kan delta',
        responsible: 'Enhetschef och skyddsombud',
      },
    ],
  },
};
