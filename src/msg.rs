//! Every sentence `csc` shows a user, in one place.
//!
//! Call sites build a [`Msg`] (what happened, with its data); this module turns it into
//! words. French is the default and, for now, the only language; Dutch and English are
//! added here, by giving [`Lang`] a variant and each `match` an arm, without touching
//! the call sites. The stable code of each message ([`Msg::code`]) never changes with
//! the language: scripts and CI filters rely on it.

use std::fmt::Write as _;

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

Codes de sortie : 0 tout va bien ; 1 erreur dans un plan ou un journal (ou avertissement avec --strict) ; \
2 fichier introuvable ou option incorrecte.";
    pub const CHECK: &str = "Vérifie un ou plusieurs plans de projet et signale chaque erreur avec sa ligne et sa colonne";
    pub const CHECK_PLANS: &str =
        "Fichier(s) du plan de projet (YAML), par exemple plans/molenbeek-2023.yaml";
    pub const FORMAT: &str = "Présentation des messages : text (lisible, par défaut), json (pour un programme), github (annotations GitHub Actions)";
    pub const STRICT: &str = "Échoue (code 1) aussi quand il n'y a que des avertissements";
    pub const HELP: &str = "Affiche cette aide";
    pub const VERSION: &str = "Affiche la version";
    pub const COMMANDS: &str = "Commandes";
    pub const TEMPLATE: &str = "{before-help}{about-with-newline}
Utilisation : {usage}

{all-args}{after-help}";
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
            Msg::EmptyStrategic { id } => format!("l'objectif stratégique « {id} » n'a aucun objectif opérationnel"),
            Msg::EmptyOperational { id } => format!("l'objectif opérationnel « {id} » n'a aucun indicateur"),
            Msg::NoSectors => "le plan n'a aucun secteur d'activité".into(),
        }
    }

    /// How to fix it, when there is something useful to say.
    pub fn help(&self, _lang: Lang) -> Option<String> {
        let s = match self {
            Msg::FileNotFound { .. } => "vérifiez le nom et le dossier du fichier".into(),
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
