# `csc rollup`: the roll-up of many plans (spec §11). Ids are declared in
# src/rollup/messages.rs with their arguments.

## Command line

rollup-cli-about = Consolide plusieurs plans : une ligne par plan, des regroupements, un total et l'évolution d'une année à l'autre
rollup-cli-paths = Plans (fichiers YAML) ou dossiers où les chercher : tout fichier .yaml ou .yml qui commence par « csc: », sous-dossiers compris
rollup-cli-par = Regroupe les lignes : pole (pôle), domaine, commune ou annee (année)
rollup-cli-format = Format : table (par défaut), csv (pour Excel), xlsx (classeur Excel avec une feuille par regroupement, avec -o), html (page imprimable), json (pour un programme), markdown (pour un document)
rollup-cli-value-path = PLAN_OU_DOSSIER
rollup-cli-value-group = REGROUPEMENT

## Messages

rollup-no-plan = aucun plan dans « { $path } »
    .help = un plan est un fichier .yaml ou .yml dont la première ligne (hors commentaires) commence par « csc: »
rollup-progress = plans évalués
rollup-warnings = { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } dans { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    } ; « csc check » les détaille
rollup-broken = { $broken ->
        [one] { $broken } plan sur { $plans } n'a pas pu être évalué : il est listé avec son erreur, les autres sont consolidés
       *[other] { $broken } plans sur { $plans } n'ont pas pu être évalués : ils sont listés avec leur erreur, les autres sont consolidés
    }
rollup-same-year = plusieurs plans de { $commune } pour { $annee }, que leur allocation ne distingue pas ({ $files }) : aucune évolution n'est calculée pour eux
    .help = donnez une « allocation » différente à chaque plan d'une même année

## Titles and headings

rollup-title = Consolidation de { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }
rollup-evaluated = { $has_as_of ->
        [true] évalués au { $as_of }
       *[other] chaque plan évalué à la fin de sa période, ou aujourd'hui si elle est en cours
    }
rollup-heading-plans = Plans
rollup-heading-groups = Par { $par ->
        [pole] pôle
        [domaine] domaine
        [commune] commune
       *[annee] année
    }
rollup-heading-evolutions = Évolution d'une année à l'autre (indicateurs de même identifiant)
rollup-heading-errors = { $count ->
        [one] Plan en erreur, non consolidé
       *[other] Plans en erreur, non consolidés
    }
rollup-no-evolution = Aucune commune n'a de plans pour deux années consécutives.
rollup-no-plan-evaluated = Aucun plan n'a pu être évalué.

## Columns: the value is the heading a reader sees, `.csv` the CSV column name.

rollup-col-file = Fichier
    .csv = fichier
rollup-col-commune = Commune
    .csv = commune
rollup-col-year = Année
    .csv = annee
rollup-col-group = { $par ->
        [pole] Pôle
        [domaine] Domaine
        [commune] Commune
       *[annee] Année
    }
    .csv = { $par ->
        [pole] pole
        [domaine] domaine
        [commune] commune
       *[annee] annee
    }
rollup-col-plans = Plans
    .csv = plans
rollup-col-indicators = Indicateurs
    .csv = indicateurs
rollup-col-status = { $status ->
        [atteint] atteint
        [en_bonne_voie] en bonne voie
        [en_retard] en retard
        [non_atteint] non atteint
       *[non_mesure] non mesuré
    }
    .csv = { $status ->
        [atteint] atteint
        [en_bonne_voie] en_bonne_voie
        [en_retard] en_retard
        [non_atteint] non_atteint
       *[non_mesure] non_mesure
    }
rollup-col-measured = Mesurés
    .csv = mesures
rollup-col-measure-rate = Taux de mesure
    .csv = taux_de_mesure
rollup-col-share-met = Taux d'atteinte
    .csv = taux_d_atteinte
rollup-col-distribution = Répartition
rollup-col-years = Années
rollup-col-compared = Comparés
rollup-col-improved = Améliorés
rollup-col-worsened = Dégradés
rollup-col-unchanged = Inchangés
rollup-col-not-comparable = Non comparables
rollup-col-indicator = Indicateur
rollup-col-before = Statut avant
rollup-col-after = Statut après
rollup-col-change = Évolution
rollup-col-error = Erreur
    .csv = erreur
rollup-col-place = Emplacement

## Values

rollup-total = Total
rollup-no-pole = (sans pôle)
rollup-change = { $change ->
        [ameliore] amélioré
        [degrade] dégradé
        [stable] inchangé
       *[non_comparable] non comparable
    }
rollup-first-error = { $place } : { $message }{ $more ->
        [0] {""}
        [one] {" "}(et { $more } autre erreur)
       *[other] {" "}(et { $more } autres erreurs)
    }
rollup-years = { $from } → { $to }

## Workbook sheets (31 characters at most)

rollup-sheet = { $sheet ->
        [plans] Plans
        [pole] Par pôle
        [domaine] Par domaine
        [commune] Par commune
        [annee] Par année
        [evolutions] Évolutions
       *[errors] Erreurs
    }

## HTML

rollup-chart-label = { $group } : { $counts }
rollup-html-footer = Consolidation produite par csc { $version } (format csc-rollup/1).
