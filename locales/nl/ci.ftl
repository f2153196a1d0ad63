# CI formats (SARIF, JUnit, GitLab, GitHub), the plan's JSON Schema and `csc init`.

## SARIF: one rule per diagnostic code. The default variant is the code itself: a test
## fails when a code has no description of its own.

rule-description = { $code ->
    [fichier-introuvable] Een genoemd bestand (plan of logboek) bestaat niet.
    [fichier-illisible] Een bestand bestaat maar kan niet gelezen worden.
    [ecriture-impossible] Een bestand kan niet geschreven worden.
    [fichier-de-sortie-requis] Dit rapportformaat is een bestand: -o is vereist.
    [fichier-existant] Een bestand dat csc init zou schrijven, bestaat al.
    [sortie-sur-entree] Het uitvoerbestand is een van de gelezen bestanden.
    [rapport-impossible] Het rapport kon niet gemaakt worden.
    [encodage] Het plan is niet in UTF-8 opgeslagen.
    [fichier-vide] Het plan is leeg.
    [syntaxe-yaml] De YAML van het plan is slecht gevormd.
    [cle-inconnue] Een sleutel van het plan bestaat niet op deze plaats.
    [cle-manquante] Een verplichte sleutel ontbreekt.
    [type-incorrect] Een waarde heeft niet het verwachte type (tekst, getal, lijst…).
    [cle-en-double] Een sleutel staat er twee keer, eventueel in twee spellingen.
    [yaml-trop-complexe] Het plan is te groot of te diep genest.
    [version-format] De formaatversie „csc” is onbekend.
    [date-invalide] Een datum in het plan is onleesbaar.
    [periode-inversee] De periode eindigt voor ze begint.
    [annee-invalide] Het jaar van het plan is ongeldig.
    [langue-inconnue] De taal van het plan is niet fr, nl of en.
    [identifiant-invalide] Een identificatie bestaat niet uit één woord.
    [identifiant-en-double] Een identificatie is al in gebruik.
    [cible-invalide] Een doel is onleesbaar.
    [nombre-invalide] Een getal in het plan is onleesbaar of dubbelzinnig.
    [mesure-et-declare] Een indicator heeft zowel een meting als een verklaarde waarde.
    [justification-manquante] Een verklaarde waarde is niet verantwoord.
    [declare-invalide] Een verklaarde waarde is onleesbaar.
    [declare-incompatible] De verklaarde waarde past niet bij het type van het doel.
    [mesure-sans-activite] Een meting zegt niet welke activiteit geteld wordt.
    [mesure-activite-double] Een meting heeft zowel „activiteit” als „activiteiten”.
    [mesure-somme-et-distincts] Een meting heeft zowel „som” als „uniek”.
    [mesure-ratio-melangee] Een ratio vermengt teller/noemer met een enkelvoudige meting.
    [mesure-ratio-incomplete] De teller of de noemer van een ratio ontbreekt.
    [pourcentage-sans-ratio] Een doel in procent zonder ratio of verklaard percentage.
    [ratio-sans-pourcentage] Een ratio waarvan het doel geen percentage is.
    [filtre-vide] Een filter bevat geen enkele voorwaarde.
    [activite-en-double] Een activiteitscode staat twee keer in een meting.
    [sous-periode-impossible] Het ritme per deelperiode kan over deze periode niet beoordeeld worden.
    [date-avant-periode] De evaluatiedatum valt voor het begin van de periode.
    [objectif-strategique-vide] Een strategische doelstelling heeft geen operationele doelstellingen.
    [objectif-operationnel-vide] Een operationele doelstelling heeft geen indicatoren.
    [plan-vide] Het plan heeft geen sectoren.
    [journal-vide] Een activiteitenlogboek is leeg.
    [guillemet-non-ferme] Een aanhalingsteken in een logboek wordt nooit gesloten.
    [cellule-hors-en-tete] Een niet-lege cel staat rechts van de laatste kolomkop.
    [colonne-en-double] Twee kolomkoppen van een logboek noemen dezelfde kolom.
    [formule-sans-valeur] Een formule in een werkmap heeft geen berekende waarde.
    [journal-en-double] Hetzelfde logboek (of dezelfde inhoud) wordt twee keer gelezen.
    [journal-trop-grand] Een logboek is groter dan toegelaten.
    [feuille-inconnue] Het genoemde werkblad bestaat niet in de werkmap.
    [colonne-manquante] Een verplichte kolom ontbreekt in een logboek.
    [donnee-personnelle] Een logboek bevat een persoonsgegeven (rijksregisternummer, e-mailadres).
    [cellule-vide] Een verplichte cel van een logboek is leeg.
    [date-illisible] Een datum in een logboek is onleesbaar.
    [nombre-illisible] Een getal in een logboek is onleesbaar, dubbelzinnig of negatief.
    [erreurs-supplementaires] Andere fouten in hetzelfde logboek worden niet getoond.
    [colonne-de-mesure-manquante] Een logboek mist de kolom die een meting optelt of filtert.
    [activite-inconnue] Een activiteitscode uit het logboek wordt door geen enkele indicator gebruikt.
    [hors-periode] Regels van het logboek vallen buiten de periode.
    [ligne-en-double] Een regel van het logboek is gelijk aan een andere.
    [aucun-journal-trouve] Een patroon voor logboeken vindt geen enkel bestand.
    [aucun-journal] Er wordt geen enkel activiteitenlogboek gelezen.
    [indicateur-inconnu] De gevraagde indicator bestaat niet.
   *[other] { $code }
}
rule-full-description = { $description } Hulp: { $help }

