/**
 * Standardmallen för den årliga uppföljningen av det systematiska arbetsmiljöarbetet (SAM).
 *
 * Frågorna bygger på AFS 2023:1 (Systematiskt arbetsmiljöarbete – grundläggande skyldigheter för dig
 * med arbetsgivaransvar) och AFS 2023:2 (Planering och organisering av arbetsmiljöarbete –
 * grundläggande skyldigheter för dig med arbetsgivaransvar), båda i kraft sedan 2025-01-01, samt
 * arbetsmiljölagen (AML, SFS 1977:1160) och socialförsäkringsbalken (SFS 2010:110). Frågor som finns
 * i kommunens egen checklista (sammanträdeshandling "06 Årlig uppföljning av systematiskt
 * arbetsmiljöarbete (SAM) 2023 SN") har seedens ordalydelse.
 *
 * Lagrumshänvisningarna är data, inte logik: en ny AFS-utgåva är en ändring här, inte i koden.
 *
 * KONTROLLERADE HÄNVISNINGAR (kontrollerade mot lagrad text; inget internet vid kontrollen)
 * - AFS 2023:1 5–16 §§ och bilaga 1: kontrollerade mot en lagrad kopia av Arbetsmiljöverkets sida
 *   "Systematiskt arbetsmiljöarbete – grundläggande skyldigheter för dig med arbetsgivaransvar
 *   (AFS 2023:1), föreskrifter – Arbetsmiljöverket",
 *   https://www.av.se/arbetsmiljoarbete-och-inspektioner/publikationer/foreskrifter/afs-20231/
 *   (kopian finns i det publika repot Adstedt/laglig_se, data/afs-2023-1.html och
 *   data/afs-review/AFS-2023-1.html). Rubrik per paragraf: 6 § Medverkan, 7 § Arbetsmiljöpolicy,
 *   8 § Rutiner, 9 § Uppgiftsfördelning, 10 § Arbetstagares kunskaper, 11 § Undersökning och
 *   riskbedömning, 12 § Utredning av ohälsa eller olycksfall och allvarliga tillbud, 13 § Åtgärder
 *   (skriftlig handlingsplan, genomförda åtgärder kontrolleras), 14 § Årlig uppföljning (skriftlig vid
 *   tio eller fler arbetstagare), 15 § Anlita företagshälsovård eller motsvarande.
 *   1–3 §§ stämmer dessutom med utdraget från av.se i sökverktygets lagrade sidor.
 * - AFS 2023:2, 2 kap. 4–11 §§, 3 kap. 4–7 §§, 4 kap. 4–6 §§, 5 kap. 3–8 §§, 6 kap. 3–7 §§: kontrollerade
 *   mot en strukturerad kopia av Arbetsmiljöverkets författningstext i samma repo
 *   (Adstedt/laglig_se, data/afs-review/AFS-2023-2.html; motsvarande kopia av AFS 2023:1 stämde
 *   ordagrant med av.se-sidan ovan). Kapitelindelningen (2 kap. OSA, 3 kap. arbetsanpassning,
 *   4 kap. första hjälpen och krisstöd, 5 kap. våld och hot om våld, 6 kap. ensamarbete) stämmer
 *   också med repots mappning från gamla AFS-nummer (scripts/seed-arbetsmiljo-template.ts).
 * - AML 3 kap. 2 a §: lagtexten återgiven på 666a.se och lagstiftning.github.io
 *   ("Chapter 3 Section 2a of the Swedish Work Environment Act", källa riksdagen.se).
 * - AML 3 kap. 3 a §: Arbetsmiljöverkets sida "Anmäl arbetsskada, dödsfall och allvarliga tillbud
 *   till Arbetsmiljöverket" (av.se) och lagtexten på 666a.se.
 * - AML 3 kap. 2 c §: hänvisas till i allmänna råd till AFS 2023:1 15 § (företagshälsovård).
 * - AML 6 kap. 4 §: hänvisas till i allmänna råd till AFS 2023:2 3 kap. 7 § som paragrafen om
 *   skyddsombudets uppgifter.
 * - Socialförsäkringsbalken 42 kap. 10 §: anmalarbetsskada.se/info/arbetsolycka (Försäkringskassans
 *   och Arbetsmiljöverkets gemensamma anmälningstjänst) och grona.org ("Olycksfall").
 *
 * HÄNVISNINGAR PÅ KAPITELNIVÅ
 * - Inga: alla paragrafnummer ovan har en källa. Där ett lagkrav saknas (antal APT, rutin för
 *   alkohol och droger) säger hjälptexten det, och hänvisningen gäller den allmänna skyldighet som
 *   frågan vilar på – inte ett särskilt krav på just det som frågan gäller.
 */
