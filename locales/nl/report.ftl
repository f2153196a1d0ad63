# Words of reports (table, CSV, Markdown, HTML, Excel) and of the `check` summary.

## Statuses: the code is the JSON value (spec §7), the word is the reader's.

status = { $status ->
    [atteint] bereikt
    [en_bonne_voie] op schema
    [en_retard] achterstand
    [non_atteint] niet bereikt
   *[non_mesure] niet gemeten
}
yes = Ja
no = Nee
severity = { $severity ->
    [erreur] fout
   *[avertissement] waarschuwing
}
help-label = hulp

## Columns: the value is the heading a reader sees, `.csv` the CSV column name.

col-objective = Doelstelling
col-sector = Sector
    .csv = sector
col-strategic = Strategische doelstelling
    .csv = strategische_doelstelling
col-operational = Operationele doelstelling
    .csv = operationele_doelstelling
col-indicator = Indicator
    .csv = indicator
col-title = Omschrijving
    .csv = omschrijving
col-target = Doel
    .csv = doel
col-value = Gerealiseerd
    .csv = gerealiseerd
col-expected = Verwacht
    .csv = verwacht
col-projection = Prognose
    .csv = prognose
col-sub-periods = Deelperiodes
    .csv = deelperiodes
col-status = Status
    .csv = status
col-rows = Rijen
    .csv = rijen
col-progress = Voortgang
col-log = Logboek
col-format = Formaat
col-severity = Ernst
col-code = Code
col-place = Plaats
col-message = Melding
col-help = Hulp

## Values

no-indicator = Geen indicatoren
no-objective = Geen strategische doelstellingen

sub-periods = { $met }/{ $total } { $total ->
    [one] { $period ->
        [week] week
        [month] maand
        [quarter] kwartaal
        [semester] semester
       *[year] jaar
    }
   *[other] { $period ->
        [week] weken
        [month] maanden
        [quarter] kwartalen
        [semester] semesters
       *[year] jaren
    }
}
percent-value = { $value } %
progress-label = { $value } van { $target }
expected-label = verwacht: { $expected }
expected-mark = verwacht op de evaluatiedatum

## Headings and identity

sector-heading = Sector { $id } — { $title }
strategic-heading = Strategische doelstelling { $id } — { $title }
operational-heading = Operationele doelstelling { $id } — { $title }
evaluated-on = Plan { $annee } van { $commune } — periode van { $du } tot en met { $au }, geëvalueerd op { $as_of }
summary-line = Overzicht: { $counts }
summary-item = { $symbol } { $count } { $status }
logs-used = Logboeken: { $logs }
no-log-read = Geen logboek gelezen.
logs-none = geen
log-item = { $file } ({ $rows ->
    [one] { $rows } rij
   *[other] { $rows } rijen
})
days-left = Indieningstermijn verstrijkt op { $date }: { $days ->
    [0] vandaag.
    [1] morgen.
   *[other] over { $days } dagen.
}
days-past = Indieningstermijn verstreken op { $date }: { $days ->
    [one] { $days } dag geleden.
   *[other] { $days } dagen geleden.
}

## HTML

html-title = Projectplan { $annee } — { $commune }
html-period = van { $du } tot en met { $au }
html-caption = Indicatoren van strategische doelstelling { $id }
html-summary = Overzicht
html-summary-caption = Aantal indicatoren per status
html-count = Indicatoren
html-general-objective = Algemene doelstelling:
html-no-indicator = Het plan bevat geen operationele doelstellingen en geen indicatoren.
html-footer = Rapport gemaakt met csc { $version } (formaat csc-report/1).

## Identity fields (HTML, Excel)

field-commune = Gemeente
field-year = Jaar
field-allocation = Toelage
field-legal-basis = Rechtsgrond
field-format = Formaat
field-period = Periode
field-period-from = Periode van
field-period-to = Periode tot en met
field-evaluated-on = Geëvalueerd op
field-deadline = Indieningstermijn
field-logs = Logboeken

## Excel sheets

sheet-indicators = Indicatoren
sheet-plan = Plan
sheet-warnings = Waarschuwingen

## `csc check`

plan-summary = { $file }: plan { $annee } van { $commune } — { $sectors ->
        [one] { $sectors } sector
       *[other] { $sectors } sectoren
    }, { $strategic ->
        [one] { $strategic } strategische doelstelling
       *[other] { $strategic } strategische doelstellingen
    }, { $operational ->
        [one] { $operational } operationele doelstelling
       *[other] { $operational } operationele doelstellingen
    }, { $indicators ->
        [one] { $indicators } indicator
       *[other] { $indicators } indicatoren
    }
    {"  "}per bron: { $measured } gemeten in de logboeken, { $declared } verklaard, { $unmeasured } niet gemeten
    {"  "}per type: { $count } numeriek, { $percent } in procent, { $yes_no } ja/nee
check-totals = { $files ->
        [one] { $files } bestand gecontroleerd
       *[other] { $files } bestanden gecontroleerd
    }: { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    } — { $errors ->
        [0] geldig
       *[other] te corrigeren
    }

## A target as csc reads it (`explain`): `≥ 10/jaar`, `5 tot 10 %`

target-read = { $cmp ->
    [at-least] ≥ { $a }
    [more-than] > { $a }
    [at-most] ≤ { $a }
    [less-than] < { $a }
    [exactly] = { $a }
   *[between] { $a } tot { $b }
}{ $percent ->
    [true] {" "}%
   *[false] {""}
}{ $per ->
    [week] /week
    [month] /maand
    [quarter] /kwartaal
    [semester] /semester
    [year] /jaar
   *[none] {""}
}
