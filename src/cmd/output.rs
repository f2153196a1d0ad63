//! Where results go (spec §6, output files): standard output that may be a closed pipe,
//! or a file written beside its target and renamed into place, never over an input.

use std::io::{self, Write};
use std::path::Path;

/// Writes to standard output. A closed pipe (`csc explain … | head -1`) is not an error:
/// the reader has what it wanted, as ripgrep does.
pub fn stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes a report to `path` through a temporary file in the same folder, renamed over
/// the target only once complete: a failed run leaves any earlier report untouched.
pub fn file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".csc-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes a report where `-o` says (standard output without it, or for `-o -`), never over
/// one of the run's `inputs`. `Err` is what to tell the user (exit 2).
pub fn report(
    output: Option<&Path>,
    bytes: &[u8],
    inputs: &[&Path],
) -> Result<(), Box<crate::diag::Diagnostic>> {
    use crate::diag::{Diagnostic, codes, io_reason};
    match output {
        Some(path) if path.as_os_str() != "-" => {
            let shown = path.display().to_string();
            if is_input(path, inputs) {
                return Err(Box::new(
                    Diagnostic::error(&shown, None, codes::OUTPUT_IS_INPUT)
                        .arg("path", shown.as_str()),
                ));
            }
            file(path, bytes).map_err(|e| {
                Box::new(
                    Diagnostic::error(&shown, None, codes::FILE_UNWRITABLE)
                        .arg("path", shown.as_str())
                        .arg("reason", io_reason(e.kind())),
                )
            })
        }
        _ => {
            let _ = stdout(bytes);
            Ok(())
        }
    }
}

/// Whether `output` is one of `inputs`: the same path once resolved, or the same file
/// through a link.
pub fn is_input(output: &Path, inputs: &[&Path]) -> bool {
    inputs.iter().any(|input| {
        same_file::is_same_file(output, input).unwrap_or(false)
            || matches!(
                (output.canonicalize(), input.canonicalize()),
                (Ok(a), Ok(b)) if a == b
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_replaces_its_target_whole() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("rapport.csv");
        std::fs::write(&target, "ancien").unwrap();
        file(&target, b"nouveau").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "nouveau");
        // no temporary file is left behind
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        // a folder that does not exist fails, and nothing is written
        assert!(file(&dir.path().join("absent/rapport.csv"), b"x").is_err());
    }

    #[test]
    fn inputs_are_recognised_through_other_spellings() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.yaml");
        std::fs::write(&plan, "csc: 1").unwrap();
        let other = dir.path().join(".").join("plan.yaml");
        assert!(is_input(&other, &[plan.as_path()]));
        assert!(!is_input(
            &dir.path().join("rapport.csv"),
            &[plan.as_path()]
        ));
    }
}
