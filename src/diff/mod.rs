//! Plan diff (spec §12): what changed between two versions of a plan, for review in a
//! pull request or by the SPF when a commune revises its plan. Indicators are matched by
//! `id`, objectives by their id path; targets are compared as parsed values (a rate per
//! month brought to a rate per year), so a rewording is no change.
//!
//! A change is a value (a class, a stable code, the places in both files and plain
//! arguments); the words are the catalog's (`locales/*/diff.ftl`).

use std::cmp::Ordering::{Equal, Greater, Less};
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::diag::{Arg, Args, Loc};
use crate::plan::target::{Bound, Period, Target};
use crate::plan::{Declared, Indicateur, Plan, Source};

/// How much a change matters (spec §12): comparability broken, to look at, for the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    Info,
    Avertissement,
    Erreur,
}

impl Class {
    /// The stable value in JSON and the catalog's selector.
    pub fn key(self) -> &'static str {
        match self {
            Class::Erreur => "erreur",
            Class::Avertissement => "avertissement",
            Class::Info => "info",
        }
    }
}

/// One change between the two plans.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub class: Class,
    /// Stable: `cible-assouplie`, `indicateur-supprime`…
    pub code: &'static str,
    /// The indicator's or objective's id path (`S1/OS1/OO2/prises-en-charge`).
    pub path: String,
    /// Where it stands in the old plan and in the new one.
    pub old: Option<Loc>,
    pub new: Option<Loc>,
    pub args: Args,
}

/// Every change code with its class, for the catalog test and SARIF-like listings.
pub const CODES: &[(&str, Class)] = &[
    ("indicateur-supprime", Class::Erreur),
    ("cible-assouplie", Class::Erreur),
    ("mesure-modifiee", Class::Erreur),
    ("periode-modifiee", Class::Erreur),
    ("declare-modifie", Class::Erreur),
    ("indicateur-deplace", Class::Avertissement),
    ("cible-type-modifie", Class::Avertissement),
    ("justification-supprimee", Class::Avertissement),
    ("intitule-modifie", Class::Avertissement),
    ("indicateur-ajoute", Class::Info),
    ("cible-renforcee", Class::Info),
    ("objectif-ajoute", Class::Info),
    ("resultat-attendu-modifie", Class::Info),
];

fn class_of(code: &str) -> Class {
    CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(Class::Info, |(_, class)| *class)
}

fn change(
    code: &'static str,
    path: &str,
    old: Option<Loc>,
    new: Option<Loc>,
    args: Args,
) -> Change {
    Change {
        class: class_of(code),
        code,
        path: path.to_owned(),
        old,
        new,
        args,
    }
}

/// A target, as a comparable value: the family and the bounds brought to a year.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    /// `≥`/`>` m (per year when it was a rate), strict.
    Minimum(f64, bool),
    /// `≤`/`<` m.
    Maximum(f64, bool),
    Range(f64, f64),
    YesNo(bool),
}

/// How many of a period there are in a year.
fn per_year(per: Option<Period>) -> f64 {
    match per {
        None | Some(Period::Year) => 1.0,
        Some(Period::Semester) => 2.0,
        Some(Period::Quarter) => 4.0,
        Some(Period::Month) => 12.0,
        Some(Period::Week) => 52.0,
    }
}

/// The kind of a target for `cible-type-modifie`: a number, a percentage, yes/no.
fn kind(t: &Target) -> &'static str {
    match t {
        Target::YesNo { .. } => "yes-no",
        Target::Quantity { percent: true, .. } => "percent",
        Target::Quantity { .. } => "number",
    }
}

fn shape(t: &Target) -> Shape {
    match *t {
        Target::YesNo { expected } => Shape::YesNo(expected),
        Target::Quantity { bound, per, .. } => {
            let f = per_year(per);
            match bound {
                Bound::AtLeast(n) => Shape::Minimum(n * f, false),
                Bound::MoreThan(n) => Shape::Minimum(n * f, true),
                Bound::AtMost(n) => Shape::Maximum(n * f, false),
                Bound::LessThan(n) => Shape::Maximum(n * f, true),
                Bound::Exactly(n) => Shape::Range(n * f, n * f),
                Bound::Between(a, b) => Shape::Range(a * f, b * f),
            }
        }
    }
}