## GitHub annotations

github-more = { $errors ->
    [0] {""}
    [one] 1 fout
   *[other] { $errors } fouten
}{ $errors ->
    [0] {""}
   *[other] { $warnings ->
        [0] {""}
       *[other] {" "}en{" "}
    }
}{ $warnings ->
    [0] {""}
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
} meer in het logboek van de stap, zonder annotatie: GitHub toont er maar { $limit } per ernst.
github-summary-failed = **{ $file }**: { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
}; geen conformiteitstabel.

## JUnit

junit-failure = { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
}
junit-indicator = status: { $status } ({ $code }); gerealiseerd: { $value }; verwacht: { $expected }; doel: { $target }; regels: { $rows }
junit-not-evaluated = niet geëvalueerd: het plan of een logboek bevat fouten

## JSON Schema of the plan (`csc schema`); also the comments of `csc init`

schema-title = Projectplan csc
schema-description = Projectplan van een Belgische gemeente (Veiligheids- en Samenlevingscontract, strategisch veiligheids- en preventieplan), zoals csc het leest: één bestand per gemeente, toelage en jaar. Sleutels in het Nederlands of het Frans.
schema-key = { $key ->
    [csc] Versie van het planformaat: altijd 1.
    [commune] Naam van de gemeente (of stad).
    [annee] Jaar van het plan, in vier cijfers (bijvoorbeeld 2024).
    [allocation] Betrokken toelage, in vrije tekst (bijvoorbeeld „Toelage terrorisme en extremisme”).
    [base_legale] Rechtsgrond, in vrije tekst (bijvoorbeeld het koninklijk besluit dat de toelage toekent).
    [periode] Geëvalueerde periode; standaard het kalenderjaar van het plan.
    [du] Eerste dag van de periode (JJJJ-MM-DD of DD/MM/JJJJ).
    [au] Laatste dag van de periode (JJJJ-MM-DD of DD/MM/JJJJ).
    [echeance] Uiterste datum om de evaluatie in te dienen; standaard 31 maart van het volgende jaar.
    [langue] Taal van de rapporten: fr, nl of en (standaard fr).
    [journaux] Activiteitenlogboeken (CSV, .xlsx, .xls, .ods), paden ten opzichte van het plan; patronen mogen (logboeken/*.csv); „bestand.xlsx#Blad” voor één werkblad.
    [secteurs] Activiteitensectoren van het plan, in de volgorde van het officiële plan.
    [id] Korte identificatie, één woord (letters, cijfers, „-”, „_” of „.”), uniek onder zijn buren; die van een indicator is uniek in het hele plan.
    [intitule] Omschrijving, zoals in het officiële plan.
    [objectif_general] Algemene doelstelling van de sector.
    [objectifs_strategiques] Strategische doelstellingen van de sector.
    [domaine] Domein van de strategische doelstelling (dient als omschrijving).
    [pole] Pool van de strategische doelstelling (facultatief).
    [objectifs_operationnels] Operationele doelstellingen van de strategische doelstelling; een lege lijst mag, met een waarschuwing.
    [resultats_attendus] Verwachte resultaten van de operationele doelstelling, één per regel.
    [indicateurs] Indicatoren van de operationele doelstelling; een lege lijst mag, met een waarschuwing.
    [cible] Doel, geschreven zoals in het officiële plan: „>= 10/jaar”, „minstens 3 per kwartaal”, „tussen 5 en 10”, „>= 80 %”, „Ja/Nee”. Tussen aanhalingstekens als het met „>” begint.
    [mesure] Hoe de waarde uit de logboeken berekend wordt: een activiteit, een filter, een som of een aantal unieke waarden, of een ratio teller/noemer.
    [declare] Met de hand verklaarde waarde (Ja, Nee, een getal of een percentage), in plaats van een meting; vraagt een verantwoording.
    [justification] Verantwoording van de verklaarde waarde (bijvoorbeeld „Overeenkomst ondertekend op 12/03/2024”).
    [activite] Code van de getelde activiteit, zoals in de kolom „activiteit” van het logboek (hoofdletters, accenten en spaties tellen niet).
    [activites] Meerdere activiteitscodes die samen geteld worden.
    [filtre] Voorwaarden op andere kolommen van het logboek: kolom: waarde; aan alle moet voldaan zijn.
    [somme] Numerieke kolom van het logboek die opgeteld wordt (standaard „aantal”: een regel telt 1).
    [distincts] Kolom waarvan de verschillende niet-lege waarden geteld worden (bijvoorbeeld „dossier”).
    [numerateur] Teller van een ratio (een meting): de waarde is 100 × teller / noemer.
    [denominateur] Noemer van een ratio (een meting).
    [def-periode] Geëvalueerde periode: eerste en laatste dag.
    [def-secteur] Een activiteitensector: identificatie, omschrijving, algemene doelstelling en strategische doelstellingen.
    [def-objectif-strategique] Een strategische doelstelling: identificatie, domein, pool en operationele doelstellingen.
    [def-objectif-operationnel] Een operationele doelstelling: identificatie, omschrijving, verwachte resultaten en indicatoren.
    [def-indicateur] Een indicator: identificatie, omschrijving, doel, en een meting (uit de logboeken) of een verklaarde waarde.
    [def-mesure] De regels van het logboek die tellen en wat ervan opgeteld wordt.
   *[other] { $key }
}

## csc init

init-header =
    Projectplan { $annee } van { $commune } (Veiligheids- en Samenlevingscontract, strategisch veiligheids- en preventieplan), aangemaakt met „csc init”.
    Vervang de voorbeelden door het officiële plan, niveau per niveau: sector → algemene doelstelling → strategische doelstelling (domein, pool) → operationele doelstelling → verwachte resultaten → indicatoren.
    Noteer elke activiteit in het logboek { $log }.csv (of { $log }.xlsx, door dat bestand onder „logboeken” te vermelden) en controleer daarna met: csc check { $plan }
init-example = { $item ->
    [commune] Mijn gemeente
    [log-name] logboek
    [sheet] Logboek
    [allocation] Toelage terrorisme en extremisme (art. 2)
    [legal-basis] Koninklijk besluit betreffende de toekenning van de toelage (aan te vullen)
    [sector-title] Gemeentelijke veiligheids- en/of socio-preventieve projecten
    [general-objective] Strijd tegen terrorisme en extremisme via gemeentelijke projecten
    [domain] Socio-preventief werk uitvoeren, netwerking inbegrepen
    [pole] Pool radicalisering
    [operational-title] Deelnemen aan de lokale integrale veiligheidscel (LIVC)
    [expected-result] Minstens één vergadering van de LIVC per kwartaal
    [indicator-id] vergaderingen-livc
    [indicator-title] Aantal vergaderingen van de LIVC
    [target] minstens 4 per jaar
    [activity] vergadering-livc
    [declared-comment] Een indicator zonder logboek: de waarde wordt met de hand verklaard, met haar verantwoording.
    [declared-id] overeenkomst-caw
    [declared-title] Samenwerkingsovereenkomst met het CAW
    [yes-no-target] Ja/Nee
    [declared-value] Nee
    [justification] In voorbereiding; schrijf Ja en de datum van ondertekening zodra de overeenkomst ondertekend is
   *[other] { $item }
}
init-done =
    Aangemaakte bestanden: { $files }
    Vul het plan aan en controleer het daarna: csc check { $plan }
init-refused = csc init overschrijft geen enkel bestand: er is niets geschreven. Kies een map zonder plan, bijvoorbeeld: csc init nieuw-plan
