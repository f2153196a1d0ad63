//! The generated cases of `tests/differential.rs`: plans whose targets are drawn from
//! the grammar of §2 and sources from §3, periods, evaluation dates and logs (§4).

use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;

use crate::model::{Agg, Cal, Cmp, Declared, Q, Row, Sel, Source, Sub, Target, Test};
use crate::support::ymd;

/// The activity codes of the plans, as the plan writes them (compared as slugs, §3).
pub const CODES: [&str; 4] = [
    "formation",
    "Réunion réseau",
    "prise-en-charge",
    "Sensibilisation",
];
/// The same codes spelled otherwise, to list one twice in `activites`.
pub const CODES_AGAIN: [&str; 4] = [
    "FORMATION",
    "reunion-reseau",
    "Prise en charge",
    "sensibilisation",
];

/// `public` cells, and whether each equals the filter value `jeunes` as slugs (§3).
pub const PUBLICS: [(&str, bool); 5] = [
    ("Jeunes", true),
    ("jeunes ", true),
    ("JEUNES", true),
    ("Professionnels", false),
    ("", false),
];

/// How the logs write dates (§4).
pub const DATE_FORMATS: [&str; 6] = [
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%-d/%-m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%d/%m/%y",
];

/// How the logs spell activities, and which code each one is (as slugs, §3): case,
/// accents, `_`, runs of spaces and `-`, leading and trailing separators do not matter.
pub const SPELLINGS: [(&str, Option<usize>); 10] = [
    ("formation", Some(0)),
    ("  Formation", Some(0)),
    ("reunion_reseau", Some(1)),
    ("RÉUNION - RÉSEAU", Some(1)),
    ("Prise en charge", Some(2)),
    ("prise-en-charge", Some(2)),
    ("sensibilisation", Some(3)),
    ("Sensibilisation-", Some(3)),
    ("colloque", None),
    ("Formaton", None),
];

/// One generated plan and log.
#[derive(Debug, Clone)]
pub struct Case {
    pub cal: Cal,
    /// The plan leaves `periode` out (then P is the calendar year).
    pub default_period: bool,
    /// The plan names no log (`journaux: []`).
    pub no_log: bool,
    pub indicators: Vec<(String, Target, Source)>,
    pub rows: Vec<(Row, Written)>,
}

/// How a row is written: indexes into `SPELLINGS`, `PUBLICS` and `DATE_FORMATS`.
#[derive(Debug, Clone, Copy)]
pub struct Written {
    pub spelling: usize,
    pub public: usize,
    pub format: usize,
}

/// Numbers of the target grammar, in tenths: whole numbers and halves (`2,5`).
pub fn tenths() -> impl Strategy<Value = i64> {
    prop_oneof![4 => (1i64..=12).prop_map(|n| n * 10), 1 => (0i64..=9).prop_map(|n| n * 10 + 5)]
}

/// A number as an official writes it, with a decimal comma (§2).
pub fn written(t: i64) -> String {
    if t % 10 == 0 {
        (t / 10).to_string()
    } else {
        format!("{},{}", t / 10, t % 10)
    }
}

pub fn quantity(test: Test, per_year: bool, text: String) -> (Target, String) {
    (Target::Quantity { test, per_year }, text)
}

pub fn cmp(c: Cmp, t: i64) -> Test {
    Test::Cmp(c, Q::tenths(t))
}

pub fn between(lo: i64, hi: i64) -> Test {
    Test::Between(Q::int(lo), Q::int(hi))
}

/// Targets of counts and sums (§2): at least, more than, at most, less than, bare,
/// ranges and equality, with and without `/an`.
pub fn quantity_target() -> impl Strategy<Value = (Target, String)> {
    prop_oneof![
        (tenths(), 0..4usize).prop_map(|(t, v)| {
            let n = written(t);
            let text = [
                format!(">= {n}/an"),
                format!(">/= {n}/an"),
                format!("au moins {n} par an"),
                format!("{n}/an"),
            ];
            quantity(cmp(Cmp::Ge, t), true, text[v].clone())
        }),
        tenths().prop_map(|t| quantity(cmp(Cmp::Gt, t), true, format!("> {}/an", written(t)))),
        tenths().prop_map(|t| quantity(cmp(Cmp::Gt, t), false, format!("> {}", written(t)))),
        tenths().prop_map(|t| quantity(cmp(Cmp::Le, t), false, format!("<= {}", written(t)))),
        tenths().prop_map(|t| quantity(cmp(Cmp::Le, t), true, format!("<= {}/an", written(t)))),
        tenths().prop_map(|t| quantity(cmp(Cmp::Lt, t), false, format!("< {}", written(t)))),
        tenths().prop_map(|t| quantity(cmp(Cmp::Ge, t), false, written(t))),
        (1i64..=8, 0i64..=8, any::<bool>()).prop_map(|(lo, w, y)| {
            let text = format!("entre {lo} et {}{}", lo + w, if y { " par an" } else { "" });
            quantity(between(lo, lo + w), y, text)
        }),
        (1i64..=8, any::<bool>()).prop_map(|(n, y)| quantity(
            between(n, n),
            y,
            format!("= {n}{}", if y { "/an" } else { "" })
        )),
    ]
}

