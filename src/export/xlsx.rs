//! The Excel workbook: the indicators (numbers as numbers, statuses in colour, frozen
//! header, autofilter, A4 landscape), the plan's identity with the logs used, and the
//! warnings.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

use super::{Exporter, expected_text};
use crate::eval::{Statut, Value};
use crate::msg::{Lang, report as words};
use crate::report::Report;

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
    fn render(&self, report: &Report<'_>) -> Result<Vec<u8>> {
        let plan = report.plan;
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
        sheet.set_name(words::SHEET_INDICATORS)?;
        let mut widths: Vec<usize> = words::XLSX_HEADERS
            .iter()
            .map(|h| h.chars().count())
            .collect();
        for (c, h) in words::XLSX_HEADERS.iter().enumerate() {
            sheet.write_string_with_format(0, u16::try_from(c)?, *h, &header)?;
        }
        for (r, (p, o)) in report.lines.iter().enumerate() {
            let row = u32::try_from(r + 1)?;
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
            match o.realise {
                Value::Number(n) => {
                    sheet.write_number_with_format(row, 6, n, value_format)?;
                }
                Value::YesNo(b) => {
                    sheet.write_string_with_format(
                        row,
                        6,
                        if b { words::YES } else { words::NO },
                        &text,
                    )?;
                }
                Value::Missing => {
                    sheet.write_string_with_format(row, 6, "", &text)?;
                }
            }
            match (o.attendu, o.sous_periodes) {
                (Some(a), _) => {
                    sheet.write_number_with_format(row, 7, a, &number)?;
                }
                (None, Some(_)) => {
                    sheet.write_string_with_format(row, 9, expected_text(o), &text)?;
                }
                (None, None) => {}
            }
            if let Some(p) = o.projection {
                sheet.write_number_with_format(row, 8, p, &number)?;
            }
            let status = format!(
                "{} {}",
                words::symbol(o.statut),
                words::statut(Lang::Fr, o.statut)
            );
            sheet.write_string_with_format(row, 10, &status, &status_format(o.statut))?;
            sheet.write_number_with_format(row, 11, o.lignes as f64, &number)?;
            widths[10] = widths[10].max(status.chars().count());
        }
        widths[9] = widths[9].max(16);
        let last_row = u32::try_from(report.lines.len())?;
        sheet.autofilter(
            0,
            0,
            last_row.max(1),
            u16::try_from(words::XLSX_HEADERS.len() - 1)?,
        )?;
        fit_columns(sheet, &widths)?;
        print_setup(sheet)?;

        // 2. The plan's identity and the logs used
        let sheet = book.add_worksheet();
        sheet.set_name(words::SHEET_PLAN)?;
        let bold = Format::new().set_bold();
        let rows: [(&str, String); 4] = [
            (words::COMMUNE, plan.commune.clone()),
            (
                words::ALLOCATION,
                plan.allocation.clone().unwrap_or_default(),
            ),
            (
                words::LEGAL_BASIS,
                plan.base_legale.clone().unwrap_or_default(),
            ),
            (words::FORMAT, "csc-report/1".to_owned()),
        ];
        let mut r = 0u32;
        for (k, v) in &rows {
            sheet.write_string_with_format(r, 0, *k, &bold)?;
            sheet.write_string_with_format(r, 1, v, &Format::new().set_text_wrap())?;
            r += 1;
        }
        sheet.write_string_with_format(r, 0, words::YEAR, &bold)?;
        sheet.write_number(r, 1, f64::from(plan.annee))?;
        r += 1;
        for (k, d) in [
            (words::PERIOD_FROM, plan.periode.du),
            (words::PERIOD_TO, plan.periode.au),
            (words::EVALUATED_ON, report.cal.as_of),
            (words::DEADLINE, plan.echeance),
        ] {
            sheet.write_string_with_format(r, 0, k, &bold)?;
            sheet.write_datetime_with_format(r, 1, date(d)?, &date_format)?;
            r += 1;
        }
        r += 1;
        for (c, h) in words::LOG_HEADERS.iter().enumerate() {
            sheet.write_string_with_format(r, u16::try_from(c)?, *h, &header)?;
        }
        for log in &report.logs {
            r += 1;
            sheet.write_string(r, 0, &log.file)?;
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
        sheet.set_name(words::SHEET_WARNINGS)?;
        for (c, h) in words::WARNING_HEADERS.iter().enumerate() {
            sheet.write_string_with_format(0, u16::try_from(c)?, *h, &header)?;
        }
        for (i, d) in report.diagnostics.iter().enumerate() {
            let row = u32::try_from(i + 1)?;
            sheet.write_string(row, 0, d.severity.word(Lang::Fr))?;
            sheet.write_string(row, 1, d.msg.code())?;
            sheet.write_string(row, 2, d.place())?;
            sheet.write_string_with_format(
                row,
                3,
                d.msg.text(Lang::Fr),
                &Format::new().set_text_wrap(),
            )?;
            sheet.write_string_with_format(
                row,
                4,
                d.msg.help(Lang::Fr).unwrap_or_default(),
                &Format::new().set_text_wrap(),
            )?;
        }
        for (c, w) in [14.0, 28.0, 40.0, 70.0, 70.0].into_iter().enumerate() {
            sheet.set_column_width(u16::try_from(c)?, w)?;
        }
        print_setup(sheet)?;

        Ok(book.save_to_buffer()?)
    }
}
