//! Numbers as a Belgian official writes them (spec §2, §4): `12`, `12,5`, `12.5`.
//! `1.234` (a dot followed by exactly three digits) is ambiguous in fr-BE and refused.

/// Why a number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    NotANumber,
    Negative,
    /// `1.234`: thousands or decimal?
    Ambiguous,
}

/// Whether `int.frac` reads as a thousands group: digits, a dot, exactly three digits.
pub fn is_ambiguous(int: &str, frac: &str) -> bool {
    frac.len() == 3
        && !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// A log cell or a declared value: `12`, `12,5`, `12.5`; empty is `None`. `1.234` is
/// refused as ambiguous, a leading `-` as negative.
pub fn parse(s: &str) -> Result<Option<f64>, NumberError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if let Some(rest) = s.strip_prefix('-')
        && parse(rest).is_ok()
    {
        return Err(NumberError::Negative);
    }
    if let Some((int, frac)) = s.split_once('.')
        && is_ambiguous(int, frac)
    {
        return Err(NumberError::Ambiguous);
    }
    let valid = s
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && s.bytes().filter(|b| *b == b',' || *b == b'.').count() <= 1
        && s.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && s.bytes().last().is_some_and(|b| b.is_ascii_digit());
    if !valid {
        return Err(NumberError::NotANumber);
    }
    s.replace(',', ".")
        .parse()
        .map(Some)
        .map_err(|_| NumberError::NotANumber)
}

/// A declared value (`declare: 12`, `declare: "2,5"`), read as v1 of the spec reads it:
/// the text with its comma made a point, as Rust reads a float; finite and ≥ 0.
/// (Spec v1.1 reads it with [`parse`]'s grammar instead: the conformance issue.)
pub fn parse_declared(s: &str) -> Option<f64> {
    s.replace(',', ".")
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && *n >= 0.0)
}

/// The digits of a number inside a longer text (a target): `10`, `2,5`, `2.5`, starting
/// at `chars[start]`, a digit. Returns the value and the number of characters read, or
/// the error and the number of characters it concerns.
pub fn scan(chars: &[char], start: usize) -> Result<(f64, usize), (NumberError, usize)> {
    let digits = |from: usize| {
        chars[from.min(chars.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let int = digits(start);
    let mut end = start + int;
    let sep = chars.get(end).copied();
    if matches!(sep, Some(',' | '.')) && chars.get(end + 1).is_some_and(char::is_ascii_digit) {
        let frac_len = digits(end + 1);
        if sep == Some('.') && frac_len == 3 {
            return Err((NumberError::Ambiguous, int + 1 + frac_len));
        }
        end += 1 + frac_len;
    }
    let text: String = chars[start..end]
        .iter()
        .map(|&c| if c == ',' { '.' } else { c })
        .collect();
    text.parse()
        .map(|n| (n, end - start))
        .map_err(|_| (NumberError::NotANumber, 1))
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

    #[test]
    fn numbers_as_fr_be_writes_them() {
        assert_eq!(parse("12"), Ok(Some(12.0)));
        assert_eq!(parse("2,5"), Ok(Some(2.5)));
        assert_eq!(parse("2.5"), Ok(Some(2.5)));
        assert_eq!(parse(""), Ok(None));
        assert_eq!(parse("1.234"), Err(NumberError::Ambiguous));
        assert_eq!(parse("-3"), Err(NumberError::Negative));
        assert_eq!(parse("douze"), Err(NumberError::NotANumber));
        assert_eq!(parse("1,2,3"), Err(NumberError::NotANumber));
    }

    #[test]
    fn scanning_inside_a_target() {
        let c: Vec<char> = ">= 2,5/an".chars().collect();
        assert_eq!(scan(&c, 3), Ok((2.5, 3)));
        let c: Vec<char> = "1.000".chars().collect();
        assert_eq!(scan(&c, 0), Err((NumberError::Ambiguous, 5)));
        let c: Vec<char> = "10.".chars().collect();
        assert_eq!(scan(&c, 0), Ok((10.0, 2)));
    }

    #[test]
    fn display_uses_a_decimal_comma() {
        assert_eq!(display(12.0), "12");
        assert_eq!(display(2.5), "2,5");
        assert_eq!(display(1.0 / 3.0), "0,33");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in ".{0,40}") {
            let _ = parse(&s);
            let chars: Vec<char> = s.chars().collect();
            for i in 0..chars.len() {
                let _ = scan(&chars, i);
            }
        }
    }
}