/// Whether the new target asks less (`Some(true)`), more (`Some(false)`) or the same
/// (`None`) than the old one; `Err` when they cannot be compared (another family).
fn loosened(old: &Target, new: &Target) -> Result<Option<bool>, ()> {
    const EPS: f64 = 1e-9;
    let cmp = |a: f64, b: f64| {
        if (a - b).abs() <= EPS {
            Equal
        } else if a < b {
            Less
        } else {
            Greater
        }
    };
    Ok(match (shape(old), shape(new)) {
        (Shape::YesNo(a), Shape::YesNo(b)) => (a != b).then_some(true),
        (Shape::Minimum(a, sa), Shape::Minimum(b, sb)) => match cmp(b, a) {
            Less => Some(true),
            Greater => Some(false),
            Equal if sa == sb => None,
            Equal => Some(sa && !sb),
        },
        (Shape::Maximum(a, sa), Shape::Maximum(b, sb)) => match cmp(b, a) {
            Greater => Some(true),
            Less => Some(false),
            Equal if sa == sb => None,
            Equal => Some(sa && !sb),
        },
        (Shape::Range(a1, b1), Shape::Range(a2, b2)) => {
            let (low, high) = (cmp(a2, a1), cmp(b2, b1));
            if low == Equal && high == Equal {
                None
            } else {
                // Any bound that lets in what the old one refused loosens the target.
                Some(low == Less || high == Greater)
            }
        }
        _ => return Err(()),
    })
}

/// The ids of an indicator's place, joined: `S1/OS1/OO2/prises-en-charge`.
fn indicator_paths(plan: &Plan) -> BTreeMap<String, (String, &Indicateur)> {
    plan.indicators()
        .map(|p| {
            let [s, os, oo] = p.chemin();
            (
                p.indicateur.id.clone(),
                (format!("{s}/{os}/{oo}"), p.indicateur),
            )
        })
        .collect()
}

/// A readable form of a declared value, for the message.
fn declared_text(d: &Declared) -> String {
    match d {
        Declared::YesNo(b) => crate::text::yesno::canonical(*b).to_owned(),
        Declared::Number(n) => crate::text::number::display(*n),
        Declared::Percent(n) => format!("{} %", crate::text::number::display(*n)),
    }
}

/// Compares two versions of a plan. `today`: to know whether the new plan's period has
/// ended (a declared value changed afterwards breaks comparability).
pub fn compare(old: &Plan, new: &Plan, today: NaiveDate) -> Vec<Change> {
    let mut out = Vec::new();
    if old.periode != new.periode {
        out.push(change(
            "periode-modifiee",
            "",
            None,
            None,
            vec![
                ("old_du", Arg::Date(old.periode.du)),
                ("old_au", Arg::Date(old.periode.au)),
                ("new_du", Arg::Date(new.periode.du)),
                ("new_au", Arg::Date(new.periode.au)),
            ],
        ));
    }
    objectives(old, new, &mut out);
    let olds = indicator_paths(old);
    let news = indicator_paths(new);
    for (id, (old_path, o)) in &olds {
        let Some((new_path, n)) = news.get(id) else {
            out.push(change(
                "indicateur-supprime",
                &format!("{old_path}/{id}"),
                Some(o.loc),
                None,
                vec![("id", id.into())],
            ));
            continue;
        };
        let path = format!("{new_path}/{id}");
        let at = (Some(o.loc), Some(n.loc));
        if old_path != new_path {
            out.push(change(
                "indicateur-deplace",
                &path,
                at.0,
                at.1,
                vec![
                    ("id", id.into()),
                    ("old_path", old_path.into()),
                    ("new_path", new_path.into()),
                ],
            ));
        }
        if o.intitule.trim() != n.intitule.trim() {
            out.push(change(
                "intitule-modifie",
                &path,
                at.0,
                at.1,
                vec![("id", id.into())],
            ));
        }
        let targets = vec![
            ("id", Arg::from(id)),
            ("old_target", Arg::from(&o.cible_texte)),
            ("new_target", Arg::from(&n.cible_texte)),
        ];
        if kind(&o.cible) == kind(&n.cible) {
            match loosened(&o.cible, &n.cible) {
                Ok(Some(true)) => out.push(change("cible-assouplie", &path, at.0, at.1, targets)),
                Ok(Some(false)) => {
                    out.push(change("cible-renforcee", &path, at.0, at.1, targets));
                }
                Ok(None) => {}
                Err(()) => out.push(change("cible-type-modifie", &path, at.0, at.1, targets)),
            }
        } else {
            out.push(change("cible-type-modifie", &path, at.0, at.1, targets));
        }
        sources(o, n, &path, at, new, today, &mut out);
    }
    for (id, (new_path, n)) in &news {
        if !olds.contains_key(id) {
            out.push(change(
                "indicateur-ajoute",
                &format!("{new_path}/{id}"),
                None,
                Some(n.loc),
                vec![("id", id.into())],
            ));
        }
    }
    out.sort_by(|a, b| {
        b.class
            .cmp(&a.class)
            .then_with(|| a.new.map(|l| l.line).cmp(&b.new.map(|l| l.line)))
            .then_with(|| a.path.cmp(&b.path))
    });
    out
}

