# `csc rollup`: the roll-up of many plans (spec §11). Ids are declared in
# src/rollup/messages.rs with their arguments.

## Command line

rollup-cli-about = Rolls up several plans: one row per plan, groupings, a total and the change from one year to the next
rollup-cli-paths = Plans (YAML files) or folders to search for them: every .yaml or .yml file that starts with "csc:", subfolders included
rollup-cli-par = Groups the rows: pole, domain, commune or year (also: domaine, annee)
rollup-cli-format = Format: table (default), csv (for Excel), xlsx (Excel workbook with a sheet per grouping, with -o), html (printable page), json (for a program), markdown (for a document)
rollup-cli-value-path = PLAN_OR_DIR
rollup-cli-value-group = GROUPING

## Messages

rollup-no-plan = no plan in "{ $path }"
    .help = a plan is a .yaml or .yml file whose first line (comments aside) starts with "csc:"
rollup-progress = plans evaluated
rollup-warnings = { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } in { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }; "csc check" lists them
rollup-broken = { $broken ->
        [one] { $broken } of { $plans } plans could not be evaluated: it is listed with its error, the others are rolled up
       *[other] { $broken } of { $plans } plans could not be evaluated: they are listed with their error, the others are rolled up
    }
rollup-same-year = several plans of { $commune } for { $annee } that their allocation does not tell apart ({ $files }): no change is computed for them
    .help = give each plan of the same year a different "allocation"

## Titles and headings

rollup-title = Roll-up of { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }
rollup-evaluated = { $has_as_of ->
        [true] evaluated on { $as_of }
       *[other] each plan evaluated at the end of its period, or today while it runs
    }
rollup-heading-plans = Plans
rollup-heading-groups = By { $par ->
        [pole] pole
        [domaine] domain
        [commune] commune
       *[annee] year
    }
rollup-heading-evolutions = Change from one year to the next (indicators with the same id)
rollup-heading-errors = { $count ->
        [one] Plan in error, not rolled up
       *[other] Plans in error, not rolled up
    }
rollup-no-evolution = No commune has plans for two consecutive years.
rollup-no-plan-evaluated = No plan could be evaluated.

## Columns: the value is the heading a reader sees, `.csv` the CSV column name.

rollup-col-file = File
    .csv = file
rollup-col-commune = Commune
    .csv = commune
rollup-col-year = Year
    .csv = year
rollup-col-group = { $par ->
        [pole] Pole
        [domaine] Domain
        [commune] Commune
       *[annee] Year
    }
    .csv = { $par ->
        [pole] pole
        [domaine] domain
        [commune] commune
       *[annee] year
    }
rollup-col-plans = Plans
    .csv = plans
rollup-col-indicators = Indicators
    .csv = indicators
rollup-col-status = { $status ->
        [atteint] met
        [en_bonne_voie] on track
        [en_retard] behind
        [non_atteint] not met
       *[non_mesure] not measured
    }
    .csv = { $status ->
        [atteint] met
        [en_bonne_voie] on_track
        [en_retard] behind
        [non_atteint] not_met
       *[non_mesure] not_measured
    }
rollup-col-measured = Measured
    .csv = measured
rollup-col-measure-rate = Measurement rate
    .csv = measurement_rate
rollup-col-share-met = Share met
    .csv = share_met
rollup-col-distribution = Distribution
rollup-col-years = Years
rollup-col-compared = Compared
rollup-col-improved = Improved
rollup-col-worsened = Worsened
rollup-col-unchanged = Unchanged
rollup-col-not-comparable = Not comparable
rollup-col-indicator = Indicator
rollup-col-before = Status before
rollup-col-after = Status after
rollup-col-change = Change
rollup-col-error = Error
    .csv = error
rollup-col-place = Place

## Values

rollup-total = Total
rollup-no-pole = (no pole)
rollup-change = { $change ->
        [ameliore] improved
        [degrade] worsened
        [stable] unchanged
       *[non_comparable] not comparable
    }
rollup-first-error = { $place }: { $message }{ $more ->
        [0] {""}
        [one] {" "}(and { $more } more error)
       *[other] {" "}(and { $more } more errors)
    }
rollup-years = { $from } → { $to }

## Workbook sheets (31 characters at most)

rollup-sheet = { $sheet ->
        [plans] Plans
        [pole] By pole
        [domaine] By domain
        [commune] By commune
        [annee] By year
        [evolutions] Changes
       *[errors] Errors
    }

## HTML

rollup-chart-label = { $group }: { $counts }
rollup-html-footer = Roll-up made by csc { $version } (format csc-rollup/1).
