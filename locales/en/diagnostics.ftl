# Diagnostics: one message per stable code (src/diag/codes.rs), with its help as the
# `.help` attribute. The code never changes with the language; the words do.

## Files

fichier-introuvable = file not found: { $path }
    .help = check the name and the folder of the file
fichier-illisible = cannot read the file { $path }: { $reason ->
    [not-found] the file or its folder does not exist
    [permission-denied] access denied
    [is-a-directory] this is a folder, not a file
    [read-only] the disk is read-only
    [storage-full] the disk is full
    [invalid-data] the content is unreadable
    [not-a-file] this is not a regular file (for example a folder or a device)
   *[other] file system error
}
    .help = { $reason ->
        [invalid-data] the file is damaged, cut short, or not in the format its extension says: open it in the program that made it (Excel, LibreOffice) and save it again
       *[other] {""}
    }
ecriture-impossible = cannot write the file { $path }: { $reason ->
    [not-found] the file or its folder does not exist
    [permission-denied] access denied
    [is-a-directory] this is a folder, not a file
    [read-only] the disk is read-only
    [storage-full] the disk is full
    [invalid-data] the content is unreadable
    [not-a-file] this is not a regular file (for example a folder or a device)
   *[other] file system error
}
fichier-de-sortie-requis = the { $format } format writes a file: it cannot be shown on screen
    .help = add -o report.{ $format }
fichier-existant = the file { $path } already exists: csc init never overwrites a file
    .help = choose another folder (csc init FOLDER) or move this file away
sortie-sur-entree = { $path } is one of the files being read (the plan or a log): the report may not overwrite it
    .help = choose another file name after -o, for example report.csv
rapport-impossible = the report could not be produced: { $reason ->
    [xlsx] the Excel workbook could not be built
    [csv] the CSV file could not be built
   *[other] internal error
}
encodage = the file is not saved as UTF-8
    .help = in your editor, save the file with the "UTF-8" encoding
fichier-vide = the file is empty
    .help = a plan starts with "csc: 1", "commune: …" and "annee: …"; see plans/molenbeek-2023.yaml

## YAML structure

