//! The JSON report of spec §7 (`csc-report/1`).

use serde_json::{Value as Json, json};

use super::Exporter;
use crate::eval::Value;
use crate::report::Report;

#[derive(Debug)]
pub struct JsonExporter;

/// Whole numbers as integers (`12`, not `12.0`), others with two decimals at most.
fn num(n: f64) -> Json {
    if (n - n.round()).abs() < 1e-9 && n.abs() < 9e15 {
        json!(n.round() as i64)
    } else {
        json!((n * 100.0).round() / 100.0)
    }
}

impl Exporter for JsonExporter {
    fn render(&self, report: &Report<'_>) -> anyhow::Result<Vec<u8>> {
        let plan = report.plan;
        let indicateurs: Vec<Json> = report
            .lines
            .iter()
            .map(|(p, o)| {
                let realise = match o.realise {
                    Value::Number(n) => num(n),
                    Value::YesNo(b) => json!(b),
                    Value::Missing => Json::Null,
                };
                json!({
                    "id": p.indicateur.id,
                    "chemin": p.chemin(),
                    "intitule": p.indicateur.intitule,
                    "cible": p.indicateur.cible_texte,
                    "realise": realise,
                    "attendu": o.attendu.map(num),
                    "projection": o.projection.map(num),
                    "sous_periodes": o.sous_periodes,
                    "statut": o.statut.key(),
                    "lignes": o.lignes,
                })
            })
            .collect();
        let resume: serde_json::Map<String, Json> = report
            .resume()
            .into_iter()
            .map(|(s, n)| (s.key().to_owned(), json!(n)))
            .collect();
        let doc = json!({
            "format": "csc-report/1",
            "commune": plan.commune,
            "annee": plan.annee,
            "periode": {"du": plan.periode.du.to_string(), "au": plan.periode.au.to_string()},
            "as_of": report.cal.as_of.to_string(),
            "echeance": plan.echeance.to_string(),
            "journaux": report.logs.iter().map(|l| json!({"fichier": l.file, "lignes": l.rows, "encodage": l.encoding})).collect::<Vec<_>>(),
            "indicateurs": indicateurs,
            "resume": resume,
        });
        let mut out = serde_json::to_vec_pretty(&doc)?;
        out.push(b'\n');
        Ok(out)
    }
}
