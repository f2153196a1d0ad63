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
/// `--log` files (relative to the current directory; globs too, since Windows shells do
/// not expand them). A glob matching no file is reported, with its place in the plan
/// (`None` for `--log`).
pub fn resolve(plan_path: &Path, named: &[(String, Loc)], extra: &[PathBuf]) -> Resolved {
    let base = plan_path.parent().unwrap_or_else(|| Path::new(""));
    let base = &normalise(base);
    let mut out = Resolved::default();
    for (written, loc) in named {
        let (pattern, sheet) = split_sheet(written);
        out.add(written, &normalise(&base.join(pattern)), sheet, Some(*loc));
    }
    for path in extra {
        let written = path.to_string_lossy();
        let (pattern, sheet) = split_sheet(&written);
        out.add(&written, Path::new(pattern), sheet, None);
    }
    out
}

impl Resolved {
    fn add(&mut self, written: &str, path: &Path, sheet: Option<&str>, loc: Option<Loc>) {
        let text = path.to_string_lossy();
        // A file whose name holds `[` or `?` is that file, not a pattern.
        if !text.contains(['*', '?', '[']) || path.exists() {
            self.files.push(with_sheet(path.to_path_buf(), sheet));
            return;
        }
        // A pattern names files: folders it matches are left out.
        let matches: Vec<PathBuf> = glob::glob(&text)
            .map(|paths| {
                paths
                    .filter_map(Result::ok)
                    .filter(|p| !p.is_dir())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        if matches.is_empty() {
            self.empty_globs.push((written.to_owned(), loc));
        }
        self.files
            .extend(matches.into_iter().map(|p| with_sheet(p, sheet)));
    }
}

/// A log named twice: how it relates to an earlier one (by its index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Twin {
    /// The same file (the same sheet), named again: read once.
    SameFile(usize),
    /// Another file with the same bytes: read, with a warning.
    SameContent(usize),
}

/// For each log, whether it is the same file as an earlier one (through `./`, `..` or a
/// link), or has the same bytes. Sizes are compared first: only files of the same size
/// are read, to hash them.
pub fn twins(files: &[PathBuf]) -> Vec<Option<Twin>> {
    let facts: Vec<Option<(FileId, u64, Option<String>)>> = files
        .iter()
        .map(|p| {
            let spec = p.to_string_lossy();
            let (file, sheet) = split_sheet(&spec);
            let meta = std::fs::metadata(file)
                .ok()
                .filter(std::fs::Metadata::is_file)?;
            Some((
                file_id(Path::new(file), &meta)?,
                meta.len(),
                sheet.map(slug),
            ))
        })
        .collect();
    let mut out: Vec<Option<Twin>> = vec![None; files.len()];
    for (i, fact) in facts.iter().enumerate() {
        let Some((id, _, sheet)) = fact else { continue };
        out[i] = facts[..i]
            .iter()
            .position(|f| {
                f.as_ref()
                    .is_some_and(|(fid, _, s)| fid == id && s == sheet)
            })
            .map(Twin::SameFile);
    }
    let mut hashes: Vec<Option<u64>> = vec![None; files.len()];
    for i in 0..files.len() {
        let Some((_, size, sheet)) = &facts[i] else {
            continue;
        };
        if out[i].is_some() {
            continue;
        }
        let candidates: Vec<usize> = (0..i)
            .filter(|&j| {
                out[j].is_none()
                    && facts[j]
                        .as_ref()
                        .is_some_and(|(_, sz, s)| sz == size && s == sheet)
            })
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let mut hash = |k: usize| {
            if hashes[k].is_none() {
                let spec = files[k].to_string_lossy();
                hashes[k] = content_hash(Path::new(split_sheet(&spec).0)).ok();
            }
            hashes[k]
        };
        let Some(mine) = hash(i) else { continue };
        out[i] = candidates
            .into_iter()
            .find(|&j| hash(j) == Some(mine))
            .map(Twin::SameContent);
    }
    out
}

/// What makes a file itself, whatever path leads to it.
type FileId = (u64, u64);

#[cfg(unix)]
#[allow(clippy::unnecessary_wraps)] // the same signature as elsewhere, where it can fail
fn file_id(_: &Path, meta: &std::fs::Metadata) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt as _;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_id(path: &Path, _: &std::fs::Metadata) -> Option<FileId> {
    use std::hash::{DefaultHasher, Hash as _, Hasher as _};
    let mut h = DefaultHasher::new();
    std::fs::canonicalize(path).ok()?.hash(&mut h);
    Some((0, h.finish()))
}

/// A fingerprint of a file's bytes, read in full blocks (so that equal files are cut
/// alike).
fn content_hash(path: &Path) -> std::io::Result<u64> {
    use std::hash::{DefaultHasher, Hasher as _};
    use std::io::Read as _;
    let mut f = std::fs::File::open(path)?;
    let mut h = DefaultHasher::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let mut n = 0;
        while n < buf.len() {
            match f.read(&mut buf[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        h.write(&buf[..n]);
        if n < buf.len() {
            return Ok(h.finish());
        }
    }
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
    /// Globs that match no file, as written, with their place in the plan (`None`: from
    /// `--log`).
    pub empty_globs: Vec<(String, Option<Loc>)>,
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

    #[test]
    fn the_same_file_twice_and_two_files_alike() {
        let dir = std::env::temp_dir().join(format!("csc-twins-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).expect("temp dir");
        let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).expect("write");
        write("a.csv", "date;activite\n");
        write("copie.csv", "date;activite\n");
        write("autre.csv", "date;activitx\n");
        write("court.csv", "date\n");
        let files = [
            dir.join("a.csv"),
            dir.join("sub/../a.csv"),
            dir.join("autre.csv"),
            dir.join("copie.csv"),
            dir.join("court.csv"),
            dir.join("absent.csv"),
        ];
        let found = twins(&files);
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(
            found,
            [
                None,
                Some(Twin::SameFile(0)),
                None,
                Some(Twin::SameContent(0)),
                None,
                None
            ]
        );
    }

    #[test]
    fn log_globs_are_expanded_and_an_empty_one_is_kept() {
        let r = resolve(
            Path::new("plan.yaml"),
            &[],
            &[
                PathBuf::from("src/log/re*.rs"),
                PathBuf::from("nothing-*.csv"),
            ],
        );
        assert_eq!(r.files, [PathBuf::from("src/log/resolve.rs")]);
        assert_eq!(r.empty_globs, [("nothing-*.csv".to_owned(), None)]);
    }
}
