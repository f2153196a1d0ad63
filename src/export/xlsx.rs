//! The Excel workbook: the indicators (numbers as numbers, statuses in colour, frozen
//! header, autofilter, A4 landscape), the plan's identity with the logs used, and the
//! warnings.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

use super::{Cell, Entry, ExportError, Exporter, View, cell_text, symbol};
use crate::diag::Code;
use crate::eval::Statut;
use crate::i18n::{Catalog, keys};

/// Any failure of the workbook writer (its messages are English: they are not shown).
type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

#[derive(Debug)]
pub struct XlsxExporter;

/// A4 in Excel's list of paper sizes.
const A4: u8 = 9;

fn status_format(s: Statut) -> Format {
    let (fill, font) = match s {
        Statut::Atteint => (0x00C6_EFCE, 0x0000_6100),
        Statut::EnBonneVoie => (0x00DD_EBF7, 0x001F_4E79),
        Statut::EnRetard => (0x00FF_EB9C, 0x009C_5700),
        Statut::NonAtteint => (0x00FF_C7CE, 0x009C_0006),
        Statut::NonMesure => (0x00ED_EDED, 0x0040_4040),
    };
    Format::new()
        .set_background_color(Color::RGB(fill))
        .set_font_color(Color::RGB(font))
        .set_bold()
        .set_border(FormatBorder::Thin)
}

fn date(d: NaiveDate) -> Result<ExcelDateTime> {
    Ok(ExcelDateTime::from_ymd(
        u16::try_from(d.year())?,
        u8::try_from(d.month())?,
        u8::try_from(d.day())?,
    )?)
}

/// Column widths that fit their content, within reason (long texts wrap).
fn fit_columns(sheet: &mut Worksheet, widths: &[usize]) -> Result<()> {
    for (i, w) in widths.iter().enumerate() {
        sheet.set_column_width(u16::try_from(i)?, (*w as f64 + 2.0).clamp(8.0, 60.0))?;
    }
    Ok(())
}

