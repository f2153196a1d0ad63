//! The one table every exporter renders: a row per indicator with typed cells, built once
//! from the [`Report`]. Cells are values, not text: each renderer writes them as its
//! format and language want (a number in a workbook, `12,5` in a Belgian CSV).

use crate::eval::{Outcome, Statut, SubPeriods, Value};
use crate::plan::{Indicateur, Placed};
use crate::report::Report;

/// A typed cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    Number(f64),
    Percent(f64),
    YesNo(bool),
    SubPeriods(SubPeriods),
    Missing,
}

/// One indicator of the report.
#[derive(Debug, Clone, Copy)]
pub struct Line<'r> {
    pub placed: Placed<'r>,
    pub outcome: &'r Outcome,
    /// What was reached (`realise`).
    pub value: Cell,
    /// What was expected by the evaluation date, or how many sub-periods met the rate.
    pub expected: Cell,
    pub projection: Cell,
    pub statut: Statut,
}

impl Line<'_> {
    pub fn indicator(&self) -> &Indicateur {
        self.placed.indicateur
    }
}

/// The report, as rows.
#[derive(Debug)]
pub struct View<'r> {
    pub report: &'r Report<'r>,
    pub lines: Vec<Line<'r>>,
}

impl<'r> View<'r> {
    pub fn new(report: &'r Report<'r>) -> Self {
        let lines = report
            .lines
            .iter()
            .map(|(placed, o)| {
                let percent = placed.indicateur.cible.is_percent();
                Line {
                    placed: *placed,
                    outcome: o,
                    value: match o.realise {
                        Value::Number(n) if percent => Cell::Percent(n),
                        Value::Number(n) => Cell::Number(n),
                        Value::YesNo(b) => Cell::YesNo(b),
                        Value::Missing => Cell::Missing,
                    },
                    expected: match (o.sous_periodes, o.attendu) {
                        (Some(s), _) => Cell::SubPeriods(s),
                        (None, Some(a)) => Cell::Number(a),
                        (None, None) => Cell::Missing,
                    },
                    projection: o.projection.map_or(Cell::Missing, Cell::Number),
                    statut: o.statut,
                }
            })
            .collect();
        Self { report, lines }
    }
}
