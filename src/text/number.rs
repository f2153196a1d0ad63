//! Numbers as a Belgian official writes them: one grammar (spec §2 v1.1) for targets
//! ([`scan`]), declared values and log cells ([`parse`]).
//!
//! - digits, with a decimal comma or point: `12`, `2,5`, `2.5`;
//! - thousands grouped by a space, a no-break space (U+00A0), a narrow no-break space
//!   (U+202F) or an apostrophe: `1 000`, `12 345,5`, `1'000.5`; the first group has one
//!   to three digits, every later group exactly three, all behind the same separator
//!   (`1 00` is not a number);
//! - a dot followed by exactly three digits (`1.234`, `1.000`) is ambiguous in fr-BE:
//!   thousands or decimals? It is refused;
//! - a leading `-` is read, then refused: every number `csc` reads must be ≥ 0;
//! - no exponent, no hexadecimal, no infinity or NaN, and at most
//!   [`MAX_INTEGER_DIGITS`] digits before the decimal separator: a number read is always
//!   finite.

/// Why a number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    NotANumber,
    Negative,
    /// `1.234`: thousands or decimal?
    Ambiguous,
    /// More than [`MAX_INTEGER_DIGITS`] digits before the decimal separator.
    TooLarge,
}

impl NumberError {
    /// The error's stable selector, as diagnostics pass it (`kind` of `nombre-illisible`
    /// and `nombre-invalide`).
    pub fn key(self) -> &'static str {
        match self {
            NumberError::NotANumber => "not-a-number",
            NumberError::Negative => "negative",
            NumberError::Ambiguous => "ambiguous",
            NumberError::TooLarge => "too-large",
        }
    }
}

/// The most digits a number may have before its decimal separator.
pub const MAX_INTEGER_DIGITS: usize = 12;

/// Whether `c` may group thousands: `1 000`, `1'000`, with a no-break or a narrow
/// no-break space as word processors and spreadsheets write them.
fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')
}

/// What the grammar reads at one place, before the rules that refuse a number.
#[derive(Debug)]
struct Read {
    negative: bool,
    /// The digits before the decimal separator, without group separators.
    int: String,
    /// The digits after the decimal separator (empty when there is none).
    frac: String,
    /// A dot followed by exactly three digits.
    ambiguous: bool,
    /// Characters read, sign and separators included.
    len: usize,
}

impl Read {
    fn value(&self) -> Result<f64, NumberError> {
        if self.ambiguous {
            return Err(NumberError::Ambiguous);
        }
        if self.int.len() > MAX_INTEGER_DIGITS {
            return Err(NumberError::TooLarge);
        }
        if self.negative {
            return Err(NumberError::Negative);
        }
        let text = if self.frac.is_empty() {
            self.int.clone()
        } else {
            format!("{}.{}", self.int, self.frac)
        };
        // At most 12 integer digits: always finite.
        text.parse().map_err(|_| NumberError::NotANumber)
    }
}

/// Reads the longest number the grammar allows at `chars[start]`; `None` when no digit
/// (after an optional `-`) stands there. A separator is read only when what follows it
/// makes it one: a group separator followed by exactly three digits and then a
/// non-digit, a decimal separator followed by a digit. So `5 à 10` reads `5`, and
/// `>= 1 000/an` reads `1 000`.
fn read(chars: &[char], start: usize) -> Option<Read> {
    let digits_at = |from: usize| {
        chars.get(from..).map_or(0, |rest| {
            rest.iter().take_while(|c| c.is_ascii_digit()).count()
        })
    };
    let mut i = start;
    let negative = chars.get(i) == Some(&'-') && digits_at(i + 1) > 0;
    if negative {
        i += 1;
    }
    let first = digits_at(i);
    if first == 0 {
        return None;
    }
    let mut int: String = chars[i..i + first].iter().collect();
    i += first;
    if first <= 3 {
        let mut separator = None;
        while let Some(&c) = chars.get(i)
            && is_group_separator(c)
            && separator.is_none_or(|s| s == c)
            && digits_at(i + 1) == 3
        {
            separator = Some(c);
            int.extend(&chars[i + 1..i + 4]);
            i += 4;
        }
    }
    let mut frac = String::new();
    let mut ambiguous = false;
    if let Some(&sep @ (',' | '.')) = chars.get(i) {
        let n = digits_at(i + 1);
        if n > 0 {
            frac = chars[i + 1..i + 1 + n].iter().collect();
            ambiguous = sep == '.' && n == 3;
            i += 1 + n;
        }
    }
    Some(Read {
        negative,
        int,
        frac,
        ambiguous,
        len: i - start,
    })
}

