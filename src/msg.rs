//! Every sentence `csc` shows a user, in one place.
//!
//! Call sites build a [`Msg`] (what happened, with its data); this module turns it into
//! words. French is the default and, for now, the only language; Dutch and English are
//! added here, by giving [`Lang`] a variant and each `match` an arm, without touching
//! the call sites. The stable code of each message ([`Msg::code`]) never changes with
//! the language: scripts and CI filters rely on it.

use std::fmt::Write as _;

use crate::log::NumberError;
use crate::target::TargetErrorKind;

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr,
}

/// Command-line help, in French. Referenced from `cli.rs`.
pub mod cli {
    pub const ABOUT: &str = "Suit les indicateurs d'un plan de projet (Contrat de Sécurité et de Société, \
plan stratégique de sécurité et de prévention) à partir des journaux d'activités.";
    pub const LONG_ABOUT_AFTER: &str = "Exemples :
  csc check plans/molenbeek-2023.yaml        vérifier un plan
  csc check plans/*.yaml --format github     vérifier tous les plans dans une CI
  csc report plans/molenbeek-2023.yaml --format csv -o rapport.csv
  csc explain plans/molenbeek-2023.yaml prises-en-charge

Codes de sortie : 0 tout va bien ; 1 erreur dans un plan ou un journal (ou avertissement avec --strict) ; \
2 fichier introuvable ou option incorrecte.";
    pub const CHECK: &str = "Vérifie un ou plusieurs plans de projet et signale chaque erreur avec sa ligne et sa colonne";
    pub const CHECK_PLANS: &str =
        "Fichier(s) du plan de projet (YAML), par exemple plans/molenbeek-2023.yaml";
    pub const FORMAT: &str = "Présentation des messages : text (lisible, par défaut), json (pour un programme), github (annotations GitHub Actions)";
    pub const REPORT: &str =
        "Écrit le rapport d'évaluation des indicateurs (tableau, CSV, JSON ou Markdown)";
    pub const EXPLAIN: &str =
        "Montre, ligne par ligne, comment la valeur d'un indicateur est calculée";
    pub const REPORT_PLAN: &str = "Fichier du plan de projet (YAML)";
    pub const EXPLAIN_ID: &str =
        "Identifiant de l'indicateur (son « id » dans le plan), par exemple prises-en-charge";
    pub const LOG: &str =
        "Journal d'activités à lire en plus de ceux que le plan nomme (CSV) ; peut être répété";
    pub const AS_OF: &str = "Date d'évaluation (AAAA-MM-JJ ou JJ/MM/AAAA) ; par défaut aujourd'hui, ou la fin de la période si elle est passée";
    pub const DELIMITER: &str =
        "Séparateur des journaux CSV : « ; », « , » ou « tab » ; par défaut il est détecté";
    pub const FAIL_UNMET: &str =
        "Échoue (code 1) si un indicateur est non atteint, en retard ou non mesuré";
    pub const REPORT_FORMAT: &str = "Format : table (par défaut), csv (pour Excel), xlsx (classeur Excel, avec -o), html (page imprimable), json (pour un programme), markdown (pour un document)";
    pub const OUTPUT: &str = "Écrit le rapport dans ce fichier plutôt qu'à l'écran";
    pub const COMMA: &str = "CSV séparé par des virgules, sans BOM, avec un point décimal (pour d'autres logiciels qu'Excel)";
    pub const BAD_DATE: &str = "date illisible : écrivez AAAA-MM-JJ ou JJ/MM/AAAA";
    pub const BAD_DELIMITER: &str = "séparateur inconnu : écrivez « ; », « , » ou « tab »";
    pub const STRICT: &str = "Échoue (code 1) aussi quand il n'y a que des avertissements";
    pub const HELP: &str = "Affiche cette aide";
    pub const VERSION: &str = "Affiche la version";
    pub const COMMANDS: &str = "Commandes";
    pub const TEMPLATE: &str = "{before-help}{about-with-newline}
Utilisation : {usage}

{all-args}{after-help}";
}

/// Why the system refused a file, in plain words (the system's own text is English).
pub fn io_reason(kind: std::io::ErrorKind) -> String {
    use std::io::ErrorKind as K;
    match kind {
        K::NotFound => "le fichier ou son dossier n'existe pas",
        K::PermissionDenied => "accès refusé",
        K::IsADirectory => "c'est un dossier, pas un fichier",
        K::ReadOnlyFilesystem => "le disque est en lecture seule",
        K::StorageFull => "le disque est plein",
        K::InvalidData => "le contenu est illisible",
        _ => "erreur du système de fichiers",
    }
    .to_owned()
}

/// What kind of personal data a cell holds (the value itself is never shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivateKind {
    NationalNumber,
    Email,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn word(self, _lang: Lang) -> &'static str {
        match self {
            Severity::Error => "erreur",
            Severity::Warning => "avertissement",
        }
    }

    /// The value used in JSON output; stable across languages.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "erreur",
            Severity::Warning => "avertissement",
        }
    }
}

/// A YAML value kind, as the loading module reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Text,
    Integer,
    Number,
    YesNoBool,
    List,
    Object,
    Empty,
    Date,
    Other(String),
}

impl Kind {
    fn fr(&self) -> String {
        match self {
            Kind::Text => "un texte".into(),
            Kind::Integer => "un nombre entier".into(),
            Kind::Number => "un nombre".into(),
            Kind::YesNoBool => "un booléen (true/false)".into(),
            Kind::List => "une liste (lignes commençant par « - »)".into(),
            Kind::Object => "un bloc de clés (« clé: valeur »)".into(),
            Kind::Empty => "une valeur vide".into(),
            Kind::Date => "une date AAAA-MM-JJ".into(),
            Kind::Other(s) => s.clone(),
        }
    }
}

/// Everything `csc` can tell a user about a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    // Files
    FileNotFound {
        path: String,
    },
    FileUnreadable {
        path: String,
        reason: String,
    },
    FileUnwritable {
        path: String,
        reason: String,
    },
    OutputRequired {
        format: String,
    },
    ReportFailed {
        reason: String,
    },
    NotUtf8,
    EmptyFile,
    // YAML structure
    YamlSyntax {
        detail: String,
    },
    UnknownKey {
        key: String,
        suggestion: Option<String>,
        expected: Vec<String>,
    },
    MissingKey {
        key: String,
    },
    WrongType {
        expected: Kind,
        found: Option<Kind>,
    },
    DuplicateKey {
        key: String,
    },
    TooComplex,
    // Plan content
    UnsupportedVersion {
        found: String,
    },
    BadDate {
        value: String,
    },
    PeriodReversed,
    BadYear {
        value: i64,
    },
    BadLang {
        value: String,
    },
    BadId {
        id: String,
    },
    DuplicateId {
        id: String,
        first_line: usize,
        whole_plan: bool,
    },
    BadTarget {
        kind: TargetErrorKind,
    },
    MeasureAndDeclare,
    MissingJustification,
    BadDeclared {
        value: String,
    },
    DeclaredMismatch {
        target_yes_no: bool,
    },
    MeasureWithoutActivity,
    ActivityTwice,
    SumAndDistinct,
    RatioMixed,
    RatioIncomplete {
        missing: &'static str,
    },
    PercentNeedsRatio,
    RatioNeedsPercent,
    EmptyFilter,
    LogEmpty,
    UnknownSheet {
        sheet: String,
        available: Vec<String>,
    },
    LogMissingColumn {
        column: String,
        found: Vec<String>,
    },
    LogPrivateData {
        kind: PrivateKind,
        column: String,
    },
    LogEmptyCell {
        column: String,
    },
    LogBadDate {
        value: String,
    },
    LogBadNumber {
        column: String,
        value: String,
        kind: NumberError,
    },
    LogMoreErrors {
        count: usize,
    },
    LogMeasureColumn {
        column: String,
        indicator: String,
    },
    LogUnknownActivity {
        code: String,
        rows: u64,
        nearest: Option<String>,
    },
    LogOutsidePeriod {
        rows: u64,
        du: String,
        au: String,
    },
    LogDuplicate {
        first_line: u64,
        more: usize,
    },
    GlobEmpty {
        pattern: String,
    },
    NoLogs,
    UnknownIndicator {
        id: String,
        nearest: Option<String>,
    },
    EmptyStrategic {
        id: String,
    },
    EmptyOperational {
        id: String,
    },
    NoSectors,
}

impl Msg {
    /// The stable code, the same in every language.
    pub fn code(&self) -> &'static str {
        match self {
            Msg::FileNotFound { .. } => "fichier-introuvable",
            Msg::FileUnreadable { .. } => "fichier-illisible",
            Msg::FileUnwritable { .. } => "ecriture-impossible",
            Msg::OutputRequired { .. } => "fichier-de-sortie-requis",
            Msg::ReportFailed { .. } => "rapport-impossible",
            Msg::NotUtf8 => "encodage",
            Msg::EmptyFile => "fichier-vide",
            Msg::YamlSyntax { .. } => "syntaxe-yaml",
            Msg::UnknownKey { .. } => "cle-inconnue",
            Msg::MissingKey { .. } => "cle-manquante",
            Msg::WrongType { .. } => "type-incorrect",
            Msg::DuplicateKey { .. } => "cle-en-double",
            Msg::TooComplex => "yaml-trop-complexe",
            Msg::UnsupportedVersion { .. } => "version-format",
            Msg::BadDate { .. } => "date-invalide",
            Msg::PeriodReversed => "periode-inversee",
            Msg::BadYear { .. } => "annee-invalide",
            Msg::BadLang { .. } => "langue-inconnue",
            Msg::BadId { .. } => "identifiant-invalide",
            Msg::DuplicateId { .. } => "identifiant-en-double",
            Msg::BadTarget { .. } => "cible-invalide",
            Msg::MeasureAndDeclare => "mesure-et-declare",
            Msg::MissingJustification => "justification-manquante",
            Msg::BadDeclared { .. } => "declare-invalide",
            Msg::DeclaredMismatch { .. } => "declare-incompatible",
            Msg::MeasureWithoutActivity => "mesure-sans-activite",
            Msg::ActivityTwice => "mesure-activite-double",
            Msg::SumAndDistinct => "mesure-somme-et-distincts",
            Msg::RatioMixed => "mesure-ratio-melangee",
            Msg::RatioIncomplete { .. } => "mesure-ratio-incomplete",
            Msg::PercentNeedsRatio => "pourcentage-sans-ratio",
            Msg::RatioNeedsPercent => "ratio-sans-pourcentage",
            Msg::EmptyFilter => "filtre-vide",
            Msg::LogEmpty => "journal-vide",
            Msg::UnknownSheet { .. } => "feuille-inconnue",
            Msg::LogMissingColumn { .. } => "colonne-manquante",
            Msg::LogPrivateData { .. } => "donnee-personnelle",
            Msg::LogEmptyCell { .. } => "cellule-vide",
            Msg::LogBadDate { .. } => "date-illisible",
            Msg::LogBadNumber { .. } => "nombre-illisible",
            Msg::LogMoreErrors { .. } => "erreurs-supplementaires",
            Msg::LogMeasureColumn { .. } => "colonne-de-mesure-manquante",
            Msg::LogUnknownActivity { .. } => "activite-inconnue",
            Msg::LogOutsidePeriod { .. } => "hors-periode",
            Msg::LogDuplicate { .. } => "ligne-en-double",
            Msg::GlobEmpty { .. } => "aucun-journal-trouve",
            Msg::NoLogs => "aucun-journal",
            Msg::UnknownIndicator { .. } => "indicateur-inconnu",
            Msg::EmptyStrategic { .. } => "objectif-strategique-vide",
            Msg::EmptyOperational { .. } => "objectif-operationnel-vide",
            Msg::NoSectors => "plan-vide",
        }
    }

    /// What went wrong, in one sentence.
    pub fn text(&self, _lang: Lang) -> String {
        match self {
            Msg::FileNotFound { path } => format!("fichier introuvable : {path}"),
            Msg::FileUnreadable { path, reason } => {
                format!("impossible de lire le fichier {path} : {reason}")
            }
            Msg::FileUnwritable { path, reason } => {
                format!("impossible d'écrire le fichier {path} : {reason}")
            }
            Msg::OutputRequired { format } => {
                format!("un rapport {format} est un fichier : il ne s'affiche pas à l'écran")
            }
            Msg::ReportFailed { reason } => format!("le rapport n'a pas pu être produit : {reason}"),
            Msg::NotUtf8 => "le fichier n'est pas enregistré en UTF-8".into(),
            Msg::EmptyFile => "le fichier est vide".into(),
            Msg::YamlSyntax { detail } => format!("le YAML est mal formé : {detail}"),
            Msg::UnknownKey { key, suggestion, .. } => match suggestion {
                Some(s) => format!("clé inconnue « {key} » ; vouliez-vous dire « {s} » ?"),
                None => format!("clé inconnue « {key} »"),
            },
            Msg::MissingKey { key } => {
                format!("il manque la clé obligatoire « {key} » dans le bloc qui contient cette ligne")
            }
            Msg::WrongType { expected, found: Some(found) } => {
                format!("ici, il faut {}, pas {}", expected.fr(), found.fr())
            }
            Msg::WrongType { expected, found: None } => format!("ici, il faut {}", expected.fr()),
            Msg::DuplicateKey { key } => format!("la clé « {key} » apparaît deux fois"),
            Msg::TooComplex => "le fichier est trop grand ou trop imbriqué pour un plan (alias ou niveaux en trop)".into(),
            Msg::UnsupportedVersion { found } => {
                format!("version de format « {found} » inconnue ; cette version de csc lit « csc: 1 »")
            }
            Msg::BadDate { value } => format!("date invalide « {value} »"),
            Msg::PeriodReversed => "la période se termine avant de commencer".into(),
            Msg::BadYear { value } => format!("année invalide : {value}"),
            Msg::BadLang { value } => format!("langue inconnue « {value} »"),
            Msg::BadId { id } => format!("identifiant invalide « {id} »"),
            Msg::DuplicateId { id, first_line, whole_plan } => {
                if *whole_plan {
                    format!("l'identifiant d'indicateur « {id} » est déjà utilisé à la ligne {first_line}")
                } else {
                    format!("l'identifiant « {id} » est déjà utilisé à la ligne {first_line} au même niveau")
                }
            }
            Msg::BadTarget { kind } => match kind {
                TargetErrorKind::Empty => "la cible est vide".into(),
                TargetErrorKind::ExpectedNumber => "cible illisible : un nombre est attendu ici".into(),
                TargetErrorKind::AmbiguousNumber => {
                    "cible ambiguë : un point suivi de trois chiffres peut être un séparateur de milliers".into()
                }
                TargetErrorKind::UnknownPeriod(w) if w.is_empty() => {
                    "cible illisible : une période est attendue après « / »".into()
                }
                TargetErrorKind::UnknownPeriod(w) => format!("cible illisible : période inconnue « {w} »"),
                TargetErrorKind::ReversedRange => {
                    "cible illisible : la fin de l'intervalle est plus petite que son début".into()
                }
                TargetErrorKind::Unexpected(c) => format!("cible illisible : « {c} » inattendu ici"),
            },
            Msg::MeasureAndDeclare => "un indicateur a soit une « mesure », soit une valeur « declare », pas les deux".into(),
            Msg::MissingJustification => "une valeur déclarée doit être justifiée".into(),
            Msg::BadDeclared { value } => format!("valeur déclarée illisible « {value} »"),
            Msg::DeclaredMismatch { target_yes_no } => {
                if *target_yes_no {
                    "la cible attend Oui ou Non, mais la valeur déclarée est un nombre".into()
                } else {
                    "la cible attend un nombre, mais la valeur déclarée est Oui ou Non".into()
                }
            }
            Msg::MeasureWithoutActivity => "la mesure ne dit pas quelle activité compter".into(),
            Msg::ActivityTwice => "« activite » et « activites » ne peuvent pas être utilisées ensemble".into(),
            Msg::SumAndDistinct => "« somme » et « distincts » ne peuvent pas être utilisés ensemble".into(),
            Msg::RatioMixed => "une mesure en ratio (numerateur/denominateur) ne peut pas avoir aussi « activite », « filtre », « somme » ou « distincts »".into(),
            Msg::RatioIncomplete { missing } => format!("le ratio n'a pas de « {missing} »"),
            Msg::PercentNeedsRatio => "la cible est un pourcentage, mais la mesure n'est pas un ratio".into(),
            Msg::RatioNeedsPercent => "la mesure est un ratio, mais la cible n'est pas un pourcentage".into(),
            Msg::EmptyFilter => "le filtre est vide".into(),
            Msg::LogEmpty => "le journal est vide : il n'a même pas de ligne d'en-tête".into(),
            Msg::UnknownSheet { sheet, available } => format!(
                "le classeur n'a pas de feuille « {sheet} » ; feuilles : {}",
                available.join(", ")
            ),
            Msg::LogMissingColumn { column, found } => format!(
                "la colonne obligatoire « {column} » manque ; colonnes trouvées : {}",
                found.join(", ")
            ),
            Msg::LogPrivateData { kind, column } => format!(
                "la colonne « {column} » contient {} : ces données ne doivent pas figurer dans un journal",
                match kind {
                    PrivateKind::NationalNumber => "un numéro de registre national",
                    PrivateKind::Email => "une adresse e-mail",
                }
            ),
            Msg::LogEmptyCell { column } => format!("la colonne « {column} » est vide sur cette ligne"),
            Msg::LogBadDate { value } => format!("date illisible « {value} »"),
            Msg::LogBadNumber { column, value, kind } => match kind {
                NumberError::Ambiguous => format!(
                    "nombre ambigu « {value} » dans la colonne « {column} » : milliers ou décimales ?"
                ),
                NumberError::Negative => {
                    format!("nombre négatif « {value} » dans la colonne « {column} »")
                }
                NumberError::NotANumber => {
                    format!("« {value} » n'est pas un nombre (colonne « {column} »)")
                }
            },
            Msg::LogMoreErrors { count } => format!("et {count} autres erreurs dans ce journal"),
            Msg::LogMeasureColumn { column, indicator } => format!(
                "l'indicateur « {indicator} » utilise la colonne « {column} », absente de ce journal"
            ),
            Msg::LogUnknownActivity { code, rows, nearest } => {
                let lignes = if *rows > 1 { format!("{rows} lignes non comptées") } else { "1 ligne non comptée".into() };
                match nearest {
                    Some(n) => format!(
                        "aucun indicateur n'utilise l'activité « {code} » ({lignes}) ; vouliez-vous dire « {n} » ?"
                    ),
                    None => format!("aucun indicateur n'utilise l'activité « {code} » ({lignes})"),
                }
            }
            Msg::LogOutsidePeriod { rows, du, au } => format!(
                "{rows} ligne{} hors de la période du {du} au {au}, non comptée{}",
                if *rows > 1 { "s" } else { "" },
                if *rows > 1 { "s" } else { "" }
            ),
            Msg::LogDuplicate { first_line, more } => {
                let mut s = format!("ligne identique à la ligne {first_line}");
                if *more > 0 {
                    let _ = write!(s, " (et {more} autres lignes en double dans ce journal)");
                }
                s
            }
            Msg::GlobEmpty { pattern } => format!("aucun fichier ne correspond à « {pattern} »"),
            Msg::NoLogs => "aucun journal d'activités : les indicateurs mesurés restent « non mesuré »".into(),
            Msg::UnknownIndicator { id, nearest } => match nearest {
                Some(n) => format!("indicateur « {id} » inconnu ; vouliez-vous dire « {n} » ?"),
                None => format!("indicateur « {id} » inconnu"),
            },
            Msg::EmptyStrategic { id } => format!("l'objectif stratégique « {id} » n'a aucun objectif opérationnel"),
            Msg::EmptyOperational { id } => format!("l'objectif opérationnel « {id} » n'a aucun indicateur"),
            Msg::NoSectors => "le plan n'a aucun secteur d'activité".into(),
        }
    }

    /// How to fix it, when there is something useful to say.
    pub fn help(&self, _lang: Lang) -> Option<String> {
        let s = match self {
            Msg::FileNotFound { .. } => "vérifiez le nom et le dossier du fichier".into(),
            Msg::OutputRequired { format } => format!("ajoutez -o rapport.{format}"),
            Msg::NotUtf8 => "dans votre éditeur, enregistrez le fichier avec l'encodage « UTF-8 »".into(),
            Msg::EmptyFile => "un plan commence par « csc: 1 », « commune: … » et « annee: … » ; voir plans/molenbeek-2023.yaml".into(),
            Msg::YamlSyntax { .. } => "vérifiez l'indentation (des espaces, pas de tabulations) et les guillemets ; un texte qui contient « : » ou commence par « > » s'écrit entre guillemets".into(),
            Msg::UnknownKey { expected, .. } if !expected.is_empty() => {
                let mut s = String::from("clés possibles ici : ");
                for (i, k) in expected.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    let _ = write!(s, "{k}");
                }
                s
            }
            Msg::MissingKey { key } => format!("ajoutez « {key}: … » à ce bloc"),
            Msg::WrongType { expected: Kind::List, .. } => "écrivez chaque élément sur sa propre ligne, précédé de « - »".into(),
            Msg::WrongType { expected: Kind::Integer | Kind::Number, .. } => "écrivez seulement le nombre, en chiffres, par exemple 2023".into(),
            Msg::WrongType { expected: Kind::Text, .. } => "mettez la valeur entre guillemets".into(),
            Msg::DuplicateKey { .. } => "gardez une seule de ces deux lignes".into(),
            Msg::BadDate { .. } => "écrivez la date sous la forme AAAA-MM-JJ, par exemple 2023-12-31".into(),
            Msg::PeriodReversed => "« du » doit précéder « au »".into(),
            Msg::BadYear { .. } => "écrivez l'année en quatre chiffres, par exemple 2023".into(),
            Msg::BadLang { .. } => "écrivez « fr » ou « nl »".into(),
            Msg::BadId { .. } => "un identifiant s'écrit d'un seul mot : lettres, chiffres, « - », « _ » ou « . », par exemple OS1 ou prises-en-charge".into(),
            Msg::DuplicateId { .. } => "donnez-lui un identifiant différent".into(),
            Msg::BadTarget { .. } => "exemples de cibles valides : « >/= 10/an », « au moins 3 par trimestre », « entre 5 et 10 », « >= 80 % », « Oui/Non »".into(),
            Msg::MeasureAndDeclare => "gardez « mesure » si la valeur se calcule à partir des journaux, « declare » si vous la donnez vous-même".into(),
            Msg::MissingJustification => "ajoutez « justification: … » (par exemple : Convention signée le 12/03/2023)".into(),
            Msg::BadDeclared { .. } => "écrivez Oui, Non, un nombre (12) ou un pourcentage (85 %)".into(),
            Msg::MeasureWithoutActivity => "ajoutez « activite: code-de-l-activite » (ou « activites: [code1, code2] »)".into(),
            Msg::ActivityTwice | Msg::SumAndDistinct => "gardez-en une seule".into(),
            Msg::RatioMixed | Msg::RatioIncomplete { .. } => "un ratio s'écrit « mesure: {numerateur: {activite: …}, denominateur: {activite: …}} »".into(),
            Msg::PercentNeedsRatio => "utilisez une mesure « numerateur »/« denominateur », ou déclarez le pourcentage avec « declare »".into(),
            Msg::RatioNeedsPercent => "écrivez la cible en pourcentage, par exemple « >= 80 % »".into(),
            Msg::EmptyFilter => "retirez « filtre » ou indiquez « colonne: valeur »".into(),
            Msg::LogEmpty | Msg::LogMissingColumn { .. } => "la première ligne du journal doit nommer les colonnes, au moins « date » et « activite »".into(),
            Msg::UnknownSheet { .. } => "écrivez le nom de la feuille après « # », par exemple journal.xlsx#Activités".into(),
            Msg::LogPrivateData { .. } => "remplacez-la par une référence de dossier pseudonyme (par exemple D-2023-014) ; csc n'affiche jamais la valeur".into(),
            Msg::LogEmptyCell { .. } => "complétez la cellule ou supprimez la ligne".into(),
            Msg::LogBadDate { .. } => "écrivez la date sous la forme JJ/MM/AAAA (14/02/2023) ou AAAA-MM-JJ".into(),
            Msg::LogBadNumber { kind: NumberError::Ambiguous, .. } => "écrivez les décimales avec une virgule (1,5) et les milliers sans séparateur (1234)".into(),
            Msg::LogBadNumber { .. } => "écrivez un nombre positif ou zéro, par exemple 12 ou 2,5 ; laissez vide pour 1".into(),
            Msg::LogMeasureColumn { .. } => "ajoutez la colonne au journal ou corrigez la mesure dans le plan".into(),
            Msg::LogUnknownActivity { .. } => "corrigez le code dans le journal, ou ajoutez-le à la mesure d'un indicateur du plan".into(),
            Msg::LogOutsidePeriod { .. } => "vérifiez l'année des dates, ou la « periode » du plan".into(),
            Msg::LogDuplicate { .. } => "si c'est la même activité saisie deux fois, supprimez une des lignes".into(),
            Msg::GlobEmpty { .. } | Msg::NoLogs => "indiquez les journaux dans le plan (« journaux: [journal-2023.csv] ») ou avec --log".into(),
            Msg::UnknownIndicator { .. } => "les identifiants sont ceux des « id » des indicateurs du plan".into(),
            Msg::EmptyStrategic { .. } | Msg::EmptyOperational { .. } => {
                "c'est permis (le modèle officiel laisse vides les tableaux de la zone de police), mais rien n'y sera évalué".into()
            }
            _ => return None,
        };
        Some(s)
    }
}

/// Words of the `check` summary.
pub mod summary {
    use super::Lang;

    #[derive(Debug, Clone, Copy, Default)]
    pub struct Counts {
        pub sectors: usize,
        pub strategic: usize,
        pub operational: usize,
        pub indicators: usize,
        pub measured: usize,
        pub declared: usize,
        pub unmeasured: usize,
        pub yes_no: usize,
        pub percent: usize,
        pub count: usize,
    }

    fn plural(n: usize, one: &str, many: &str) -> String {
        if n > 1 {
            format!("{n} {many}")
        } else {
            format!("{n} {one}")
        }
    }

    pub fn plan(_lang: Lang, file: &str, commune: &str, annee: i32, c: Counts) -> String {
        format!(
            "{file} : plan {annee} de {commune} — {}, {}, {}, {}\n  \
             par source : {} dans les journaux, {}, {}\n  \
             par type : {}, {}, {}",
            plural(c.sectors, "secteur", "secteurs"),
            plural(
                c.strategic,
                "objectif stratégique",
                "objectifs stratégiques"
            ),
            plural(
                c.operational,
                "objectif opérationnel",
                "objectifs opérationnels"
            ),
            plural(c.indicators, "indicateur", "indicateurs"),
            plural(c.measured, "mesuré", "mesurés"),
            plural(c.declared, "déclaré", "déclarés"),
            plural(c.unmeasured, "non mesuré", "non mesurés"),
            plural(c.count, "chiffré", "chiffrés"),
            plural(c.percent, "en pourcentage", "en pourcentage"),
            plural(c.yes_no, "oui/non", "oui/non"),
        )
    }

    pub fn totals(_lang: Lang, files: usize, errors: usize, warnings: usize) -> String {
        let verdict = if errors == 0 { "valide" } else { "à corriger" };
        format!(
            "{} vérifié{} : {}, {} — {verdict}",
            plural(files, "fichier", "fichiers"),
            if files > 1 { "s" } else { "" },
            plural(errors, "erreur", "erreurs"),
            plural(warnings, "avertissement", "avertissements"),
        )
    }
}

/// French for clap's own errors (bad flag, missing argument).
pub mod usage {
    pub fn unknown_argument(arg: &str) -> String {
        format!("option inconnue « {arg} »")
    }
    pub fn invalid_value(arg: &str, value: &str, possible: &[String]) -> String {
        if possible.is_empty() {
            format!("valeur « {value} » refusée pour {arg}")
        } else {
            format!(
                "valeur « {value} » refusée pour {arg} ; valeurs possibles : {}",
                possible.join(", ")
            )
        }
    }
    pub fn refused_value(arg: &str, value: &str, why: &str) -> String {
        format!("valeur « {value} » refusée pour {arg} : {why}")
    }
    pub fn missing_argument(args: &str) -> String {
        format!("argument obligatoire manquant : {args}")
    }
    pub fn missing_command() -> String {
        "indiquez une commande, par exemple « csc check plan.yaml »".into()
    }
    pub fn other(detail: &str) -> String {
        format!("ligne de commande incorrecte : {detail}")
    }
    pub const ERROR: &str = "erreur";
    pub const SEE_HELP: &str = "Pour plus d'informations, lancez « csc --help ».";
}

/// Words of reports and tables.
pub mod report {
    use super::Lang;
    use crate::eval::Statut;

    pub fn statut(_lang: Lang, s: Statut) -> &'static str {
        match s {
            Statut::Atteint => "atteint",
            Statut::EnBonneVoie => "en bonne voie",
            Statut::EnRetard => "en retard",
            Statut::NonAtteint => "non atteint",
            Statut::NonMesure => "non mesuré",
        }
    }

    /// A symbol, so that a status reads without colour.
    pub fn symbol(s: Statut) -> &'static str {
        match s {
            Statut::Atteint => "✔",
            Statut::EnBonneVoie => "●",
            Statut::EnRetard => "▲",
            Statut::NonAtteint => "✘",
            Statut::NonMesure => "?",
        }
    }

    pub const YES: &str = "Oui";
    pub const NO: &str = "Non";
    pub const NONE: &str = "—";

    /// Column headers, in order: objective, indicator, target, value, expected, status.
    pub const HEADERS: [&str; 6] = [
        "Objectif",
        "Indicateur",
        "Cible",
        "Réalisé",
        "Attendu",
        "Statut",
    ];
    pub const CSV_HEADERS: [&str; 12] = [
        "secteur",
        "objectif_strategique",
        "objectif_operationnel",
        "indicateur",
        "intitule",
        "cible",
        "realise",
        "attendu",
        "projection",
        "sous_periodes",
        "statut",
        "lignes",
    ];

    pub const XLSX_HEADERS: [&str; 12] = [
        "Secteur",
        "Objectif stratégique",
        "Objectif opérationnel",
        "Indicateur",
        "Intitulé",
        "Cible",
        "Réalisé",
        "Attendu",
        "Projection",
        "Sous-périodes",
        "Statut",
        "Lignes",
    ];
    pub const SHEET_INDICATORS: &str = "Indicateurs";
    pub const SHEET_PLAN: &str = "Plan";
    pub const SHEET_WARNINGS: &str = "Avertissements";
    pub const COMMUNE: &str = "Commune";
    pub const YEAR: &str = "Année";
    pub const ALLOCATION: &str = "Allocation";
    pub const LEGAL_BASIS: &str = "Base légale";
    pub const FORMAT: &str = "Format";
    pub const PERIOD_FROM: &str = "Période du";
    pub const PERIOD_TO: &str = "Période au";
    pub const EVALUATED_ON: &str = "Évalué au";
    pub const DEADLINE: &str = "Échéance";
    pub const HTML_HEADERS: [&str; 6] = [
        "Objectif opérationnel",
        "Indicateur",
        "Cible",
        "Réalisé",
        "Progression",
        "Statut",
    ];
    pub const PERIOD: &str = "Période";
    pub const LOGS: &str = "Journaux";
    pub const SUMMARY: &str = "Bilan";
    pub const SUMMARY_CAPTION: &str = "Nombre d'indicateurs par statut";
    pub const STATUS: &str = "Statut";
    pub const COUNT: &str = "Indicateurs";
    pub const GENERAL_OBJECTIVE: &str = "Objectif général :";
    pub const NO_INDICATOR: &str = "Aucun objectif opérationnel ni indicateur dans le plan.";
    pub const EXPECTED_MARK: &str = "attendu à la date d'évaluation";

    pub fn html_title(commune: &str, annee: i32) -> String {
        format!("Plan de projet {annee} — {commune}")
    }

    pub fn period_text(du: &str, au: &str) -> String {
        format!("du {du} au {au}")
    }

    pub fn caption(os: &str) -> String {
        format!("Indicateurs de l'objectif stratégique {os}")
    }

    pub fn progress_label(value: &str, target: &str) -> String {
        format!("{value} sur {target}")
    }

    pub fn expected_label(expected: &str) -> String {
        format!("attendu : {expected}")
    }

    pub fn footer(version: &str) -> String {
        format!("Rapport produit par csc {version} (format csc-report/1).")
    }

    pub const LOG_HEADERS: [&str; 3] = ["Journal", "Lignes", "Format"];
    pub const WARNING_HEADERS: [&str; 5] = ["Gravité", "Code", "Emplacement", "Message", "Aide"];

    pub fn sub_periods(met: usize, total: usize, word: &str) -> String {
        let plural = match word {
            "mois" => "mois",
            w => return format!("{met}/{total} {w}s"),
        };
        format!("{met}/{total} {plural}")
    }

    pub fn projection(p: &str) -> String {
        format!("projection fin de période : {p}")
    }

    pub fn secteur(id: &str, intitule: &str) -> String {
        format!("Secteur {id} — {intitule}")
    }

    pub fn strategique(id: &str, domaine: &str) -> String {
        format!("Objectif stratégique {id} — {domaine}")
    }

    pub fn operationnel(id: &str, intitule: &str) -> String {
        format!("Objectif opérationnel {id} — {intitule}")
    }

    pub fn summary_line(counts: &[(Statut, usize)]) -> String {
        let parts: Vec<String> = counts
            .iter()
            .map(|(s, n)| format!("{} {n} {}", symbol(*s), statut(Lang::Fr, *s)))
            .collect();
        format!("Bilan : {}", parts.join(", "))
    }

    pub fn days_left(days: i64, date: &str) -> String {
        match days {
            d if d > 1 => format!("Échéance de remise le {date} : dans {d} jours."),
            1 => format!("Échéance de remise le {date} : demain."),
            0 => format!("Échéance de remise le {date} : aujourd'hui."),
            d => format!("Échéance de remise le {date} : dépassée de {} jours.", -d),
        }
    }

    pub fn evaluated_on(commune: &str, annee: i32, as_of: &str, du: &str, au: &str) -> String {
        format!("Plan {annee} de {commune} — période du {du} au {au}, évaluée au {as_of}")
    }

    pub fn logs_used(files: &[(String, u64)]) -> String {
        if files.is_empty() {
            return "Aucun journal lu.".into();
        }
        format!("Journaux : {}", logs_list(files))
    }

    /// `journal.csv (80 lignes), …`
    pub fn logs_list(files: &[(String, u64)]) -> String {
        if files.is_empty() {
            return "aucun".into();
        }
        let parts: Vec<String> = files
            .iter()
            .map(|(f, n)| format!("{f} ({n} ligne{})", if *n > 1 { "s" } else { "" }))
            .collect();
        parts.join(", ")
    }
}

/// Words of `csc explain`.
pub mod explain {
    use std::fmt::Write as _;

    use crate::eval::Skip;
    use crate::plan::{Agregat, Declared, Mesure, Selection, Source};
    use crate::target::number;

    pub fn title(id: &str, intitule: &str, chemin: &str) -> String {
        format!("Indicateur {id} ({chemin}) : {intitule}")
    }

    pub fn target(written: &str, normalised: &str) -> String {
        format!("Cible : {written}  (lue comme : {normalised})")
    }

    fn selection(sel: &Selection) -> String {
        let acts: Vec<String> = sel.activites.iter().map(|a| format!("« {a} »")).collect();
        let mut rows = format!("les lignes d'activité {}", acts.join(" ou "));
        for (c, v) in &sel.filtre {
            let _ = write!(rows, " dont la colonne « {c} » vaut « {v} »");
        }
        match &sel.agregat {
            Agregat::Quantite => format!("somme de la colonne « quantite » (vide = 1) sur {rows}"),
            Agregat::Somme(c) => format!("somme de la colonne « {c} » sur {rows}"),
            Agregat::Distincts(c) => {
                format!("nombre de valeurs différentes de la colonne « {c} » sur {rows}")
            }
        }
    }

    pub fn source(source: &Source) -> String {
        match source {
            Source::Mesure(Mesure::Simple(sel)) => format!("Mesure : {}", selection(sel)),
            Source::Mesure(Mesure::Ratio {
                numerateur,
                denominateur,
            }) => format!(
                "Mesure : 100 × numérateur / dénominateur\n  numérateur : {}\n  dénominateur : {}",
                selection(numerateur),
                selection(denominateur)
            ),
            Source::Declare {
                valeur,
                justification,
            } => {
                let v = match valeur {
                    Declared::YesNo(true) => "Oui".to_owned(),
                    Declared::YesNo(false) => "Non".to_owned(),
                    Declared::Number(n) => number(*n),
                    Declared::Percent(n) => format!("{} %", number(*n)),
                };
                format!("Valeur déclarée : {v} (justification : {justification})")
            }
            Source::Aucune => "Ni mesure ni valeur déclarée : l'indicateur est non mesuré.".into(),
        }
    }

    pub fn period(du: &str, au: &str, as_of: &str) -> String {
        format!("Période : du {du} au {au}, évaluée au {as_of}")
    }

    pub fn counted_heading(n: usize) -> String {
        format!("Lignes comptées ({n}) :")
    }

    pub fn skipped_heading(n: usize) -> String {
        format!("Lignes de la même activité laissées de côté ({n}) :")
    }

    pub fn arithmetic_heading() -> &'static str {
        "Calcul :"
    }

    pub fn part(part: &str) -> String {
        if part.is_empty() {
            String::new()
        } else {
            format!("  ({part})")
        }
    }

    pub fn distinct(new_value: bool) -> String {
        if new_value {
            "+1 (nouvelle valeur)".into()
        } else {
            "+0 (valeur déjà comptée)".into()
        }
    }

    pub fn distinct_total(v: &str) -> String {
        format!("{v} valeur(s) différente(s)")
    }

    pub fn distinct_part(part: &str) -> String {
        format!("{part} : nombre de valeurs différentes")
    }

    pub fn many_terms(n: usize) -> String {
        format!("somme de {n} lignes")
    }

    pub fn ratio(v: &str) -> String {
        format!("100 × numérateur / dénominateur = {v}")
    }

    pub fn skip(reason: &Skip) -> String {
        match reason {
            Skip::OutsidePeriod => "hors de la période".into(),
            Skip::AfterAsOf => "après la date d'évaluation".into(),
            Skip::Filtered { column } => format!("écartée par le filtre sur « {column} »"),
            Skip::NotANumber { column } => format!("« {column} » n'est pas un nombre"),
        }
    }

    pub fn result(
        value: &str,
        expected: &str,
        projection: Option<&str>,
        statut: &str,
        lignes: u64,
    ) -> String {
        let mut s = format!("Réalisé : {value}   Attendu : {expected}");
        if let Some(p) = projection {
            let _ = write!(s, "   Projection en fin de période : {p}");
        }
        let _ = write!(s, "   Statut : {statut}   Lignes : {lignes}");
        s
    }

    pub fn missing() -> &'static str {
        "Pas de valeur : aucune mesure, aucun journal, ou un dénominateur nul."
    }
}