/// Measures and declared values.
fn sources(
    o: &Indicateur,
    n: &Indicateur,
    path: &str,
    at: (Option<Loc>, Option<Loc>),
    new: &Plan,
    today: NaiveDate,
    out: &mut Vec<Change>,
) {
    let id = || vec![("id", Arg::from(&o.id))];
    match (&o.source, &n.source) {
        (Source::Mesure(a), Source::Mesure(b)) if a != b => {
            out.push(change("mesure-modifiee", path, at.0, at.1, id()));
        }
        (Source::Mesure(_), Source::Declare { .. } | Source::Aucune)
        | (Source::Declare { .. } | Source::Aucune, Source::Mesure(_)) => {
            out.push(change("mesure-modifiee", path, at.0, at.1, id()));
        }
        (
            Source::Declare {
                valeur: va,
                justification: ja,
            },
            Source::Declare {
                valeur: vb,
                justification: jb,
            },
        ) => {
            if va != vb && today > new.periode.au {
                let mut args = id();
                args.push(("old_value", declared_text(va).into()));
                args.push(("new_value", declared_text(vb).into()));
                out.push(change("declare-modifie", path, at.0, at.1, args));
            }
            if !ja.trim().is_empty() && jb.trim().is_empty() {
                out.push(change("justification-supprimee", path, at.0, at.1, id()));
            }
        }
        (Source::Declare { justification, .. }, Source::Aucune) if !justification.is_empty() => {
            out.push(change("justification-supprimee", path, at.0, at.1, id()));
        }
        _ => {}
    }
}

