# Diagnostics: one message per stable code (src/diag/codes.rs), with its help as the
# `.help` attribute. The code never changes with the language; the words do.

## Files

fichier-introuvable = bestand niet gevonden: { $path }
    .help = controleer de naam en de map van het bestand
fichier-illisible = kan het bestand { $path } niet lezen: { $reason ->
    [not-found] het bestand of de map bestaat niet
    [permission-denied] toegang geweigerd
    [is-a-directory] dit is een map, geen bestand
    [read-only] de schijf is alleen-lezen
    [storage-full] de schijf is vol
    [invalid-data] de inhoud is onleesbaar
    [not-a-file] dit is geen gewoon bestand (maar bijvoorbeeld een map of een apparaat)
   *[other] fout van het bestandssysteem
}
    .help = { $reason ->
        [invalid-data] het bestand is beschadigd, afgebroken of heeft niet het formaat van zijn extensie: open het in het programma waarmee het gemaakt is (Excel, LibreOffice) en sla het opnieuw op
       *[other] {""}
    }
ecriture-impossible = kan het bestand { $path } niet schrijven: { $reason ->
    [not-found] het bestand of de map bestaat niet
    [permission-denied] toegang geweigerd
    [is-a-directory] dit is een map, geen bestand
    [read-only] de schijf is alleen-lezen
    [storage-full] de schijf is vol
    [invalid-data] de inhoud is onleesbaar
    [not-a-file] dit is geen gewoon bestand (maar bijvoorbeeld een map of een apparaat)
   *[other] fout van het bestandssysteem
}
fichier-de-sortie-requis = het formaat { $format } maakt een bestand: het kan niet op het scherm getoond worden
    .help = voeg -o rapport.{ $format } toe
fichier-existant = het bestand { $path } bestaat al: csc init overschrijft nooit een bestand
    .help = kies een andere map (csc init MAP) of verplaats dit bestand
sortie-sur-entree = { $path } is een van de gelezen bestanden (het plan of een logboek): het rapport mag het niet overschrijven
    .help = kies een andere bestandsnaam na -o, bijvoorbeeld rapport.csv
rapport-impossible = het rapport kon niet gemaakt worden: { $reason ->
    [xlsx] de Excel-werkmap kon niet opgebouwd worden
    [csv] het CSV-bestand kon niet opgebouwd worden
   *[other] interne fout
}
encodage = het bestand is niet opgeslagen in UTF-8
    .help = sla het bestand in uw editor op met de codering "UTF-8"
fichier-vide = het bestand is leeg
    .help = een plan begint met "csc: 1", "gemeente: …" en "jaar: …"; zie examples/plan-mechelen-2024.yaml

## YAML structure