/// Rates per sub-period (§2, §5), with every comparator and ranges.
pub fn rate_target() -> impl Strategy<Value = (Target, String)> {
    let per = prop_oneof![
        Just((Sub::Semestre, "semestre")),
        Just((Sub::Trimestre, "trimestre")),
        Just((Sub::Mois, "mois")),
        Just((Sub::Semaine, "semaine")),
    ];
    let test = prop_oneof![
        3 => (1i64..=3).prop_map(|t| (cmp(Cmp::Ge, t * 10), format!(">= {t}"))),
        1 => (1i64..=3).prop_map(|t| (cmp(Cmp::Gt, t * 10), format!("> {t}"))),
        1 => (1i64..=3).prop_map(|t| (cmp(Cmp::Le, t * 10), format!("<= {t}"))),
        1 => (1i64..=3).prop_map(|t| (cmp(Cmp::Lt, t * 10), format!("< {t}"))),
        1 => (1i64..=2, 0i64..=2).prop_map(|(lo, w)| {
            (between(lo, lo + w), format!("entre {lo} et {}", lo + w))
        }),
        1 => (1i64..=2).prop_map(|n| (between(n, n), format!("= {n}"))),
    ];
    (test, per).prop_map(|((test, text), (per, word))| {
        (Target::Rate { test, per }, format!("{text}/{word}"))
    })
}

pub fn yes_no_target() -> impl Strategy<Value = (Target, String)> {
    prop_oneof![
        Just((Target::YesNo(true), "Oui/Non".to_owned())),
        Just((Target::YesNo(true), "Oui".to_owned())),
        Just((Target::YesNo(false), "Non".to_owned())),
    ]
}

/// Percentages (§2): every comparator, a range and equality.
pub fn percent_target() -> impl Strategy<Value = (Target, String)> {
    let p = prop_oneof![Just(50i64), Just(75), Just(80), Just(100)];
    (p, 0..7usize).prop_map(|(p, v)| {
        let forms = [
            (Cmp::Ge, format!(">= {p} %")),
            (Cmp::Ge, format!("au moins {p}%")),
            (Cmp::Gt, format!("> {p} %")),
            (Cmp::Le, format!("<= {p} %")),
            (Cmp::Lt, format!("< {p}%")),
        ];
        match v {
            5 => (
                Target::Percent(between(p / 2, p)),
                format!("entre {} et {p} %", p / 2),
            ),
            6 => (Target::Percent(between(p, p)), format!("= {p} %")),
            _ => (Target::Percent(cmp(forms[v].0, p * 10)), forms[v].1.clone()),
        }
    })
}

/// A selection: one or two activities (sometimes one listed twice under two spellings),
/// sometimes a filter, any aggregate, column names sometimes as Dutch aliases (§3).
pub fn selection() -> impl Strategy<Value = Sel> {
    let agg = prop_oneof![
        2 => Just(Agg::Quantite { explicit: false }),
        1 => Just(Agg::Quantite { explicit: true }),
        1 => Just(Agg::Participants),
        1 => Just(Agg::Dossiers),
    ];
    let activities = prop_oneof![3 => (0..CODES.len()).prop_map(|k| 1u8 << k), 1 => 1u8..16];
    let flags = (
        prop::bool::weighted(0.15),
        prop::bool::weighted(0.25),
        any::<bool>(),
    );
    (activities, agg, flags).prop_map(|(activities, agg, (listed_twice, filtered, alias))| Sel {
        activities,
        listed_twice,
        filtered,
        agg,
        alias,
    })
}

/// An indicator: a target of §2 with a source it makes sense with (§3).
pub fn indicator() -> impl Strategy<Value = (String, Target, Source)> {
    let measured = |((t, c), s): ((Target, String), Sel)| (c, t, Source::Measure(s));
    let declared = |((t, c), d): ((Target, String), Declared)| (c, t, Source::Declared(d));
    let number = (0i64..=200).prop_map(|v| Declared::Number(Q::tenths(v)));
    let percent = (0i64..=1000).prop_map(|v| Declared::Percent(Q::tenths(v)));
    let yes_no = any::<bool>().prop_map(Declared::YesNo);
    let ratio = (percent_target(), selection(), selection())
        .prop_map(|((t, c), n, d)| (c, t, Source::Ratio(n, d)));
    let nothing = prop_oneof![quantity_target(), rate_target(), yes_no_target()]
        .prop_map(|(t, c)| (c, t, Source::Nothing));
    prop_oneof![
        5 => (quantity_target(), selection()).prop_map(measured),
        1 => (quantity_target(), number).prop_map(declared),
        3 => (rate_target(), selection()).prop_map(measured),
        2 => (yes_no_target(), selection()).prop_map(measured),
        1 => (yes_no_target(), yes_no).prop_map(declared),
        2 => ratio,
        1 => (percent_target(), percent).prop_map(declared),
        1 => nothing,
    ]
}