/// Objectives added, and expected results changed.
fn objectives(old: &Plan, new: &Plan, out: &mut Vec<Change>) {
    let mut old_paths: BTreeMap<String, &Vec<String>> = BTreeMap::new();
    let empty = Vec::new();
    for s in &old.secteurs {
        for os in &s.objectifs {
            old_paths.insert(format!("{}/{}", s.id, os.id), &empty);
            for oo in &os.objectifs {
                old_paths.insert(
                    format!("{}/{}/{}", s.id, os.id, oo.id),
                    &oo.resultats_attendus,
                );
            }
        }
    }
    for s in &new.secteurs {
        for os in &s.objectifs {
            let p = format!("{}/{}", s.id, os.id);
            if !old_paths.contains_key(&p) {
                out.push(change(
                    "objectif-ajoute",
                    &p,
                    None,
                    None,
                    vec![("path", p.as_str().into())],
                ));
            }
            for oo in &os.objectifs {
                let p = format!("{}/{}/{}", s.id, os.id, oo.id);
                match old_paths.get(&p) {
                    None => out.push(change(
                        "objectif-ajoute",
                        &p,
                        None,
                        None,
                        vec![("path", p.as_str().into())],
                    )),
                    Some(results) if **results != oo.resultats_attendus => out.push(change(
                        "resultat-attendu-modifie",
                        &p,
                        None,
                        None,
                        vec![("path", p.as_str().into())],
                    )),
                    Some(_) => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::target::parse;

    fn loose(a: &str, b: &str) -> Result<Option<bool>, ()> {
        loosened(&parse(a).unwrap(), &parse(b).unwrap())
    }

    #[test]
    fn targets_compare_as_values_not_text() {
        assert_eq!(loose(">/= 10/an", ">= 10 par an"), Ok(None));
        assert_eq!(loose(">= 10/an", ">= 1/mois"), Ok(Some(false)));
        assert_eq!(loose(">= 10/an", ">= 8/an"), Ok(Some(true)));
        assert_eq!(loose(">= 10", "> 10"), Ok(Some(false)));
        assert_eq!(loose("<= 5", "<= 6"), Ok(Some(true)));
        assert_eq!(loose("entre 5 et 10", "entre 4 et 10"), Ok(Some(true)));
        assert_eq!(loose("entre 5 et 10", "entre 6 et 9"), Ok(Some(false)));
        assert_eq!(loose("Oui", "Non"), Ok(Some(true)));
        assert_eq!(loose(">= 10", "<= 10"), Err(()));
    }
}

/// The catalog messages of `csc diff` (`locales/*/diff.ftl`), by id, with the arguments
/// each receives; the message of a change is `diff-` followed by its code.
pub mod messages {
    use crate::diag::Code;

    macro_rules! messages {
        ($($name:ident = $id:literal ($($arg:ident),*);)*) => {
            $(pub const $name: Code = Code { id: $id, args: &[$(stringify!($arg)),*] };)*
            /// All of them, for the catalog test.
            pub const ALL: &[Code] = &[$($name),*];
        };
    }

    messages! {
        CLASS = "diff-class" (class, count);
        NONE = "diff-none" ();
        TOTALS = "diff-totals" (errors, warnings, infos);
        INDICATEUR_SUPPRIME = "diff-indicateur-supprime" (id);
        CIBLE_ASSOUPLIE = "diff-cible-assouplie" (id, old_target, new_target);
        MESURE_MODIFIEE = "diff-mesure-modifiee" (id);
        PERIODE_MODIFIEE = "diff-periode-modifiee" (old_du, old_au, new_du, new_au);
        DECLARE_MODIFIE = "diff-declare-modifie" (id, old_value, new_value);
        INDICATEUR_DEPLACE = "diff-indicateur-deplace" (id, old_path, new_path);
        CIBLE_TYPE_MODIFIE = "diff-cible-type-modifie" (id, old_target, new_target);
        JUSTIFICATION_SUPPRIMEE = "diff-justification-supprimee" (id);
        INTITULE_MODIFIE = "diff-intitule-modifie" (id);
        INDICATEUR_AJOUTE = "diff-indicateur-ajoute" (id);
        CIBLE_RENFORCEE = "diff-cible-renforcee" (id, old_target, new_target);
        OBJECTIF_AJOUTE = "diff-objectif-ajoute" (path);
        RESULTAT_ATTENDU_MODIFIE = "diff-resultat-attendu-modifie" (path);
        CLI_DIFF = "cli-diff" ();
        CLI_DIFF_OLD = "cli-diff-old" ();
        CLI_DIFF_NEW = "cli-diff-new" ();
        CLI_DIFF_FORMAT = "cli-diff-format" ();
        CLI_DIFF_FAIL_ON = "cli-diff-fail-on" ();
    }

    /// The message of a change code.
    pub fn of(code: &str) -> Option<Code> {
        ALL.iter()
            .copied()
            .find(|m| m.id.strip_prefix("diff-") == Some(code))
    }
}
