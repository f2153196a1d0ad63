//! Names resolved to what they mean: a log header to its column (`Datum` → `date`), the
//! logs a plan names to files (paths and globs relative to the plan).

use std::path::{Path, PathBuf};

use super::sheet::split_sheet;
use crate::diag::Loc;
use crate::text::slug::slug;

/// The columns with a meaning, by their canonical slug, and the headers accepted for them.
const ALIASES: &[(&str, &[&str])] = &[
    ("date", &["date", "datum"]),
    ("activite", &["activite", "activiteit", "activity"]),
    ("quantite", &["quantite", "nombre", "aantal", "quantity"]),
    ("dossier", &["dossier", "case"]),
    ("participants", &["participants", "deelnemers"]),
    (
        "commentaire",
        &[
            "commentaire",
            "opmerking",
            "comment",
            "description",
            "beschrijving",
        ],
    ),
];

/// The canonical name of a header: `Datum` → `date`, `Aantal` → `quantite`.
pub fn canonical(header: &str) -> String {
    let s = slug(header);
    ALIASES
        .iter()
        .find(|(_, names)| names.contains(&s.as_str()))
        .map_or(s, |(canon, _)| (*canon).to_owned())
}

/// Resolves the logs a plan names (paths and globs relative to the plan file), plus the
/// `--log` files (relative to the current directory). A glob matching nothing is reported.
pub fn resolve(plan_path: &Path, named: &[(String, Loc)], extra: &[PathBuf]) -> Resolved {
    let base = plan_path.parent().unwrap_or_else(|| Path::new(""));
    let base = &normalise(base);
    let mut out = Resolved::default();
    for (written, loc) in named {
        let (pattern, sheet) = split_sheet(written);
        let joined = normalise(&base.join(pattern));
        if pattern.contains(['*', '?', '[']) {
            let matches: Vec<PathBuf> = glob::glob(&joined.to_string_lossy())
                .map(|paths| paths.filter_map(Result::ok).collect::<Vec<_>>())
                .unwrap_or_default()
                .into_iter()
                .map(|p| with_sheet(p, sheet))
                .collect();
            if matches.is_empty() {
                out.empty_globs.push((written.clone(), *loc));
            }
            out.files.extend(matches);
        } else {
            out.files.push(with_sheet(joined, sheet));
        }
    }
    out.files.extend(extra.iter().cloned());
    out
}

fn with_sheet(path: PathBuf, sheet: Option<&str>) -> PathBuf {
    match sheet {
        Some(s) => PathBuf::from(format!("{}#{s}", path.display())),
        None => path,
    }
}

/// `plans/../examples/x.csv` → `examples/x.csv`, without touching the file system.
fn normalise(p: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[derive(Debug, Default)]
pub struct Resolved {
    pub files: Vec<PathBuf>,
    pub empty_globs: Vec<(String, Loc)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_aliases() {
        assert_eq!(canonical("Datum"), "date");
        assert_eq!(canonical("Activité"), "activite");
        assert_eq!(canonical("Aantal"), "quantite");
        assert_eq!(canonical("Deelnemers"), "participants");
        assert_eq!(canonical("Public cible"), "public-cible");
    }
}
