//! Diagnostics as values: a severity, a stable [`Code`], a place and plain arguments
//! (strings and numbers), never a sentence. The words are chosen when a diagnostic is
//! rendered (`crate::emit`), from the message catalog (`crate::i18n`).

pub mod codes;

/// A message id and the names of the arguments its message receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code {
    pub id: &'static str,
    pub args: &'static [&'static str],
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    /// The value used in JSON output and the catalog's selector; stable across languages.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "erreur",
            Severity::Warning => "avertissement",
        }
    }
}

/// A place in a text file: 1-based line and column (in characters), and how many
/// characters are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loc {
    pub line: usize,
    pub column: usize,
    pub len: usize,
}

impl Loc {
    pub fn new(line: usize, column: usize) -> Self {
        Self {
            line: line.max(1),
            column: column.max(1),
            len: 1,
        }
    }

    #[must_use]
    pub fn with_len(mut self, len: usize) -> Self {
        self.len = len.max(1);
        self
    }
}

/// A plain argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    /// A count: the catalog chooses plural forms from it.
    Int(i64),
    /// A date, written as the language of the output writes dates.
    Date(chrono::NaiveDate),
}

impl From<chrono::NaiveDate> for Arg {
    fn from(d: chrono::NaiveDate) -> Self {
        Arg::Date(d)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}

impl From<bool> for Arg {
    fn from(b: bool) -> Self {
        Arg::Str(if b { "true" } else { "false" }.to_owned())
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i32, i64, u64, usize);

/// Named arguments, in the order given.
pub type Args = Vec<(&'static str, Arg)>;

/// One finding about one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub args: Args,
    pub file: String,
    pub loc: Option<Loc>,
    /// The sheet, for a spreadsheet log: places read `file:Sheet!C12`.
    pub sheet: Option<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, file: &str, loc: Option<Loc>, code: Code) -> Self {
        Self {
            severity,
            code,
            args: Vec::new(),
            file: file.to_owned(),
            loc,
            sheet: None,
        }
    }

    pub fn error(file: &str, loc: Option<Loc>, code: Code) -> Self {
        Self::new(Severity::Error, file, loc, code)
    }

    pub fn warning(file: &str, loc: Option<Loc>, code: Code) -> Self {
        Self::new(Severity::Warning, file, loc, code)
    }

    /// Adds an argument; in debug builds, one the code does not declare is a bug.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        debug_assert!(
            self.code.args.contains(&name),
            "{}: `{name}`?",
            self.code.id
        );
        self.args.push((name, value.into()));
        self
    }

    /// An argument's value as text (for fingerprints and tests).
    pub fn arg_text(&self, name: &str) -> Option<String> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| match v {
                Arg::Str(s) => s.clone(),
                Arg::Int(i) => i.to_string(),
                Arg::Date(d) => d.to_string(),
            })
    }

    /// `file:line:column`, `file.xlsx:Sheet!C12`, or just the file when the place is
    /// unknown.
    pub fn place(&self) -> String {
        match (self.loc, &self.sheet) {
            (Some(l), Some(sheet)) => format!(
                "{}:{sheet}!{}{}",
                self.file,
                column_letters(l.column),
                l.line
            ),
            (Some(l), None) => format!("{}:{}:{}", self.file, l.line, l.column),
            (None, _) => self.file.clone(),
        }
    }

    /// `C12`, for a spreadsheet place.
    pub fn cell(&self) -> Option<String> {
        self.sheet
            .as_ref()
            .and(self.loc)
            .map(|l| format!("{}{}", column_letters(l.column), l.line))
    }
}

/// Spreadsheet columns are named by letters: 1 → A, 27 → AA.
pub fn column_letters(mut n: usize) -> String {
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Why a file could not be read or written, as a catalog selector (the system's own
/// words are English).
pub fn io_reason(kind: std::io::ErrorKind) -> &'static str {
    use std::io::ErrorKind as K;
    match kind {
        K::NotFound => "not-found",
        K::PermissionDenied => "permission-denied",
        K::IsADirectory => "is-a-directory",
        K::ReadOnlyFilesystem => "read-only",
        K::StorageFull => "storage-full",
        K::InvalidData => "invalid-data",
        _ => "other",
    }
}

/// A file that could not be read at all: exit code 2.
pub fn io_error(path: &str, e: &std::io::Error) -> Diagnostic {
    if e.kind() == std::io::ErrorKind::NotFound {
        Diagnostic::error(path, None, codes::FILE_NOT_FOUND).arg("path", path)
    } else {
        Diagnostic::error(path, None, codes::FILE_UNREADABLE)
            .arg("path", path)
            .arg("reason", io_reason(e.kind()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places() {
        let d = Diagnostic::error("j.csv", Some(Loc::new(3, 2)), codes::LOG_EMPTY);
        assert_eq!(d.place(), "j.csv:3:2");
        let mut d = Diagnostic::error("j.xlsx", Some(Loc::new(3, 28)), codes::LOG_EMPTY);
        d.sheet = Some("Feuil1".into());
        assert_eq!(d.place(), "j.xlsx:Feuil1!AB3");
        assert_eq!(d.cell().as_deref(), Some("AB3"));
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
    }
}
