//! Spreadsheet logs (XLSX, XLSM, XLSB, XLS, ODS) through calamine: cells become the text
//! a CSV export would hold, so that the same row rules apply to every format.

use std::path::Path;

/// Spreadsheet formats read through calamine.
const SPREADSHEETS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

pub fn is_spreadsheet(path: &str) -> bool {
    Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SPREADSHEETS.contains(&e.to_ascii_lowercase().as_str()))
}

/// `journal.xlsx#Feuille` → (`journal.xlsx`, `Some("Feuille")`); anything else unchanged.
pub fn split_sheet(spec: &str) -> (&str, Option<&str>) {
    match spec.rsplit_once('#') {
        Some((file, sheet)) if is_spreadsheet(file) && !sheet.is_empty() => (file, Some(sheet)),
        _ => (spec, None),
    }
}

/// A spreadsheet cell as the text a CSV export would hold: real dates as ISO dates,
/// numbers with a decimal comma (so that `1.234` typed as a number is never ambiguous).
pub fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DurationIso(s) => s.clone(),
        Data::DateTimeIso(s) => s.split('T').next().unwrap_or_default().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => format!("{f}").replace('.', ","),
        Data::Bool(b) => if *b { "Oui" } else { "Non" }.to_owned(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(d) if dt.is_datetime() => d.date().format("%Y-%m-%d").to_string(),
            _ => format!("{}", dt.as_f64()).replace('.', ","),
        },
        Data::Error(e) => format!("#{e:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets() {
        assert_eq!(
            split_sheet("journal.xlsx#Activités"),
            ("journal.xlsx", Some("Activités"))
        );
        assert_eq!(split_sheet("journal.ods"), ("journal.ods", None));
        assert_eq!(split_sheet("notes#1.csv"), ("notes#1.csv", None));
    }
}
