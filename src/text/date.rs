//! Dates as Belgian offices write them (spec §4): `2023-02-14`, `14/02/2023`, `14/2/2023`,
//! `14-02-2023`, `14.02.2023`, `14/02/23`.

use chrono::{Datelike as _, NaiveDate};

/// Every date form of the spec; a time after the date (Excel sometimes adds `00:00`) is
/// ignored. Used for log cells and `--as-of`.
pub fn parse(s: &str) -> Option<NaiveDate> {
    // Most cells are the date alone: no time to split off.
    if let Some((y, m, d)) = fixed_width(s.as_bytes()) {
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    let s = s.split_whitespace().next().unwrap_or("");
    if let Some((y, m, d)) = fixed_width(s.as_bytes()) {
        return NaiveDate::from_ymd_opt(y, m, d);
    }
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

/// `dd/mm/yyyy` and `yyyy-mm-dd`, the forms Excel writes, read from their bytes: year,
/// month and day, as chrono reads them (a day that does not exist is then refused by
/// both). `None` when `s` has another shape, for the general path (chrono, format by
/// format) to decide.
fn fixed_width(s: &[u8]) -> Option<(i32, u32, u32)> {
    let number = |range: std::ops::Range<usize>| {
        s[range].iter().try_fold(0u16, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0'))
        })
    };
    let (y, m, d) = match s {
        [_, _, b'/', _, _, b'/', _, _, _, _] => (number(6..10)?, number(3..5)?, number(0..2)?),
        [_, _, _, _, b'-', _, _, b'-', _, _] => (number(0..4)?, number(5..7)?, number(8..10)?),
        _ => return None,
    };
    Some((i32::from(y), u32::from(m), u32::from(d)))
}

/// A date in a plan (`periode`, `echeance`): `2023-12-31` or `31/12/2023`, nothing looser.
/// The years a plan may speak of: far enough for any real plan, far from the ends of the
/// calendar (a period in the year +262142 would overflow every computation on it).
pub const PLAN_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

pub fn parse_plan(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    // Three groups of digits only (chrono alone would take `2023- 2-14`, which a log
    // refuses), the year in four (`14/2/23` is not the year 23), day and month in one or
    // two.
    let (parts, year): (Vec<&str>, usize) = if t.contains('/') {
        (t.split('/').collect(), 2)
    } else {
        (t.split('-').collect(), 0)
    };
    let shaped = parts.len() == 3
        && parts.iter().enumerate().all(|(i, p)| {
            let digits = !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
            digits
                && if i == year {
                    p.len() == 4
                } else {
                    p.len() <= 2
                }
        });
    if !shaped {
        return None;
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"))
        .ok()
        .filter(|d| PLAN_YEARS.contains(&d.year()))
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
        // fuzz target `date`: chrono reads a space-padded day or month; a log does not.
        assert!(parse_plan("2023- 2-14").is_none());
        assert!(parse_plan("14/ 2/2023").is_none());
        assert!(parse_plan("+2023-02-14").is_none());
        assert_eq!(parse_plan("2023-2-14"), parse_plan("14/02/2023"));
        assert_eq!(
            display(NaiveDate::from_ymd_opt(2023, 2, 4).unwrap()),
            "04/02/2023"
        );
    }

    /// The general path alone: chrono, format by format.
    fn by_chrono(s: &str) -> Option<NaiveDate> {
        let s = s.split_whitespace().next().unwrap_or("");
        for fmt in ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"] {
            if let Ok(d) = NaiveDate::parse_from_str(s, fmt)
                && s.split(['/', '-', '.']).any(|p| p.len() == 4)
            {
                return Some(d);
            }
        }
        ["%d/%m/%y", "%d-%m-%y", "%d.%m.%y"]
            .iter()
            .find_map(|fmt| NaiveDate::parse_from_str(s, fmt).ok())
    }

    #[test]
    fn the_byte_path_agrees_with_chrono() {
        for s in [
            "31/02/2023",
            "29/02/2024",
            "00/01/2023",
            "01/00/2023",
            "01/13/2023",
            "0000-01-01",
            "2023-02-29",
            "2023-13-01",
            "14/02/0023",
        ] {
            assert_eq!(parse(s), by_chrono(s), "{s}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in ".{0,30}") {
            let _ = parse(&s);
            let _ = parse_plan(&s);
        }

        #[test]
        fn fixed_width_dates_read_as_chrono_reads_them(
            s in "[0-9]{2}/[0-9]{2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9/ -]{8,12}",
        ) {
            proptest::prop_assert_eq!(parse(&s), by_chrono(&s), "{}", s);
        }
    }
}
