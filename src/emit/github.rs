//! GitHub Actions workflow commands: `::error file=F,line=L,col=C::message`.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::Emitter;
use crate::diag::{Diagnostic, Severity};
use crate::i18n::Catalog;

#[derive(Debug)]
pub struct Github<'c> {
    pub catalog: &'c Catalog,
}

impl Emitter for Github<'_> {
    fn emit(&mut self, out: &mut dyn Write, d: &Diagnostic, _: Option<&str>) -> io::Result<()> {
        writeln!(out, "{}", self.line(d))
    }
}

impl Github<'_> {
    fn line(&self, d: &Diagnostic) -> String {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut props = format!("file={}", escape_property(&d.file));
        if let (Some(l), None) = (d.loc, &d.sheet) {
            let _ = write!(props, ",line={},col={}", l.line, l.column);
        }
        let _ = write!(
            props,
            ",title={}",
            escape_property(&format!("csc {}", d.code.id))
        );
        let mut message = self.catalog.message(d);
        if d.sheet.is_some() {
            message = format!("{} : {message}", d.place());
        }
        if let Some(h) = self.catalog.help(d) {
            message.push('\n');
            message.push_str(&h);
        }
        format!("::{kind} {props}::{}", escape_data(&message))
    }
}

/// GitHub workflow command escaping of the message part.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub workflow command escaping of a property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Loc, codes};
    use crate::i18n::Lang;

    #[test]
    fn github_escapes_separators() {
        let catalog = Catalog::new(Lang::Fr);
        let g = Github { catalog: &catalog };
        let d = Diagnostic::error("plans/a,b.yaml", Some(Loc::new(3, 7)), codes::BAD_DATE)
            .arg("value", "50%");
        let out = g.line(&d);
        assert!(
            out.starts_with("::error file=plans/a%2Cb.yaml,line=3,col=7,title=csc date-invalide::")
        );
        assert!(out.contains("50%25"));
        assert!(!out.contains('\n'));
    }
}