fn print_setup(sheet: &mut Worksheet) -> Result<()> {
    sheet.set_landscape();
    sheet.set_paper_size(A4);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

impl Exporter for XlsxExporter {
    fn render(
        &self,
        view: &View<'_>,
        catalog: &Catalog,
    ) -> std::result::Result<Vec<u8>, ExportError> {
        workbook(view, catalog).map_err(|_| ExportError("xlsx"))
    }
}

fn workbook(view: &View<'_>, catalog: &Catalog) -> Result<Vec<u8>> {
    let report = view.report;
    let plan = report.plan;
    let word = |k: Code| catalog.word(k);
    let headers: Vec<String> = super::FLAT_COLUMNS.iter().map(|k| word(*k)).collect();
    let mut book = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0x00D9_E1F2))
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let text = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin);
    let number = Format::new()
        .set_num_format("#,##0.##")
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin);
    let percent = Format::new()
        .set_num_format("0.## \" %\"")
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin);
    let date_format = Format::new()
        .set_num_format("dd/mm/yyyy")
        .set_align(FormatAlign::Left);

    // 1. Indicators
    let sheet = book.add_worksheet();
    sheet.set_name(word(keys::SHEET_INDICATORS))?;
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, u16::try_from(c)?, h, &header)?;
    }
    for (r, entry) in view.entries.iter().enumerate() {
        let row = u32::try_from(r + 1)?;
        let Entry::Line(i) = *entry else {
            // An objective without indicators still has its row.
            let (secteur, os, oo) = entry.path(&view.lines);
            let missing = match entry {
                Entry::EmptySector(_) => word(keys::NO_OBJECTIVE),
                _ => word(keys::NO_INDICATOR),
            };
            let texts = [
                (0, secteur.id.clone()),
                (
                    1,
                    os.map(|o| format!("{} — {}", o.id, o.domaine))
                        .unwrap_or_default(),
                ),
                (
                    2,
                    oo.map(|o| format!("{} — {}", o.id, o.intitule))
                        .unwrap_or_default(),
                ),
                (4, missing),
            ];
            for (c, t) in &texts {
                sheet.write_string_with_format(row, *c, t, &text)?;
                widths[usize::from(*c)] = widths[usize::from(*c)].max(t.chars().count());
            }
            continue;
        };
        let line = &view.lines[i];
        let (p, o) = (line.placed, line.outcome);
        let ind = p.indicateur;
        let texts = [
            (0, p.secteur.id.clone()),
            (
                1,
                format!("{} — {}", p.strategique.id, p.strategique.domaine),
            ),
            (
                2,
                format!("{} — {}", p.operationnel.id, p.operationnel.intitule),
            ),
            (3, ind.id.clone()),
            (4, ind.intitule.clone()),
            (5, ind.cible_texte.clone()),
        ];
        for (c, t) in &texts {
            sheet.write_string_with_format(row, *c, t, &text)?;
            widths[usize::from(*c)] = widths[usize::from(*c)].max(t.chars().count());
        }
        let value_format = if ind.cible.is_percent() {
            &percent
        } else {
            &number
        };
        match line.value {
            Cell::Number(n) | Cell::Percent(n) => {
                sheet.write_number_with_format(row, 6, n, value_format)?;
            }
            Cell::YesNo(_) => {
                sheet.write_string_with_format(row, 6, cell_text(&line.value, catalog), &text)?;
            }
            Cell::Missing | Cell::SubPeriods(_) => {
                sheet.write_string_with_format(row, 6, "", &text)?;
            }
        }
        match line.expected {
            Cell::Number(a) => {
                sheet.write_number_with_format(row, 7, a, &number)?;
            }
            Cell::SubPeriods(_) => {
                sheet.write_string_with_format(
                    row,
                    9,
                    cell_text(&line.expected, catalog),
                    &text,
                )?;
            }
            _ => {}
        }
        if let Some(p) = o.projection {
            sheet.write_number_with_format(row, 8, p, &number)?;
        }
        let status = format!("{} {}", symbol(o.statut), catalog.status(o.statut.key()));
        sheet.write_string_with_format(row, 10, &status, &status_format(o.statut))?;
        sheet.write_number_with_format(row, 11, o.lignes as f64, &number)?;
        widths[10] = widths[10].max(status.chars().count());
    }
    widths[9] = widths[9].max(16);
    let last_row = u32::try_from(view.entries.len())?;
    sheet.autofilter(
        0,
        0,
        last_row.max(1),
        u16::try_from(super::FLAT_COLUMNS.len() - 1)?,
    )?;
    fit_columns(sheet, &widths)?;
    print_setup(sheet)?;

    // 2. The plan's identity and the logs used
    let sheet = book.add_worksheet();
    sheet.set_name(word(keys::SHEET_PLAN))?;
    let bold = Format::new().set_bold();
    let rows: [(String, String); 4] = [
        (word(keys::FIELD_COMMUNE), plan.commune.clone()),
        (
            word(keys::FIELD_ALLOCATION),
            plan.allocation.clone().unwrap_or_default(),
        ),
        (
            word(keys::FIELD_LEGAL_BASIS),
            plan.base_legale.clone().unwrap_or_default(),
        ),
        (word(keys::FIELD_FORMAT), "csc-report/1".to_owned()),
    ];
    let mut r = 0u32;
    for (k, v) in &rows {
        sheet.write_string_with_format(r, 0, k, &bold)?;
        sheet.write_string_with_format(r, 1, v, &Format::new().set_text_wrap())?;
        r += 1;
    }
    sheet.write_string_with_format(r, 0, word(keys::FIELD_YEAR), &bold)?;
    sheet.write_number(r, 1, f64::from(plan.annee))?;
    r += 1;
    for (k, d) in [
        (keys::FIELD_PERIOD_FROM, plan.periode.du),
        (keys::FIELD_PERIOD_TO, plan.periode.au),
        (keys::FIELD_EVALUATED_ON, report.cal.as_of),
        (keys::FIELD_DEADLINE, plan.echeance),
    ] {
        sheet.write_string_with_format(r, 0, word(k), &bold)?;
        sheet.write_datetime_with_format(r, 1, date(d)?, &date_format)?;
        r += 1;
    }
    r += 1;
    for (c, h) in [keys::COL_LOG, keys::COL_ROWS, keys::COL_FORMAT]
        .iter()
        .enumerate()
    {
        sheet.write_string_with_format(r, u16::try_from(c)?, word(*h), &header)?;
    }
    for log in &report.logs {
        r += 1;
        sheet.write_string(r, 0, report.shown_path(&log.file))?;
        sheet.write_number(r, 1, log.rows as f64)?;
        sheet.write_string(r, 2, log.encoding)?;
    }
    sheet.set_column_width(0, 22)?;
    sheet.set_column_width(1, 70)?;
    sheet.set_column_width(2, 16)?;
    sheet.set_landscape();
    sheet.set_paper_size(A4);

    // 3. Warnings
    let sheet = book.add_worksheet();
    sheet.set_name(word(keys::SHEET_WARNINGS))?;
    for (c, h) in [
        keys::COL_SEVERITY,
        keys::COL_CODE,
        keys::COL_PLACE,
        keys::COL_MESSAGE,
        keys::COL_HELP,
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string_with_format(0, u16::try_from(c)?, word(*h), &header)?;
    }
    for (i, d) in report.diagnostics.iter().enumerate() {
        let row = u32::try_from(i + 1)?;
        sheet.write_string(row, 0, catalog.severity(d))?;
        sheet.write_string(row, 1, d.code.id)?;
        // Places in a report meant to be sent: relative to the plan's folder.
        let mut shown = d.clone();
        shown.file = report.shown_path(&d.file);
        sheet.write_string(row, 2, shown.place())?;
        sheet.write_string_with_format(
            row,
            3,
            catalog.message(d),
            &Format::new().set_text_wrap(),
        )?;
        sheet.write_string_with_format(
            row,
            4,
            catalog.help(d).unwrap_or_default(),
            &Format::new().set_text_wrap(),
        )?;
    }
    for (c, w) in [14.0, 28.0, 40.0, 70.0, 70.0].into_iter().enumerate() {
        sheet.set_column_width(u16::try_from(c)?, w)?;
    }
    print_setup(sheet)?;

    Ok(book.save_to_buffer()?)
}
