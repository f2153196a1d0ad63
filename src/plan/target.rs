//! The target grammar (spec §2): `>/= 10/an`, `au moins 80 %`, `entre 5 et 10`,
//! `2 per kwartaal`, `Oui/Non`…
//!
//! The parser works on the folded characters of the text (lower case, no accents, see
//! [`crate::text::slug::fold_char`]) so that a position in the folded text is the position of
//! the same character in what the official wrote; errors carry that position.
//!
//! Why this file is long: the grammar's word tables and the parser that reads them are
//! one unit; split, each half would be unreadable without the other.

use crate::text::number::{self, NumberError};
use crate::text::slug::fold_char;
use crate::text::yesno;

/// A parsed target.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A number to reach, cap or stay within, possibly a percentage, possibly per period.
    Quantity {
        bound: Bound,
        percent: bool,
        per: Option<Period>,
    },
    /// `Oui/Non`, `Ja`, `Non`… with the answer expected.
    YesNo { expected: bool },
}

/// How the measured value compares with the number(s) written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    AtLeast(f64),
    MoreThan(f64),
    AtMost(f64),
    LessThan(f64),
    Exactly(f64),
    Between(f64, f64),
}

/// The period a rate is written against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Week,
    Month,
    Quarter,
    Semester,
    Year,
}

/// Why a target could not be read, and where (a character index in the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetError {
    pub kind: TargetErrorKind,
    /// Index of the offending character (in characters, not bytes).
    pub at: usize,
    /// Number of characters concerned (at least 1 for a caret).
    pub len: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetErrorKind {
    Empty,
    ExpectedNumber,
    /// A dot followed by exactly three digits: a thousands separator or a decimal?
    AmbiguousNumber,
    /// A number the grammar reads but a target refuses: negative, or with more than 12
    /// digits before the decimal separator. Reported as `nombre-invalide`, whose `kind`
    /// is [`NumberError::key`].
    RefusedNumber(NumberError),
    UnknownPeriod(String),
    ReversedRange,
    Unexpected(char),
}

impl Bound {
    /// Whether `value` satisfies the bound.
    pub fn holds(self, value: f64) -> bool {
        const EPS: f64 = 1e-9;
        match self {
            Bound::AtLeast(n) => value >= n - EPS,
            Bound::MoreThan(n) => value > n + EPS,
            Bound::AtMost(n) => value <= n + EPS,
            Bound::LessThan(n) => value < n - EPS,
            Bound::Exactly(n) => (value - n).abs() <= EPS,
            Bound::Between(a, b) => value >= a - EPS && value <= b + EPS,
        }
    }

    /// The same bound with its numbers multiplied by `factor` (rates scaled to a period).
    #[must_use]
    pub fn scaled(self, factor: f64) -> Bound {
        match self {
            Bound::AtLeast(n) => Bound::AtLeast(n * factor),
            Bound::MoreThan(n) => Bound::MoreThan(n * factor),
            Bound::AtMost(n) => Bound::AtMost(n * factor),
            Bound::LessThan(n) => Bound::LessThan(n * factor),
            Bound::Exactly(n) => Bound::Exactly(n * factor),
            Bound::Between(a, b) => Bound::Between(a * factor, b * factor),
        }
    }

    /// The number a commune works towards: the minimum for "at least", the cap for
    /// "at most", the lower end of a range.
    pub fn reference(self) -> f64 {
        match self {
            Bound::AtLeast(n)
            | Bound::MoreThan(n)
            | Bound::AtMost(n)
            | Bound::LessThan(n)
            | Bound::Exactly(n)
            | Bound::Between(n, _) => n,
        }
    }

    /// Whether `value` is already above the top of the bound (`< t`: at t): a growing
    /// count cannot come back.
    pub fn upper_passed(self, value: f64) -> bool {
        const EPS: f64 = 1e-9;
        match self {
            Bound::AtMost(m) | Bound::Exactly(m) | Bound::Between(_, m) => value > m + EPS,
            Bound::LessThan(m) => value >= m - EPS,
            Bound::AtLeast(_) | Bound::MoreThan(_) => false,
        }
    }

