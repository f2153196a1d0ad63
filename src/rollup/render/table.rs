//! The roll-up at a terminal: the plans with their total, the groups of `--par`, the
//! evolutions, the plans in error.

use std::fmt::Write as _;

use comfy_table::{
    Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table, Width,
    presets::UTF8_FULL_CONDENSED,
};

use super::{
    Model, count_cells, evaluated, evolution_cells, evolution_headings, first_error, group_heading,
    group_label, identity, m, symbol, title, word,
};
use crate::eval::Statut;
use crate::i18n::Catalog;

fn color_of(s: Statut) -> Color {
    match s {
        Statut::Atteint => Color::Green,
        Statut::EnBonneVoie => Color::Cyan,
        Statut::EnRetard => Color::Yellow,
        Statut::NonAtteint => Color::Red,
        Statut::NonMesure => Color::Grey,
    }
}

/// A table with `labels` text columns then numbers; the five status headings from
/// column `statuses` on, in colour.
fn table(headers: Vec<String>, labels: usize, statuses: Option<usize>, color: bool) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(120);
    if color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t.set_header(headers.into_iter().enumerate().map(|(i, h)| {
        let cell = Cell::new(h);
        match statuses
            .and_then(|from| i.checked_sub(from))
            .and_then(|k| Statut::ALL.get(k))
        {
            Some(s) if color => cell.fg(color_of(*s)),
            _ => cell,
        }
    }));
    let columns = t.column_count();
    for i in labels..columns {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

/// The count headings with a symbol for each status (the legend says which): a terminal
/// is narrow.
fn count_headings(catalog: &Catalog) -> Vec<String> {
    let mut h = vec![word(catalog, m::COL_INDICATORS)];
    h.extend(Statut::ALL.iter().map(|s| symbol(*s).to_owned()));
    h.push(word(catalog, m::COL_MEASURE_RATE));
    h.push(word(catalog, m::COL_SHARE_MET));
    h
}

/// `✔ atteint  ● en bonne voie  …`
fn legend(catalog: &Catalog) -> String {
    Statut::ALL
        .iter()
        .map(|s| format!("{} {}", symbol(*s), catalog.status(s.key())))
        .collect::<Vec<_>>()
        .join("   ")
}

/// Keeps a column at least as wide as its longest line (file names do not wrap).
fn keep_width(t: &mut Table, column: usize, lines: impl Iterator<Item = usize>) {
    // The constraint counts the padding (one space on each side).
    let width = lines.max().unwrap_or(0) + 2;
    if let (Some(c), Ok(w)) = (t.column_mut(column), u16::try_from(width)) {
        c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(w)));
    }
}

pub fn render(model: &Model<'_>, catalog: &Catalog, color: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {}",
        title(model, catalog),
        evaluated(model, catalog)
    );
    let _ = writeln!(out, "{}\n", legend(catalog));
    if model.total.plans == 0 {
        let _ = writeln!(out, "{}\n", word(catalog, m::NO_PLAN_EVALUATED));
    }

    // Plans
    let _ = writeln!(out, "{}", word(catalog, m::HEADING_PLANS));
    let mut headers = vec![word(catalog, m::COL_COMMUNE), word(catalog, m::COL_YEAR)];
    headers.extend(count_headings(catalog));
    let mut t = table(headers, 2, Some(3), color);
    for (p, _, _) in model.rollup.evaluated() {
        let (commune, annee) = identity(p);
        let mut row = vec![format!("{commune}\n{}", p.file), annee];
        row.extend(count_cells(&p.counts(), catalog));
        t.add_row(row);
    }
    keep_width(
        &mut t,
        0,
        model
            .rollup
            .evaluated()
            .flat_map(|(p, m, _)| [p.file.chars().count(), m.commune.chars().count()]),
    );
    let mut total = vec![word(catalog, m::TOTAL), String::new()];
    total.extend(count_cells(&model.total, catalog));
    t.add_row(total);
    let _ = writeln!(out, "{t}\n");

    // Groups
    if let Some(par) = model.par {
        let _ = writeln!(
            out,
            "{}",
            catalog.get(m::HEADING_GROUPS, &[("par", par.key().into())])
        );
        let mut headers = vec![group_heading(par, catalog), word(catalog, m::COL_PLANS)];
        headers.extend(count_headings(catalog));
        let mut t = table(headers, 1, Some(3), color);
        for g in &model.groups {
            let mut row = vec![
                group_label(g, catalog),
                catalog.number(g.counts.plans as f64),
            ];
            row.extend(count_cells(&g.counts, catalog));
            t.add_row(row);
        }
        let mut total = vec![
            word(catalog, m::TOTAL),
            catalog.number(model.total.plans as f64),
        ];
        total.extend(count_cells(&model.total, catalog));
        t.add_row(total);
        let _ = writeln!(out, "{t}\n");
    }

    // Evolutions
    let _ = writeln!(out, "{}", word(catalog, m::HEADING_EVOLUTIONS));
    if model.evolutions.is_empty() {
        let _ = writeln!(out, "{}\n", word(catalog, m::NO_EVOLUTION));
    } else {
        let mut t = table(evolution_headings(catalog), 2, None, false);
        for e in &model.evolutions {
            t.add_row(evolution_cells(e, catalog));
        }
        let _ = writeln!(out, "{t}\n");
    }

    // Plans in error
    let broken: Vec<_> = model.rollup.broken().collect();
    if !broken.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            catalog.get(m::HEADING_ERRORS, &[("count", broken.len().into())])
        );
        for (p, b) in broken {
            let _ = writeln!(out, "  {} — {}", p.file, first_error(b, catalog));
        }
    }
    out
}
