# CI formats (SARIF, JUnit, GitLab, GitHub), the plan's JSON Schema and `csc init`.

## SARIF: one rule per diagnostic code. The default variant is the code itself: a test
## fails when a code has no description of its own.

rule-description = { $code ->
    [fichier-introuvable] A named file (plan or log) does not exist.
    [fichier-illisible] A file exists but cannot be read.
    [ecriture-impossible] A file cannot be written.
    [fichier-de-sortie-requis] This report format is a file: -o is required.
    [fichier-existant] A file that csc init would write already exists.
    [sortie-sur-entree] The output file is one of the files read.
    [rapport-impossible] The report could not be produced.
    [encodage] The plan is not saved as UTF-8.
    [fichier-vide] The plan is empty.
    [syntaxe-yaml] The plan's YAML is malformed.
    [cle-inconnue] A plan key does not exist at this place.
    [cle-manquante] A required key is missing.
    [type-incorrect] A value does not have the expected type (text, number, list…).
    [cle-en-double] A key is given twice, possibly under two spellings.
    [yaml-trop-complexe] The plan is too large or too deeply nested.
    [version-format] The "csc" format version is unknown.
    [date-invalide] A date in the plan cannot be read.
    [periode-inversee] The period ends before it starts.
    [annee-invalide] The plan's year is invalid.
    [langue-inconnue] The plan's language is not fr, nl or en.
    [identifiant-invalide] An id is not a single word.
    [identifiant-en-double] An id is already used.
    [cible-invalide] A target cannot be read.
    [nombre-invalide] A number in the plan cannot be read or is ambiguous.
    [mesure-et-declare] An indicator has both a measure and a declared value.
    [justification-manquante] A declared value has no justification.
    [declare-invalide] A declared value cannot be read.
    [declare-incompatible] The declared value does not match the kind of target.
    [mesure-sans-activite] A measure does not say which activity to count.
    [mesure-activite-double] A measure has both "activite" and "activites".
    [mesure-somme-et-distincts] A measure has both "somme" and "distincts".
    [mesure-ratio-melangee] A ratio mixes numerator/denominator with a simple measure.
    [mesure-ratio-incomplete] A ratio lacks its numerator or its denominator.
    [pourcentage-sans-ratio] A percentage target without a ratio or a declared percentage.
    [ratio-sans-pourcentage] A ratio whose target is not a percentage.
    [filtre-vide] A filter has no condition.
    [activite-en-double] An activity code is listed twice in a measure.
    [sous-periode-impossible] The rate per sub-period cannot be judged over this period.
    [date-avant-periode] The evaluation date is before the start of the period.
    [objectif-strategique-vide] A strategic objective has no operational objectives.
    [objectif-operationnel-vide] An operational objective has no indicators.
    [plan-vide] The plan has no sectors.
    [journal-vide] An activity log is empty.
    [guillemet-non-ferme] A quote is never closed in a log.
    [cellule-hors-en-tete] A non-empty cell lies to the right of the last header.
    [colonne-en-double] Two headers of a log name the same column.
    [formule-sans-valeur] A workbook formula has no computed value.
    [journal-en-double] The same log (or the same content) is read twice.
    [journal-trop-grand] A log is larger than allowed.
    [feuille-inconnue] The named sheet does not exist in the workbook.
    [colonne-manquante] A required column is missing from a log.
    [donnee-personnelle] A log holds personal data (national register number, e-mail address).
    [cellule-vide] A required cell of a log is empty.
    [date-illisible] A date in a log cannot be read.
    [nombre-illisible] A number in a log cannot be read, is ambiguous or negative.
    [erreurs-supplementaires] Further errors in the same log are not shown.
    [colonne-de-mesure-manquante] A log lacks the column a measure sums or filters on.
    [activite-inconnue] An activity code of the log is used by no indicator.
    [hors-periode] Rows of the log are outside the period.
    [ligne-en-double] A row of the log is identical to another one.
    [aucun-journal-trouve] A log pattern matches no file.
    [aucun-journal] No activity log is read.
    [indicateur-inconnu] The requested indicator id does not exist.
   *[other] { $code }
}
rule-full-description = { $description } Help: { $help }

## GitHub annotations

github-more = { $errors ->
    [0] {""}
    [one] 1 error
   *[other] { $errors } errors
}{ $errors ->
    [0] {""}
   *[other] { $warnings ->
        [0] {""}
       *[other] {" "}and{" "}
    }
}{ $warnings ->
    [0] {""}
    [one] 1 warning
   *[other] { $warnings } warnings
} more in the step's log, without annotations: GitHub shows only { $limit } per severity.
github-summary-failed = **{ $file }**: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}; no compliance table.

## JUnit

junit-failure = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
junit-indicator = status: { $status } ({ $code }); value: { $value }; expected: { $expected }; target: { $target }; rows: { $rows }
junit-not-evaluated = not evaluated: the plan or a log has errors

## JSON Schema of the plan (`csc schema`); also the comments of `csc init`

