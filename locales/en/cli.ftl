# The command line: help texts, value names and clap's errors.

cli-about = Tracks the indicators of a project plan (Security and Society Contract, strategic security and prevention plan) from the activity logs.
cli-after-help =
    Examples:
      csc check plans/molenbeek-2023.yaml        check a plan
      csc check plans/*.yaml --format github     check every plan in CI
      csc report plans/molenbeek-2023.yaml --format csv -o report.csv
      csc explain plans/molenbeek-2023.yaml prises-en-charge

    Exit codes: 0 all good; 1 error in a plan or a log (or warning with --strict); 2 file not found or invalid option.
cli-usage = Usage:
cli-commands = Commands
cli-help = Show this help
cli-version = Show the version
cli-lang = Language of messages and reports: fr, nl or en (default: the environment's for messages, the plan's "langue" for reports)
cli-quiet = Shows errors only: no warnings, no table
cli-arguments = Arguments
cli-options = Options
cli-options-placeholder = OPTIONS
cli-check = Check one or more project plans and report each error with its line and column
cli-check-plans = Project plan file(s) (YAML), for example plans/molenbeek-2023.yaml
cli-format = How messages are shown: text (readable, default), json (for a program), github (GitHub Actions annotations), sarif (SARIF 2.1.0, GitHub code scanning), junit (JUnit XML test report), gitlab (GitLab Code Quality)
cli-strict = Fail (exit code 1) even when there are only warnings
cli-fail-unmet = Fail (exit code 1) if an indicator is not met, behind or not measured
cli-report = Write the indicator evaluation report (table, CSV, Excel, HTML, JSON or Markdown)
cli-report-plan = Project plan file (YAML)
cli-report-format = Format: table (default), csv (for Excel), xlsx (Excel workbook, with -o), html (printable page), json (for a program), markdown (for a document)
cli-output = Write the report to this file instead of the screen
cli-comma = Comma-separated CSV, without BOM, with a decimal point (for software other than Excel)
cli-explain = Show, row by row, how the value of an indicator is calculated
cli-explain-id = Indicator identifier (its "id" in the plan), for example prises-en-charge
cli-log = Activity log to read in addition to those named in the plan (CSV, Excel or ODS; a pattern such as 'logs/*.csv' is fine); can be repeated
cli-as-of = Evaluation date (YYYY-MM-DD or DD/MM/YYYY); default today, or the end of the period if it is over
cli-delimiter = Delimiter of CSV logs: ";", "," or "tab"; detected automatically by default
cli-value-command = COMMAND
cli-value-file = FILE
cli-value-date = DATE
cli-value-separator = DELIMITER
cli-value-indicator = INDICATOR
cli-init = Create a project plan to fill in (plan.yaml, with one example per level and comments), an empty log (CSV and Excel) and the plan's schema; never overwrite a file
cli-init-dir = Folder where the files are created (default: the current folder; it is created when missing)
cli-init-commune = Name of the municipality to write in the plan
cli-init-year = Year of the plan (default: the current year)
cli-schema = Print the JSON Schema of the plan format (French and Dutch keys), for completion and validation in an editor (yaml-language-server)
cli-completions = Print csc's completion script for a shell
cli-completions-shell = Shell: bash, zsh, fish, powershell or elvish
cli-manpage = Print the manual page csc.1 (roff)
cli-value-dir = FOLDER
cli-value-name = NAME
cli-value-year = YEAR
cli-value-shell = SHELL

## Errors on the command line

usage-error = error
usage-see-help = For more information, run "csc --help".
usage-unknown-argument = { $has_suggestion ->
    [true] unknown option "{ $arg }"; did you mean "{ $suggestion }"?
   *[false] unknown option "{ $arg }"
}
usage-unknown-command = { $has_suggestion ->
    [true] unknown command "{ $arg }"; did you mean "{ $suggestion }"?
   *[false] unknown command "{ $arg }"; the commands are check, report, explain, init, schema and completions
}
usage-invalid-value = { $possible ->
    [none] value "{ $value }" not accepted for { $arg }
   *[other] value "{ $value }" not accepted for { $arg }; possible values: { $possible }
}
usage-refused-value = value "{ $value }" not accepted for { $arg }: { $why ->
    [date] unreadable date: write YYYY-MM-DD or DD/MM/YYYY
    [delimiter] unknown delimiter: write ";", "," or "tab"
    [lang] unknown language: write fr, nl or en
    [year] invalid year: write the year in four digits, from 2000 to 2100
   *[other] invalid value
}
usage-missing-argument = missing required argument: { $args }
usage-missing-command = give a command, for example "csc check plan.yaml"
usage-other = invalid command line: { $detail }
usage-repeated = the option "{ $arg }" is given more than once; keep one
usage-conflict = the options "{ $arg }" and "{ $other }" cannot be used together
