# `csc rollup`: the roll-up of many plans (spec §11). Ids are declared in
# src/rollup/messages.rs with their arguments.

## Command line

rollup-cli-about = Brengt meerdere plannen samen: één rij per plan, groeperingen, een totaal en de evolutie van jaar tot jaar
rollup-cli-paths = Plannen (YAML-bestanden) of mappen waarin ze gezocht worden: elk .yaml- of .yml-bestand dat begint met "csc:", submappen inbegrepen
rollup-cli-par = Groepeert de rijen: pool, domein, gemeente of jaar (ook: pole, domaine, commune, annee)
rollup-cli-format = Formaat: table (standaard), csv (voor Excel), xlsx (Excel-werkmap met een werkblad per groepering, met -o), html (afdrukbare pagina), json (voor een programma), markdown (voor een document)
rollup-cli-value-path = PLAN_OF_MAP
rollup-cli-value-group = GROEPERING

## Messages

rollup-no-plan = geen enkel plan in "{ $path }"
    .help = een plan is een .yaml- of .yml-bestand waarvan de eerste regel (zonder commentaar) begint met "csc:"
rollup-progress = plannen geëvalueerd
rollup-warnings = { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    } in { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plannen
    }; "csc check" toont ze in detail
rollup-broken = { $broken ->
        [one] { $broken } van de { $plans } plannen kon niet geëvalueerd worden: het staat met zijn fout in het overzicht, de andere plannen zijn samengebracht
       *[other] { $broken } van de { $plans } plannen konden niet geëvalueerd worden: ze staan met hun fout in het overzicht, de andere plannen zijn samengebracht
    }
rollup-same-year = meerdere plannen van { $commune } voor { $annee } die hun toelage niet van elkaar onderscheidt ({ $files }): voor die plannen wordt geen evolutie berekend
    .help = geef elk plan van hetzelfde jaar een andere "toelage"

## Titles and headings

rollup-title = Overzicht van { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plannen
    }
rollup-evaluated = { $has_as_of ->
        [true] geëvalueerd op { $as_of }
       *[other] elk plan geëvalueerd op het einde van zijn periode, of vandaag als die nog loopt
    }
rollup-heading-plans = Plannen
rollup-heading-groups = Per { $par ->
        [pole] pool
        [domaine] domein
        [commune] gemeente
       *[annee] jaar
    }
rollup-heading-evolutions = Evolutie van jaar tot jaar (indicatoren met dezelfde id)
rollup-heading-errors = { $count ->
        [one] Plan met een fout, niet opgenomen in het overzicht
       *[other] Plannen met een fout, niet opgenomen in het overzicht
    }
rollup-no-evolution = Geen enkele gemeente heeft plannen voor twee opeenvolgende jaren.
rollup-no-plan-evaluated = Geen enkel plan kon geëvalueerd worden.

## Columns: the value is the heading a reader sees, `.csv` the CSV column name.

rollup-col-file = Bestand
    .csv = bestand
rollup-col-commune = Gemeente
    .csv = gemeente
rollup-col-year = Jaar
    .csv = jaar
rollup-col-group = { $par ->
        [pole] Pool
        [domaine] Domein
        [commune] Gemeente
       *[annee] Jaar
    }
    .csv = { $par ->
        [pole] pool
        [domaine] domein
        [commune] gemeente
       *[annee] jaar
    }
rollup-col-plans = Plannen
    .csv = plannen
rollup-col-indicators = Indicatoren
    .csv = indicatoren
rollup-col-status = { $status ->
        [atteint] bereikt
        [en_bonne_voie] op schema
        [en_retard] achterstand
        [non_atteint] niet bereikt
       *[non_mesure] niet gemeten
    }
    .csv = { $status ->
        [atteint] bereikt
        [en_bonne_voie] op_schema
        [en_retard] achterstand
        [non_atteint] niet_bereikt
       *[non_mesure] niet_gemeten
    }
rollup-col-measured = Gemeten
    .csv = gemeten
rollup-col-measure-rate = Meetgraad
    .csv = meetgraad
rollup-col-share-met = Realisatiegraad
    .csv = realisatiegraad
rollup-col-distribution = Verdeling
rollup-col-years = Jaren
rollup-col-compared = Vergeleken
rollup-col-improved = Verbeterd
rollup-col-worsened = Verslechterd
rollup-col-unchanged = Ongewijzigd
rollup-col-not-comparable = Niet vergelijkbaar
rollup-col-indicator = Indicator
rollup-col-before = Status ervoor
rollup-col-after = Status erna
rollup-col-change = Evolutie
rollup-col-error = Fout
    .csv = fout
rollup-col-place = Plaats

## Values

rollup-total = Totaal
rollup-no-pole = (zonder pool)
rollup-change = { $change ->
        [ameliore] verbeterd
        [degrade] verslechterd
        [stable] ongewijzigd
       *[non_comparable] niet vergelijkbaar
    }
rollup-first-error = { $place }: { $message }{ $more ->
        [0] {""}
        [one] {" "}(en nog { $more } fout)
       *[other] {" "}(en nog { $more } fouten)
    }
rollup-years = { $from } → { $to }

## Workbook sheets (31 characters at most)

rollup-sheet = { $sheet ->
        [plans] Plannen
        [pole] Per pool
        [domaine] Per domein
        [commune] Per gemeente
        [annee] Per jaar
        [evolutions] Evolutie
       *[errors] Fouten
    }

## HTML

rollup-chart-label = { $group }: { $counts }
rollup-html-footer = Overzicht gemaakt met csc { $version } (formaat csc-rollup/1).
