//! Personal data in a log (spec §4, "privacy, settled"): a Belgian national register
//! number or an e-mail address, in any cell or header cell. The value is never shown;
//! only its kind and place are.
//!
//! Every cell passes [`scan`] before anything else reads it; only a [`Clean`] cell can be
//! quoted in a message ([`Clean::quote`], cut at 40 characters). So a bad date, a bad
//! number or a list of headers never carries a number or an address.

/// What kind of personal data a cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivateKind {
    NationalNumber,
    Email,
}

impl PrivateKind {
    /// The catalog's selector.
    pub fn key(self) -> &'static str {
        match self {
            PrivateKind::NationalNumber => "national-number",
            PrivateKind::Email => "email",
        }
    }
}

/// A cell that passed the privacy scan: the only kind of cell a message may quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clean<'a>(&'a str);

/// How many characters of a cell a message shows.
pub const QUOTE_CHARS: usize = 40;

impl<'a> Clean<'a> {
    /// The cell as it is.
    pub fn text(self) -> &'a str {
        self.0
    }

    /// The cell for a message: trimmed, cut at [`QUOTE_CHARS`] characters. A cut can make
    /// what the whole cell was not (`…x@b.cd1` cut to `…x@b.cd`): the quote is scanned
    /// again and shortened until it is clean.
    pub fn quote(self) -> String {
        let s = self.0.trim();
        if s.chars().count() <= QUOTE_CHARS {
            return s.to_owned();
        }
        let mut keep = QUOTE_CHARS;
        loop {
            let cut: String = s.chars().take(keep).collect();
            if keep == 0 || scan(&cut).is_ok() {
                return format!("{cut}…");
            }
            keep -= 1;
        }
    }
}

/// Scans a text cell. `Err` names the personal data found.
pub fn scan(cell: &str) -> Result<Clean<'_>, PrivateKind> {
    scan_cell(cell, false)
}

/// Scans a cell; `numeric`: a number cell of a spreadsheet (whose leading zero Excel
/// dropped, so that a 10-digit number may be a national register number).
pub fn scan_cell(cell: &str, numeric: bool) -> Result<Clean<'_>, PrivateKind> {
    if !may_hold_private_data(cell) {
        return Ok(Clean(cell));
    }
    if has_national_number(cell, numeric) {
        Err(PrivateKind::NationalNumber)
    } else if has_email(cell) {
        Err(PrivateKind::Email)
    } else {
        Ok(Clean(cell))
    }
}

/// Whether the rules below could find anything: each needs ten digits (a national number,
/// its leading zero dropped) or an `@` (an address). Most cells have neither; counting
/// their bytes is all the scan does to them.
fn may_hold_private_data(cell: &str) -> bool {
    // Counted 255 bytes at a time in bytes, which the compiler turns into vector code.
    let (mut digits, mut at) = (0, 0);
    for chunk in cell.as_bytes().chunks(255) {
        let (d, a) = chunk.iter().fold((0u8, 0u8), |(d, a), &b| {
            (d + u8::from(b.is_ascii_digit()), a + u8::from(b == b'@'))
        });
        digits += usize::from(d);
        at += usize::from(a);
    }
    at > 0 || digits >= 10
}

/// A national register number or an e-mail address in a cell.
pub fn private_data(cell: &str) -> Option<PrivateKind> {
    scan(cell).err()
}

/// Whether 11 digits (`yymmddsssCC`) are a valid national register number: the check is
/// 97 − (the first nine mod 97), or the same with a 2 before the nine digits (born in
/// 2000 or later).
fn valid_nrn(digits: &[u8]) -> bool {
    if digits.len() != 11 {
        return false;
    }
    let value = |ds: &[u8]| ds.iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
    let base = value(&digits[..9]);
    let check = value(&digits[9..]);
    97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
}