pub fn days(n: i64) -> Days {
    Days::new(n.unsigned_abs())
}

/// Period P: the calendar year (written or by default), a short or non-aligned span, a
/// full year from any day (365 or 366 days), 366 days that are not a full year, and the
/// year from 29 February.
pub fn period() -> impl Strategy<Value = (NaiveDate, NaiveDate, bool)> {
    let start = (2022i32..=2025, 0u64..365).prop_map(|(y, k)| ymd(y, 1, 1) + Days::new(k));
    prop_oneof![
        (2022i32..=2026, any::<bool>()).prop_map(|(y, d)| (ymd(y, 1, 1), ymd(y, 12, 31), d)),
        (start.clone(), 20u64..500).prop_map(|(du, n)| (du, du + Days::new(n - 1), false)),
        start.clone().prop_map(|du| {
            let next = du
                .with_year(du.year() + 1)
                .unwrap_or_else(|| ymd(du.year() + 1, 3, 1));
            (du, next.pred_opt().expect("a date"), false)
        }),
        start.prop_map(|du| (du, du + Days::new(365), false)),
        Just((ymd(2024, 2, 29), ymd(2025, 2, 28), false)),
    ]
}

/// Evaluation date A: before P, its first day, inside, its last two days, after.
pub fn as_of(du: NaiveDate, au: NaiveDate) -> impl Strategy<Value = NaiveDate> {
    let len = (au - du).num_days();
    prop_oneof![
        1 => (1u64..=40).prop_map(move |k| du - Days::new(k)),
        1 => Just(du),
        5 => (0..=len).prop_map(move |k| du + days(k)),
        1 => Just(au.pred_opt().expect("a date")),
        2 => Just(au),
        1 => (1u64..=40).prop_map(move |k| au + Days::new(k)),
    ]
}

/// A log row: dates inside and outside P, after A, just before A, and on the edges;
/// any spelling; `quantite` sometimes empty or with a decimal comma; a dossier
/// sometimes empty, padded with spaces or in another case.
pub fn row(du: NaiveDate, au: NaiveDate, a: NaiveDate) -> impl Strategy<Value = (Row, Written)> {
    let len = (au - du).num_days();
    let date = prop_oneof![
        6 => (-30..=len + 30).prop_map(move |k| if k < 0 { du - days(k) } else { du + days(k) }),
        2 => (0u64..=40).prop_map(move |k| a - Days::new(k)),
        1 => prop::sample::select(vec![du, au, du - days(1), au + days(1), a, a + days(1)]),
    ];
    let quantite = prop_oneof![
        2 => Just(None),
        3 => (0i64..=5).prop_map(|n| Some(n * 10)),
        1 => (0i64..=5).prop_map(|n| Some(n * 10 + 5)),
    ];
    let participants = prop::option::weighted(0.8, 0i64..=30);
    let dossier = prop::option::weighted(
        0.7,
        (1u8..=5, 0..4usize).prop_map(|(n, v)| match v {
            0 => format!(" D-{n} "),
            1 => format!("d-{n}"),
            _ => format!("D-{n}"),
        }),
    );
    let written = (0..SPELLINGS.len(), 0..PUBLICS.len(), 0..DATE_FORMATS.len());
    (date, written, quantite, participants, dossier).prop_map(
        |(date, (s, public, format), q, p, dossier)| {
            let row = Row {
                date,
                code: SPELLINGS[s].1,
                public_matches: PUBLICS[public].1,
                quantite: q.map(Q::tenths),
                participants: p.map(Q::int),
                dossier,
            };
            (
                row,
                Written {
                    spelling: s,
                    public,
                    format,
                },
            )
        },
    )
}

pub fn case() -> impl Strategy<Value = Case> {
    period()
        .prop_flat_map(|(du, au, d)| (Just((du, au, d)), as_of(du, au)))
        .prop_flat_map(|((du, au, default_period), a)| {
            let inds = prop::collection::vec(indicator(), 1..8);
            let rows = prop::collection::vec(row(du, au, a), 0..40);
            let (copies, no_log) = (0..4usize, prop::bool::weighted(0.05));
            (inds, rows, copies, no_log).prop_map(move |(indicators, mut rows, copies, no_log)| {
                // identical rows: "Duplicate rows are counted (and warned about)."
                rows.extend_from_within(..copies.min(rows.len()));
                Case {
                    cal: Cal { du, au, as_of: a },
                    default_period,
                    no_log,
                    indicators,
                    rows,
                }
            })
        })
}
