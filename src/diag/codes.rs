//! Every diagnostic code, with the arguments its message receives. The code is public
//! and stable (scripts and CI filters match on it); the sentence is in
//! `locales/*/diagnostics.ftl`, looked up by the code. A test checks that each code has a
//! message in every language and that messages use no argument the code does not pass.

use super::Code;

/// Declares codes: `NAME = "code" (arg, …)`.
macro_rules! codes {
    ($($(#[$doc:meta])* $name:ident = $id:literal ($($arg:ident),*);)*) => {
        $($(#[$doc])* pub const $name: Code = Code { id: $id, args: &[$(stringify!($arg)),*] };)*
        /// All codes, for the catalog test and the SARIF rule list.
        pub const ALL: &[Code] = &[$($name),*];
    };
}

codes! {
    // Files
    FILE_NOT_FOUND = "fichier-introuvable" (path);
    /// `reason`: not-found, permission-denied, is-a-directory, read-only, storage-full,
    /// invalid-data, other.
    FILE_UNREADABLE = "fichier-illisible" (path, reason);
    FILE_UNWRITABLE = "ecriture-impossible" (path, reason);
    OUTPUT_REQUIRED = "fichier-de-sortie-requis" (format);
    /// `csc init` would overwrite a file: nothing is written.
    FILE_EXISTS = "fichier-existant" (path);
    /// `-o` names one of the run's inputs (the plan, a log), also through a link.
    OUTPUT_IS_INPUT = "sortie-sur-entree" (path);
    /// `reason`: xlsx, csv, other.
    REPORT_FAILED = "rapport-impossible" (reason);
    NOT_UTF8 = "encodage" ();
    EMPTY_FILE = "fichier-vide" ();
    // YAML structure
    /// `detail`: documents, unknown-anchor, colon, tab, indentation, list-item, quote,
    /// bracket, brace, anchor, eof, other.
    YAML_SYNTAX = "syntaxe-yaml" (detail);
    /// `expected`, `expected_nl`: the keys allowed there in French and in Dutch, or `none`.
    UNKNOWN_KEY = "cle-inconnue" (key, has_suggestion, suggestion, expected, expected_nl);
    MISSING_KEY = "cle-manquante" (key);
    /// `expected`, `found`: text, integer, number, bool, list, object, empty, date, or
    /// the library's own word; `found` is `none` when unknown.
    WRONG_TYPE = "type-incorrect" (expected, found);
    /// `first_line`: where the key already stands (0 when unknown).
    DUPLICATE_KEY = "cle-en-double" (key, first_line);
    TOO_COMPLEX = "yaml-trop-complexe" ();
    // Plan content
    UNSUPPORTED_VERSION = "version-format" (found);
    BAD_DATE = "date-invalide" (value);
    PERIOD_REVERSED = "periode-inversee" ();
    BAD_YEAR = "annee-invalide" (value);
    BAD_LANG = "langue-inconnue" (value);
    BAD_ID = "identifiant-invalide" (id);
    DUPLICATE_ID = "identifiant-en-double" (id, first_line, whole_plan);
    /// `kind`: empty, expected-number, ambiguous-number, missing-period, unknown-period,
    /// reversed-range, unexpected; `word`: the period or character concerned.
    BAD_TARGET = "cible-invalide" (kind, word);
    /// A number in the plan read from the text the user wrote (spec §1 v1.1): `kind` as
    /// for `nombre-illisible`.
    BAD_NUMBER = "nombre-invalide" (value, kind);
    MEASURE_AND_DECLARE = "mesure-et-declare" ();
    MISSING_JUSTIFICATION = "justification-manquante" ();
    BAD_DECLARED = "declare-invalide" (value);
    DECLARED_MISMATCH = "declare-incompatible" (target_yes_no);
    MEASURE_WITHOUT_ACTIVITY = "mesure-sans-activite" ();
    ACTIVITY_TWICE = "mesure-activite-double" ();
    SUM_AND_DISTINCT = "mesure-somme-et-distincts" ();
    RATIO_MIXED = "mesure-ratio-melangee" ();
    RATIO_INCOMPLETE = "mesure-ratio-incomplete" (missing);
    PERCENT_NEEDS_RATIO = "pourcentage-sans-ratio" ();
    RATIO_NEEDS_PERCENT = "ratio-sans-pourcentage" ();
    EMPTY_FILTER = "filtre-vide" ();
    /// A code listed twice in `activites` (as slugs): counted once.
    ACTIVITY_LISTED_TWICE = "activite-en-double" (code);
    /// A rate per sub-period whose sub-period never lies wholly inside the period.
    SUB_PERIOD_IMPOSSIBLE = "sous-periode-impossible" (id, period);
    /// `--as-of` before the first day of the period.
    AS_OF_BEFORE_PERIOD = "date-avant-periode" (as_of, du);
    EMPTY_STRATEGIC = "objectif-strategique-vide" (id);
    EMPTY_OPERATIONAL = "objectif-operationnel-vide" (id);
    NO_SECTORS = "plan-vide" ();
    // Logs
    LOG_EMPTY = "journal-vide" ();
    /// A quote opened at this place and never closed.
    UNCLOSED_QUOTE = "guillemet-non-ferme" ();
    /// A non-empty cell to the right of the last header.
    CELL_BEYOND_HEADER = "cellule-hors-en-tete" (column);
    /// Two headers naming the same column (same slug, or two aliases of one column).
    DUPLICATE_COLUMN = "colonne-en-double" (column, first, first_column);
    /// A spreadsheet formula without a cached value, in a column that is read.
    FORMULA_WITHOUT_VALUE = "formule-sans-valeur" (column);
    /// `kind`: same-file (one file named twice: read once), same-content (two files with
    /// identical bytes: both read).
    LOG_TWICE = "journal-en-double" (path, other, kind);
    /// A log larger than the limit (1 GiB).
    LOG_TOO_LARGE = "journal-trop-grand" (path, size_mib, limit_mib);
    UNKNOWN_SHEET = "feuille-inconnue" (sheet, available);
    LOG_MISSING_COLUMN = "colonne-manquante" (column, found);
    /// `kind`: national-number, email. The value is never passed.
    LOG_PRIVATE_DATA = "donnee-personnelle" (column, kind);
    LOG_EMPTY_CELL = "cellule-vide" (column);
    LOG_BAD_DATE = "date-illisible" (value);
    /// `kind`: ambiguous, negative, not-a-number.
    LOG_BAD_NUMBER = "nombre-illisible" (column, value, kind);
    LOG_MORE_ERRORS = "erreurs-supplementaires" (count);
    /// Located at the log's header; `plan_line`: where the indicator stands in the plan.
    LOG_MEASURE_COLUMN = "colonne-de-mesure-manquante" (column, indicator, plan_line);
    LOG_UNKNOWN_ACTIVITY = "activite-inconnue" (code, rows, has_nearest, nearest);
    /// Located at the first row outside the period; `lines`: the first ones (up to 5).
    LOG_OUTSIDE_PERIOD = "hors-periode" (rows, du, au, lines);
    LOG_DUPLICATE = "ligne-en-double" (first_line, more);
    GLOB_EMPTY = "aucun-journal-trouve" (pattern);
    NO_LOGS = "aucun-journal" ();
    UNKNOWN_INDICATOR = "indicateur-inconnu" (id, has_nearest, nearest);
}