/// Groups of digits in a text, joined by at most one of `.`, `-`, `/` or a space between
/// two digits: `(85.07.30-033.28)` is one candidate of five groups.
fn candidates(text: &str) -> Vec<Vec<&[u8]>> {
    /// What may stand between two groups of a number, as people and word processors type
    /// it: `.`, `-`, `/`, spaces (also no-break and narrow), dashes (en, em, figure,
    /// non-breaking hyphen, minus).
    fn separator(c: char) -> bool {
        matches!(
            c,
            // `_` and apostrophes too: a slug folds them into `-`, so an activity code
            // written `85_07_30_033_28` would show as a register number once slugged.
            '.' | '-'
                | '/'
                | ' '
                | '_'
                | '\''
                | '\u{2019}'
                | '\u{a0}'
                | '\u{2007}'
                | '\u{2009}'
                | '\u{202f}'
                | '\u{2010}'..='\u{2015}' | '\u{2212}'
        )
    }
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut groups: Vec<&[u8]> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            groups.push(&b[start..i]);
            // Up to three separator characters between two digits keep the candidate
            // going (`85.07.30 - 033.28`).
            let rest = &text[i..];
            let gap: usize = rest
                .chars()
                .take_while(|&c| separator(c))
                .take(3)
                .map(char::len_utf8)
                .sum();
            if gap > 0 && b.get(i + gap).is_some_and(u8::is_ascii_digit) {
                i += gap;
                continue;
            }
            out.push(std::mem::take(&mut groups));
        } else {
            i += 1;
        }
    }
    out
}

/// An 11-digit number inside the text (any run of whole digit groups of a candidate), or
/// the whole cell being a 10-digit number whose zero-prefixed form is one.
fn has_national_number(text: &str, numeric: bool) -> bool {
    let trimmed = text.trim();
    for groups in candidates(text) {
        for start in 0..groups.len() {
            let mut digits: Vec<u8> = Vec::with_capacity(11);
            for g in &groups[start..] {
                digits.extend_from_slice(g);
                if digits.len() >= 11 {
                    break;
                }
            }
            if digits.len() == 11 && valid_nrn(&digits) {
                return true;
            }
        }
    }
    // Excel drops the leading zero of people born 2000–2009: a cell that is a 10-digit
    // number not starting with 0 (or any numeric spreadsheet cell of 10 digits).
    let digits: Vec<u8> = trimmed.bytes().filter(u8::is_ascii_digit).collect();
    let only_number = !trimmed.is_empty()
        && trimmed
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'/' | b' '));
    if only_number && digits.len() == 10 && (numeric || digits[0] != b'0') {
        let mut padded = vec![b'0'];
        padded.extend_from_slice(&digits);
        return valid_nrn(&padded);
    }
    false
}

