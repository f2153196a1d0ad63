# Words of reports (table, CSV, Markdown, HTML, Excel) and of the `check` summary.

## Statuses: the code is the JSON value (spec §7), the word is the reader's.

status = { $status ->
    [atteint] atteint
    [en_bonne_voie] en bonne voie
    [en_retard] en retard
    [non_atteint] non atteint
   *[non_mesure] non mesuré
}
yes = Oui
no = Non
severity = { $severity ->
    [erreur] erreur
   *[avertissement] avertissement
}
help-label = aide

## Columns: the value is the heading a reader sees, `.csv` the CSV column name.

col-objective = Objectif
col-sector = Secteur
    .csv = secteur
col-strategic = Objectif stratégique
    .csv = objectif_strategique
col-operational = Objectif opérationnel
    .csv = objectif_operationnel
col-indicator = Indicateur
    .csv = indicateur
col-title = Intitulé
    .csv = intitule
col-target = Cible
    .csv = cible
col-value = Réalisé
    .csv = realise
col-expected = Attendu
    .csv = attendu
col-projection = Projection
    .csv = projection
col-sub-periods = Sous-périodes
    .csv = sous_periodes
col-status = Statut
    .csv = statut
col-rows = Lignes
    .csv = lignes
col-progress = Progression
col-log = Journal
col-format = Format
col-severity = Gravité
col-code = Code
col-place = Emplacement
col-message = Message
col-help = Aide

## Values

no-indicator = Aucun indicateur
no-objective = Aucun objectif stratégique

sub-periods = { $met }/{ $total } { $total ->
    [one] { $period ->
        [week] semaine
        [month] mois
        [quarter] trimestre
        [semester] semestre
       *[year] an
    }
   *[other] { $period ->
        [week] semaines
        [month] mois
        [quarter] trimestres
        [semester] semestres
       *[year] ans
    }
}
percent-value = { $value } %
progress-label = { $value } sur { $target }
expected-label = attendu : { $expected }
expected-mark = attendu à la date d'évaluation

## Headings and identity

sector-heading = Secteur { $id } — { $title }
strategic-heading = Objectif stratégique { $id } — { $title }
operational-heading = Objectif opérationnel { $id } — { $title }
evaluated-on = Plan { $annee } de { $commune } — période du { $du } au { $au }, évaluée au { $as_of }
summary-line = Bilan : { $counts }
summary-item = { $symbol } { $count } { $status }
logs-used = Journaux : { $logs }
no-log-read = Aucun journal lu.
logs-none = aucun
log-item = { $file } ({ $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
})
days-left = Échéance de remise le { $date } : { $days ->
    [0] aujourd'hui.
    [1] demain.
   *[other] dans { $days } jours.
}
days-past = Échéance de remise le { $date } : { $days ->
    [one] dépassée de { $days } jour.
   *[other] dépassée de { $days } jours.
}

## HTML

html-title = Plan de projet { $annee } — { $commune }
html-period = du { $du } au { $au }
html-caption = Indicateurs de l'objectif stratégique { $id }
html-summary = Bilan
html-summary-caption = Nombre d'indicateurs par statut
html-count = Indicateurs
html-general-objective = Objectif général :
html-no-indicator = Aucun objectif opérationnel ni indicateur dans le plan.
html-footer = Rapport produit par csc { $version } (format csc-report/1).

## Identity fields (HTML, Excel)

field-commune = Commune
field-year = Année
field-allocation = Allocation
field-legal-basis = Base légale
field-format = Format
field-period = Période
field-period-from = Période du
field-period-to = Période au
field-evaluated-on = Évalué au
field-deadline = Échéance
field-logs = Journaux

## Excel sheets

sheet-indicators = Indicateurs
sheet-plan = Plan
sheet-warnings = Avertissements

## `csc check`

plan-summary = { $file } : plan { $annee } de { $commune } — { $sectors ->
        [one] { $sectors } secteur
       *[other] { $sectors } secteurs
    }, { $strategic ->
        [one] { $strategic } objectif stratégique
       *[other] { $strategic } objectifs stratégiques
    }, { $operational ->
        [one] { $operational } objectif opérationnel
       *[other] { $operational } objectifs opérationnels
    }, { $indicators ->
        [one] { $indicators } indicateur
       *[other] { $indicators } indicateurs
    }
    {"  "}par source : { $measured ->
        [one] { $measured } mesuré
       *[other] { $measured } mesurés
    } dans les journaux, { $declared ->
        [one] { $declared } déclaré
       *[other] { $declared } déclarés
    }, { $unmeasured ->
        [one] { $unmeasured } non mesuré
       *[other] { $unmeasured } non mesurés
    }
    {"  "}par type : { $count ->
        [one] { $count } chiffré
       *[other] { $count } chiffrés
    }, { $percent } en pourcentage, { $yes_no } oui/non
check-totals = { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } — { $errors ->
        [0] valide
       *[other] à corriger
    }

## A target as csc reads it (`explain`): `≥ 10/an`, `5 à 10 %`

target-read = { $cmp ->
    [at-least] ≥ { $a }
    [more-than] > { $a }
    [at-most] ≤ { $a }
    [less-than] < { $a }
    [exactly] = { $a }
   *[between] { $a } à { $b }
}{ $percent ->
    [true] {" "}%
   *[false] {""}
}{ $per ->
    [week] /semaine
    [month] /mois
    [quarter] /trimestre
    [semester] /semestre
    [year] /an
   *[none] {""}
}