syntaxe-yaml = ongeldige YAML: { $detail ->
    [documents] een plan bestaat uit één document (verwijder de overbodige regels "---")
    [unknown-anchor] alias "*" naar een anker "&" dat niet bestaat
    [colon] onverwachte ":"; een tekst met ":" zet u tussen aanhalingstekens
    [tab] er wordt ingesprongen met een tab; gebruik alleen spaties
    [indentation] het inspringen komt niet overeen met dat van de regels errond
    [list-item] lijstelement verkeerd uitgelijnd
    [quote] aanhalingstekens niet gesloten
    [bracket] vierkant haakje "[" niet gesloten of komma ontbreekt
    [brace] accolade "{ "{" }" niet gesloten of komma ontbreekt
    [anchor] ongeldig anker "&" of ongeldige alias "*"
    [eof] het bestand eindigt midden in een structuur
   *[other] ongeldige structuur op deze plaats
}
    .help = controleer het inspringen (spaties, geen tabs) en de aanhalingstekens; een tekst die ":" bevat of met ">" begint, zet u tussen aanhalingstekens
cle-inconnue = { $has_suggestion ->
    [true] onbekende sleutel "{ $key }"; bedoelde u "{ $suggestion }"?
   *[false] onbekende sleutel "{ $key }"
}
    .help = { $expected_nl ->
        [none] {""}
       *[other] mogelijke sleutels hier: { $expected_nl }
    }
cle-manquante = de verplichte sleutel "{ $key }" ontbreekt in het blok dat deze regel bevat
    .help = voeg "{ $key }: …" toe aan dit blok
type-incorrect = hier is { $expected ->
        [text] een tekst
        [integer] een geheel getal
        [number] een getal
        [bool] een ja/nee-waarde (true/false)
        [list] een lijst (regels die met "-" beginnen)
        [object] een blok sleutels ("sleutel: waarde")
        [empty] een lege waarde
        [date] een datum JJJJ-MM-DD
       *[other] { $expected }
    } nodig{ $found ->
    [none] {""}
   *[other] , geen { $found ->
        [text] tekst
        [integer] geheel getal
        [number] getal
        [bool] ja/nee-waarde (true/false)
        [list] lijst (regels die met "-" beginnen)
        [object] blok sleutels ("sleutel: waarde")
        [empty] lege waarde
        [date] datum JJJJ-MM-DD
       *[other] { $found }
    }
}
    .help = { $expected ->
        [list] schrijf elk element op een eigen regel, met "-" ervoor
        [integer] schrijf alleen het getal, in cijfers, bijvoorbeeld 2023
        [number] schrijf alleen het getal, in cijfers, bijvoorbeeld 2023
        [text] zet de waarde tussen aanhalingstekens
       *[other] {""}
    }
cle-en-double = de sleutel "{ $key }" komt twee keer voor{ $first_line ->
    [0] {""}
   *[other] {" "}(al op regel { $first_line }, misschien in een andere spelling)
}
    .help = houd maar één van deze twee regels
yaml-trop-complexe = het bestand is te groot of te diep genest voor een plan (te veel aliassen of niveaus)

## Plan content

version-format = onbekende formaatversie "{ $found }"; deze versie van csc leest "csc: 1"
date-invalide = ongeldige datum "{ $value }"
    .help = schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2023-12-31
periode-inversee = de periode eindigt voordat ze begint
    .help = "van" moet vóór "tot" liggen
annee-invalide = ongeldig jaar: { $value }
    .help = schrijf het jaar in vier cijfers, bijvoorbeeld 2023
langue-inconnue = onbekende taal "{ $value }"
    .help = schrijf "fr", "nl" of "en"
identifiant-invalide = ongeldige id "{ $id }"
    .help = een id is één woord: letters, cijfers, "-", "_" of ".", bijvoorbeeld OS1 of begeleidingen
identifiant-en-double = { $whole_plan ->
    [true] de indicator-id "{ $id }" wordt al gebruikt op regel { $first_line }
   *[false] de id "{ $id }" wordt al gebruikt op regel { $first_line }, op hetzelfde niveau
}
    .help = geef een andere id
cible-invalide = { $kind ->
    [empty] het doel is leeg
    [expected-number] onleesbaar doel: hier wordt een getal verwacht
    [ambiguous-number] dubbelzinnig doel: een punt gevolgd door drie cijfers kan een scheidingsteken voor duizendtallen zijn
    [missing-period] onleesbaar doel: na "/" wordt een periode verwacht (jaar, kwartaal, maand …)
    [unknown-period] onleesbaar doel: onbekende periode "{ $word }"
    [reversed-range] onleesbaar doel: de bovengrens is kleiner dan de ondergrens
   *[unexpected] onleesbaar doel: "{ $word }" wordt hier niet verwacht
}
    .help = voorbeelden van geldige doelen: ">/= 10/jaar", "minstens 3 per kwartaal", "tussen 5 en 10", ">= 80 %", "Ja/Nee"
mesure-et-declare = een indicator heeft ofwel een "meting", ofwel een "verklaard"-waarde, niet allebei
    .help = houd "meting" als de waarde uit de logboeken berekend wordt, "verklaard" als u de waarde zelf opgeeft
justification-manquante = een verklaarde waarde moet verantwoord worden
    .help = voeg "verantwoording: …" toe (bijvoorbeeld: Overeenkomst ondertekend op 12/03/2023)
declare-invalide = onleesbare verklaarde waarde "{ $value }"
    .help = schrijf Ja, Nee, een getal (12) of een percentage (85 %)
declare-incompatible = { $target_yes_no ->
    [true] het doel verwacht Ja of Nee, maar de verklaarde waarde is een getal
   *[false] het doel verwacht een getal, maar de verklaarde waarde is Ja of Nee
}
mesure-sans-activite = de meting zegt niet welke activiteit geteld moet worden
    .help = voeg "activiteit: code-van-de-activiteit" toe (of "activiteiten: [code1, code2]")
mesure-activite-double = "activiteit" en "activiteiten" kunnen niet samen gebruikt worden
    .help = houd er maar één
mesure-somme-et-distincts = "som" en "uniek" kunnen niet samen gebruikt worden
    .help = houd er maar één
mesure-ratio-melangee = een meting als verhouding (teller/noemer) kan niet ook "activiteit", "filter", "som" of "uniek" hebben
    .help = een verhouding schrijft u als "meting: { "{" }teller: { "{" }activiteit: …{ "}" }, noemer: { "{" }activiteit: …{ "}" }{ "}" }"
mesure-ratio-incomplete = de verhouding heeft geen "{ $missing ->
    [numerateur] teller
    [denominateur] noemer
   *[other] { $missing }
}"
    .help = een verhouding schrijft u als "meting: { "{" }teller: { "{" }activiteit: …{ "}" }, noemer: { "{" }activiteit: …{ "}" }{ "}" }"