/// A whole text as a number (a log cell, a declared value): `12`, `2,5`, `1 000`;
/// empty (or blank) is `None`. Refused: `1.234` (ambiguous), `-3` (negative), more than
/// 12 integer digits (too large), anything else that is not the grammar.
pub fn parse(s: &str) -> Result<Option<f64>, NumberError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if let Some(n) = plain(s.as_bytes()) {
        return Ok(Some(n));
    }
    let chars: Vec<char> = s.chars().collect();
    match read(&chars, 0) {
        Some(r) if r.len == chars.len() => r.value().map(Some),
        _ => Err(NumberError::NotANumber),
    }
}

/// The common shapes read without allocating: `12`, `2,5`, `2.5` (not `1.234`, which is
/// ambiguous), at most [`MAX_INTEGER_DIGITS`] integer digits. `None` for anything else,
/// which the grammar reads.
fn plain(s: &[u8]) -> Option<f64> {
    let int = s.iter().take_while(|b| b.is_ascii_digit()).count();
    if int == 0 || int > MAX_INTEGER_DIGITS {
        return None;
    }
    let Some((&sep, frac)) = s[int..].split_first() else {
        // Up to 12 digits: exact in an f64.
        let n = s.iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
        return Some(n as f64);
    };
    let ok = matches!(sep, b',' | b'.')
        && !frac.is_empty()
        && frac.iter().all(u8::is_ascii_digit)
        && !(sep == b'.' && frac.len() == 3);
    // Read as the grammar reads it: `int.frac`, parsed by the standard library.
    let mut text = [0u8; 64];
    if !ok || s.len() > text.len() {
        return None;
    }
    text[..s.len()].copy_from_slice(s);
    text[int] = b'.';
    std::str::from_utf8(&text[..s.len()]).ok()?.parse().ok()
}

/// A number inside a longer text (a target), starting at `chars[start]`: `10`, `2,5`,
/// `1 000`, `-3`. Returns the value and the number of characters read, or the error and
/// the number of characters it concerns (from `start`: the whole number).
pub fn scan(chars: &[char], start: usize) -> Result<(f64, usize), (NumberError, usize)> {
    match read(chars, start) {
        None => Err((NumberError::NotANumber, 1)),
        Some(r) => r.value().map(|n| (n, r.len)).map_err(|e| (e, r.len)),
    }
}