import type { LegalRef, Question, Template, TemplateSection } from '../schemas/template';

const afs1 = (section: string): LegalRef => ({ source: 'AFS 2023:1', section });
const afs2 = (section: string): LegalRef => ({ source: 'AFS 2023:2', section });
const aml = (section: string): LegalRef => ({ source: 'AML', section });
const sfb = (section: string): LegalRef => ({ source: 'Socialförsäkringsbalken', section });

const q = (id: string, text: string, help: string, legalRefs: LegalRef[]): Question => ({
  id,
  text,
  help,
  legalRefs,
  origin: 'standard',
});

export const DEFAULT_TEMPLATE_SECTIONS: TemplateSection[] = [
  {
    id: 'delaktighet',
    title: 'Delaktighet och samverkan',
    questions: [
      q(
        'apt-minst-10',
        'Minst 10 arbetsplatsträffar har genomförts på vår enhet under de senaste 12 månaderna.',
        'Räkna de arbetsplatsträffar (APT) som hållits de senaste 12 månaderna och där arbetsmiljön fanns med på dagordningen. Antalet 10 är kommunens egen nivå (ofta i samverkansavtalet), inte ett krav i föreskrifterna; lagkravet är att medarbetare och skyddsombud får möjlighet att medverka.',
        [afs1('6 §')],
      ),
      q(
        'medarbetare-medverkar',
        'Medarbetarna ges möjlighet att medverka i arbetsmiljöarbetet, till exempel i riskbedömningar, skyddsronder och handlingsplaner.',
        '"Ja" betyder att medarbetarna i praktiken bjuds in att delta, inte bara informeras i efterhand. Kontrollera i minnesanteckningar från APT, skyddsronder och riskbedömningar att medarbetare har deltagit och kunnat lämna synpunkter.',
        [afs1('6 §')],
      ),
      q(
        'skyddsombud-medverkar',
        'Skyddsombudet deltar i planering, skyddsronder, riskbedömningar och den årliga uppföljningen.',
        'Svara "Ja" om enheten har ett utsett skyddsombud (eller ett regionalt/huvudskyddsombud som täcker enheten) som faktiskt har deltagit under året. Saknas skyddsombud, svara "Nej" och beskriv hur frågan ska lösas.',
        [afs1('6 §'), aml('6 kap. 4 §')],
      ),
    ],
  },
  {
    id: 'policy-och-rutiner',
    title: 'Arbetsmiljöpolicy och rutiner',
    questions: [
      q(
        'arbetsmiljopolicy-kand',
        'Arbetsmiljöpolicyn är känd av chefer och medarbetare på enheten.',
        'Policyn beskriver hur arbetsmiljön ska vara i verksamheten och ska vara skriftlig när det finns tio eller fler arbetstagare. "Ja" betyder att policyn har gåtts igenom på enheten, till exempel på APT eller vid introduktion, och att medarbetarna vet var den finns.',
        [afs1('7 §')],
      ),
      q(
        'rutiner-latta-att-hitta',
        'Verksamhetens rutiner för det systematiska arbetsmiljöarbetet är lättillgängliga och lätta att förstå.',
        '"Ja" betyder att chefer och medarbetare hittar rutinerna utan hjälp (till exempel på intranätet eller i en pärm på arbetsplatsen) och förstår vad de ska göra. Pröva gärna genom att be någon på APT hitta rutinen för tillbudsrapportering.',
        [afs1('8 §')],
      ),
      q(
        'rutiner-vem-nar-hur',
        'Det framgår av rutinerna och enhetens årshjul när och hur arbetsmiljöarbetet ska göras, vem som ser till att det görs och vilka som ska medverka.',
        'Rutinerna ska ange när och hur, vem som ansvarar och vilka som medverkar, och vara skriftliga när det finns tio eller fler arbetstagare. Kontrollera att årshjulet för SAM (skyddsronder, riskbedömningar, medarbetarundersökning, årlig uppföljning) är planerat och följs.',
        [afs1('8 §'), afs1('5 §')],
      ),
    ],
  },
  {
    id: 'uppgiftsfordelning-och-kunskaper',
    title: 'Uppgiftsfördelning och kunskaper',
    questions: [
      q(
        'uppgiftsfordelning-skriftlig',
        'Fördelningen av arbetsmiljöuppgifter till enhetens chef är skriftlig, och chefen har tagit emot och förstått uppgifterna.',
        'Uppgiftsfördelningen ska vara skriftlig när det finns tio eller fler arbetstagare. "Ja" betyder att det finns en undertecknad och aktuell fördelning (även efter chefsbyte) och att chefen vet vilka uppgifter, befogenheter och resurser som följer med.',
        [afs1('9 §')],
      ),
      q(
        'chef-resurser-arbetsbelastning',
        'Du som chef (som har tilldelats arbetsmiljöuppgifter) har också tillräckliga resurser och befogenheter för att förebygga och hantera ohälsosam arbetsbelastning.',
        '"Ja" betyder att du i praktiken kan fatta beslut och vidta åtgärder, till exempel omprioritera, ta in vikarie eller ändra arbetssätt, när arbetsbelastningen blir för hög. Räcker inte befogenheterna eller resurserna ska du kunna vända dig till din chef och begära förändring eller returnera uppgiften.',
        [afs1('9 §'), afs2('2 kap. 4 §'), afs2('2 kap. 6 §')],
      ),
      q(
        'chef-kunskaper-arbetsmiljo',
        'Chefen har tillräckliga kunskaper om arbetsmiljöregler, risker och åtgärder för att kunna utföra sina arbetsmiljöuppgifter.',
        'Kunskaperna ska omfatta reglerna, fysiska, organisatoriska och sociala risker och hur de förebyggs, samt hur man förebygger och hanterar ohälsosam arbetsbelastning och kränkande särbehandling. Kontrollera till exempel att chefen har gått kommunens arbetsmiljöutbildning, gärna tillsammans med skyddsombudet.',
        [afs1('9 §'), afs2('2 kap. 4 §')],
      ),
      q(
        'introduktion-arbetsmiljo',
        'Nyanställda, vikarier och inhyrda får en introduktion som tar upp arbetsmiljöarbetet, riskerna i arbetet och vem de kan vända sig till.',
        '"Ja" betyder att introduktionen följer en plan eller checklista där arbetsmiljö, säkerhetsrutiner och kontaktvägar ingår. Om det finns allvarliga risker i arbetet ska det också finnas skriftliga instruktioner som är aktuella och anpassade till medarbetarna.',
        [afs1('10 §')],
      ),
    ],
  },
  {
    id: 'undersokning-och-riskbedomning',
    title: 'Undersökning och riskbedömning',
    questions: [
      q(
        'skyddsrond-genomford',
        'Skyddsronder eller motsvarande undersökningar av både den fysiska och den organisatoriska och sociala arbetsmiljön har genomförts under året tillsammans med skyddsombud.',
        'Arbetsmiljön ska undersökas regelbundet, till exempel genom planerade skyddsronder, enkäter, medarbetarundersökning eller samtal på APT. "Ja" betyder att båda delarna är undersökta under året och att riskerna är bedömda och dokumenterade skriftligt.',
        [afs1('11 §'), afs1('5 §')],
      ),
      q(
        'riskbedomning-vid-forandring',
        'Inför förändringar i verksamheten görs en skriftlig riskbedömning tillsammans med medarbetare och skyddsombud.',
        'Exempel på förändringar är omorganisation, nya lokaler, nya arbetssätt eller system och neddragningar. "Ja" betyder att riskbedömningen görs innan beslutet genomförs och att det framgår vilka riskerna är och om de är allvarliga.',
        [afs1('11 §'), afs1('6 §')],
      ),
    ],
  },
  {
    id: 'ohalsa-olycksfall-och-tillbud',
    title: 'Ohälsa, olycksfall och tillbud',
    questions: [
      q(
        'rapportera-tillbud-kant',
        'Medarbetarna vet hur och varför tillbud, olycksfall och riskobservationer ska rapporteras.',
        '"Ja" betyder att medarbetarna känner till rapporteringssystemet (till exempel KIA) och förstår att rapporterna används för att förebygga, inte för att leta skyldiga. Få eller inga rapporter på en enhet med kända risker kan vara ett tecken på att rutinen inte är känd.',
        [afs1('12 §'), afs1('8 §')],
      ),
      q(
        'handelser-utreds',
        'Ohälsa, olycksfall och allvarliga tillbud som har samband med arbetet utreds, och orsakerna används för att förebygga nya händelser.',
        'Utredningen ska klarlägga bakomliggande orsaker i arbetsmiljön, inte skuldfrågan, och leda till åtgärder. Kontrollera att årets rapporterade händelser har en utredning och vid behov en åtgärd i handlingsplanen.',
        [afs1('12 §'), aml('3 kap. 2 a §')],
      ),
      q(
        'anmalan-arbetsmiljoverket',
        'Vi vet att dödsfall, svåra personskador, skador som drabbat flera samtidigt och allvarliga tillbud ska anmälas till Arbetsmiljöverket utan dröjsmål.',
        'Utan dröjsmål betyder helst samma dag; anmälan görs via anmalarbetsskada.se. "Ja" betyder att chefen vet vilka händelser som omfattas och hur anmälan görs, även när chefen inte är på plats.',
        [aml('3 kap. 3 a §')],
      ),
      q(
        'anmalan-forsakringskassan',
        'Arbetsskador anmäls till Försäkringskassan i samråd med skyddsombudet och den som skadats.',
        'Arbetsolycksfall, färdolycksfall och arbetssjukdomar anmäls till Försäkringskassan, och skyddsombudet och den skadade ska få en kopia av anmälan. Kontrollera att årets arbetsskador är anmälda.',
        [sfb('42 kap. 10 §')],
      ),
      q(
        'sammanstallning-arbetsskador',
        'Vi gör sammanställningar över arbetsskador och tillbud.',
        '"Ja" betyder att enheten minst en gång om året sammanställer rapporterade tillbud, olycksfall och arbetssjukdomar (till exempel per typ, orsak och plats) och går igenom resultatet på APT. Sammanställningen är ett underlag för riskbedömningen och den årliga uppföljningen.',
        [afs1('11 §'), afs1('12 §')],
      ),
    ],
  },
  {
    id: 'atgarder-och-handlingsplan',
    title: 'Åtgärder och handlingsplan',
    questions: [
      q(
        'handlingsplan-finns',
        'Åtgärder som inte genomförs direkt förs in i en skriftlig handlingsplan som anger vad som ska göras, vem som ansvarar och när det ska vara klart.',
        'Handlingsplanen ska omfatta de risker som kommit fram vid skyddsronder, riskbedömningar, utredningar och medarbetarundersökningen. Risker som enheten inte själv kan åtgärda förs vidare till närmast högre chef.',
        [afs1('13 §'), aml('3 kap. 2 a §')],
      ),
      q(
        'atgarder-kontrolleras',
        'Genomförda åtgärder kontrolleras så att de har fått avsedd effekt och inte skapat nya risker.',
        '"Ja" betyder att det i handlingsplanen framgår när och hur varje genomförd åtgärd har kontrollerats. Om kontrollen visar att åtgärden inte räckte ska en ny eller kompletterande åtgärd planeras.',
        [afs1('13 §')],
      ),
    ],
  },
  {
    id: 'organisatorisk-och-social-arbetsmiljo',
    title: 'Organisatorisk och social arbetsmiljö',
    questions: [
      q(
        'osa-mal-kant',
        'Det aktuella målet för den organisatoriska och sociala arbetsmiljön är känt på enheten.',
        'Arbetsgivaren ska ha skriftliga mål för den organisatoriska och sociala arbetsmiljön, ge medarbetarna möjlighet att medverka när de tas fram och se till att de känner till dem. "Ja" betyder att målet har gåtts igenom på enheten och att medarbetarna kan beskriva vad det innebär för dem.',
        [afs2('2 kap. 5 §')],
      ),
      q(
        'arbetsuppgifter-och-prioriteringar',
        'Medarbetarna vet vilka arbetsuppgifter de ska utföra, vad som ska prioriteras när tiden inte räcker och vem de kan vända sig till för stöd.',
        'Kontrollera att uppdrag, förväntade resultat, prioriteringsordning och befogenheter är tydliggjorda, till exempel i uppdragsbeskrivningar, på APT eller i medarbetarsamtal. Resultaten i medarbetarundersökningen om mål och förväntningar kan ge stöd för svaret.',
        [afs2('2 kap. 7 §')],
      ),
      q(
        'arbetsbelastning-hanteras',
        'Tecken på ohälsosam arbetsbelastning uppmärksammas och åtgärdas, och medarbetarna kan ta upp hög arbetsbelastning med chefen.',
        'Ohälsosam arbetsbelastning är när kraven i arbetet mer än tillfälligt överskrider resurserna. "Ja" betyder att arbetsbelastningen följs upp regelbundet (till exempel på APT, i medarbetarsamtal eller via sjukfrånvaro) och att det finns exempel på åtgärder när den varit för hög.',
        [afs2('2 kap. 6 §')],
      ),
      q(
        'psykiskt-pafrestande-arbete',
        'Vid arbetsuppgifter som är starkt psykiskt påfrestande finns stöd, till exempel handledning, kollegialt stöd och rutiner för krävande situationer.',
        'Exempel på sådant arbete är att möta människor i svåra eller traumatiska situationer och att fatta svåra beslut under press. Kontrollera att stödet faktiskt används och räcker till alla som behöver det.',
        [afs2('2 kap. 8 §')],
      ),
      q(
        'arbetstid-halsa',
        'Arbetstidens förläggning följs upp så att den inte leder till ohälsa.',
        'Var särskilt uppmärksam på kvälls- och nattarbete, jour och beredskap, delade pass, mycket övertid och förväntningar på att alltid vara nåbar. "Ja" betyder att scheman och övertid följs upp och att det finns möjlighet till återhämtning.',
        [afs2('2 kap. 9 §')],
      ),
      q(
        'krankande-sarbehandling-rutin',
        'Vi känner till och tillämpar rutiner för kränkande särbehandling.',
        'Arbetsgivaren ska klargöra att kränkande särbehandling inte accepteras och ha rutiner som anger vem som tar emot information, vad mottagaren ska göra och var den som är utsatt snabbt kan få hjälp. "Ja" betyder att rutinen har gåtts igenom med alla medarbetare och har använts när det behövts.',
        [afs2('2 kap. 10 §'), afs2('2 kap. 11 §')],
      ),
    ],
  },
  {
    id: 'arbetsanpassning',
    title: 'Arbetsanpassning',
    questions: [
      q(
        'arbetsanpassning-rutin',
        'Det finns en känd rutin för hur behov av arbetsanpassning tas emot och hanteras.',
        'Rutinen ska ange vem som tar emot informationen, vad mottagaren ska göra och hur informationen hanteras, och vara skriftlig när det finns tio eller fler arbetstagare. "Ja" betyder att medarbetarna vet vart de vänder sig.',
        [afs2('3 kap. 5 §')],
      ),
      q(
        'arbetsanpassning-genomfors',
        'Behov av arbetsanpassning fångas upp tidigt, och anpassningar utreds, genomförs och följs upp tillsammans med medarbetaren.',
        'Chefen ska fortlöpande ta reda på om någon behöver arbetsanpassning, till exempel i medarbetarsamtal, och ge den berörda möjlighet att medverka. Kontrollera att pågående anpassningar följs upp och justeras vid behov.',
        [afs2('3 kap. 4 §'), afs2('3 kap. 6 §'), afs2('3 kap. 7 §'), aml('3 kap. 2 a §')],
      ),
    ],
  },
  {
    id: 'vald-och-hot',
    title: 'Våld och hot',
    questions: [
      q(
        'vald-hot-sakerhetsrutiner',
        'Det finns aktuella säkerhetsrutiner för arbete där det kan finnas risk för våld eller hot om våld, och berörda medarbetare känner till dem.',
        'Säkerhetsrutinerna ska följas upp och uppdateras när något ändras. "Ja" betyder att rutinerna har setts över under året och gåtts igenom med medarbetarna, även hot som kommer via telefon, e-post eller sociala medier.',
        [afs2('5 kap. 3 §'), afs2('5 kap. 4 §')],
      ),
      q(
        'larm-ovas',
        'Där det behövs finns larm och rutiner för vem som tar emot larmet, och säkerhetsrutiner och larm övas regelbundet.',
        'Kontrollera att larmutrustningen sköts och provas, att det är klart vem som tar emot larm och vad som då ska göras, och när ni senast övade. Lokalernas placering och utformning ska också bidra till att förebygga våld och hot.',
        [afs2('5 kap. 5 §'), afs2('5 kap. 6 §')],
      ),
      q(
        'vald-hot-utreds',
        'Händelser och tillbud med våld eller hot om våld rapporteras, utreds och dokumenteras.',
        '"Ja" betyder att varje händelse har rapporterats och utretts och att den som drabbats har fått stöd. Om återkommande våld eller hot förekommer i arbetet ska medarbetarna få särskilt stöd och handledning.',
        [afs2('5 kap. 8 §'), afs2('5 kap. 4 §')],
      ),
    ],
  },
  {
    id: 'ensamarbete',
    title: 'Ensamarbete',
    questions: [
      q(
        'ensamarbete-riskbedomt',
        'Ensamarbete på enheten är riskbedömt, och arbetsuppgifter med påtaglig risk för våld eller hot utförs inte ensam.',
        'Ensamarbete är när man arbetar fysiskt isolerad eller inte kan vara säker på att få hjälp i en kritisk situation, till exempel vid hembesök eller kvällsarbete. "Ja" betyder att det är bedömt vilka uppgifter som får utföras ensam och att det är känt för medarbetarna.',
        [afs2('6 kap. 3 §'), afs2('6 kap. 4 §'), afs2('5 kap. 7 §')],
      ),
      q(
        'ensamarbete-snabb-hjalp',
        'Den som arbetar ensam kan snabbt få hjälp i en nödsituation och har möjlighet till kontakt med kollegor.',
        'Kontrollera att det finns fungerande kommunikationsutrustning eller larm, överenskomna kontakttider och möjlighet att träffa kollegor vid långvarigt ensamarbete. Om godtagbar säkerhet inte kan ordnas får arbetet inte utföras ensam.',
        [afs2('6 kap. 5 §'), afs2('6 kap. 6 §'), afs2('6 kap. 7 §')],
      ),
    ],
  },
  {
    id: 'forsta-hjalpen-och-krisstod',
    title: 'Första hjälpen och krisstöd',
    questions: [
      q(
        'forsta-hjalpen-krisstod-rutin',
        'Vi känner till och tillämpar rutiner för första hjälpen och krisstöd.',
        '"Ja" betyder att varje arbetsställe har rutiner för första hjälpen och krisstöd som medarbetarna känner till, att rutinerna följs upp och att chefen vet hur krisstöd organiseras. Kontrollera till exempel att alla vet var första hjälpen-utrustning och hjärtstartare finns och vem som kontaktas vid en allvarlig händelse.',
        [afs2('4 kap. 4 §'), afs2('4 kap. 6 §')],
      ),
      q(
        'forsta-hjalpen-kunskaper',
        'Det finns tillräckligt många personer på arbetsstället med aktuella kunskaper i första hjälpen, till exempel HLR.',
        'Antalet bestäms av verksamhetens art, storlek, risker, arbetstider och avståndet till sjukvård. "Ja" betyder att utbildningen är aktuell (repeteras regelbundet) och att det finns någon med kunskaper på plats under alla tider när enheten arbetar.',
        [afs2('4 kap. 5 §')],
      ),
    ],
  },
  {
    id: 'alkohol-och-droger',
    title: 'Alkohol och droger',
    questions: [
      q(
        'alkohol-droger-rutin',
        'Vi känner till och tillämpar rutiner för alkohol och droger.',
        '"Ja" betyder att kommunens policy och rutin för alkohol och droger är känd av chefer och medarbetare och att chefen vet hur man agerar vid misstanke, inklusive rehabilitering. Föreskrifterna har inget eget kapitel om alkohol och droger; rutinen hör till arbetsgivarens SAM-rutiner och arbetet med arbetsanpassning och rehabilitering.',
        [afs1('8 §'), aml('3 kap. 2 a §')],
      ),
    ],
  },
  {
    id: 'foretagshalsovard',
    title: 'Företagshälsovård',
    questions: [
      q(
        'foretagshalsovard-anlitas',
        'Vi vet hur företagshälsovården anlitas och använder den när den egna kompetensen inte räcker.',
        'Företagshälsovård eller motsvarande sakkunnig hjälp ska anlitas när kompetensen inom verksamheten inte räcker, till exempel för riskbedömningar, utredningar, arbetsanpassning och rehabilitering. "Ja" betyder att chefen vet hur en beställning görs och att den har använts när det behövts.',
        [afs1('15 §'), aml('3 kap. 2 c §')],
      ),
    ],
  },
  {
    id: 'uppfoljning',
    title: 'Uppföljning',
    questions: [
      q(
        'forra-arets-atgarder-uppfoljda',
        'Förra årets prioriterade arbetsmiljöåtgärder har följts upp, och för åtgärder som inte har genomförts finns en förklaring.',
        'Gå igenom förra årets handlingsplan och prioriteringar: har varje åtgärd hanterats (ja/nej) och om inte, varför? Åtgärder som kvarstår förs in i årets handlingsplan.',
        [afs1('13 §'), afs1('14 §')],
      ),
      q(
        'arlig-uppfoljning-skriftlig',
        'Den årliga uppföljningen av arbetsmiljöarbetet görs tillsammans med medarbetare och skyddsombud, dokumenteras skriftligt och lämnas till nästa chefsnivå.',
        'Uppföljningen ska visa om arbetsmiljöarbetet bedrivs enligt föreskrifterna och om det fungerar, och brister ska leda till förbättrande åtgärder. Resultatet ska dokumenteras skriftligt när det finns tio eller fler arbetstagare; denna checklista med kommentarer och handlingsplan är den dokumentationen.',
        [afs1('14 §'), afs1('6 §')],
      ),
    ],
  },
];

/** Deep copy, so a caller that edits its template never changes the built-in default. */
const copySections = (sections: TemplateSection[]): TemplateSection[] =>
  sections.map((section) => ({
    ...section,
    questions: section.questions.map((question) => ({
      ...question,
      legalRefs: question.legalRefs.map((ref) => ({ ...ref })),
    })),
  }));

/** The built-in default template for a follow-up year (version 1, published, no owner). */
export function defaultTemplate(year: number): Template {
  return {
    id: `default-${year}-v1`,
    year,
    version: 1,
    status: 'published',
    publishedAt: null,
    ownerNodeId: null,
    sections: copySections(DEFAULT_TEMPLATE_SECTIONS),
  };
}
