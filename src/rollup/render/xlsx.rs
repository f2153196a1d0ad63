//! The roll-up as an Excel workbook: the plans (with a total row and the plans in error),
//! one sheet per grouping (pôle, domaine, commune, année: whatever `--par` says, each has
//! its sheet), the evolutions indicator by indicator, and every error. Numbers are stored
//! as numbers, headers frozen and filtered, A4 landscape.

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet};

use super::{Model, group_label, m, status_heading};
use crate::eval::Statut;
use crate::i18n::Catalog;
use crate::rollup::{Counts, Par};

/// Any failure of the workbook writer (its messages are English: they are not shown).
type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A4 in Excel's list of paper sizes.
const A4: u8 = 9;

struct Formats {
    header: Format,
    text: Format,
    number: Format,
    percent: Format,
    bold_text: Format,
    bold_number: Format,
    bold_percent: Format,
}

impl Formats {
    fn new() -> Self {
        let cell = || Format::new().set_border(FormatBorder::Thin);
        Self {
            header: cell()
                .set_bold()
                .set_background_color(Color::RGB(0x00D9_E1F2))
                .set_text_wrap(),
            text: cell().set_text_wrap(),
            number: cell().set_num_format("0"),
            percent: cell().set_num_format("0.0 \" %\""),
            bold_text: cell().set_bold(),
            bold_number: cell().set_bold().set_num_format("0"),
            bold_percent: cell().set_bold().set_num_format("0.0 \" %\""),
        }
    }
}

/// The sheet's name from the catalog.
fn sheet_name(catalog: &Catalog, sheet: &str) -> String {
    catalog.get(m::SHEET, &[("sheet", sheet.into())])
}

fn headers(sheet: &mut Worksheet, headers: &[String], f: &Formats) -> Result<()> {
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, u16::try_from(c)?, h, &f.header)?;
        sheet.set_column_width(
            u16::try_from(c)?,
            (h.chars().count() as f64 + 2.0).clamp(9.0, 40.0),
        )?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_landscape();
    sheet.set_paper_size(A4);
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn count_headers(catalog: &Catalog) -> Vec<String> {
    let mut h = vec![catalog.word(m::COL_INDICATORS)];
    h.extend(Statut::ALL.iter().map(|s| status_heading(*s, catalog)));
    h.push(catalog.word(m::COL_MEASURED));
    h.push(catalog.word(m::COL_MEASURE_RATE));
    h.push(catalog.word(m::COL_SHARE_MET));
    h
}

/// The counts from column `col` on.
fn write_counts(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    c: &Counts,
    f: &Formats,
    bold: bool,
) -> Result<()> {
    let (number, percent) = if bold {
        (&f.bold_number, &f.bold_percent)
    } else {
        (&f.number, &f.percent)
    };
    let mut values = vec![c.indicators()];
    values.extend(c.by_status().iter().map(|(_, n)| *n));
    values.push(c.measured());
    let mut col = col;
    for v in values {
        sheet.write_number_with_format(row, col, v as f64, number)?;
        col += 1;
    }
    for p in [c.measure_rate(), c.share_met()] {
        match p {
            Some(p) => sheet.write_number_with_format(row, col, p, percent)?,
            None => sheet.write_blank(row, col, percent)?,
        };
        col += 1;
    }
    Ok(())
}

