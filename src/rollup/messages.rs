//! Every message of `csc rollup`, with the arguments it receives. The sentences are in
//! `locales/*/rollup.ftl`; a test checks that each id has a message in every language and
//! that no message uses an argument its id does not pass.

use crate::diag::Code;

/// Declares message ids: `NAME = "id" (arg, …)`.
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $id:literal ($($arg:ident),*);)*) => {
        $($(#[$doc])* pub const $name: Code = Code { id: $id, args: &[$(stringify!($arg)),*] };)*
        /// All ids, for the catalog test.
        pub const ALL: &[Code] = &[$($name),*];
    };
}

messages! {
    // The command line
    CLI_ABOUT = "rollup-cli-about" ();
    CLI_PATHS = "rollup-cli-paths" ();
    CLI_PAR = "rollup-cli-par" ();
    CLI_FORMAT = "rollup-cli-format" ();
    CLI_VALUE_PATH = "rollup-cli-value-path" ();
    CLI_VALUE_GROUP = "rollup-cli-value-group" ();
    // On standard error
    /// A folder given on the command line holds no plan (a diagnostic: exit 2).
    NO_PLAN = "rollup-no-plan" (path);
    /// The message beside the progress bar.
    PROGRESS = "rollup-progress" ();
    /// The plans' warnings, counted rather than listed (`csc check` lists them).
    WARNINGS = "rollup-warnings" (warnings, plans);
    /// `broken` of `plans` could not be evaluated; the others are rolled up.
    BROKEN = "rollup-broken" (broken, plans);
    /// Two plans of one commune for one year that cannot be told apart by their
    /// allocation: no evolution is computed to or from that year (a warning).
    SAME_YEAR = "rollup-same-year" (commune, annee, files);
    // Titles and headings
    TITLE = "rollup-title" (plans);
    /// `has_as_of`: `true` when `--as-of` was given.
    EVALUATED = "rollup-evaluated" (has_as_of, as_of);
    HEADING_PLANS = "rollup-heading-plans" ();
    /// `par`: pole, domaine, commune, annee.
    HEADING_GROUPS = "rollup-heading-groups" (par);
    HEADING_EVOLUTIONS = "rollup-heading-evolutions" ();
    HEADING_ERRORS = "rollup-heading-errors" (count);
    NO_EVOLUTION = "rollup-no-evolution" ();
    NO_PLAN_EVALUATED = "rollup-no-plan-evaluated" ();
    // Columns (`.csv`: the CSV column name)
    COL_FILE = "rollup-col-file" ();
    COL_COMMUNE = "rollup-col-commune" ();
    COL_YEAR = "rollup-col-year" ();
    /// `par`: pole, domaine, commune, annee.
    COL_GROUP = "rollup-col-group" (par);
    COL_PLANS = "rollup-col-plans" ();
    COL_INDICATORS = "rollup-col-indicators" ();
    /// `status`: the JSON code of a status; the column counts the indicators in it.
    COL_STATUS = "rollup-col-status" (status);
    COL_MEASURED = "rollup-col-measured" ();
    COL_MEASURE_RATE = "rollup-col-measure-rate" ();
    COL_SHARE_MET = "rollup-col-share-met" ();
    COL_DISTRIBUTION = "rollup-col-distribution" ();
    COL_YEARS = "rollup-col-years" ();
    COL_COMPARED = "rollup-col-compared" ();
    COL_IMPROVED = "rollup-col-improved" ();
    COL_WORSENED = "rollup-col-worsened" ();
    COL_UNCHANGED = "rollup-col-unchanged" ();
    COL_NOT_COMPARABLE = "rollup-col-not-comparable" ();
    COL_INDICATOR = "rollup-col-indicator" ();
    COL_BEFORE = "rollup-col-before" ();
    COL_AFTER = "rollup-col-after" ();
    COL_CHANGE = "rollup-col-change" ();
    COL_ERROR = "rollup-col-error" ();
    COL_PLACE = "rollup-col-place" ();
    // Values
    TOTAL = "rollup-total" ();
    NO_POLE = "rollup-no-pole" ();
    /// `change`: ameliore, degrade, stable, non_comparable.
    CHANGE = "rollup-change" (change);
    /// A plan's first error, and how many more it has.
    FIRST_ERROR = "rollup-first-error" (place, message, more);
    /// The evolution of one commune: `2023 → 2024`.
    YEARS = "rollup-years" (from, to);
    // Workbook
    /// `sheet`: plans, pole, domaine, commune, annee, evolutions, errors.
    SHEET = "rollup-sheet" (sheet);
    // HTML
    CHART_LABEL = "rollup-chart-label" (group, counts);
    HTML_FOOTER = "rollup-html-footer" (version);
}