schema-title = csc project plan
schema-description = Project plan of a Belgian municipality (Security and Society Contract, strategic security and prevention plan), as csc reads it: one file per municipality, allowance and year. Keys in French or Dutch.
schema-key = { $key ->
    [csc] Version of the plan format: always 1.
    [commune] Name of the municipality (or city).
    [annee] Year of the plan, in four digits (for example 2024).
    [allocation] The allowance concerned, as free text (for example "Allocation terrorisme et extrémisme (art. 2)").
    [base_legale] Legal basis, as free text (for example the royal decree granting the allowance).
    [periode] The period evaluated; by default the plan's calendar year.
    [du] First day of the period (YYYY-MM-DD or DD/MM/YYYY).
    [au] Last day of the period (YYYY-MM-DD or DD/MM/YYYY).
    [echeance] Deadline for submitting the evaluation; by default 31 March of the following year.
    [langue] Language of the reports: fr, nl or en (default fr).
    [journaux] Activity logs (CSV, .xlsx, .xls, .ods), paths relative to the plan; patterns allowed (logs/*.csv); "file.xlsx#Sheet" for one sheet.
    [secteurs] The plan's activity sectors, in the order of the official plan.
    [id] Short id, a single word (letters, digits, "-", "_" or "."), unique among its siblings; an indicator's id is unique in the whole plan.
    [intitule] Title, as in the official plan.
    [objectif_general] General objective of the sector.
    [objectifs_strategiques] Strategic objectives of the sector.
    [domaine] Domain of the strategic objective (it serves as its title).
    [pole] Pole of the strategic objective (optional).
    [objectifs_operationnels] Operational objectives of the strategic objective; an empty list is allowed, with a warning.
    [resultats_attendus] Expected results of the operational objective, one per line.
    [indicateurs] Indicators of the operational objective; an empty list is allowed, with a warning.
    [cible] Target, written as in the official plan: ">= 10/year", "at least 3 per quarter", "between 5 and 10", ">= 80 %", "Yes/No". Quoted when it starts with ">".
    [mesure] How the value is computed from the logs: an activity, a filter, a sum or a number of distinct values, or a numerator/denominator ratio.
    [declare] A value declared by hand (Yes, No, a number or a percentage) instead of a measure; it needs a justification.
    [justification] Justification of the declared value (for example "Agreement signed on 12/03/2024").
    [activite] Code of the activity counted, as in the log's "activite" column (case, accents and spaces do not matter).
    [activites] Several activity codes counted together.
    [filtre] Conditions on other columns of the log: column: value; all must hold.
    [somme] Numeric column of the log to add up (default "quantite": a row counts 1).
    [distincts] Column whose distinct non-empty values are counted (for example "dossier").
    [numerateur] Numerator of a ratio (a measure): the value is 100 × numerator / denominator.
    [denominateur] Denominator of a ratio (a measure).
    [def-periode] The period evaluated: first and last day.
    [def-secteur] An activity sector: its id, title, general objective and strategic objectives.
    [def-objectif-strategique] A strategic objective: its id, domain, pole and operational objectives.
    [def-objectif-operationnel] An operational objective: its id, title, expected results and indicators.
    [def-indicateur] An indicator: its id, title, target, and a measure (from the logs) or a declared value.
    [def-mesure] Which log rows count and what is added up.
   *[other] { $key }
}

## csc init

init-header =
    Project plan { $annee } of { $commune } (Security and Society Contract, strategic security and prevention plan), created by "csc init".
    Replace the examples with the official plan, level by level: sector → general objective → strategic objective (domain, pole) → operational objective → expected results → indicators.
    Record each activity in the log { $log }.csv (or { $log }.xlsx, naming that file under "journaux"), then check with: csc check { $plan }
init-example = { $item ->
    [commune] My municipality
    [log-name] log
    [sheet] Log
    [allocation] Terrorism and extremism allowance (art. 2)
    [legal-basis] Royal decree granting the allowance (to be completed)
    [sector-title] Municipal security and/or social prevention projects
    [general-objective] Fighting terrorism and extremism through municipal projects
    [domain] Carry out social prevention work, networking included
    [pole] Radicalisation
    [operational-title] Take part in the local integrated security cell (LISC)
    [expected-result] At least one meeting of the LISC every quarter
    [indicator-id] lisc-meetings
    [indicator-title] Number of LISC meetings
    [target] at least 4 per year
    [activity] lisc-meeting
    [declared-comment] An indicator without a log: its value is declared by hand, with its justification.
    [declared-id] partner-agreement
    [declared-title] Cooperation agreement with a partner organisation
    [yes-no-target] Yes/No
    [declared-value] No
    [justification] In preparation; write Yes and the date of signature once the agreement is signed
   *[other] { $item }
}
init-done =
    Files created: { $files }
    Complete the plan, then check it: csc check { $plan }
init-refused = csc init never overwrites a file: nothing was written. Choose a folder without a plan, for example: csc init new-plan
