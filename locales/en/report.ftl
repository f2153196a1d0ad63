# Words of reports (table, CSV, Markdown, HTML, Excel) and of the `check` summary.

## Statuses: the code is the JSON value (spec §7), the word is the reader's.

status = { $status ->
    [atteint] met
    [en_bonne_voie] on track
    [en_retard] behind
    [non_atteint] not met
   *[non_mesure] not measured
}
yes = Yes
no = No
severity = { $severity ->
    [erreur] error
   *[avertissement] warning
}
help-label = help

## Columns: the value is the heading a reader sees, `.csv` the CSV column name.

col-objective = Objective
col-sector = Sector
    .csv = sector
col-strategic = Strategic objective
    .csv = strategic_objective
col-operational = Operational objective
    .csv = operational_objective
col-indicator = Indicator
    .csv = indicator
col-title = Title
    .csv = title
col-target = Target
    .csv = target
col-value = Achieved
    .csv = achieved
col-expected = Expected
    .csv = expected
col-projection = Projection
    .csv = projection
col-sub-periods = Sub-periods
    .csv = sub_periods
col-status = Status
    .csv = status
col-rows = Rows
    .csv = rows
col-progress = Progress
col-log = Log
col-format = Format
col-severity = Severity
col-code = Code
col-place = Location
col-message = Message
col-help = Help

## Values

no-indicator = No indicators
no-objective = No strategic objectives

sub-periods = { $met }/{ $total } { $total ->
    [one] { $period ->
        [week] week
        [month] month
        [quarter] quarter
        [semester] half-year
       *[year] year
    }
   *[other] { $period ->
        [week] weeks
        [month] months
        [quarter] quarters
        [semester] half-years
       *[year] years
    }
}
percent-value = { $value }%
progress-label = { $value } of { $target }
expected-label = expected: { $expected }
expected-mark = expected by the evaluation date

## Headings and identity

sector-heading = Sector { $id } — { $title }
strategic-heading = Strategic objective { $id } — { $title }
operational-heading = Operational objective { $id } — { $title }
evaluated-on = { $commune } plan { $annee } — period { $du } to { $au }, evaluated on { $as_of }
summary-line = Summary: { $counts }
summary-item = { $symbol } { $count } { $status }
logs-used = Logs: { $logs }
no-log-read = No log read.
logs-none = none
log-item = { $file } ({ $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
})
days-left = Submission deadline { $date }: { $days ->
    [0] today.
    [1] tomorrow.
   *[other] in { $days } days.
}
days-past = Submission deadline { $date }: { $days ->
    [one] passed { $days } day ago.
   *[other] passed { $days } days ago.
}

## HTML

html-title = Project plan { $annee } — { $commune }
html-period = { $du } to { $au }
html-caption = Indicators of strategic objective { $id }
html-summary = Summary
html-summary-caption = Number of indicators by status
html-count = Indicators
html-general-objective = General objective:
html-no-indicator = The plan has no operational objectives and no indicators.
html-footer = Report produced by csc { $version } (format csc-report/1).

## Identity fields (HTML, Excel)

field-commune = Municipality
field-year = Year
field-allocation = Allocation
field-legal-basis = Legal basis
field-format = Format
field-period = Period
field-period-from = Period from
field-period-to = Period to
field-evaluated-on = Evaluated on
field-deadline = Deadline
field-logs = Logs

## Excel sheets

sheet-indicators = Indicators
sheet-plan = Plan
sheet-warnings = Warnings

## `csc check`

plan-summary = { $file }: { $commune } plan { $annee } — { $sectors ->
        [one] { $sectors } sector
       *[other] { $sectors } sectors
    }, { $strategic ->
        [one] { $strategic } strategic objective
       *[other] { $strategic } strategic objectives
    }, { $operational ->
        [one] { $operational } operational objective
       *[other] { $operational } operational objectives
    }, { $indicators ->
        [one] { $indicators } indicator
       *[other] { $indicators } indicators
    }
    {"  "}by source: { $measured } measured in the logs, { $declared } declared, { $unmeasured } not measured
    {"  "}by type: { $count } numeric, { $percent } percentage, { $yes_no } yes/no
check-totals = { $files ->
        [one] { $files } file checked
       *[other] { $files } files checked
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } — { $errors ->
        [0] valid
       *[other] needs fixing
    }

## A target as csc reads it (`explain`): `≥ 10/year`, `5 to 10%`

target-read = { $cmp ->
    [at-least] ≥ { $a }
    [more-than] > { $a }
    [at-most] ≤ { $a }
    [less-than] < { $a }
    [exactly] = { $a }
   *[between] { $a } to { $b }
}{ $percent ->
    [true] %
   *[false] {""}
}{ $per ->
    [week] /week
    [month] /month
    [quarter] /quarter
    [semester] /half-year
    [year] /year
   *[none] {""}
}