pourcentage-sans-ratio = het doel is een percentage, maar de meting is geen verhouding
    .help = gebruik een meting met "teller" en "noemer", of geef het percentage zelf op met "verklaard"
ratio-sans-pourcentage = de meting is een verhouding, maar het doel is geen percentage
    .help = schrijf het doel als percentage, bijvoorbeeld ">= 80 %"
filtre-vide = de filter is leeg
    .help = verwijder "filter" of vul "kolom: waarde" in
objectif-strategique-vide = de strategische doelstelling "{ $id }" heeft geen operationele doelstellingen
    .help = dat mag (het officiële sjabloon laat de tabellen van de politiezone leeg), maar er wordt niets geëvalueerd
objectif-operationnel-vide = de operationele doelstelling "{ $id }" heeft geen indicatoren
    .help = dat mag (het officiële sjabloon laat de tabellen van de politiezone leeg), maar er wordt niets geëvalueerd
plan-vide = het plan heeft geen enkele sector

nombre-invalide = { $kind ->
    [ambiguous] dubbelzinnig getal "{ $value }": een punt gevolgd door drie cijfers kan een scheidingsteken voor duizendtallen zijn
    [negative] negatief getal "{ $value }"
    [too-large] te groot getal "{ $value }": hoogstens 12 cijfers vóór de komma
   *[not-a-number] "{ $value }" is geen leesbaar getal
}
    .help = schrijf het getal in cijfers, met een decimale komma (2,5); duizendtallen schrijft u met een spatie (1 000) of zonder scheidingsteken (1000)
activite-en-double = de activiteit "{ $code }" staat twee keer in deze meting: elke rij wordt maar één keer geteld
    .help = verwijder de dubbele code uit de lijst "activiteiten"
sous-periode-impossible = de indicator "{ $id }" mikt op een ritme per { $period ->
    [week] week
    [month] maand
    [quarter] kwartaal
    [semester] semester
   *[year] jaar
}, maar geen enkele van die periodes valt volledig binnen de periode van het plan: de indicator blijft "niet gemeten"
    .help = schrijf het doel voor de hele periode (bijvoorbeeld ">= 4") of verleng de "periode" van het plan
date-avant-periode = de evaluatiedatum { $as_of } ligt vóór het begin van de periode ({ $du }): er wordt nog niets geteld
    .help = controleer --as-of of de "periode" van het plan

## Logs

