//! Yes and no in French, Dutch and English: one vocabulary for targets (`Oui/Non`,
//! `Ja`, `No`) and declared values (`declare: Oui`).

/// Spellings of a yes/no target expecting yes, compared without spaces on folded text.
const TARGET_YES: &[&str] = &["oui/non", "oui", "ja/nee", "ja", "yes/no", "yes"];
/// Spellings of a yes/no target expecting no.
const TARGET_NO: &[&str] = &["non", "nee", "no"];

/// A target written as a yes/no question: `Some(expected answer)`. `compact` is folded
/// (lower case, no accents) and has no spaces.
pub fn target(compact: &str) -> Option<bool> {
    if TARGET_YES.contains(&compact) {
        Some(true)
    } else if TARGET_NO.contains(&compact) {
        Some(false)
    } else {
        None
    }
}

/// A declared answer, given as a slug: `oui`/`ja`/`yes`, `non`/`nee`/`no`.
pub fn answer(slug: &str) -> Option<bool> {
    match slug {
        "oui" | "ja" | "yes" => Some(true),
        "non" | "nee" | "no" => Some(false),
        _ => None,
    }
}

/// How a plan's YAML boolean (`cible: true`) is written back in reports: the official
/// template's spelling.
pub fn canonical(b: bool) -> &'static str {
    if b { "Oui" } else { "Non" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_languages() {
        assert_eq!(target("oui/non"), Some(true));
        assert_eq!(target("ja"), Some(true));
        assert_eq!(target("nee"), Some(false));
        assert_eq!(target("10"), None);
        assert_eq!(answer("yes"), Some(true));
        assert_eq!(answer("non"), Some(false));
        assert_eq!(answer("peut-etre"), None);
    }
}
