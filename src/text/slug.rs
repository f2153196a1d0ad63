//! Slugs: how activity codes, filter values and log headers are compared (spec §3).
//!
//! Lower case, accents removed, runs of spaces, `_`, `-` and apostrophes folded into one
//! `-`: `Prise en charge` = `prise-en-charge` = `PRISE_EN_CHARGE`, `Journée d'étude` =
//! `journee-d-etude` (the spec is silent on apostrophes; Excel users type both ' and ’).

/// Folds one character to lower case without its accent, keeping a one-to-one mapping
/// (so that a position in the folded text is a position in the original).
pub fn fold_char(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// The slug of a code, a header or a filter value. Accents are removed however they are
/// encoded (Unicode NFKD, combining marks dropped): a decomposed `é` from a Mac equals a
/// composed one (spec §3 v1.1).
pub fn slug(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    use unicode_normalization::char::is_combining_mark;
    if text.is_ascii() {
        return ascii_slug(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.trim().nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_whitespace() || matches!(c, '_' | '-' | '\'' | '’') {
            pending_dash = !out.is_empty();
            continue;
        }
        if pending_dash {
            out.push('-');
            pending_dash = false;
        }
        match c {
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' | 'ẞ' => out.push_str("ss"),
            _ => out.push(fold_char(c)),
        }
    }
    out
}

/// The slug of ASCII text, where NFKD changes nothing: the same folding, byte by byte.
fn ascii_slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.trim().chars() {
        if c.is_whitespace() || matches!(c, '_' | '-' | '\'') {
            pending_dash = !out.is_empty();
            continue;
        }
        if pending_dash {
            out.push('-');
            pending_dash = false;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{ascii_slug, fold_char, slug};

    #[test]
    fn spec_examples_are_equal() {
        assert_eq!(slug("Prise en charge"), "prise-en-charge");
        assert_eq!(slug("prise-en-charge"), "prise-en-charge");
        assert_eq!(slug("  PRISE__en - charge "), "prise-en-charge");
        assert_eq!(slug("Activité"), "activite");
        assert_eq!(slug("Bœuf"), "boeuf");
        assert_eq!(slug("Quantité"), "quantite");
        assert_eq!(slug("Journée d’étude"), "journee-d-etude");
    }

    #[test]
    fn decomposed_accents_equal_composed_ones() {
        // "é" written as "e" + U+0301, as macOS and some web forms write it
        assert_eq!(slug("Pr\u{65}\u{301}vention"), slug("Prévention"));
        assert_eq!(slug("-Formation_ "), "formation");
        assert_eq!(slug("ﬁche"), "fiche");
    }

    proptest::proptest! {
        /// ASCII text takes the byte path; it agrees with the Unicode one.
        #[test]
        fn the_ascii_path_agrees_with_nfkd(s in "[ -~\t\n\x0b\x0c\r]{0,24}") {
            use unicode_normalization::UnicodeNormalization as _;
            let mut unicode = String::new();
            let mut pending = false;
            for c in s.trim().nfkd() {
                if c.is_whitespace() || matches!(c, '_' | '-' | '\'' | '’') {
                    pending = !unicode.is_empty();
                    continue;
                }
                if pending {
                    unicode.push('-');
                    pending = false;
                }
                unicode.push(fold_char(c));
            }
            proptest::prop_assert_eq!(ascii_slug(&s), unicode);
        }
    }
}
