//! Slugs (how activity codes, headers and filter values compare): `text::slug::slug`.
//!
//! Beyond "no panic": a slug is its own slug (idempotent), has no ASCII capital, no
//! space, `_`, apostrophe, nor a leading, trailing or doubled `-`; and the header
//! names `log::canonical` builds do not panic.
#![no_main]

use csc::text::slug::slug;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let s = slug(text);
    assert_eq!(slug(&s), s, "slug is not idempotent on {text:?}");
    assert!(!s.starts_with('-') && !s.ends_with('-'), "{s:?}");
    assert!(!s.contains("--"), "{s:?}");
    assert!(
        !s.chars()
            .any(|c| c.is_ascii_uppercase() || c.is_whitespace() || matches!(c, '_' | '\'' | '’')),
        "{s:?}"
    );
    let _ = csc::log::canonical(text);
});