/// `local@domain.tld` anywhere in the text, whatever surrounds it: `<x@y.be>`,
/// `[x@y.be]`, `x@y.be.`, `mailto:x@y.be`.
fn has_email(text: &str) -> bool {
    // The local part may hold letters with accents (`andré@…`); the domain is ASCII or
    // its punycode.
    let local_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let domain_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-');
    for (at, _) in text.match_indices('@') {
        let local_len = text[..at]
            .chars()
            .rev()
            .take_while(|&c| local_char(c))
            .count();
        if local_len == 0 {
            continue;
        }
        let domain_end = text[at + 1..]
            .char_indices()
            .find(|&(_, c)| !domain_char(c))
            .map_or(text.len(), |(i, _)| at + 1 + i);
        let domain = text[at + 1..domain_end].trim_end_matches(['.', '-']);
        if let Some((name, tld)) = domain.rsplit_once('.')
            && !name.is_empty()
            && !name.starts_with('.')
            && tld.chars().count() >= 2
            && tld.chars().all(char::is_alphabetic)
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nrn(s: &str) -> bool {
        has_national_number(s, false)
    }

    /// A valid number for a birth date and serial, in the 1900s or the 2000s.
    fn make(yymmdd: &str, serial: &str, after_2000: bool) -> String {
        let nine = format!("{yymmdd}{serial}");
        let base: u64 = nine.parse().unwrap();
        let base = if after_2000 {
            2_000_000_000 + base
        } else {
            base
        };
        format!("{nine}{:02}", 97 - base % 97)
    }

    #[test]
    fn national_register_numbers_in_every_spelling() {
        // 85.07.30-033.28: 850730033 mod 97 = 69, 97 - 69 = 28
        for s in [
            "85.07.30-033.28",
            "85073003328",
            "85 07 30 033 28",
            "(85.07.30-033.28)",
            "RN:85073003328",
            "NRN 85073003328",
            "85/07/30/033/28",
            "dossier 85073003328 suivi",
            "12 85073003328",
            "85.07.30 - 033.28",
            "85\u{a0}07\u{a0}30\u{a0}033\u{a0}28",
            "85\u{202f}07\u{202f}30\u{202f}033\u{202f}28",
            "85.07.30\u{2013}033.28",
            "85.07.30\u{2011}033.28",
        ] {
            assert!(nrn(s), "{s}");
        }
        let young = make("050101", "123", true);
        assert!(nrn(&young));
        // Excel dropped the leading zero: a 10-digit number
        assert!(nrn(&young[1..]));
        assert!(!nrn("85073003329"));
        assert!(!nrn("12345"));
        assert!(!nrn("2023-02-14"));
        assert!(!nrn("14/02/2023 00:00"));
        assert!(!nrn("0471 12 34 56"));
        // a 10-digit number starting with 0 in a text cell is a phone number
        assert!(!nrn("0471123456"));
    }

    #[test]
    fn email_addresses_whatever_surrounds_them() {
        for s in [
            "jean.dupont@example.be",
            "<x@y.be>",
            "[x@y.be]",
            "x@y.be.",
            "x@y.be!",
            "mailto:x@y.be",
            "écrire à j.d+csil@commune.molenbeek.be ce soir",
            "andré@example.be",
        ] {
            assert!(has_email(s), "{s}");
        }
        for s in [
            "Réunion @ la maison",
            "@home",
            "x@y",
            "a@b.c1",
            "prix: 3 @ 2,5",
        ] {
            assert!(!has_email(s), "{s}");
        }
    }

    #[test]
    fn only_clean_cells_are_quoted_and_cut() {
        assert_eq!(
            private_data("jean.dupont@example.be"),
            Some(PrivateKind::Email)
        );
        assert_eq!(
            private_data("contact: 85.07.30-033.28 ce matin"),
            Some(PrivateKind::NationalNumber)
        );
        let long = "x".repeat(60);
        let quoted = scan(&long).unwrap().quote();
        assert_eq!(quoted.chars().count(), QUOTE_CHARS + 1);
        assert!(quoted.ends_with('…'));
    }

    proptest::proptest! {
        /// The byte pre-check never hides what the rules find.
        #[test]
        fn the_pre_check_only_skips_clean_cells(
            cell in "[0-9 ./@a-z-]{0,24}|.{0,16}",
            numeric in proptest::bool::ANY,
        ) {
            let rules = if has_national_number(&cell, numeric) {
                Err(PrivateKind::NationalNumber)
            } else if has_email(&cell) {
                Err(PrivateKind::Email)
            } else {
                Ok(Clean(cell.as_str()))
            };
            proptest::prop_assert_eq!(scan_cell(&cell, numeric), rules);
            if !may_hold_private_data(&cell) {
                proptest::prop_assert!(rules.is_ok());
            }
        }

        /// An NRN or an e-mail inserted anywhere in any text is found.
        #[test]
        fn planted_data_is_always_found(
            before in "[ a-zA-Z:(,;]{0,12}",
            after in "[ a-zA-Z.:),;!]{0,12}",
            spelling in 0usize..6,
        ) {
            let n = "85073003328";
            let planted = match spelling {
                0 => n.to_owned(),
                1 => "85.07.30-033.28".to_owned(),
                2 => "85 07 30 033 28".to_owned(),
                3 => "85/07/30/033/28".to_owned(),
                4 => "jan.peeters@mechelen.be".to_owned(),
                _ => "<x@y.be>".to_owned(),
            };
            // a digit right before or after would make another number
            let before = before.trim_end_matches(|c: char| c.is_ascii_digit());
            let cell = format!("{before} {planted} {after}");
            proptest::prop_assert!(private_data(&cell).is_some(), "{}", cell);
        }
    }
}
