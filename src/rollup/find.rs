//! Which files are plans: every file named on the command line, and in each folder named
//! there (and its subfolders) every `*.yaml`/`*.yml` whose first line that is not blank
//! nor a comment starts with `csc:` (spec §11).

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::diag::{self, Diagnostic};

use super::messages;

/// The plans to roll up, and what stops the run before any is read (exit 2).
#[derive(Debug, Default)]
pub struct Found {
    /// Each file once, in the order found (folders sorted by name).
    pub plans: Vec<PathBuf>,
    /// A path that does not exist or cannot be listed, a folder without any plan.
    pub problems: Vec<Diagnostic>,
}

/// How far into a file the `csc:` line is looked for (a plan's header comment is short).
const HEAD_LIMIT: u64 = 64 * 1024;

/// Plans named by `paths`: files as they are (a file named on the command line is a plan
/// even without `csc:`: loading it says what is wrong), folders searched. Hidden folders
/// (`.git`) are skipped, and links to folders are not followed (no loops).
pub fn find(paths: &[PathBuf]) -> Found {
    let mut found = Found::default();
    let mut seen = HashSet::new();
    let mut push = |found: &mut Found, p: PathBuf| {
        let id = p.canonicalize().unwrap_or_else(|_| p.clone());
        if seen.insert(id) {
            found.plans.push(p);
        }
    };
    for path in paths {
        let shown = shown(path);
        match std::fs::metadata(path) {
            Err(e) => found.problems.push(diag::io_error(&shown, &e)),
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                if let Err(e) = walk(path, &mut files) {
                    found.problems.push(diag::io_error(&shown, &e));
                    continue;
                }
                let plans: Vec<PathBuf> = files.into_iter().filter(|f| is_plan(f)).collect();
                if plans.is_empty() {
                    found.problems.push(
                        Diagnostic::error(&shown, None, messages::NO_PLAN)
                            .arg("path", shown.as_str()),
                    );
                }
                for p in plans {
                    push(&mut found, p);
                }
            }
            Ok(_) => push(&mut found, path.clone()),
        }
    }
    found
}

/// `*.yaml` and `*.yml` files under `dir`, sorted, subfolders after the files of their
/// parent.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<(PathBuf, std::fs::FileType)> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| e.file_type().ok().map(|t| (e.path(), t)))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut folders = Vec::new();
    for (path, kind) in entries {
        if kind.is_dir() {
            folders.push(path);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
        {
            out.push(path);
        }
    }
    for f in folders {
        // An unreadable subfolder is not a plan: it is skipped, as `find` would report
        // and go on.
        let _ = walk(&f, out);
    }
    Ok(())
}

/// Whether a file's first line that is not blank, a comment or a `---` document marker
/// starts with `csc:` (a byte order mark is ignored; so is an encoding that is not
/// UTF-8: loading the plan will say so).
pub fn is_plan(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut reader = BufReader::new(file.take(HEAD_LIMIT));
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => return false,
            Ok(_) => {}
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_start_matches('\u{feff}').trim();
        if text.is_empty() || text.starts_with('#') || text == "---" {
            continue;
        }
        return text.starts_with("csc:");
    }
}

/// A path as the user would type it (no `./` prefix), with `/` between folders on every
/// system, as reports meant to be sent name files.
pub(super) fn shown(p: &Path) -> String {
    let mut s = p.display().to_string();
    if cfg!(windows) {
        s = s.replace('\\', "/");
    }
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_yields_its_plans_and_only_them() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("a.yaml"), "# plan\n\n---\ncsc: 1\n").unwrap();
        std::fs::write(d.join("b.yml"), "\u{feff}csc: 1\n").unwrap();
        std::fs::write(d.join("c.yaml"), "name: ci\ncsc: 1\n").unwrap();
        std::fs::write(d.join("d.txt"), "csc: 1\n").unwrap();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/e.YAML"), "csc: 1").unwrap();
        std::fs::create_dir(d.join(".git")).unwrap();
        std::fs::write(d.join(".git/f.yaml"), "csc: 1").unwrap();
        let found = find(&[d.to_path_buf(), d.join("a.yaml")]);
        let names: Vec<String> = found
            .plans
            .iter()
            .map(|p| p.strip_prefix(d).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.yaml", "b.yml", "sub/e.YAML"]);
        assert!(found.problems.is_empty());
    }

    #[test]
    fn missing_paths_and_empty_folders_are_problems() {
        let dir = tempfile::tempdir().unwrap();
        let found = find(&[dir.path().join("absent"), dir.path().to_path_buf()]);
        let codes: Vec<&str> = found.problems.iter().map(|d| d.code.id).collect();
        assert_eq!(codes, ["fichier-introuvable", "rollup-no-plan"]);
    }
}
