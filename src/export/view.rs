//! The one table every exporter renders: a row per indicator with typed cells, built once
//! from the [`Report`]. Cells are values, not text: each renderer writes them as its
//! format and language want (a number in a workbook, `12,5` in a Belgian CSV).

use crate::eval::{Outcome, Statut, SubPeriods, Value};
use crate::plan::{Indicateur, ObjectifOperationnel, ObjectifStrategique, Placed, Secteur};
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

/// A row of the report in plan order: an indicator, or an objective (or secteur) that
/// has none, so that every part of the plan shows in every report (the official template
/// leaves the police-zone tables empty).
#[derive(Debug, Clone, Copy)]
pub enum Entry<'r> {
    /// `lines[i]`.
    Line(usize),
    /// A secteur without objectifs stratégiques.
    EmptySector(&'r Secteur),
    /// An objectif stratégique without objectifs opérationnels.
    EmptyStrategic(&'r Secteur, &'r ObjectifStrategique),
    /// An objectif opérationnel without indicators.
    EmptyOperational(
        &'r Secteur,
        &'r ObjectifStrategique,
        &'r ObjectifOperationnel,
    ),
}

impl<'r> Entry<'r> {
    /// The secteur, objectif stratégique and opérationnel of the row, as far as they go.
    pub fn path(
        &self,
        lines: &[Line<'r>],
    ) -> (
        &'r Secteur,
        Option<&'r ObjectifStrategique>,
        Option<&'r ObjectifOperationnel>,
    ) {
        match *self {
            Entry::Line(i) => {
                let p = lines[i].placed;
                (p.secteur, Some(p.strategique), Some(p.operationnel))
            }
            Entry::EmptySector(s) => (s, None, None),
            Entry::EmptyStrategic(s, os) => (s, Some(os), None),
            Entry::EmptyOperational(s, os, oo) => (s, Some(os), Some(oo)),
        }
    }
}

/// The report, as rows.
#[derive(Debug)]
pub struct View<'r> {
    pub report: &'r Report<'r>,
    /// One per indicator, in plan order.
    pub lines: Vec<Line<'r>>,
    /// The indicators and the empty parts of the plan, in plan order.
    pub entries: Vec<Entry<'r>>,
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
                        (None, Value::Number(a)) if percent => Cell::Percent(a),
                        (None, Value::Number(a)) => Cell::Number(a),
                        (None, Value::YesNo(b)) => Cell::YesNo(b),
                        (None, Value::Missing) => Cell::Missing,
                    },
                    projection: o.projection.map_or(Cell::Missing, Cell::Number),
                    statut: o.statut,
                }
            })
            .collect();
        let mut entries = Vec::new();
        let mut next = 0;
        for s in &report.plan.secteurs {
            if s.objectifs.is_empty() {
                entries.push(Entry::EmptySector(s));
            }
            for os in &s.objectifs {
                if os.objectifs.is_empty() {
                    entries.push(Entry::EmptyStrategic(s, os));
                }
                for oo in &os.objectifs {
                    if oo.indicateurs.is_empty() {
                        entries.push(Entry::EmptyOperational(s, os, oo));
                    }
                    for _ in &oo.indicateurs {
                        entries.push(Entry::Line(next));
                        next += 1;
                    }
                }
            }
        }
        Self {
            report,
            lines,
            entries,
        }
    }
}