/// A number the way a Belgian reader writes it: decimal comma, two decimals at most, no
/// needless zeros (`12`, `2,5`, `0,33`).
pub fn display(n: f64) -> String {
    if (n - n.round()).abs() < 1e-9 {
        format!("{}", n.round() as i64)
    } else {
        let s = format!("{n:.2}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        s.replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn numbers_as_fr_be_writes_them() {
        assert_eq!(parse("12"), Ok(Some(12.0)));
        assert_eq!(parse("2,5"), Ok(Some(2.5)));
        assert_eq!(parse("2.5"), Ok(Some(2.5)));
        assert_eq!(parse("0,33"), Ok(Some(0.33)));
        assert_eq!(parse("1,234"), Ok(Some(1.234)));
        assert_eq!(parse("1.2345"), Ok(Some(1.2345)));
        assert_eq!(parse(" 7 "), Ok(Some(7.0)));
        assert_eq!(parse(""), Ok(None));
        assert_eq!(parse("  "), Ok(None));
    }

    #[test]
    fn thousands_by_a_space_a_no_break_space_or_an_apostrophe() {
        assert_eq!(parse("1 000"), Ok(Some(1000.0)));
        assert_eq!(parse("1\u{a0}000"), Ok(Some(1000.0)));
        assert_eq!(parse("1\u{202f}000"), Ok(Some(1000.0)));
        assert_eq!(parse("1'000"), Ok(Some(1000.0)));
        assert_eq!(parse("12 345,5"), Ok(Some(12345.5)));
        assert_eq!(parse("1 000,5"), Ok(Some(1000.5)));
        assert_eq!(parse("1 000.5"), Ok(Some(1000.5)));
        assert_eq!(parse("1'000.5"), Ok(Some(1000.5)));
        assert_eq!(parse("1 234 567"), Ok(Some(1_234_567.0)));
        assert_eq!(parse("123 456 789 012"), Ok(Some(123_456_789_012.0)));
    }

    #[test]
    fn groups_after_the_first_have_exactly_three_digits() {
        for bad in [
            "1 00",
            "1 0000",
            "1 000 00",
            "1234 567",
            "1  000",
            "1 000'000",
            "1 ,5",
        ] {
            assert_eq!(parse(bad), Err(NumberError::NotANumber), "{bad:?}");
        }
        // Spaces around a number are not separators.
        assert_eq!(parse(" 1 000 "), Ok(Some(1000.0)));
    }

    #[test]
    fn a_dot_and_three_digits_is_ambiguous() {
        for s in ["1.234", "1.000", "0.500", "1 000.500", "-1.234", "1.234,5"] {
            let expected = if s == "1.234,5" {
                NumberError::NotANumber
            } else {
                NumberError::Ambiguous
            };
            assert_eq!(parse(s), Err(expected), "{s:?}");
        }
        assert_eq!(parse("1,000"), Ok(Some(1.0)));
    }

    #[test]
    fn negative_numbers_are_read_then_refused() {
        assert_eq!(parse("-3"), Err(NumberError::Negative));
        assert_eq!(parse("-2,5"), Err(NumberError::Negative));
        assert_eq!(parse("-1 000"), Err(NumberError::Negative));
        assert_eq!(parse("-"), Err(NumberError::NotANumber));
        assert_eq!(parse("--3"), Err(NumberError::NotANumber));
        assert_eq!(parse("-3x"), Err(NumberError::NotANumber));
    }

    #[test]
    fn no_exponent_hex_infinity_or_nan() {
        for s in [
            "douze", "1,2,3", "1e3", "1E3", "2.5e-3", "0x10", "0o17", "0b101", "+12", "1_000",
            "inf", ".inf", "-.inf", "NaN", ".nan", "infinity", ".5", "5.", "5,", "1.2.3",
        ] {
            assert_eq!(parse(s), Err(NumberError::NotANumber), "{s:?}");
        }
    }

    #[test]
    fn at_most_twelve_digits_before_the_decimal_separator() {
        assert_eq!(parse("999999999999"), Ok(Some(999_999_999_999.0)));
        assert_eq!(parse("999 999 999 999,99"), Ok(Some(999_999_999_999.99)));
        assert_eq!(parse("1234567890123"), Err(NumberError::TooLarge));
        assert_eq!(parse("1 234 567 890 123"), Err(NumberError::TooLarge));
        assert_eq!(parse("-1234567890123"), Err(NumberError::TooLarge));
        assert_eq!(parse(&"9".repeat(400)), Err(NumberError::TooLarge));
        let long_fraction = format!("0,{}", "3".repeat(400));
        assert!(parse(&long_fraction).is_ok_and(|n| n.is_some_and(f64::is_finite)));
    }

    #[test]
    fn error_selectors() {
        assert_eq!(NumberError::TooLarge.key(), "too-large");
        assert_eq!(NumberError::Ambiguous.key(), "ambiguous");
        assert_eq!(NumberError::Negative.key(), "negative");
        assert_eq!(NumberError::NotANumber.key(), "not-a-number");
    }

    #[test]
    fn scanning_inside_a_target() {
        assert_eq!(scan(&chars(">= 2,5/an"), 3), Ok((2.5, 3)));
        assert_eq!(scan(&chars("1.000"), 0), Err((NumberError::Ambiguous, 5)));
        assert_eq!(
            scan(&chars(">= 1.234/an"), 3),
            Err((NumberError::Ambiguous, 5))
        );
        assert_eq!(scan(&chars("10."), 0), Ok((10.0, 2)));
        assert_eq!(scan(&chars("10, 20"), 0), Ok((10.0, 2)));
    }

    #[test]
    fn a_space_in_a_target_groups_thousands_only_before_three_digits() {
        assert_eq!(scan(&chars(">= 1 000/an"), 3), Ok((1000.0, 5)));
        assert_eq!(scan(&chars("1 000"), 0), Ok((1000.0, 5)));
        assert_eq!(scan(&chars("12 345,5 par an"), 0), Ok((12345.5, 8)));
        assert_eq!(scan(&chars("1'000.5"), 0), Ok((1000.5, 7)));
        assert_eq!(scan(&chars("1\u{a0}000 %"), 0), Ok((1000.0, 5)));
        // Not followed by exactly three digits and a non-digit: the number ends.
        assert_eq!(scan(&chars("5 à 10"), 0), Ok((5.0, 1)));
        assert_eq!(scan(&chars("5 10"), 0), Ok((5.0, 1)));
        assert_eq!(scan(&chars("1 00"), 0), Ok((1.0, 1)));
        assert_eq!(scan(&chars("1 0000"), 0), Ok((1.0, 1)));
        assert_eq!(scan(&chars("1234 567"), 0), Ok((1234.0, 4)));
        assert_eq!(
            scan(&chars("1 000 à 2 000"), 6),
            Err((NumberError::NotANumber, 1))
        );
        assert_eq!(scan(&chars("1 000 à 2 000"), 8), Ok((2000.0, 5)));
    }

    #[test]
    fn scanning_refusals_cover_the_whole_number() {
        assert_eq!(scan(&chars("-5/an"), 0), Err((NumberError::Negative, 2)));
        assert_eq!(
            scan(&chars(">= 1234567890123/an"), 3),
            Err((NumberError::TooLarge, 13))
        );
        assert_eq!(scan(&chars("x"), 0), Err((NumberError::NotANumber, 1)));
        assert_eq!(scan(&chars("0x10"), 0), Ok((0.0, 1)));
        assert_eq!(scan(&chars("1e3"), 0), Ok((1.0, 1)));
    }

    #[test]
    fn display_uses_a_decimal_comma() {
        assert_eq!(display(12.0), "12");
        assert_eq!(display(2.5), "2,5");
        assert_eq!(display(1.0 / 3.0), "0,33");
    }

    /// Digits grouped by threes with `sep`: `1234567` → `1 234 567`.
    fn grouped(n: u64, sep: char) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(d);
        }
        out
    }

    proptest! {
        #[test]
        fn never_panics(s in ".{0,40}") {
            let _ = parse(&s);
            let chars: Vec<char> = s.chars().collect();
            for i in 0..chars.len() {
                let _ = scan(&chars, i);
            }
        }

        #[test]
        fn what_is_accepted_is_finite_with_at_most_twelve_integer_digits(
            s in prop_oneof![".{0,40}", "[-0-9 ,.'\u{a0}\u{202f}eEx]{0,40}"],
        ) {
            if let Ok(Some(n)) = parse(&s) {
                prop_assert!(n.is_finite() && n >= 0.0, "{s:?} → {n}");
                prop_assert!(n < 1e12, "{s:?} → {n}");
            }
            let chars: Vec<char> = s.chars().collect();
            for i in 0..chars.len() {
                if let Ok((n, len)) = scan(&chars, i) {
                    prop_assert!((0.0..1e12).contains(&n), "{s:?}@{i} → {n}");
                    prop_assert!(len >= 1 && i + len <= chars.len());
                }
            }
        }

        #[test]
        fn the_plain_path_agrees_with_the_grammar(
            s in "[0-9]{0,14}([.,][0-9]{0,5})?|[0-9 .,'-]{0,12}",
        ) {
            if let Some(n) = plain(s.trim().as_bytes()) {
                let chars: Vec<char> = s.trim().chars().collect();
                let general = read(&chars, 0)
                    .filter(|r| r.len == chars.len())
                    .map(|r| r.value());
                prop_assert_eq!(general, Some(Ok(n)), "{:?}", s);
            }
        }

        #[test]
        fn grouped_integers_read_back(
            n in 0u64..1_000_000_000_000,
            sep in prop::sample::select(vec![' ', '\u{a0}', '\u{202f}', '\'']),
        ) {
            let text = grouped(n, sep);
            prop_assert_eq!(parse(&text), Ok(Some(n as f64)), "{}", text);
            let chars: Vec<char> = format!("{text}/an").chars().collect();
            prop_assert_eq!(scan(&chars, 0), Ok((n as f64, text.chars().count())));
        }
    }
}
