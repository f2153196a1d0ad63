//! Dates as Belgian offices write them (spec §4): `2023-02-14`, `14/02/2023`, `14/2/2023`,
//! `14-02-2023`, `14.02.2023`, `14/02/23`.

use chrono::NaiveDate;

/// Every date form of the spec; a time after the date (Excel sometimes adds `00:00`) is
/// ignored. Used for log cells and `--as-of`.
pub fn parse(s: &str) -> Option<NaiveDate> {
    let s = s.split_whitespace().next().unwrap_or("");
    if s.is_empty() {
        return None;
    }
    for fmt in ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            // chrono reads "14/02/23" as year 23 with %Y: refuse short years here
            if s.split(['/', '-', '.']).any(|p| p.len() == 4) {
                return Some(d);
            }
        }
    }
    for fmt in ["%d/%m/%y", "%d-%m-%y", "%d.%m.%y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(d);
        }
    }
    None
}

/// A date in a plan (`periode`, `echeance`): `2023-12-31` or `31/12/2023`, nothing looser.
pub fn parse_plan(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"))
        .ok()
}

/// `31/12/2023`, as the French and Dutch reports write a date.
pub fn display(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_date_form_of_the_spec() {
        let d = NaiveDate::from_ymd_opt(2023, 2, 14).unwrap();
        for s in [
            "2023-02-14",
            "14/02/2023",
            "14/2/2023",
            "14-02-2023",
            "14.02.2023",
            "14/02/23",
            "14/02/2023 00:00",
        ] {
            assert_eq!(parse(s), Some(d), "{s}");
        }
        for s in ["", "31/02/2023", "2023-14-02", "hier", "14/02"] {
            assert!(parse(s).is_none(), "{s}");
        }
    }

    #[test]
    fn plan_dates_are_strict() {
        assert!(parse_plan("2023-12-31").is_some());
        assert!(parse_plan("31/12/2023").is_some());
        assert!(parse_plan("31.12.2023").is_none());
        assert_eq!(
            display(NaiveDate::from_ymd_opt(2023, 2, 4).unwrap()),
            "04/02/2023"
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in ".{0,30}") {
            let _ = parse(&s);
            let _ = parse_plan(&s);
        }
    }
}
