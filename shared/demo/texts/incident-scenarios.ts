import type { IncidentType } from '../../schemas';
import type { CauseCategory, PlaceCategory } from '../../incidents/categories';
import type { UnitKind } from '../unit-kinds';
import type { ActionIdea } from './question-texts-types';

/**
 * A description or place, optionally only for some kinds of unit (a knife in the workshop, a home
 * visit) and, for a description, tied to the place where it happens (a fall on the commuter train
 * happens in "Kollektivtrafik").
 */
export type ForKinds<T> = T | { value: T; kinds?: readonly UnitKind[]; place?: PlaceCategory };

/** A kind of event that happens in social services, with texts as they are written in KIA. */
export interface IncidentScenario {
  cause: CauseCategory;
  places: readonly ForKinds<PlaceCategory>[];
  /** Descriptions per incident type, the weight saying how often that type occurs. */
  byType: Partial<Record<IncidentType, { weight: number; texts: readonly ForKinds<string>[] }>>;
  measures: readonly string[];
  investigation: readonly string[];
  /** Slippery months: November to March happen twice as often. */
  winter?: boolean;
  /** How common the scenario is per kind of unit (relative; missing = never). */
  kinds: Partial<Record<UnitKind, number>>;
  /** Versions grave enough for a report to Arbetsmiljöverket. */
  serious?: readonly {
    type: IncidentType;
    text: string;
    measures: string;
    place: PlaceCategory;
    kinds: readonly UnitKind[];
  }[];
  /** What a unit decides after repeated events of this kind. */
  action?: ActionIdea;
}

const BOENDE: readonly UnitKind[] = ['hvb', 'lss', 'aldreboende'];
const OMSORG: readonly UnitKind[] = ['lss', 'aldreboende', 'hemtjanst', 'assistans'];
const HEMMA: readonly UnitKind[] = ['hemtjanst', 'assistans'];
const KONTOR: readonly UnitKind[] = ['myndighet'];
const DAG: readonly UnitKind[] = ['dagverksamhet'];
const only = <T>(value: T, kinds: readonly UnitKind[]) => ({ value, kinds });
const at = (value: string, place: PlaceCategory, kinds?: readonly UnitKind[]) => ({
  value,
  place,
  kinds,
});