guillemet-non-ferme = een aanhalingsteken dat hier geopend wordt, wordt nooit gesloten: alle volgende regels zouden als één cel gelezen worden
    .help = sluit het aanhalingsteken (") van deze cel, of verwijder het; sla het bestand in Excel opnieuw op als CSV
cellule-hors-en-tete = de cel in kolom { $column } heeft geen kolomnaam: de rij heeft meer cellen dan de kopregel
    .help = geef deze kolom een naam in de eerste rij, of zet de waarde in de juiste kolom; een ";" te veel in een opmerking kan de oorzaak zijn
colonne-en-double = de kolom "{ $column }" bevat hetzelfde gegeven als de kolom "{ $first }" (kolom { $first_column })
    .help = houd maar één van deze twee kolommen, of geef een ervan een andere naam
formule-sans-valeur = de cel in de kolom "{ $column }" bevat een formule waarvan de waarde niet berekend is
    .help = open de werkmap in Excel of LibreOffice en sla ze op, zodat de waarden van de formules erin bewaard worden
journal-en-double = { $kind ->
    [same-file] het logboek { $path } is hetzelfde bestand als { $other }: het wordt maar één keer gelezen
   *[same-content] het logboek { $path } heeft precies dezelfde inhoud als { $other }: de rijen worden twee keer geteld
}
    .help = verwijder het dubbele logboek uit "logboeken" of uit de --log-opties
journal-trop-grand = het logboek { $path } is { $size_mib } MiB groot: boven { $limit_mib } MiB leest csc het niet
    .help = splits het logboek per jaar of per dienst, of controleer of het wel het juiste bestand is
journal-vide = het logboek is leeg: het heeft zelfs geen kopregel
    .help = de eerste rij van het logboek moet de kolomnamen bevatten, minstens "datum" en "activiteit"
feuille-inconnue = de werkmap heeft geen blad "{ $sheet }"; bladen: { $available }
    .help = schrijf de naam van het blad na "#", bijvoorbeeld logboek.xlsx#Activiteiten
colonne-manquante = de verplichte kolom "{ $column }" ontbreekt{ $found ->
    [none] {""}
   *[other] ; gevonden kolommen: { $found }
}
    .help = de eerste rij van het logboek moet de kolomnamen bevatten, minstens "datum" en "activiteit"
donnee-personnelle = de kolom "{ $column }" bevat { $kind ->
    [email] een e-mailadres
   *[national-number] een rijksregisternummer
}: zulke gegevens horen niet in een logboek
    .help = vervang het door een pseudonieme dossierreferentie (bijvoorbeeld D-2023-014); csc toont de waarde nooit
cellule-vide = de kolom "{ $column }" is leeg op deze rij
    .help = vul de cel in of verwijder de rij
date-illisible = onleesbare datum "{ $value }"
    .help = schrijf de datum als DD/MM/JJJJ (14/02/2023) of JJJJ-MM-DD
nombre-illisible = { $kind ->
    [ambiguous] dubbelzinnig getal "{ $value }" in de kolom "{ $column }": duizendtallen of decimalen?
    [negative] negatief getal "{ $value }" in de kolom "{ $column }"
    [too-large] te groot getal "{ $value }" in de kolom "{ $column }": hoogstens 12 cijfers vóór de komma
   *[not-a-number] "{ $value }" is geen getal (kolom "{ $column }")
}
    .help = { $kind ->
        [ambiguous] schrijf decimalen met een komma (1,5) en duizendtallen zonder scheidingsteken (1234)
       *[other] schrijf een positief getal of nul, bijvoorbeeld 12 of 2,5; laat de cel leeg voor 1
    }
erreurs-supplementaires = { $count ->
    [one] en nog { $count } fout in dit logboek
   *[other] en nog { $count } fouten in dit logboek
}
colonne-de-mesure-manquante = de indicator "{ $indicator }" (regel { $plan_line } van het plan) gebruikt de kolom "{ $column }", die niet in dit logboek staat
    .help = voeg de kolom toe aan het logboek of verbeter de meting in het plan
activite-inconnue = geen enkele indicator gebruikt de activiteit "{ $code }" ({ $rows ->
    [one] 1 rij niet geteld
   *[other] { $rows } rijen niet geteld
}){ $has_nearest ->
    [true] ; bedoelde u "{ $nearest }"?
   *[false] {""}
}
    .help = verbeter de code in het logboek, of voeg de code toe aan de meting van een indicator in het plan
hors-periode = { $rows ->
    [one] { $rows } rij buiten de periode van { $du } tot en met { $au }, niet geteld (rij { $lines })
   *[other] { $rows } rijen buiten de periode van { $du } tot en met { $au }, niet geteld (rijen { $lines }{ $rows ->
        [2] {""}
        [3] {""}
        [4] {""}
        [5] {""}
       *[other] …
    })
}
    .help = controleer het jaar van de datums, of de "periode" in het plan
ligne-en-double = rij identiek aan rij { $first_line }{ $more ->
    [0] {""}
    [one] {" "}(en nog { $more } dubbele rij in dit logboek)
   *[other] {" "}(en nog { $more } dubbele rijen in dit logboek)
}
    .help = als dezelfde activiteit twee keer ingevoerd werd, verwijder dan een van de rijen
aucun-journal-trouve = geen enkel bestand komt overeen met "{ $pattern }"
    .help = geef de logboeken op in het plan ("logboeken: [logboek-2024.csv]") of met --log
aucun-journal = geen activiteitenlogboek: de gemeten indicatoren blijven "niet gemeten"
    .help = geef de logboeken op in het plan ("logboeken: [logboek-2024.csv]") of met --log
indicateur-inconnu = { $has_nearest ->
    [true] onbekende indicator "{ $id }"; bedoelde u "{ $nearest }"?
   *[false] onbekende indicator "{ $id }"
}
    .help = gebruik de "id" van een indicator uit het plan