pub fn render(model: &Model<'_>, catalog: &Catalog) -> Result<Vec<u8>> {
    let f = Formats::new();
    let mut book = Workbook::new();
    let counts = count_headers(catalog);

    // 1. Plans
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(catalog, "plans"))?;
    let mut h = vec![
        catalog.word(m::COL_COMMUNE),
        catalog.word(m::COL_YEAR),
        catalog.word(m::COL_FILE),
    ];
    h.extend(counts.iter().cloned());
    h.push(catalog.word(m::COL_ERROR));
    headers(sheet, &h, &f)?;
    let error_col = u16::try_from(h.len() - 1)?;
    let mut r = 0u32;
    for p in &model.rollup.plans {
        r += 1;
        if let Some(meta) = &p.meta {
            sheet.write_string_with_format(r, 0, &meta.commune, &f.text)?;
            sheet.write_number_with_format(r, 1, f64::from(meta.annee), &f.number)?;
        }
        sheet.write_string_with_format(r, 2, &p.file, &f.text)?;
        match &p.outcome {
            Ok(_) => write_counts(sheet, r, 3, &p.counts(), &f, false)?,
            Err(b) => {
                sheet.write_string_with_format(
                    r,
                    error_col,
                    super::first_error(b, catalog),
                    &f.text,
                )?;
            }
        }
    }
    r += 1;
    sheet.write_string_with_format(r, 0, catalog.word(m::TOTAL), &f.bold_text)?;
    write_counts(sheet, r, 3, &model.total, &f, true)?;
    sheet.autofilter(0, 0, r.saturating_sub(1).max(1), error_col)?;
    sheet.set_column_width(0, 24)?;
    sheet.set_column_width(2, 40)?;
    sheet.set_column_width(error_col, 60)?;

    // 2. One sheet per grouping
    for par in Par::ALL {
        let groups = if model.par == Some(par) {
            model.groups.clone()
        } else {
            model.rollup.groups(par)
        };
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(catalog, par.key()))?;
        let mut h = vec![
            super::group_heading(par, catalog),
            catalog.word(m::COL_PLANS),
        ];
        h.extend(counts.iter().cloned());
        headers(sheet, &h, &f)?;
        let mut r = 0u32;
        for g in &groups {
            r += 1;
            match (par, g.label.as_deref()) {
                (Par::Annee, Some(y)) if y.parse::<f64>().is_ok() => {
                    sheet.write_number_with_format(r, 0, y.parse::<f64>()?, &f.number)?;
                }
                _ => {
                    sheet.write_string_with_format(r, 0, group_label(g, catalog), &f.text)?;
                }
            }
            sheet.write_number_with_format(r, 1, g.counts.plans as f64, &f.number)?;
            write_counts(sheet, r, 2, &g.counts, &f, false)?;
        }
        r += 1;
        sheet.write_string_with_format(r, 0, catalog.word(m::TOTAL), &f.bold_text)?;
        sheet.write_number_with_format(r, 1, model.total.plans as f64, &f.bold_number)?;
        write_counts(sheet, r, 2, &model.total, &f, true)?;
        sheet.autofilter(
            0,
            0,
            r.saturating_sub(1).max(1),
            u16::try_from(h.len() - 1)?,
        )?;
        sheet.set_column_width(0, if par == Par::Domaine { 60 } else { 28 })?;
    }

    // 3. Evolutions, indicator by indicator
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(catalog, "evolutions"))?;
    let h: Vec<String> = vec![
        catalog.word(m::COL_COMMUNE),
        catalog.word(m::COL_YEARS),
        catalog.word(m::COL_INDICATOR),
        catalog.word(m::COL_BEFORE),
        catalog.word(m::COL_AFTER),
        catalog.word(m::COL_CHANGE),
    ];
    headers(sheet, &h, &f)?;
    let mut r = 0u32;
    for e in &model.evolutions {
        let years = super::years(e, catalog);
        for (id, before, after, change) in &e.indicators {
            r += 1;
            let cells = [
                e.commune.clone(),
                years.clone(),
                id.clone(),
                status_heading(*before, catalog),
                status_heading(*after, catalog),
                catalog.get(m::CHANGE, &[("change", change.key().into())]),
            ];
            for (c, v) in cells.iter().enumerate() {
                sheet.write_string_with_format(r, u16::try_from(c)?, v, &f.text)?;
            }
        }
    }
    sheet.autofilter(0, 0, r.max(1), 5)?;
    sheet.set_column_width(0, 24)?;
    sheet.set_column_width(2, 30)?;
    for c in 3..6 {
        sheet.set_column_width(c, 18)?;
    }

    // 4. Every error of the plans that could not be evaluated
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(catalog, "errors"))?;
    let h = vec![
        catalog.word(m::COL_FILE),
        catalog.word(m::COL_PLACE),
        catalog.word(crate::i18n::keys::COL_CODE),
        catalog.word(m::COL_ERROR),
    ];
    headers(sheet, &h, &f)?;
    let mut r = 0u32;
    for (p, b) in model.rollup.broken() {
        for d in &b.errors {
            r += 1;
            sheet.write_string_with_format(r, 0, &p.file, &f.text)?;
            sheet.write_string_with_format(r, 1, d.place(), &f.text)?;
            sheet.write_string_with_format(r, 2, d.code.id, &f.text)?;
            sheet.write_string_with_format(r, 3, catalog.message(d), &f.text)?;
        }
    }
    for (c, w) in [40.0, 40.0, 26.0, 80.0].into_iter().enumerate() {
        sheet.set_column_width(u16::try_from(c)?, w)?;
    }
    Ok(book.save_to_buffer()?)
}
