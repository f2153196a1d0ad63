//! Personal data in a log (spec §4, privacy): a Belgian national register number or an
//! e-mail address. The value is never shown; only its kind and place are.

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

/// A national register number or an e-mail address in a cell (spec §4, privacy).
pub fn private_data(cell: &str) -> Option<PrivateKind> {
    if is_national_number(cell) || cell.split_whitespace().any(is_national_number) {
        return Some(PrivateKind::NationalNumber);
    }
    if cell.split_whitespace().any(is_email) {
        return Some(PrivateKind::Email);
    }
    None
}

/// 11 digits, with or without `.`, `-` or space separators, whose last two are
/// 97 − (first nine mod 97), or the same with a 2 before them (born in 2000 or later).
pub fn is_national_number(s: &str) -> bool {
    let s = s.trim();
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | ' '))
    {
        return false;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 11 {
        return false;
    }
    let (Ok(base), Ok(check)) = (digits[..9].parse::<u64>(), digits[9..].parse::<u64>()) else {
        return false;
    };
    97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
}

fn is_email(token: &str) -> bool {
    let token = token.trim_matches(|c: char| matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | '"'));
    let Some((local, domain)) = token.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_register_numbers_both_centuries() {
        // 85.07.30-033.28: 850730033 mod 97 = 69, 97 - 69 = 28
        assert!(is_national_number("85.07.30-033.28"));
        assert!(is_national_number("85073003328"));
        assert!(is_national_number("85 07 30 033 28"));
        // born in 2005: the check uses 2 followed by the nine digits
        let base: u64 = 50_101_123;
        let check = 97 - (2_000_000_000 + base) % 97;
        assert!(is_national_number(&format!("{base:09}{check:02}")));
        assert!(!is_national_number("85073003329"));
        assert!(!is_national_number("12345"));
        assert!(!is_national_number("2023-02-14"));
    }

    #[test]
    fn private_data_in_cells() {
        assert_eq!(
            private_data("jean.dupont@example.be"),
            Some(PrivateKind::Email)
        );
        assert_eq!(
            private_data("contact: 85.07.30-033.28 ce matin"),
            Some(PrivateKind::NationalNumber)
        );
        assert_eq!(private_data("Réunion @ la maison"), None);
        assert_eq!(private_data("12"), None);
    }
}