syntaxe-yaml = the YAML is malformed: { $detail ->
    [documents] a plan is a single document (remove the extra "---" lines)
    [unknown-anchor] alias "*" to an anchor "&" that does not exist
    [colon] unexpected ":"; a text containing ":" must be put in quotes
    [tab] a tab is used for indentation; use spaces only
    [indentation] the indentation does not match that of the surrounding lines
    [list-item] list item not aligned with the others
    [quote] quotes not closed
    [bracket] bracket "[" not closed, or a comma is missing
    [brace] brace "{ "{" }" not closed, or a comma is missing
    [anchor] invalid anchor "&" or alias "*"
    [eof] the file ends in the middle of a structure
   *[other] invalid structure at this place
}
    .help = check the indentation (spaces, no tabs) and the quotes; a text that contains ":" or starts with ">" must be put in quotes
cle-inconnue = { $has_suggestion ->
    [true] unknown key "{ $key }"; did you mean "{ $suggestion }"?
   *[false] unknown key "{ $key }"
}
    .help = { $expected ->
        [none] {""}
       *[other] keys allowed here: { $expected }
    }
cle-manquante = the required key "{ $key }" is missing from the block that contains this line
    .help = add "{ $key }: …" to this block
type-incorrect = this must be { $expected ->
        [text] text
        [integer] a whole number
        [number] a number
        [bool] a yes/no value (true/false)
        [list] a list (lines starting with "-")
        [object] a block of keys ("key: value")
        [empty] an empty value
        [date] a date YYYY-MM-DD
       *[other] { $expected }
    }{ $found ->
    [none] {""}
   *[other] , not { $found ->
        [text] text
        [integer] a whole number
        [number] a number
        [bool] a yes/no value (true/false)
        [list] a list (lines starting with "-")
        [object] a block of keys ("key: value")
        [empty] an empty value
        [date] a date YYYY-MM-DD
       *[other] { $found }
    }
}
    .help = { $expected ->
        [list] write each item on its own line, starting with "-"
        [integer] write only the number, in digits, for example 2023
        [number] write only the number, in digits, for example 2023
        [text] put the value in quotes
       *[other] {""}
    }
cle-en-double = the key "{ $key }" appears twice{ $first_line ->
    [0] {""}
   *[other] {" "}(already on line { $first_line }, perhaps spelled another way)
}
    .help = keep only one of these two lines
yaml-trop-complexe = the file is too large or too deeply nested for a plan (too many aliases or levels)

## Plan content

version-format = unknown format version "{ $found }"; this version of csc reads "csc: 1"
date-invalide = invalid date "{ $value }"
    .help = write the date as YYYY-MM-DD, for example 2023-12-31
periode-inversee = the period ends before it starts
    .help = the "du" date (start) must come before the "au" date (end)
annee-invalide = invalid year: { $value }
    .help = write the year with four digits, for example 2023
langue-inconnue = unknown language "{ $value }"
    .help = write "fr", "nl" or "en"
identifiant-invalide = invalid id "{ $id }"
    .help = an id is a single word: letters, digits, "-", "_" or ".", for example OS1 or prises-en-charge
identifiant-en-double = { $whole_plan ->
    [true] the indicator id "{ $id }" is already used on line { $first_line }
   *[false] the id "{ $id }" is already used on line { $first_line }, at the same level
}
    .help = give it a different id
cible-invalide = { $kind ->
    [empty] the target is empty
    [expected-number] unreadable target: a number is expected here
    [ambiguous-number] ambiguous target: a dot followed by three digits may be a thousands separator
    [missing-period] unreadable target: a period (year, quarter, month…) is expected after "/"
    [unknown-period] unreadable target: unknown period "{ $word }"
    [reversed-range] unreadable target: the upper bound is smaller than the lower bound
   *[unexpected] unreadable target: "{ $word }" is not expected here
}
    .help = examples of valid targets: ">= 10/year", "at least 3 per quarter", "5-10", ">= 80%", "Yes/No"
mesure-et-declare = an indicator has either a "mesure" or a "declare" value, not both
    .help = keep "mesure" if the value is calculated from the logs, "declare" if you give it yourself
justification-manquante = a declared value must be justified
    .help = add "justification: …" (for example: Agreement signed on 12/03/2023)
declare-invalide = unreadable declared value "{ $value }"
    .help = write Yes, No, a number (12) or a percentage (85%)
declare-incompatible = { $target_yes_no ->
    [true] the target expects Yes or No, but the declared value is a number
   *[false] the target expects a number, but the declared value is Yes or No
}
mesure-sans-activite = the measure does not say which activity to count
    .help = add "activite: activity-code" (or "activites: [code1, code2]")
mesure-activite-double = "activite" and "activites" cannot be used together
    .help = keep only one of them
mesure-somme-et-distincts = "somme" and "distincts" cannot be used together
    .help = keep only one of them
mesure-ratio-melangee = a ratio measure (numerateur/denominateur) cannot also have "activite", "filtre", "somme" or "distincts"
    .help = a ratio is written "mesure: { "{" }numerateur: { "{" }activite: …{ "}" }, denominateur: { "{" }activite: …{ "}" }{ "}" }"
mesure-ratio-incomplete = the ratio has no "{ $missing }"
    .help = a ratio is written "mesure: { "{" }numerateur: { "{" }activite: …{ "}" }, denominateur: { "{" }activite: …{ "}" }{ "}" }"
pourcentage-sans-ratio = the target is a percentage, but the measure is not a ratio
    .help = use a "numerateur"/"denominateur" measure, or declare the percentage with "declare"
ratio-sans-pourcentage = the measure is a ratio, but the target is not a percentage
    .help = write the target as a percentage, for example ">= 80%"
filtre-vide = the filter is empty
    .help = remove "filtre" or give "column: value"
objectif-strategique-vide = the strategic objective "{ $id }" has no operational objectives
    .help = this is allowed (the official template leaves the police zone tables empty), but nothing will be evaluated there
objectif-operationnel-vide = the operational objective "{ $id }" has no indicators
    .help = this is allowed (the official template leaves the police zone tables empty), but nothing will be evaluated there
plan-vide = the plan has no sectors

nombre-invalide = { $kind ->
    [ambiguous] ambiguous number "{ $value }": a dot followed by three digits may be a thousands separator
    [negative] negative number "{ $value }"
    [too-large] number too large "{ $value }": at most 12 digits before the decimal separator
   *[not-a-number] "{ $value }" is not a readable number
}
    .help = write the number in digits, with a decimal comma (2,5) or a decimal point (2.5); write thousands with a space (1 000) or without a separator (1000)
activite-en-double = the activity "{ $code }" is listed twice in this measure: each row is counted only once
    .help = remove the duplicate from the "activites" list
sous-periode-impossible = the indicator "{ $id }" targets a rate per { $period ->
    [week] week
    [month] month
    [quarter] quarter
    [semester] half-year
   *[year] year
}, but no such period lies entirely within the period of the plan: it stays "not measured"
    .help = write the target for the whole period (for example ">= 4") or lengthen the "periode" of the plan
date-avant-periode = the evaluation date { $as_of } is before the start of the period ({ $du }): nothing is counted yet
    .help = check --as-of or the "periode" of the plan

## Logs

guillemet-non-ferme = a quote opened here is never closed: all the following lines would be read as a single cell
    .help = close the quote (") of this cell, or remove it; in Excel, save the file again as CSV
cellule-hors-en-tete = the cell in column { $column } has no header: the row has more cells than the header row
    .help = give this column a name in the first row, or move the value to the right column; an extra ";" in a comment may be the cause
colonne-en-double = the column "{ $column }" holds the same data as the column "{ $first }" (column { $first_column })
    .help = keep only one of these two columns, or rename one of them
formule-sans-valeur = the cell in the column "{ $column }" contains a formula whose value has not been calculated
    .help = open the workbook in Excel or LibreOffice and save it, so that the values of the formulas are stored in it
journal-en-double = { $kind ->
    [same-file] the log { $path } is the same file as { $other }: it is read only once
   *[same-content] the log { $path } has exactly the same content as { $other }: its rows are counted twice
}
    .help = remove the duplicate from "journaux" or from the --log options
journal-trop-grand = the log { $path } is { $size_mib } MiB: csc does not read logs larger than { $limit_mib } MiB
    .help = split the log by year or by department, or check that it is the right file
journal-vide = the log is empty: it does not even have a header row
    .help = the first row of the log must name the columns, at least "date" and "activite" (or "activity")
feuille-inconnue = the workbook has no sheet "{ $sheet }"; sheets: { $available }
    .help = write the name of the sheet after "#", for example log.xlsx#Activities
colonne-manquante = the required column "{ $column }" is missing{ $found ->
    [none] {""}
   *[other] ; columns found: { $found }
}
    .help = the first row of the log must name the columns, at least "date" and "activite" (or "activity")
donnee-personnelle = the column "{ $column }" contains { $kind ->
    [email] an e-mail address
   *[national-number] a national register number
}: such data must not be in a log
    .help = replace it with a pseudonymous case reference (for example D-2023-014); csc never shows the value
cellule-vide = the column "{ $column }" is empty on this row
    .help = fill in the cell or delete the row
date-illisible = unreadable date "{ $value }"
    .help = write the date as DD/MM/YYYY (14/02/2023) or YYYY-MM-DD
nombre-illisible = { $kind ->
    [ambiguous] ambiguous number "{ $value }" in the column "{ $column }": thousands or decimals?
    [negative] negative number "{ $value }" in the column "{ $column }"
    [too-large] number too large "{ $value }" in the column "{ $column }": at most 12 digits before the decimal separator
   *[not-a-number] "{ $value }" is not a number (column "{ $column }")
}
    .help = { $kind ->
        [ambiguous] write decimals with a decimal comma (1,5) and thousands without a separator (1234)
       *[other] write a positive number or zero, for example 12 or 2.5; leave the cell empty for 1
    }
erreurs-supplementaires = { $count ->
    [one] and { $count } more error in this log
   *[other] and { $count } more errors in this log
}
colonne-de-mesure-manquante = the indicator "{ $indicator }" (line { $plan_line } of the plan) uses the column "{ $column }", which is not in this log
    .help = add the column to the log or correct the measure in the plan
activite-inconnue = no indicator uses the activity "{ $code }" ({ $rows ->
    [one] 1 row not counted
   *[other] { $rows } rows not counted
}){ $has_nearest ->
    [true] ; did you mean "{ $nearest }"?
   *[false] {""}
}
    .help = correct the code in the log, or add it to the measure of an indicator in the plan
hors-periode = { $rows ->
    [one] { $rows } row outside the period { $du } to { $au }, not counted (row { $lines })
   *[other] { $rows } rows outside the period { $du } to { $au }, not counted (rows { $lines }{ $rows ->
        [2] {""}
        [3] {""}
        [4] {""}
        [5] {""}
       *[other] …
    })
}
    .help = check the year of the dates, or the "periode" of the plan
ligne-en-double = row identical to row { $first_line }{ $more ->
    [0] {""}
    [one] {" "}(and { $more } more duplicate row in this log)
   *[other] {" "}(and { $more } more duplicate rows in this log)
}
    .help = if the same activity was entered twice, delete one of the rows
aucun-journal-trouve = no file matches "{ $pattern }"
    .help = list the logs in the plan ("journaux: [journal-2023.csv]") or give them with --log
aucun-journal = no activity log: the measured indicators stay "not measured"
    .help = list the logs in the plan ("journaux: [journal-2023.csv]") or give them with --log
indicateur-inconnu = { $has_nearest ->
    [true] unknown indicator "{ $id }"; did you mean "{ $nearest }"?
   *[false] unknown indicator "{ $id }"
}
    .help = use the "id" of one of the indicators of the plan