    /// True for bounds that a growing count can overshoot ("at most", "less than",
    /// "exactly", the top of a range).
    pub fn has_maximum(self) -> bool {
        !matches!(self, Bound::AtLeast(_) | Bound::MoreThan(_))
    }
}

impl Target {
    pub fn is_percent(&self) -> bool {
        matches!(self, Target::Quantity { percent: true, .. })
    }

    pub fn is_yes_no(&self) -> bool {
        matches!(self, Target::YesNo { .. })
    }
}

impl Period {
    /// The period's stable code, as the JSON report writes it (`sous_periodes.periode`)
    /// and the catalog selects its word: `semaine`, `mois`, `trimestre`, `semestre`, `an`.
    pub fn key(self) -> &'static str {
        match self {
            Period::Week => "semaine",
            Period::Month => "mois",
            Period::Quarter => "trimestre",
            Period::Semester => "semestre",
            Period::Year => "an",
        }
    }
}

impl TargetErrorKind {
    /// The catalog selector of the error and the word it is about, if any.
    pub fn key(&self) -> (&'static str, String) {
        match self {
            TargetErrorKind::Empty => ("empty", String::new()),
            TargetErrorKind::ExpectedNumber => ("expected-number", String::new()),
            TargetErrorKind::AmbiguousNumber => ("ambiguous-number", String::new()),
            TargetErrorKind::RefusedNumber(e) => (e.key(), String::new()),
            TargetErrorKind::UnknownPeriod(w) if w.is_empty() => ("missing-period", String::new()),
            TargetErrorKind::UnknownPeriod(w) => ("unknown-period", w.clone()),
            TargetErrorKind::ReversedRange => ("reversed-range", String::new()),
            TargetErrorKind::Unexpected(c) => ("unexpected", c.to_string()),
        }
    }
}

/// Comparator words and signs, longest first so that `>/=` wins over `>`.
const COMPARATORS: &[(&str, Cmp)] = &[
    (">/=", Cmp::AtLeast),
    ("</=", Cmp::AtMost),
    (">=", Cmp::AtLeast),
    ("=>", Cmp::AtLeast),
    ("<=", Cmp::AtMost),
    ("=<", Cmp::AtMost),
    ("≥", Cmp::AtLeast),
    ("≤", Cmp::AtMost),
    (">", Cmp::MoreThan),
    ("<", Cmp::LessThan),
    ("=", Cmp::Exactly),
    ("au moins", Cmp::AtLeast),
    ("minimum", Cmp::AtLeast),
    ("minimaal", Cmp::AtLeast),
    ("minstens", Cmp::AtLeast),
    ("ten minste", Cmp::AtLeast),
    ("at least", Cmp::AtLeast),
    ("min.", Cmp::AtLeast),
    ("min", Cmp::AtLeast),
    ("plus de", Cmp::MoreThan),
    ("meer dan", Cmp::MoreThan),
    ("more than", Cmp::MoreThan),
    ("au plus", Cmp::AtMost),
    ("maximum", Cmp::AtMost),
    ("maximaal", Cmp::AtMost),
    ("hoogstens", Cmp::AtMost),
    ("at most", Cmp::AtMost),
    ("max.", Cmp::AtMost),
    ("max", Cmp::AtMost),
    ("moins de", Cmp::LessThan),
    ("minder dan", Cmp::LessThan),
    ("less than", Cmp::LessThan),
    ("entre", Cmp::Between),
    ("tussen", Cmp::Between),
    ("between", Cmp::Between),
];

/// Words joining the two ends of a range; the en and em dashes are Word's (`5 – 10`).
const RANGE_JOINERS: &[&str] = &[
    "et", "en", "and", "a", "tot", "to", "-", "\u{2013}", "\u{2014}",
];

