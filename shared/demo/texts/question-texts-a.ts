import type { QuestionTexts } from './question-texts-types';

/**
 * Comments and measures for the first half of the default template (participation to action
 * plan), written as a unit would write them: specific, no personal names.
 */
export const QUESTION_TEXTS_A: Readonly<Record<string, QuestionTexts>> = {
  'apt-minst-10': {
    ja: [
      'Elva APT under året med arbetsmiljö som fast punkt på dagordningen.',
      'APT varje månad utom juli; minnesanteckningar finns i enhetens Teams-kanal.',
    ],
    delvis: [
      'Åtta APT under året. Under sommaren och vid chefsbytet i höstas blev det uppehåll.',
      'Nio APT genomförda; ett ställdes in på grund av hög sjukfrånvaro i december.',
      'APT hålls varje månad men nattpersonalen har bara kunnat delta ungefär varannan gång.',
      'Vi har haft APT regelbundet men arbetsmiljö har inte funnits med som punkt varje gång.',
      'Sju APT under året eftersom två slogs ihop med planeringsdagar.',
      'Nio APT, men två av dem blev korta informationsmöten utan tid för arbetsmiljöfrågor.',
    ],
    nej: [
      'Bara sex APT genomförda. Schemat gör det svårt att samla personalgruppen.',
      'För få APT under året på grund av chefsbyte och vakanser.',
      'Verksamheten går dygnet runt och vi har inte hittat en mötesform som når alla.',
      'Fem APT under året. Resten ställdes in när bemanningen inte gick ihop.',
    ],
    vetej: ['Oklart hur många APT som hölls innan nuvarande chef tillträdde i maj.'],
    actions: [
      {
        text: 'Lägga in elva APT i årshjulet och boka tider för hela året redan i januari',
        responsible: 'Enhetschef',
      },
      {
        text: 'Erbjuda digitalt deltagande på APT så att nattpersonalen kan vara med',
        responsible: 'Enhetschef',
      },
      {
        text: 'Ha arbetsmiljö som stående punkt på dagordningen för varje APT',
        responsible: 'Enhetschef och skyddsombud',
      },
    ],
  },
  'medarbetare-medverkar': {
    ja: ['Medarbetarna deltog i skyddsronden och i arbetet med handlingsplanen på APT.'],
    delvis: [
      'Medarbetarna bjuds in men det är främst de som arbetar dagtid som deltar.',
      'Medverkan fungerar vid skyddsronder, men riskbedömningar görs oftast av chef och skyddsombud.',
      'Timvikarier och nattpersonal är svåra att få delaktiga.',
      'Medarbetarna har fått lämna synpunkter på handlingsplanen, men bara via mejl.',
    ],
    nej: ['Riskbedömningarna har i år gjorts av chefen ensam på grund av tidsbrist.'],
    actions: [
      {
        text: 'Bjuda in medarbetare från varje arbetslag till skyddsrond och riskbedömningar',
        responsible: 'Enhetschef och skyddsombud',
      },
      {
        text: 'Ta fram handlingsplanen i arbetsgrupper på APT i stället för att skicka ut den',
        responsible: 'Enhetschef',
      },
    ],
  },
  'skyddsombud-medverkar': {
    delvis: [
      'Skyddsombudet har deltagit i skyddsronden men inte i riskbedömningarna inför omorganisationen.',
      'Skyddsombudet var föräldraledigt från våren; en ersättare utsågs först i oktober.',
      'Skyddsombudet delar uppdraget med två andra enheter och har begränsat med tid.',
      'Skyddsombudet deltar när det går, men har inte fått schemalagd tid för uppdraget.',
    ],
    nej: [
      'Enheten saknar skyddsombud sedan förra skyddsombudet slutade. Val planeras på nästa APT.',
      'Inget lokalt skyddsombud; huvudskyddsombudet har inte hunnit delta i år.',
    ],
    actions: [
      {
        text: 'Genomföra val av nytt skyddsombud och boka grundutbildning',
        responsible: 'Enhetschef',
      },
      {
        text: 'Schemalägga fyra timmar i månaden för skyddsombudsuppdraget',
        responsible: 'Enhetschef',
      },
    ],
  },
  'arbetsmiljopolicy-kand': {
    ja: ['Policyn gicks igenom på APT i september och ingår i introduktionen.'],
    delvis: [
      'Policyn finns på intranätet men har inte gåtts igenom på APT på flera år.',
      'Cheferna känner till policyn, men flera nyanställda har inte fått den presenterad.',
      'Policyn ingår i introduktionen men är okänd för många av timvikarierna.',
    ],
    nej: ['Policyn har inte tagits upp på enheten under året.'],
    vetej: ['Vi vet inte om policyn har reviderats; den version vi hittar är flera år gammal.'],
    actions: [
      {
        text: 'Gå igenom arbetsmiljöpolicyn på APT och lägga in den i introduktionen',
        responsible: 'Enhetschef',
      },
    ],
  },
  'rutiner-latta-att-hitta': {
    delvis: [
      'Rutinerna finns på intranätet men är svåra att hitta, särskilt för vikarier.',
      'När vi testade på APT tog det lång tid att hitta rutinen för tillbudsrapportering.',
      'Rutinerna är omfattande och språket upplevs som krångligt.',
      'Pärmen på enheten är inte uppdaterad; de aktuella versionerna finns bara digitalt.',
      'Medarbetare utan egen dator har svårt att komma åt rutinerna.',
      'De centrala rutinerna är lätta att hitta, men enhetens egna ligger utspridda i olika mappar.',
    ],
    nej: [
      'Rutinerna ligger på flera olika ställen och ingen har överblick.',
      'Nattpersonalen hittar inte rutinerna utan att ringa chefen.',
    ],
    actions: [
      {
        text: 'Samla SAM-rutinerna på en sida på intranätet och sätta upp en QR-kod i personalrummet',
        responsible: 'Enhetschef',
      },
      {
        text: 'Testa på APT att alla hittar rutinen för tillbudsrapportering',
        responsible: 'Skyddsombud',
      },
      { text: 'Uppdatera rutinpärmen i personalrummet', responsible: 'Samordnare' },
    ],
  },
  'rutiner-vem-nar-hur': {
    delvis: [
      'Årshjulet finns men följdes bara delvis under hösten.',
      'Det är tydligt vad som ska göras men inte vem som ansvarar när chefen är borta.',
      'Årshjulet har inte uppdaterats efter att enheten slogs ihop med grannenheten.',
    ],
    nej: ['Enheten har inget eget årshjul för SAM; vi har utgått från förvaltningens.'],
    actions: [
      {
        text: 'Uppdatera enhetens årshjul för SAM med ansvariga och datum',
        responsible: 'Enhetschef',
      },
      {
        text: 'Utse ersättare för arbetsmiljöuppgifterna vid chefens frånvaro',
        responsible: 'Enhetschef',
      },
    ],
  },
  'uppgiftsfordelning-skriftlig': {
    delvis: [
      'Uppgiftsfördelningen är undertecknad men inte uppdaterad efter chefsbytet.',
      'Skriftlig fördelning finns men befogenheterna i lokalfrågor är otydliga.',
    ],
    nej: ['Ny chef sedan augusti; ny uppgiftsfördelning är ännu inte undertecknad.'],
    vetej: ['Oklart om uppgiftsfördelningen även omfattar den biträdande enhetschefen.'],
    actions: [
      {
        text: 'Underteckna ny uppgiftsfördelning efter chefsbytet',
        responsible: 'Verksamhetschef',
      },
      {
        text: 'Förtydliga befogenheter i lokalfrågor i uppgiftsfördelningen',
        responsible: 'Verksamhetschef',
      },
    ],
  },
  'chef-resurser-arbetsbelastning': {
    delvis: [
      'Befogenheter finns, men budgeten räcker inte för att ta in extra personal vid toppar.',
      'Vi kan omfördela arbetsuppgifter men vakanser har gjort att marginalerna är små.',
      'Resurserna räcker under normala perioder men inte vid sjukfrånvaro och under semestern.',
      'Ärendemängden per handläggare har legat över riktvärdet större delen av året.',
      'Rekryteringsläget gör att vakanser står obesatta i flera månader.',
      'Möjligheten finns att ta in vikarier, men det tar för lång tid innan de är på plats.',
    ],
    nej: [
      'Enheten har haft två vakanta tjänster hela året och mandat att tillsätta dem saknas.',
      'Chefen har över 40 medarbetare och hinner inte följa upp arbetsbelastningen för var och en.',
      'Befogenhet att ta in vikarier finns inte inom nuvarande budgetram.',
    ],
    actions: [
      {
        text: 'Ta fram underlag om ärendemängd och bemanning till verksamhetschefen inför budget',
        responsible: 'Enhetschef',
      },
      {
        text: 'Pröva en gemensam bemanningspool för korttidsfrånvaro med grannenheterna',
        responsible: 'Verksamhetschef',
      },
      {
        text: 'Utse en biträdande enhetschef för att minska antalet medarbetare per chef',
        responsible: 'Verksamhetschef',
      },
    ],
  },
  'chef-kunskaper-arbetsmiljo': {
    delvis: [
      'Chefen har gått grundutbildningen men inte fördjupningen i organisatorisk och social arbetsmiljö.',
      'Ny chef; utbildning i Bättre arbetsmiljö (BAM) är inbokad till våren.',
      'Kunskaperna om de nya föreskrifterna behöver uppdateras.',
    ],
    nej: ['Chefen har inte gått någon arbetsmiljöutbildning ännu.'],
    actions: [
      {
        text: 'Anmäla chef och skyddsombud till utbildningen Bättre arbetsmiljö (BAM)',
        responsible: 'Verksamhetschef',
      },
      {
        text: 'Gå igenom de nya föreskrifterna AFS 2023:1 och 2023:2 i ledningsgruppen',
        responsible: 'HR-konsult',
      },
    ],
  },
  'introduktion-arbetsmiljo': {
    delvis: [
      'Tillsvidareanställda får introduktion enligt checklista, men timvikarier får en kortare variant utan arbetsmiljödelen.',
      'Introduktionen fungerar men skyddsombudet är sällan med.',
      'Sommarvikarierna fick en gemensam introduktionsdag, men de som började senare fick bara det mest nödvändiga.',
      'Checklistan för introduktion är inte uppdaterad med rutinen för våld och hot.',
      'Introduktionen hänger på vilken kollega man går bredvid.',
    ],
    nej: ['Vi har ingen strukturerad introduktion; nyanställda går bredvid en kollega några pass.'],
    actions: [
      {
        text: 'Revidera introduktionschecklistan så att den även gäller timvikarier',
        responsible: 'Enhetschef',
      },
      { text: 'Utse en introduktionsansvarig för varje nyanställd', responsible: 'Samordnare' },
      {
        text: 'Låta skyddsombudet presentera arbetsmiljöarbetet vid varje introduktion',
        responsible: 'Skyddsombud',
      },
    ],
  },
  'skyddsrond-genomford': {
    ja: ['Fysisk skyddsrond i april och OSA-kartläggning i oktober tillsammans med skyddsombudet.'],
    delvis: [
      'Fysisk skyddsrond genomförd, men den organisatoriska och sociala delen har inte gjorts.',
      'Skyddsronden genomfördes utan skyddsombud eftersom uppdraget var vakant.',
      'Skyddsronden påbörjades men blev inte klar för alla lokaler.',
      'Skyddsrond gjord i huvudlokalen men inte i lokalerna där vi har träffar med brukare.',
    ],
    nej: [
      'Ingen skyddsrond i år på grund av chefsbyte och hög arbetsbelastning.',
      'Skyddsronden sköts upp i väntan på flytten till nya lokaler.',
    ],
    actions: [
      {
        text: 'Genomföra OSA-kartläggning med enkät och uppföljande APT',
        responsible: 'Enhetschef och skyddsombud',
      },
      {
        text: 'Boka fysisk skyddsrond med skyddsombud och fastighetsförvaltare',
        responsible: 'Enhetschef',
      },
    ],
  },
  'riskbedomning-vid-forandring': {
    delvis: [
      'Riskbedömning gjordes inför schemaändringen men inte inför bytet av verksamhetssystem.',
      'Riskbedömningar görs men dokumenteras inte alltid skriftligt.',
      'Skyddsombudet har inte alltid varit med när riskbedömningarna gjorts.',
    ],
    nej: [
      'Ingen riskbedömning gjordes inför omorganisationen i höstas.',
      'Förändringarna kom med kort varsel, utan tid för riskbedömning.',
    ],
    vetej: ['Oklart om det gjordes en riskbedömning inför flytten; den går inte att hitta.'],
    actions: [
      {
        text: 'Använda förvaltningens mall för riskbedömning vid alla förändringar och spara dem på ett ställe',
        responsible: 'Enhetschef',
      },
      {
        text: 'Riskbedöma införandet av det nya verksamhetssystemet tillsammans med skyddsombudet',
        responsible: 'Enhetschef och skyddsombud',
      },
    ],
  },
  'rapportera-tillbud-kant': {
    delvis: [
      'De flesta vet hur man rapporterar i KIA, men det är ovanligt att tillbud anmäls.',
      'Nyanställda och vikarier känner inte till KIA.',
      'Medarbetarna vet hur, men ser inte alltid nyttan med att rapportera riskobservationer.',
      'Många uppfattar att hot från brukare hör till jobbet och rapporterar inte.',
    ],
    nej: ['Rapporteringen har nästan upphört; bara två rapporter under hela året.'],
    actions: [
      {
        text: 'Ha KIA som stående punkt på APT med genomgång av rapporterade händelser',
        responsible: 'Enhetschef',
      },
      { text: 'Visa hur man rapporterar i KIA vid varje introduktion', responsible: 'Skyddsombud' },
    ],
  },
  'handelser-utreds': {
    delvis: [
      'Händelser utreds, men orsakerna sammanställs inte och återkopplas sällan till gruppen.',
      'Utredningarna blir ofta liggande när belastningen är hög.',
      'Allvarliga händelser utreds men mindre tillbud stängs utan analys.',
    ],
    nej: ['Det saknas tid och rutin för att utreda händelserna.'],
    actions: [
      {
        text: 'Avsätta tid varje månad för att utreda rapporterade händelser tillsammans med skyddsombudet',
        responsible: 'Enhetschef',
      },
    ],
  },
  'anmalan-arbetsmiljoverket': {
    delvis: [
      'Chefen vet, men ersättarna vid frånvaro är osäkra på vad som ska anmälas.',
      'Vi vet att det ska göras men är osäkra på vad som räknas som allvarligt tillbud.',
    ],
    nej: ['Nya chefer och samordnare känner inte till kravet.'],
    vetej: [
      'Frågan har inte diskuterats på enheten.',
      'Osäkert; inga sådana händelser har inträffat hos oss.',
    ],
    actions: [
      {
        text: 'Gå igenom anmälningsskyldigheten till Arbetsmiljöverket med chefer och samordnare',
        responsible: 'HR-konsult',
      },
    ],
  },
  'anmalan-forsakringskassan': {
    delvis: [
      'Anmälan görs men skyddsombudet blir sällan involverat.',
      'Anmälan görs ibland först när medarbetaren själv frågar efter den.',
    ],
    nej: ['Arbetsskadorna under året har inte anmälts till Försäkringskassan.'],
    vetej: [
      'Vi har inte haft några arbetsskador och vet inte hur det går till.',
      'Oklart vem som gör anmälan – chefen eller HR.',
    ],
    actions: [
      {
        text: 'Gå igenom rutinen för anmälan av arbetsskada tillsammans med skyddsombudet',
        responsible: 'Enhetschef',
      },
    ],
  },
  'sammanstallning-arbetsskador': {
    ja: ['Sammanställning per kvartal som presenteras på APT och i samverkansgruppen.'],
    delvis: [
      'Sammanställning görs en gång per år men används inte i arbetsmiljöarbetet.',
      'Vi tittar på enskilda händelser men gör ingen samlad bild.',
    ],
    nej: [
      'Ingen sammanställning görs. Vi vet inte hur den tas fram ur KIA.',
      'Har inte prioriterats under året.',
    ],
    vetej: [
      'Vet inte om sammanställningen görs centralt av HR.',
      'Oklart vem som ansvarar för att ta fram statistiken.',
      'Vet inte hur man tar ut statistik ur KIA.',
      'Frågan har inte varit uppe; chefen är ny sedan i höstas.',
    ],
    actions: [
      {
        text: 'Ta fram en sammanställning ur KIA varje kvartal och redovisa den på APT',
        responsible: 'Enhetschef',
      },
      { text: 'Utbilda chefer i statistikfunktionen i KIA', responsible: 'HR-konsult' },
    ],
  },
  'handlingsplan-finns': {
    delvis: [
      'Handlingsplan finns men saknar datum för när åtgärderna ska vara klara.',
      'Åtgärderna från skyddsronden är inte inlagda i handlingsplanen ännu.',
    ],
    nej: ['Åtgärderna har hanterats muntligt på APT utan skriftlig plan.'],
    actions: [
      {
        text: 'Föra in alla öppna åtgärder i handlingsplanen med ansvarig och datum',
        responsible: 'Enhetschef',
      },
    ],
  },
  'atgarder-kontrolleras': {
    delvis: [
      'Vi följer upp att åtgärderna är gjorda men inte alltid om de har fått effekt.',
      'Uppföljningen sker sporadiskt, när något uppmärksammas igen.',
      'Kontroll sker först vid nästa skyddsrond, vilket ibland är för sent.',
    ],
    nej: ['Ingen systematisk uppföljning av genomförda åtgärder.'],
    vetej: ['Oklart; tidigare chef ansvarade för uppföljningen.'],
    actions: [
      {
        text: 'Följa upp genomförda åtgärder och deras effekt på APT varje kvartal',
        responsible: 'Enhetschef och skyddsombud',
      },
    ],
  },
};
