//! The ids of every message that is not a diagnostic (reports, `explain`, the command
//! line), with the arguments each receives. The words are in `locales/*/`.

use crate::diag::Code;

macro_rules! keys {
    ($($name:ident = $id:literal ($($arg:ident),*);)*) => {
        $(pub const $name: Code = Code { id: $id, args: &[$(stringify!($arg)),*] };)*
        /// All keys, for the catalog test.
        pub const ALL: &[Code] = &[$($name),*];
    };
}

keys! {
    // Reports
    STATUS = "status" (status);
    YES = "yes" ();
    NO = "no" ();
    SEVERITY = "severity" (severity);
    HELP_LABEL = "help-label" ();
    COL_OBJECTIVE = "col-objective" ();
    COL_SECTOR = "col-sector" ();
    COL_STRATEGIC = "col-strategic" ();
    COL_OPERATIONAL = "col-operational" ();
    COL_INDICATOR = "col-indicator" ();
    COL_TITLE = "col-title" ();
    COL_TARGET = "col-target" ();
    COL_VALUE = "col-value" ();
    COL_EXPECTED = "col-expected" ();
    COL_PROJECTION = "col-projection" ();
    COL_SUB_PERIODS = "col-sub-periods" ();
    COL_STATUS = "col-status" ();
    COL_ROWS = "col-rows" ();
    COL_PROGRESS = "col-progress" ();
    COL_LOG = "col-log" ();
    COL_FORMAT = "col-format" ();
    COL_SEVERITY = "col-severity" ();
    COL_CODE = "col-code" ();
    COL_PLACE = "col-place" ();
    COL_MESSAGE = "col-message" ();
    COL_HELP = "col-help" ();
    SUB_PERIODS = "sub-periods" (met, total, period);
    NO_INDICATOR = "no-indicator" ();
    NO_OBJECTIVE = "no-objective" ();
    PERCENT_VALUE = "percent-value" (value);
    PROGRESS_LABEL = "progress-label" (value, target);
    EXPECTED_LABEL = "expected-label" (expected);
    EXPECTED_MARK = "expected-mark" ();
    SECTOR_HEADING = "sector-heading" (id, title);
    STRATEGIC_HEADING = "strategic-heading" (id, title);
    OPERATIONAL_HEADING = "operational-heading" (id, title);
    EVALUATED_ON = "evaluated-on" (annee, commune, du, au, as_of);
    SUMMARY_LINE = "summary-line" (counts);
    SUMMARY_ITEM = "summary-item" (symbol, count, status);
    LOGS_USED = "logs-used" (logs);
    NO_LOG_READ = "no-log-read" ();
    LOGS_NONE = "logs-none" ();
    LOG_ITEM = "log-item" (file, rows);
    DAYS_LEFT = "days-left" (date, days);
    DAYS_PAST = "days-past" (date, days);
    HTML_TITLE = "html-title" (annee, commune);
    HTML_PERIOD = "html-period" (du, au);
    HTML_CAPTION = "html-caption" (id);
    HTML_SUMMARY = "html-summary" ();
    HTML_SUMMARY_CAPTION = "html-summary-caption" ();
    HTML_COUNT = "html-count" ();
    HTML_GENERAL_OBJECTIVE = "html-general-objective" ();
    HTML_NO_INDICATOR = "html-no-indicator" ();
    HTML_FOOTER = "html-footer" (version);
    FIELD_COMMUNE = "field-commune" ();
    FIELD_YEAR = "field-year" ();
    FIELD_ALLOCATION = "field-allocation" ();
    FIELD_LEGAL_BASIS = "field-legal-basis" ();
    FIELD_FORMAT = "field-format" ();
    FIELD_PERIOD = "field-period" ();
    FIELD_PERIOD_FROM = "field-period-from" ();
    FIELD_PERIOD_TO = "field-period-to" ();
    FIELD_EVALUATED_ON = "field-evaluated-on" ();
    FIELD_DEADLINE = "field-deadline" ();
    FIELD_LOGS = "field-logs" ();
    SHEET_INDICATORS = "sheet-indicators" ();
    SHEET_PLAN = "sheet-plan" ();
    SHEET_WARNINGS = "sheet-warnings" ();
    TARGET_READ = "target-read" (cmp, a, b, percent, per);
    PLAN_SUMMARY = "plan-summary" (file, annee, commune, sectors, strategic, operational, indicators, measured, declared, unmeasured, count, percent, yes_no);
    CHECK_TOTALS = "check-totals" (files, errors, warnings);
    // explain
    EXPLAIN_TITLE = "explain-title" (id, path, title);
    EXPLAIN_TARGET = "explain-target" (written, read);
    EXPLAIN_MEASURE = "explain-measure" (selection);
    EXPLAIN_RATIO_MEASURE = "explain-ratio-measure" (numerator, denominator);
    EXPLAIN_SELECTION = "explain-selection" (aggregate, column, rows);
    EXPLAIN_ROWS = "explain-rows" (activities, filters);
    EXPLAIN_ACTIVITY = "explain-activity" (code);
    EXPLAIN_ACTIVITY_OR = "explain-activity-or" ();
    EXPLAIN_FILTER = "explain-filter" (column, value);
    EXPLAIN_DECLARED = "explain-declared" (value, justification);
    EXPLAIN_NONE = "explain-none" ();
    EXPLAIN_PERIOD = "explain-period" (du, au, as_of);
    EXPLAIN_COUNTED = "explain-counted" (count);
    EXPLAIN_SKIPPED = "explain-skipped" (count);
    EXPLAIN_ARITHMETIC = "explain-arithmetic" ();
    EXPLAIN_PART = "explain-part" (part);
    EXPLAIN_DISTINCT = "explain-distinct" (new);
    EXPLAIN_DISTINCT_TOTAL = "explain-distinct-total" (value);
    EXPLAIN_DISTINCT_PART = "explain-distinct-part" (part);
    EXPLAIN_MANY_TERMS = "explain-many-terms" (count);
    EXPLAIN_RATIO = "explain-ratio" (value);
    EXPLAIN_SKIP = "explain-skip" (reason, column);
    EXPLAIN_RESULT = "explain-result" (value, expected, has_projection, projection, status, rows);
    EXPLAIN_MISSING = "explain-missing" ();
    // Command line
    CLI_ABOUT = "cli-about" ();
    CLI_AFTER_HELP = "cli-after-help" ();
    CLI_USAGE = "cli-usage" ();
    CLI_COMMANDS = "cli-commands" ();
    CLI_HELP = "cli-help" ();
    CLI_VERSION = "cli-version" ();
    CLI_LANG = "cli-lang" ();
    CLI_QUIET = "cli-quiet" ();
    CLI_ARGUMENTS = "cli-arguments" ();
    CLI_OPTIONS = "cli-options" ();
    CLI_OPTIONS_PLACEHOLDER = "cli-options-placeholder" ();
    CLI_CHECK = "cli-check" ();
    CLI_CHECK_PLANS = "cli-check-plans" ();
    CLI_FORMAT = "cli-format" ();
    CLI_STRICT = "cli-strict" ();
    CLI_FAIL_UNMET = "cli-fail-unmet" ();
    CLI_REPORT = "cli-report" ();
    CLI_REPORT_PLAN = "cli-report-plan" ();
    CLI_REPORT_FORMAT = "cli-report-format" ();
    CLI_OUTPUT = "cli-output" ();
    CLI_COMMA = "cli-comma" ();
    CLI_EXPLAIN = "cli-explain" ();
    CLI_EXPLAIN_ID = "cli-explain-id" ();
    CLI_LOG = "cli-log" ();
    CLI_AS_OF = "cli-as-of" ();
    CLI_DELIMITER = "cli-delimiter" ();
    CLI_VALUE_COMMAND = "cli-value-command" ();
    CLI_VALUE_FILE = "cli-value-file" ();
    CLI_VALUE_DATE = "cli-value-date" ();
    CLI_VALUE_SEPARATOR = "cli-value-separator" ();
    CLI_VALUE_INDICATOR = "cli-value-indicator" ();
    USAGE_ERROR = "usage-error" ();
    USAGE_SEE_HELP = "usage-see-help" ();
    USAGE_UNKNOWN_ARGUMENT = "usage-unknown-argument" (arg, has_suggestion, suggestion);
    USAGE_UNKNOWN_COMMAND = "usage-unknown-command" (arg, has_suggestion, suggestion);
    USAGE_INVALID_VALUE = "usage-invalid-value" (arg, value, possible);
    USAGE_REFUSED_VALUE = "usage-refused-value" (arg, value, why);
    USAGE_MISSING_ARGUMENT = "usage-missing-argument" (args);
    USAGE_MISSING_COMMAND = "usage-missing-command" ();
    USAGE_OTHER = "usage-other" (detail);
}