export const INCIDENT_SCENARIOS: readonly IncidentScenario[] = [
  {
    cause: 'Våld eller hot om våld',
    places: [
      only('Brukarens rum på boendet', BOENDE),
      only('Gemensamma utrymmen på boendet', BOENDE),
      only('Brukarens bostad', HEMMA),
      only('Verkstad och aktivitetslokal', DAG),
      only('Besöks- och samtalsrum', [...KONTOR, ...DAG]),
      only('Reception och entré', KONTOR),
    ],
    byType: {
      tillbud: {
        weight: 5,
        texts: [
          at(
            'Boende kastade en stol mot personal vid frukosten; ingen träffades.',
            'Gemensamma utrymmen på boendet',
            BOENDE,
          ),
          only('Boende hotade personal med tillhygge efter att ha nekats att gå ut.', ['hvb']),
          at(
            'Boende blev utagerande vid måltiden och försökte slå personal.',
            'Gemensamma utrymmen på boendet',
            BOENDE,
          ),
          only('Brukare hotade verbalt att skada personal vid hjälp med medicinering.', OMSORG),
          at(
            'Klient uppträdde hotfullt i besöksrummet och vägrade lämna lokalen.',
            'Besöks- och samtalsrum',
            KONTOR,
          ),
          only('Klient slog i bordet och hotade handläggaren under ett möte om beslut.', KONTOR),
          only('Deltagare blev utagerande i verkstaden och kastade verktyg omkring sig.', DAG),
        ],
      },
      olycksfall: {
        weight: 4,
        texts: [
          at(
            'Boende blev utagerande vid måltiden och slog en medarbetare på armen.',
            'Gemensamma utrymmen på boendet',
            BOENDE,
          ),
          at(
            'Medarbetare blev biten i handen vid hjälp med påklädning.',
            'Brukarens rum på boendet',
            ['lss', 'aldreboende'],
          ),
          at(
            'Medarbetare blev biten i handen vid hjälp med påklädning.',
            'Brukarens bostad',
            HEMMA,
          ),
          at(
            'Brukare sparkade medarbetare på benet i samband med hygien.',
            'Badrum och hygienutrymme',
            OMSORG,
          ),
          only('Boende knuffade medarbetare mot väggen vid överlämningen mellan passen.', BOENDE),
          only(
            'Medarbetare fick ett slag i ansiktet när en brukare blev rädd vid förflyttning.',
            OMSORG,
          ),
          only(
            'Förälder knuffade en handläggare i samband med en överlämning vid umgänge.',
            KONTOR,
          ),
          only('Deltagare nöp och rev en medarbetare på armen under en aktivitet.', DAG),
        ],
      },
      riskobservation: {
        weight: 1,
        texts: [
          only(
            'Boende har vid flera tillfällen uttryckt hot mot personal; risk för att det eskalerar.',
            BOENDE,
          ),
          only(
            'Köksknivar förvaras olåst på avdelningen där en boende har utmanande beteende.',
            BOENDE,
          ),
          only(
            'Brukare har blivit allt mer irriterad vid besöken; risk för våld vid ensamarbete.',
            HEMMA,
          ),
          only('Besöksrummet saknar en andra utgång; risk vid hotfulla besök.', KONTOR),
          only('Deltagare har vid flera tillfällen hotat andra; risk för att det eskalerar.', DAG),
        ],
      },
    },
    measures: [
      'Larm utlöstes och kollegor kom till hjälp.',
      'Situationen avbröts och personen fick lugna sig.',
      'Medarbetaren fick avlastningssamtal och gick hem för dagen.',
      'Genomgång i arbetsgruppen samma dag.',
    ],
    investigation: [
      'Genomförandeplanen uppdaterades med tidiga tecken och bemötandestrategier.',
      'Bemanningen i de situationer där det händer utökas med en person.',
      'Händelsen gicks igenom på APT; rutinen för dubbelbemanning förtydligades.',
      'Riskbedömning av situationen gjord tillsammans med skyddsombudet.',
    ],
    kinds: {
      hvb: 6,
      lss: 5,
      aldreboende: 2,
      dagverksamhet: 2.5,
      hemtjanst: 1.2,
      assistans: 1.5,
      myndighet: 1.2,
    },
    serious: [
      {
        type: 'tillbud',
        text: 'Boende hotade personal med kniv i boendets kök. Personalen tog sig ut och larmade polis.',
        measures: 'Polis tillkallades. Krisstöd till berörd personal samma kväll.',
        place: 'Personalrum och kök',
        kinds: ['hvb'],
      },
      {
        type: 'olycksfall',
        text: 'Medarbetare blev slagen upprepade gånger av en boende och fördes till akuten med skador i ansiktet.',
        measures: 'Kollegor larmade och ambulans tillkallades. Krisstöd via företagshälsovården.',
        place: 'Gemensamma utrymmen på boendet',
        kinds: BOENDE,
      },
    ],
    action: {
      text: 'Utbildning i lågaffektivt bemötande för hela arbetsgruppen efter flera händelser med våld',
      responsible: 'Enhetschef',
    },
  },
  {
    cause: 'Hot eller trakasserier på distans (telefon, brev, nätet)',
    places: ['Kontor och arbetsrum', 'Reception och entré', 'Distansarbete i hemmet'],
    byType: {
      tillbud: {
        weight: 7,
        texts: [
          'Klient ringde och uttalade hot mot handläggaren efter beslut om avslag.',
          'Hotfullt mejl till handläggare efter ett beslut om placering.',
          'Förälder ringde upprepade gånger och uppgav sig veta var handläggaren bor.',
          at('Anonymt hot mot enheten publicerades i sociala medier.', 'Distansarbete i hemmet'),
          'Klient skickade brev med nedsättande och hotfulla uttalanden om handläggaren.',
        ],
      },
      riskobservation: {
        weight: 2,
        texts: [
          'Handläggarnas fullständiga namn syns i utskick till klienter; risk för trakasserier.',
          'Receptionen saknar avskiljning mot väntrummet.',
        ],
      },
    },
    measures: [
      'Polisanmälan gjord och säkerhetssamordnaren informerad.',
      'Samtalet avbröts enligt rutin och händelsen dokumenterades.',
      'Kollega och chef gav stöd direkt; handläggaren erbjöds stödsamtal.',
    ],
    investigation: [
      'Ärendet flyttades till en annan handläggare och möten sker i par.',
      'Säkerhetsrutinen för telefon och besök gicks igenom på APT.',
      'Kontrollerat att handläggarens personuppgifter är skyddade i verksamhetssystemet.',
    ],
    kinds: { myndighet: 5 },
    action: {
      text: 'Gå igenom rutinen för hot via telefon och mejl med säkerhetssamordnaren',
      responsible: 'Enhetschef',
    },
  },
  {
    cause: 'Lyft, förflyttning och belastning',
    places: [
      only('Brukarens rum på boendet', BOENDE),
      only('Badrum och hygienutrymme', OMSORG),
      only('Brukarens bostad', HEMMA),
    ],
    byType: {
      olycksfall: {
        weight: 5,
        texts: [
          'Vred ryggen vid förflyttning från säng till rullstol.',
          'Fick ont i axeln efter att ha stöttat en brukare som var nära att falla.',
          'Sträckte sig i ländryggen vid hjälp med påklädning i en låg säng.',
        ],
      },
      tillbud: {
        weight: 2,
        texts: [
          'Taklyften gick sönder mitt i en förflyttning; brukaren fick sänkas ned manuellt.',
          'Glidlakan saknades vid vändning i sängen; förflyttningen fick göras utan hjälpmedel.',
        ],
      },
      riskobservation: {
        weight: 1.5,
        texts: [
          'Trångt badrum gör att duschning sker i dålig arbetsställning.',
          only('Säng utan höj- och sänkfunktion hos brukare i ordinärt boende.', HEMMA),
        ],
      },
      arbetssjukdom: {
        weight: 1,
        texts: ['Återkommande smärta i nacke och axlar efter lång tid med tunga förflyttningar.'],
      },
    },
    measures: [
      'Medarbetaren sökte vård på vårdcentralen.',
      'Arbetsterapeut kontaktades för en ny förflyttningsbedömning.',
      'Två personal vid förflyttning tills vidare.',
      'Felanmälan av lyften samma dag.',
    ],
    investigation: [
      'Förflyttningsutbildning för arbetsgruppen är bokad.',
      'Hjälpmedel beställt och genomförandeplanen uppdaterad.',
      'Riskbedömning av arbetsmiljön i brukarens bostad gjord.',
    ],
    kinds: { aldreboende: 5, lss: 2.5, hemtjanst: 3, assistans: 4 },
    action: {
      text: 'Förflyttningsutbildning med arbetsterapeut för alla i omvårdnaden',
      responsible: 'Enhetschef',
    },
  },
  {
    cause: 'Fall, halka eller snubbling',
    places: [
      only('Gång- och cykelväg', [...HEMMA, ...KONTOR]),
      'Utemiljö, gård och parkering',
      'Korridor och trappa',
      only('Brukarens bostad', HEMMA),
      only('Kontor och arbetsrum', KONTOR),
    ],
    byType: {
      olycksfall: {
        weight: 6,
        texts: [
          at('Halkade på isig trappa vid entrén till brukarens hus.', 'Brukarens bostad', HEMMA),
          at('Föll med cykeln mellan två besök när det var halt.', 'Gång- och cykelväg', [
            'hemtjanst',
          ]),
          at(
            'Halkade på isig gångväg på väg till ett hembesök och slog i höften.',
            'Gång- och cykelväg',
            KONTOR,
          ),
          at(
            'Snubblade över en sladd i kontorslandskapet och slog i knät.',
            'Kontor och arbetsrum',
            KONTOR,
          ),
          at(
            'Halkade på isfläck på parkeringen vid arbetsplatsen.',
            'Utemiljö, gård och parkering',
          ),
          at(
            'Snubblade på en trasig tröskel i korridoren och stukade foten.',
            'Korridor och trappa',
          ),
        ],
      },
      tillbud: {
        weight: 2.5,
        texts: [
          at(
            'Var nära att halka på en isfläck vid entrén; hann ta tag i räcket.',
            'Utemiljö, gård och parkering',
          ),
          at('Snubblade på en lös matta i korridoren men föll inte.', 'Korridor och trappa'),
        ],
      },
      riskobservation: {
        weight: 1.5,
        texts: [
          at('Lös matta i korridoren; risk för fall.', 'Korridor och trappa'),
          at('Gångvägen till entrén är inte sandad.', 'Utemiljö, gård och parkering'),
          at('Trasig belysning vid personalingången.', 'Utemiljö, gård och parkering'),
        ],
      },
    },
    measures: [
      'Kylning och plåster; medarbetaren fortsatte arbeta.',
      'Fastighetsägaren kontaktades om sandning.',
      'Felanmälan gjord samma dag.',
      'Medarbetaren åkte till akuten; röntgen visade en stukning.',
    ],
    investigation: [
      'Broddar köptes in till alla i arbetsgruppen.',
      'Påminnelse till fastighetsägaren om snöröjning och sandning vid entrén.',
      'Tröskeln och mattan åtgärdades av fastighetsskötaren.',
    ],
    winter: true,
    kinds: {
      hemtjanst: 3.5,
      assistans: 1.5,
      aldreboende: 1.2,
      lss: 0.8,
      myndighet: 1,
      dagverksamhet: 1,
      hvb: 0.5,
    },
    serious: [
      {
        type: 'olycksfall',
        text: 'Halkade på isig gångväg mellan två brukare och bröt handleden.',
        measures: 'Ambulans tillkallades. Arbetsledaren informerades och omfördelade besöken.',
        place: 'Gång- och cykelväg',
        kinds: HEMMA,
      },
    ],
    action: {
      text: 'Köpa in broddar till all personal och begära bättre snöröjning av fastighetsägaren',
      responsible: 'Enhetschef',
    },
  },
  {
    cause: 'Stick- eller skärskada',
    places: [
      only('Brukarens rum på boendet', BOENDE),
      only('Brukarens bostad', HEMMA),
      only('Personalrum och kök', BOENDE),
      only('Verkstad och aktivitetslokal', DAG),
      'Förråd och soprum',
    ],
    byType: {
      olycksfall: {
        weight: 3,
        texts: [
          at(
            'Stack sig på en använd insulinpenna som låg i brukarens säng.',
            'Brukarens rum på boendet',
            ['lss', 'aldreboende'],
          ),
          at(
            'Stack sig på en använd insulinpenna som låg i brukarens säng.',
            'Brukarens bostad',
            HEMMA,
          ),
          at('Skar sig på en trasig glasflaska i soprummet.', 'Förråd och soprum'),
          at(
            'Skar sig i fingret vid matlagning i boendets kök.',
            'Gemensamma utrymmen på boendet',
            BOENDE,
          ),
          at(
            'Skar sig på en kniv i verkstaden under en aktivitet.',
            'Verkstad och aktivitetslokal',
            DAG,
          ),
        ],
      },
      tillbud: {
        weight: 2,
        texts: [
          at('Använd kanyl hittades i papperskorgen i badrummet.', 'Badrum och hygienutrymme', [
            ...OMSORG,
            'hvb',
          ]),
          only('Kanylburken var överfull och locket gick inte att stänga.', OMSORG),
          at('Sågbladet på bandsågen saknade skydd.', 'Verkstad och aktivitetslokal', DAG),
        ],
      },
    },
    measures: [
      'Såret rengjordes och förbands.',
      'Kontakt med vårdcentralen enligt rutinen för stick- och skärskador.',
    ],
    investigation: [
      'Rutinen för stickande och skärande avfall gicks igenom på APT.',
      'Skyddsutrustning och säkrare verktyg har beställts.',
    ],
    kinds: { aldreboende: 0.8, hemtjanst: 1, hvb: 0.8, lss: 0.6, dagverksamhet: 1.5 },
  },
  {
    cause: 'Klämning, slag eller stöt',
    places: [
      'Korridor och trappa',
      'Förråd och soprum',
      only('Verkstad och aktivitetslokal', DAG),
      only('Brukarens rum på boendet', BOENDE),
    ],
    byType: {
      olycksfall: {
        weight: 3,
        texts: [
          at('Klämde fingrarna i en branddörr som slog igen.', 'Korridor och trappa'),
          at('Slog huvudet i ett öppet skåp i förrådet.', 'Förråd och soprum'),
          only('Fick en rullstol över foten vid förflyttning.', OMSORG),
          at('Klämde handen i pressen i verkstaden.', 'Verkstad och aktivitetslokal', DAG),
        ],
      },
      tillbud: {
        weight: 1.5,
        texts: [
          at('Branddörren stänger för hårt; var nära att klämma handen.', 'Korridor och trappa'),
          at('Hyllan i förrådet lossnade och föll ned bredvid medarbetaren.', 'Förråd och soprum'),
        ],
      },
    },
    measures: ['Kylning av skadan.', 'Felanmälan till fastighetsägaren.'],
    investigation: [
      'Dörrstängaren justerades.',
      'Förrådet röjdes och tunga saker flyttades till de nedre hyllorna.',
    ],
    kinds: { dagverksamhet: 2, lss: 1.2, aldreboende: 1, hvb: 1, hemtjanst: 0.4, myndighet: 0.3 },
  },
  {
    cause: 'Smitta och biologiska risker',
    places: [
      only('Brukarens rum på boendet', BOENDE),
      'Badrum och hygienutrymme',
      only('Brukarens bostad', HEMMA),
    ],
    byType: {
      tillbud: {
        weight: 2,
        texts: [
          'Stänk av kroppsvätska i ögat vid omvårdnad.',
          at('Hantering av smutstvätt utan tillräcklig skyddsutrustning.', 'Tvättstuga'),
        ],
      },
      arbetssjukdom: {
        weight: 1.5,
        texts: [
          at(
            'Utbrott av vinterkräksjuka på avdelningen; flera medarbetare insjuknade.',
            'Gemensamma utrymmen på boendet',
            BOENDE,
          ),
          at(
            'Flera medarbetare insjuknade i vinterkräksjuka efter besök hos smittade brukare.',
            'Brukarens bostad',
            HEMMA,
          ),
        ],
      },
      riskobservation: {
        weight: 1.5,
        texts: [
          at('Skyddshandskar i rätt storlek saknades under helgen.', 'Förråd och soprum'),
          at('Förklädena tog slut och nya hade inte beställts.', 'Förråd och soprum'),
        ],
      },
    },
    measures: [
      'Ögat sköljdes enligt rutin; kontakt med vårdcentralen.',
      'Skyddsutrustning lånades från en annan enhet.',
    ],
    investigation: [
      'De basala hygienrutinerna gicks igenom med all personal.',
      'Beställningsrutinen för skyddsutrustning ändrades så att det alltid finns en buffert.',
    ],
    winter: true,
    kinds: { aldreboende: 2, hemtjanst: 1, lss: 0.6, assistans: 0.6 },
  },
  {
    cause: 'Kemiska ämnen',
    places: ['Tvättstuga', 'Förråd och soprum', only('Verkstad och aktivitetslokal', DAG)],
    byType: {
      tillbud: {
        weight: 2,
        texts: [
          'Stänk av desinfektionsmedel i ögat vid påfyllning.',
          'Starkt doftande rengöringsmedel gav huvudvärk hos flera i personalen.',
        ],
      },
      riskobservation: {
        weight: 1.5,
        texts: [
          at('Rengöringsmedel förvarades i en omärkt flaska i städförrådet.', 'Förråd och soprum'),
        ],
      },
      olycksfall: {
        weight: 0.5,
        texts: [at('Fick en frätskada på handen av maskindiskmedel.', 'Personalrum och kök')],
      },
    },
    measures: ['Ögonsköljning direkt.', 'Flaskan märktes och säkerhetsdatabladet skrevs ut.'],
    investigation: ['Kemikalieförteckningen uppdaterades.', 'Doftfria medel köps in framöver.'],
    kinds: { aldreboende: 0.7, dagverksamhet: 1, lss: 0.3 },
  },
  {
    cause: 'Brand, rök eller utrymning',
    places: [
      'Personalrum och kök',
      only('Gemensamma utrymmen på boendet', BOENDE),
      'Korridor och trappa',
      only('Brukarens bostad', HEMMA),
    ],
    byType: {
      riskobservation: {
        weight: 2,
        texts: [
          at('Utrymningsvägen blockerades av kartonger.', 'Korridor och trappa'),
          at('Brandsläckaren hade inte kontrollerats på två år.', 'Korridor och trappa'),
        ],
      },
      tillbud: {
        weight: 2,
        texts: [
          at(
            'Brandlarmet gick när en boende glömde en kastrull på spisen.',
            'Gemensamma utrymmen på boendet',
            BOENDE,
          ),
          at('Brukare rökte i sängen trots överenskommelsen.', 'Brukarens bostad', HEMMA),
          at('Boende rökte i sängen trots överenskommelsen.', 'Brukarens rum på boendet', BOENDE),
          at('Kaffebryggaren i personalrummet började ryka.', 'Personalrum och kök', KONTOR),
        ],
      },
    },
    measures: ['Kartongerna flyttades direkt.', 'Felanmälan gjord och utrustningen tagen ur bruk.'],
    investigation: [
      'Brandskyddsronden görs nu varje kvartal.',
      'Utrymningsövning genomförd med alla arbetslag.',
    ],
    kinds: { hvb: 1, lss: 0.6, aldreboende: 0.7, hemtjanst: 0.6, myndighet: 0.2 },
    serious: [
      {
        type: 'tillbud',
        text: 'Brand i brukarens kök medan personal var på plats; kraftig rökutveckling och brukaren fick föras ut.',
        measures:
          'Räddningstjänsten larmades. Personalen kontrollerades på vårdcentralen för rökexponering.',
        place: 'Brukarens bostad',
        kinds: HEMMA,
      },
    ],
  },
  {
    cause: 'Trafik och fordon',
    places: [
      'Gång- och cykelväg',
      only('Bil eller annat fordon i tjänsten', [...HEMMA, ...KONTOR]),
      'Kollektivtrafik',
      'Utemiljö, gård och parkering',
    ],
    byType: {
      fardolycksfall: {
        weight: 4,
        texts: [
          at('Cyklade omkull på väg till arbetet på grund av halka.', 'Gång- och cykelväg'),
          at('Halkade vid busshållplatsen på väg hem från arbetet.', 'Kollektivtrafik'),
          at('Blev påkörd bakifrån i bilkö på väg till arbetet.', 'Allmän plats och stadsmiljö'),
          at('Föll i trappan till pendeltåget på väg till arbetet.', 'Kollektivtrafik'),
        ],
      },
      olycksfall: {
        weight: 1.5,
        texts: [
          at(
            'Tjänstebilen fick sladd på isig väg mellan två besök och körde i diket.',
            'Bil eller annat fordon i tjänsten',
            HEMMA,
          ),
          at(
            'Tjänstebilen blev påkörd bakifrån på väg till ett hembesök.',
            'Bil eller annat fordon i tjänsten',
            KONTOR,
          ),
        ],
      },
      tillbud: {
        weight: 1.5,
        texts: [
          at(
            'Backade in i en stolpe med tjänstebilen på parkeringen.',
            'Utemiljö, gård och parkering',
            [...HEMMA, ...KONTOR],
          ),
          at(
            'Nära kollision med cyklist vid utfarten från brukarens gård.',
            'Bil eller annat fordon i tjänsten',
            HEMMA,
          ),
        ],
      },
    },
    measures: [
      'Medarbetaren sökte vård på vårdcentralen.',
      'Bilen kontrollerades på verkstad.',
      'Skadan anmäldes till försäkringsbolaget.',
    ],
    investigation: [
      'Påminnelse om vinterdäck och extra tid vid halka.',
      'Rutinen för bilkontroll förtydligades.',
    ],
    winter: true,
    kinds: {
      hemtjanst: 3,
      assistans: 1.5,
      myndighet: 0.8,
      aldreboende: 0.4,
      lss: 0.3,
      hvb: 0.3,
      dagverksamhet: 0.5,
    },
    serious: [
      {
        type: 'olycksfall',
        text: 'Tjänstebilen kolliderade med en mötande bil i halka; medarbetaren fördes till sjukhus med nackskada.',
        measures:
          'Ambulans och polis på plats. Arbetsledaren kontaktade anhöriga och omfördelade besöken.',
        place: 'Bil eller annat fordon i tjänsten',
        kinds: ['hemtjanst'],
      },
    ],
  },
  {
    cause: 'Stress och arbetsbelastning',
    places: ['Kontor och arbetsrum', only('Distansarbete i hemmet', KONTOR), 'Personalrum och kök'],
    byType: {
      riskobservation: {
        weight: 3,
        texts: [
          only(
            'Hög arbetsbelastning under sommaren; flera handläggare har över 40 ärenden.',
            KONTOR,
          ),
          'Ensam kvar på arbetsplatsen sent på kvällen flera dagar i rad.',
          'Upprepade schemaändringar med kort varsel.',
        ],
      },
      tillbud: {
        weight: 1.5,
        texts: ['Medarbetare mådde dåligt efter en svår händelse och fick avbryta arbetsdagen.'],
      },
      arbetssjukdom: {
        weight: 1,
        texts: [
          'Sjukskrivning för stressrelaterad ohälsa som kopplas till långvarigt hög arbetsbelastning.',
        ],
      },
    },
    measures: ['Samtal med chefen samma dag.', 'Kontakt med företagshälsovården.'],
    investigation: [
      'Arbetsfördelningen ses över varje vecka.',
      'Arbetsbelastningen kartläggs med stöd av företagshälsovården.',
    ],
    kinds: { myndighet: 3, hvb: 0.8, aldreboende: 0.8, lss: 0.8, hemtjanst: 1, assistans: 1 },
  },
  {
    cause: 'Brister i lokaler, utrustning eller larm',
    places: [
      only('Besöks- och samtalsrum', KONTOR),
      only('Reception och entré', KONTOR),
      'Kontor och arbetsrum',
      only('Gemensamma utrymmen på boendet', BOENDE),
      only('Verkstad och aktivitetslokal', DAG),
    ],
    byType: {
      riskobservation: {
        weight: 3,
        texts: [
          'Personlarmet saknar täckning i delar av lokalen.',
          at(
            'Dörren till besöksrummet går inte att låsa upp inifrån.',
            'Besöks- och samtalsrum',
            KONTOR,
          ),
          'Ventilationen fungerar dåligt; mycket varmt under sommaren.',
          at(
            'Dålig ljudmiljö gör det svårt att hålla sekretess i telefonsamtal.',
            'Kontor och arbetsrum',
            KONTOR,
          ),
          at('Ventilationen i snickeriet klarar inte dammet.', 'Verkstad och aktivitetslokal', DAG),
        ],
      },
      tillbud: {
        weight: 1.5,
        texts: ['Larmet gick inte fram till kollegorna vid ett test.'],
      },
    },
    measures: ['Felanmälan gjord.', 'Utrymmet används inte tills felet är åtgärdat.'],
    investigation: ['Larmleverantören har bytt sändare.', 'Fastighetsägaren har åtgärdat felet.'],
    kinds: { myndighet: 2, hvb: 1, lss: 0.6, aldreboende: 0.7, dagverksamhet: 1 },
  },
  {
    cause: 'Annan orsak',
    places: [
      'Utemiljö, gård och parkering',
      only('Brukarens bostad', HEMMA),
      'Allmän plats och stadsmiljö',
    ],
    byType: {
      olycksfall: {
        weight: 1,
        texts: [
          at('Blev stucken av en geting under utevistelse.', 'Utemiljö, gård och parkering'),
          at('Blev biten av brukarens hund vid hembesök.', 'Brukarens bostad', HEMMA),
        ],
      },
      tillbud: {
        weight: 1,
        texts: [
          at(
            'Lös hund hos brukare hoppade upp på medarbetaren vid hembesök.',
            'Brukarens bostad',
            HEMMA,
          ),
        ],
      },
    },
    measures: ['Kylning och antihistamin enligt rutin.', 'Genomgång med arbetsledaren samma dag.'],
    investigation: ['Noterat i genomförandeplanen; hunden ska vara instängd vid besök.'],
    kinds: { hemtjanst: 1, assistans: 0.5, dagverksamhet: 0.5, myndighet: 0.3 },
  },
];

interface Entry<T> {
  value: T;
  kinds?: readonly UnitKind[];
  place?: PlaceCategory;
}

function isEntry<T>(item: ForKinds<T>): item is Entry<T> {
  return typeof item === 'object' && item !== null && 'value' in item;
}

/** The items meant for a kind of unit, plus those meant for every kind; may be empty. */
export function fitting<T>(
  items: readonly ForKinds<T>[],
  kind: UnitKind,
): { value: T; place?: PlaceCategory }[] {
  const result: { value: T; place?: PlaceCategory }[] = [];
  for (const item of items) {
    if (!isEntry(item)) result.push({ value: item });
    else if (!item.kinds || item.kinds.includes(kind)) {
      result.push(item.place ? { value: item.value, place: item.place } : { value: item.value });
    }
  }
  return result;
}

/** As `fitting`, but never empty: falls back to every item. */
export function forKind<T>(
  items: readonly ForKinds<T>[],
  kind: UnitKind,
): { value: T; place?: PlaceCategory }[] {
  const result = fitting(items, kind);
  if (result.length > 0) return result;
  return items.map((item) => (isEntry(item) ? { value: item.value } : { value: item }));
}
