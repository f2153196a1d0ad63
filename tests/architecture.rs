//! The architecture stays true: layers import only those below them, and code holds no
//! user-facing sentence (every sentence is in `locales/`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The layers, bottom up. A module may import its own layer's siblings only when named
/// together here (plan and log know nothing of each other).
const LAYERS: &[(&str, u8)] = &[
    ("text", 0),
    ("diag", 1),
    ("plan", 2),
    ("log", 2),
    ("eval", 3),
    ("report", 4),
    ("diff", 4),
    ("i18n", 5),
    ("export", 6),
    ("emit", 6),
    ("rollup", 7),
    ("cmd", 8),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top module of a file under `src/`: `src/plan/load.rs` → `plan`.
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(src()).expect("under src");
    let first = rel.components().next().expect("a component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_owned()
}

/// The code of a file without its test module (tests may use anything).
fn code_without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

#[test]
fn lower_layers_never_import_higher_ones() {
    let rank: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut problems = Vec::new();
    for file in &files {
        let module = module_of(file);
        let Some(&own) = rank.get(module.as_str()) else {
            continue; // lib.rs and main.rs sit on top
        };
        let text = std::fs::read_to_string(file).expect("readable");
        for (n, line) in code_without_tests(&text).lines().enumerate() {
            let line = line.split("//").next().unwrap_or_default();
            for (i, _) in line.match_indices("crate::") {
                let target: String = line[i + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if target == module {
                    continue;
                }
                match rank.get(target.as_str()) {
                    Some(&r) if r < own => {}
                    Some(_) => problems.push(format!(
                        "{}:{}: `{module}` imports `{target}`, which is not below it",
                        file.display(),
                        n + 1
                    )),
                    None => problems.push(format!(
                        "{}:{}: `crate::{target}` is not in the list of layers",
                        file.display(),
                        n + 1
                    )),
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The string literals of a Rust source, with their line (a small lexer: comments,
/// character literals, raw strings).
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let text: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < text.len() {
        let ch = text[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch == '/' && text.get(i + 1) == Some(&'/') {
            while i < text.len() && text[i] != '\n' {
                i += 1;
            }
        } else if ch == '\'' {
            // a char literal ('"', '\'') or a lifetime
            if text.get(i + 2) == Some(&'\'') {
                i += 3;
            } else if text.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < text.len() && text[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else {
                i += 1;
            }
        } else if ch == 'r'
            && matches!(text.get(i + 1), Some('#' | '"'))
            && (i == 0 || !text[i - 1].is_alphanumeric())
        {
            let mut hashes = 0;
            let mut j = i + 1;
            while text.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if text.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let start = j + 1;
            let mut k = start;
            let start_line = line;
            loop {
                if k >= text.len() {
                    break;
                }
                if text[k] == '"' && (0..hashes).all(|h| text.get(k + 1 + h) == Some(&'#')) {
                    break;
                }
                if text[k] == '\n' {
                    line += 1;
                }
                k += 1;
            }
            out.push((start_line, text[start..k.min(text.len())].iter().collect()));
            i = k + 1 + hashes;
        } else if ch == '"' {
            let start_line = line;
            let mut s = String::new();
            i += 1;
            while i < text.len() && text[i] != '"' {
                if text[i] == '\\' {
                    i += 1;
                }
                if text.get(i) == Some(&'\n') {
                    line += 1;
                }
                if let Some(ch) = text.get(i) {
                    s.push(*ch);
                }
                i += 1;
            }
            i += 1;
            out.push((start_line, s));
        } else {
            i += 1;
        }
    }
    out
}

/// A sentence or a phrase for a reader: two words of letters in a row, or an accented
/// letter (French and Dutch words carry them; codes and keys never do).
fn looks_like_prose(s: &str) -> bool {
    if s.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) {
        return true;
    }
    let words: Vec<&str> = s.split(' ').collect();
    words.windows(2).any(|w| {
        w.iter()
            .all(|x| x.len() >= 2 && x.chars().all(|c| c.is_ascii_alphabetic()))
    })
}

/// Files whose literals are not messages: the vocabulary of a grammar (what users may
/// write: target words, accented plan keys) or the English of a library that
/// `plan/yaml.rs` recognises in order to replace it.
const GRAMMARS: &[&str] = &[
    "plan/target.rs",
    "plan/raw.rs",
    "plan/yaml.rs",
    "text/slug.rs",
    "text/yesno.rs",
];

#[test]
fn no_sentence_is_written_in_code() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut problems = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(src())
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        if GRAMMARS.contains(&rel.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("readable");
        for (line, lit) in string_literals(code_without_tests(&text)) {
            if looks_like_prose(&lit) {
                problems.push(format!("src/{rel}:{line}: {lit:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "user-facing text belongs in locales/*/*.ftl:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_prose_detector_can_fail() {
    assert!(looks_like_prose("fichier introuvable"));
    assert!(looks_like_prose("Échéance"));
    assert!(looks_like_prose("op schema"));
    assert!(!looks_like_prose("cle-inconnue"));
    assert!(!looks_like_prose("en_bonne_voie"));
    assert!(!looks_like_prose("{} {}"));
    let lits = string_literals(
        "let a = \"x y\"; // \"not this\"\nlet b = r#\"raw \"q\"\"#; let c = '\"';",
    );
    assert_eq!(
        lits,
        vec![(1, "x y".to_owned()), (2, "raw \"q\"".to_owned())]
    );
}

#[test]
fn files_stay_small_or_say_why() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable");
        let code = code_without_tests(&text);
        let lines = code.lines().count();
        if lines > 400 && !text.contains("Why this file is long:") {
            problems.push(format!("{}: {lines} lines", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "files over 400 lines need a reason at their top: {problems:#?}"
    );
}