const PERIOD_WORDS: &[(&str, Period)] = &[
    ("annee", Period::Year),
    ("an", Period::Year),
    ("jaar", Period::Year),
    ("year", Period::Year),
    ("semestre", Period::Semester),
    ("semester", Period::Semester),
    ("trimestre", Period::Quarter),
    ("kwartaal", Period::Quarter),
    ("quarter", Period::Quarter),
    ("mois", Period::Month),
    ("maand", Period::Month),
    ("month", Period::Month),
    ("semaine", Period::Week),
    ("week", Period::Week),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmp {
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Exactly,
    Between,
}

/// Parses a target written as officials write it.
pub fn parse(text: &str) -> Result<Target, TargetError> {
    let mut p = Parser {
        chars: text.chars().map(fold_char).collect(),
        original: text.chars().collect(),
        pos: 0,
    };
    p.skip_ws();
    if p.at_end() {
        return Err(p.error(TargetErrorKind::Empty));
    }
    let compact: String = p.chars.iter().filter(|c| !c.is_whitespace()).collect();
    if let Some(expected) = yesno::target(&compact) {
        return Ok(Target::YesNo { expected });
    }

    let cmp = p.comparator();
    p.skip_ws();
    // `>/=à 2`, `>/= à 5`: a stray "à" after a sign.
    if cmp.is_some() && p.peek() == Some('a') && !p.peek_at(1).is_some_and(char::is_alphabetic) {
        p.pos += 1;
        p.skip_ws();
    }
    let first = p.number()?;
    p.skip_ws();
    let bound = match cmp {
        Some(Cmp::Between) => {
            let joiner_at = p.pos;
            if !p.range_joiner() {
                return Err(TargetError {
                    kind: match p.peek() {
                        Some(_) => TargetErrorKind::Unexpected(p.original[p.pos]),
                        None => TargetErrorKind::ExpectedNumber,
                    },
                    at: joiner_at.min(p.chars.len().saturating_sub(1)),
                    len: 1,
                });
            }
            p.skip_ws();
            p.range_end(first)?
        }
        Some(Cmp::AtLeast) => Bound::AtLeast(first),
        Some(Cmp::MoreThan) => Bound::MoreThan(first),
        Some(Cmp::AtMost) => Bound::AtMost(first),
        Some(Cmp::LessThan) => Bound::LessThan(first),
        Some(Cmp::Exactly) => Bound::Exactly(first),
        None => {
            let save = p.pos;
            if p.range_joiner() {
                p.skip_ws();
                if p.peek().is_some_and(|c| c.is_ascii_digit()) {
                    p.range_end(first)?
                } else {
                    p.pos = save;
                    Bound::AtLeast(first)
                }
            } else {
                Bound::AtLeast(first)
            }
        }
    };
    p.skip_ws();
    let percent = p.eat("%");
    p.skip_ws();
    let per = p.period()?;
    p.skip_ws();
    if p.peek().is_some() {
        return Err(p.error(TargetErrorKind::Unexpected(p.original[p.pos])));
    }
    Ok(Target::Quantity {
        bound,
        percent,
        per,
    })
}

struct Parser {
    /// Folded: lower case, no accents; one character for each of `original`.
    chars: Vec<char>,
    original: Vec<char>,
    pos: usize,
}

impl Parser {
    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn error(&self, kind: TargetErrorKind) -> TargetError {
        TargetError {
            kind,
            at: self.pos.min(self.chars.len().saturating_sub(1)),
            len: 1,
        }
    }

    /// Consumes `word` if the text continues with it; a word made of letters must not
    /// be followed by another letter (`min` is not the start of `minder`).
    fn eat(&mut self, word: &str) -> bool {
        let mut i = self.pos;
        for w in word.chars() {
            if w == ' ' {
                // one or more spaces in the text
                if !self.chars.get(i).is_some_and(|c| c.is_whitespace()) {
                    return false;
                }
                while self.chars.get(i).is_some_and(|c| c.is_whitespace()) {
                    i += 1;
                }
                continue;
            }
            if self.chars.get(i) != Some(&w) {
                return false;
            }
            i += 1;
        }
        let ends_in_letter = word.chars().last().is_some_and(char::is_alphabetic);
        if ends_in_letter && self.chars.get(i).is_some_and(|c| c.is_alphabetic()) {
            return false;
        }
        self.pos = i;
        true
    }

    fn comparator(&mut self) -> Option<Cmp> {
        COMPARATORS
            .iter()
            .find(|(word, _)| self.eat(word))
            .map(|(_, cmp)| *cmp)
    }

    fn range_joiner(&mut self) -> bool {
        RANGE_JOINERS.iter().any(|j| self.eat(j))
    }

    fn range_end(&mut self, low: f64) -> Result<Bound, TargetError> {
        let at = self.pos;
        let high = self.number()?;
        if high < low {
            return Err(TargetError {
                kind: TargetErrorKind::ReversedRange,
                at,
                len: self.pos - at,
            });
        }
        Ok(Bound::Between(low, high))
    }

    fn number(&mut self) -> Result<f64, TargetError> {
        let start = self.pos;
        // `-5` is read as a number, then refused as negative.
        let negative =
            self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c.is_ascii_digit());
        if !negative && !self.peek().is_some_and(|c| c.is_ascii_digit()) {
            return Err(self.error(match self.peek() {
                Some(c) if !c.is_alphanumeric() && c != '/' => {
                    TargetErrorKind::Unexpected(self.original[self.pos])
                }
                _ => TargetErrorKind::ExpectedNumber,
            }));
        }
        match number::scan(&self.chars, start) {
            Ok((n, len)) => {
                self.pos += len;
                Ok(n)
            }
            Err((kind, len)) => Err(TargetError {
                kind: match kind {
                    NumberError::Ambiguous => TargetErrorKind::AmbiguousNumber,
                    NumberError::NotANumber => TargetErrorKind::ExpectedNumber,
                    e @ (NumberError::Negative | NumberError::TooLarge) => {
                        TargetErrorKind::RefusedNumber(e)
                    }
                },
                at: start,
                len,
            }),
        }
    }

    fn period(&mut self) -> Result<Option<Period>, TargetError> {
        if !(self.eat("/") || self.eat("par") || self.eat("per")) {
            return Ok(None);
        }
        self.skip_ws();
        let start = self.pos;
        if let Some((_, period)) = PERIOD_WORDS.iter().find(|(w, _)| self.eat(w)) {
            return Ok(Some(*period));
        }
        while self.peek().is_some_and(char::is_alphanumeric) {
            self.pos += 1;
        }
        let word: String = self.original[start..self.pos].iter().collect();
        Err(TargetError {
            at: start.min(self.chars.len().saturating_sub(1)),
            len: (self.pos - start).max(1),
            kind: if word.is_empty() {
                TargetErrorKind::UnknownPeriod(String::new())
            } else {
                TargetErrorKind::UnknownPeriod(word)
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn q(bound: Bound, percent: bool, per: Option<Period>) -> Target {
        Target::Quantity {
            bound,
            percent,
            per,
        }
    }

    fn ok(text: &str) -> Target {
        parse(text).unwrap_or_else(|e| panic!("{text:?} should parse: {e:?}"))
    }

    #[test]
    fn at_least_per_year_every_notation_of_the_spec() {
        for t in [
            ">/= 10/an",
            ">= 10/an",
            "≥ 10 par an",
            "=> 10 / an",
            "≥10/AN",
        ] {
            assert_eq!(
                ok(t),
                q(Bound::AtLeast(10.0), false, Some(Period::Year)),
                "{t}"
            );
        }
        assert_eq!(
            ok(">/=à 2 /an"),
            q(Bound::AtLeast(2.0), false, Some(Period::Year))
        );
        assert_eq!(
            ok(">/= à 5/an"),
            q(Bound::AtLeast(5.0), false, Some(Period::Year))
        );
    }

    #[test]
    fn at_least_in_words() {
        for t in [
            "au moins 3 par an",
            "minimum 3/an",
            "min. 3/an",
            "minstens 3 per jaar",
            "at least 3 per year",
            "Au Moins 3 par année",
            "au moins 3 par annee",
        ] {
            assert_eq!(
                ok(t),
                q(Bound::AtLeast(3.0), false, Some(Period::Year)),
                "{t}"
            );
        }
    }

    #[test]
    fn strictly_more() {
        for t in ["> 2/an", "plus de 2 par an", "meer dan 2/jaar"] {
            assert_eq!(
                ok(t),
                q(Bound::MoreThan(2.0), false, Some(Period::Year)),
                "{t}"
            );
        }
    }

    #[test]
    fn at_most() {
        for t in [
            "<= 5",
            "</= 5",
            "≤ 5",
            "au plus 5",
            "maximum 5",
            "hoogstens 5",
            "maximaal 5",
        ] {
            assert_eq!(ok(t), q(Bound::AtMost(5.0), false, None), "{t}");
        }
    }

    #[test]
    fn strictly_less() {
        for t in ["< 5", "moins de 5", "minder dan 5"] {
            assert_eq!(ok(t), q(Bound::LessThan(5.0), false, None), "{t}");
        }
    }

    #[test]
    fn equality_and_bare_number() {
        assert_eq!(ok("= 1"), q(Bound::Exactly(1.0), false, None));
        assert_eq!(ok("1"), q(Bound::AtLeast(1.0), false, None));
    }

    #[test]
    fn ranges() {
        for t in [
            "entre 5 et 10",
            "5 à 10",
            "5-10",
            "tussen 5 en 10",
            "5 - 10",
        ] {
            assert_eq!(ok(t), q(Bound::Between(5.0, 10.0), false, None), "{t}");
        }
    }

    #[test]
    fn percentages() {
        assert_eq!(ok(">= 80 %"), q(Bound::AtLeast(80.0), true, None));
        assert_eq!(ok("au moins 80%"), q(Bound::AtLeast(80.0), true, None));
    }

    #[test]
    fn sub_period_rates() {
        assert_eq!(
            ok(">= 2/trimestre"),
            q(Bound::AtLeast(2.0), false, Some(Period::Quarter))
        );
        assert_eq!(
            ok(">= 1/mois"),
            q(Bound::AtLeast(1.0), false, Some(Period::Month))
        );
        assert_eq!(
            ok(">= 3/semestre"),
            q(Bound::AtLeast(3.0), false, Some(Period::Semester))
        );
        assert_eq!(
            ok(">= 1/semaine"),
            q(Bound::AtLeast(1.0), false, Some(Period::Week))
        );
        assert_eq!(
            ok("2 per kwartaal"),
            q(Bound::AtLeast(2.0), false, Some(Period::Quarter))
        );
        assert_eq!(
            ok("1 per maand"),
            q(Bound::AtLeast(1.0), false, Some(Period::Month))
        );
    }

    #[test]
    fn yes_no() {
        for t in [
            "Oui/Non",
            "Oui",
            "Ja/Nee",
            "Ja",
            "Yes/No",
            "Yes",
            "oui / non",
            "OUI",
        ] {
            assert_eq!(ok(t), Target::YesNo { expected: true }, "{t}");
        }
        for t in ["Non", "Nee", "No"] {
            assert_eq!(ok(t), Target::YesNo { expected: false }, "{t}");
        }
    }

    #[test]
    fn decimal_comma() {
        assert_eq!(
            ok("2,5/mois"),
            q(Bound::AtLeast(2.5), false, Some(Period::Month))
        );
        assert_eq!(ok(">= 2.5"), q(Bound::AtLeast(2.5), false, None));
    }

    #[test]
    fn errors_point_at_the_offending_character() {
        let e = parse(">= dix/an").unwrap_err();
        assert_eq!((e.kind, e.at), (TargetErrorKind::ExpectedNumber, 3));
        let e = parse(">= 10/décennie").unwrap_err();
        assert_eq!(e.kind, TargetErrorKind::UnknownPeriod("décennie".into()));
        assert_eq!((e.at, e.len), (6, 8));
        let e = parse("10 personnes").unwrap_err();
        assert_eq!((e.kind, e.at), (TargetErrorKind::Unexpected('p'), 3));
        let e = parse("entre 10 et 5").unwrap_err();
        assert_eq!((e.kind, e.at), (TargetErrorKind::ReversedRange, 12));
        let e = parse(">= 1.000").unwrap_err();
        assert_eq!(
            (e.kind, e.at, e.len),
            (TargetErrorKind::AmbiguousNumber, 3, 5)
        );
        let e = parse("   ").unwrap_err();
        assert_eq!(e.kind, TargetErrorKind::Empty);
        let e = parse("Peut-être").unwrap_err();
        assert_eq!(e.at, 0);
    }

    #[test]
    fn thousands_grouped_by_a_space() {
        assert_eq!(
            ok(">= 1 000/an"),
            q(Bound::AtLeast(1000.0), false, Some(Period::Year))
        );
        assert_eq!(
            ok("au moins 12 345,5 par an"),
            q(Bound::AtLeast(12345.5), false, Some(Period::Year))
        );
        assert_eq!(
            ok(">= 1\u{a0}000/an"),
            q(Bound::AtLeast(1000.0), false, Some(Period::Year))
        );
        assert_eq!(
            ok("1\u{202f}000 par mois"),
            q(Bound::AtLeast(1000.0), false, Some(Period::Month))
        );
        assert_eq!(ok(">= 1'000.5"), q(Bound::AtLeast(1000.5), false, None));
        assert_eq!(ok(">= 1 000,5"), q(Bound::AtLeast(1000.5), false, None));
        assert_eq!(ok(">= 1 000.5"), q(Bound::AtLeast(1000.5), false, None));
        for t in [
            "entre 1 000 et 2 000",
            "1 000 à 2 000",
            "1 000 - 2 000",
            "1 000–2 000",
        ] {
            assert_eq!(ok(t), q(Bound::Between(1000.0, 2000.0), false, None), "{t}");
        }
        // A space not followed by exactly three digits is not a separator.
        assert_eq!(ok("5 à 10"), q(Bound::Between(5.0, 10.0), false, None));
        assert_eq!(
            ok("entre 5 et 10"),
            q(Bound::Between(5.0, 10.0), false, None)
        );
        assert_eq!(
            ok("100 / an"),
            q(Bound::AtLeast(100.0), false, Some(Period::Year))
        );
    }

    #[test]
    fn ranges_with_an_en_or_em_dash() {
        for t in [
            "5 – 10",
            "5–10",
            "5—10",
            "5 — 10",
            "entre 5 – 10",
            "tussen 5 — 10",
        ] {
            assert_eq!(ok(t), q(Bound::Between(5.0, 10.0), false, None), "{t}");
        }
        assert_eq!(
            ok("2 – 4 par trimestre"),
            q(Bound::Between(2.0, 4.0), false, Some(Period::Quarter))
        );
        let e = parse("10 – 5").unwrap_err();
        assert_eq!(
            (e.kind, e.at, e.len),
            (TargetErrorKind::ReversedRange, 5, 1)
        );
    }

    #[test]
    fn number_errors_point_at_the_offending_characters() {
        use TargetErrorKind::{AmbiguousNumber, RefusedNumber, Unexpected};
        let err = |t: &str| {
            let e = parse(t).unwrap_err();
            (e.kind, e.at, e.len)
        };
        assert_eq!(err("1.000"), (AmbiguousNumber, 0, 5));
        assert_eq!(err("1.234"), (AmbiguousNumber, 0, 5));
        assert_eq!(err(">= 1 000.000/an"), (AmbiguousNumber, 3, 9));
        assert_eq!(err("entre 5 et 1.500"), (AmbiguousNumber, 11, 5));
        assert_eq!(err(">= 1 00/an"), (Unexpected('0'), 5, 1));
        assert_eq!(err("1 0000"), (Unexpected('0'), 2, 1));
        assert_eq!(
            err(">= -5/an"),
            (RefusedNumber(NumberError::Negative), 3, 2)
        );
        assert_eq!(err("-2,5"), (RefusedNumber(NumberError::Negative), 0, 4));
        assert_eq!(
            err(">= 1234567890123/an"),
            (RefusedNumber(NumberError::TooLarge), 3, 13)
        );
        assert_eq!(
            err("entre 5 et 1 000 000 000 000"),
            (RefusedNumber(NumberError::TooLarge), 11, 17)
        );
        // What YAML would have read as a number: hexadecimal, exponent, infinity, NaN.
        assert_eq!(err("0x10"), (Unexpected('x'), 1, 1));
        assert_eq!(err("1e3"), (Unexpected('e'), 1, 1));
        assert_eq!(err(".inf"), (Unexpected('.'), 0, 1));
        assert_eq!(err(".nan"), (Unexpected('.'), 0, 1));
        assert_eq!(err("-.inf"), (Unexpected('-'), 0, 1));
        assert_eq!(err("1_000"), (Unexpected('_'), 1, 1));
        assert_eq!(
            RefusedNumber(NumberError::TooLarge).key(),
            ("too-large", String::new())
        );
    }

    proptest! {
        #[test]
        fn thousands_in_any_target(
            n in 1_000u64..1_000_000_000_000,
            sep in prop::sample::select(vec![" ", "\u{a0}", "\u{202f}", "'"]),
            per in prop::sample::select(PERIOD_WORDS.iter().map(|(w, _)| *w).collect::<Vec<_>>()),
        ) {
            let digits = n.to_string();
            let mut grouped = String::new();
            for (i, d) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    grouped.push_str(sep);
                }
                grouped.push(d);
            }
            let text = format!(">= {grouped} / {per}");
            match parse(&text) {
                Ok(Target::Quantity { bound, .. }) => {
                    prop_assert!((bound.reference() - n as f64).abs() < 1e-9, "{text}");
                }
                other => prop_assert!(false, "{text}: {other:?}"),
            }
        }

        #[test]
        fn never_panics_and_errors_stay_inside_the_text(s in ".{0,40}") {
            if let Err(e) = parse(&s) {
                let n = s.chars().count();
                prop_assert!(e.at <= n.saturating_sub(1) || n == 0);
                prop_assert!(e.len >= 1);
            }
        }

        #[test]
        fn every_comparator_with_any_number_and_period(
            cmp in prop::sample::select(COMPARATORS.iter().filter(|(_, c)| *c != Cmp::Between).map(|(w, _)| *w).collect::<Vec<_>>()),
            n in 0u32..100_000,
            per in prop::sample::select(PERIOD_WORDS.iter().map(|(w, _)| *w).collect::<Vec<_>>()),
        ) {
            let text = format!("{cmp} {n} / {per}");
            let t = parse(&text);
            prop_assert!(t.is_ok(), "{text}: {t:?}");
            if let Ok(Target::Quantity { bound, .. }) = t {
                prop_assert!((bound.reference() - f64::from(n)).abs() < 1e-9);
            }
        }
    }
}
