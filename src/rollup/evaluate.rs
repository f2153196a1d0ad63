//! Each plan evaluated with its own logs, as `csc report` would (`plan::load`, then
//! `report::build` with the plan's `journaux` and the same `--as-of` rule), on several
//! threads when there are many plans.

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;

use super::find::shown;
use super::{Broken, Evaluated, IndicatorStatus, Meta, PlanResult, Rollup};
use crate::diag::Severity;
use crate::plan;
use crate::report::{self, Failure, Inputs};
use crate::text::slug::slug;

/// Below this many plans per thread, one thread does it all (starting threads would cost
/// more than it saves).
const PLANS_PER_THREAD: usize = 4;

/// Evaluates every plan and sorts the results. `done` is called once per plan, from
/// whichever thread evaluated it (for a progress bar).
pub fn evaluate(plans: &[PathBuf], as_of: Option<NaiveDate>, done: &(dyn Fn() + Sync)) -> Rollup {
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let threads = cores.min(plans.len().div_ceil(PLANS_PER_THREAD)).max(1);
    let mut results: Vec<(usize, PlanResult)> = if threads == 1 {
        plans
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let r = evaluate_one(p, as_of);
                done();
                (i, r)
            })
            .collect()
    } else {
        // Each thread takes the next plan not yet taken: a plan with a big log does not
        // hold back a whole share of the others.
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut out = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(p) = plans.get(i) else { break };
                            out.push((i, evaluate_one(p, as_of)));
                            done();
                        }
                        out
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| match w.join() {
                    Ok(v) => v,
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        })
    };
    // The order of the command line first, so that the sort below is stable whatever
    // thread finished first.
    results.sort_by_key(|(i, _)| *i);
    let mut plans: Vec<PlanResult> = results.into_iter().map(|(_, r)| r).collect();
    plans.sort_by_cached_key(|p| match &p.meta {
        Some(m) => (
            false,
            slug(&m.commune),
            m.annee,
            m.allocation.as_deref().map(slug).unwrap_or_default(),
            p.file.clone(),
        ),
        None => (true, String::new(), 0, String::new(), p.file.clone()),
    });
    Rollup { as_of, plans }
}

/// Loads one plan and evaluates it against its logs.
pub fn evaluate_one(path: &Path, as_of: Option<NaiveDate>) -> PlanResult {
    let mut loaded = plan::load(path);
    let file = shown(path);
    let errors = |diags: &[crate::diag::Diagnostic]| -> Vec<crate::diag::Diagnostic> {
        diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .cloned()
            .collect()
    };
    let Some(plan) = loaded.plan.take() else {
        return PlanResult {
            path: path.to_path_buf(),
            file,
            meta: None,
            outcome: Err(Broken {
                errors: errors(&loaded.diagnostics),
                source: loaded.source.map(|text| (loaded.file.clone(), text)),
            }),
        };
    };
    let meta = Meta {
        commune: plan.commune.clone(),
        annee: plan.annee,
        allocation: plan.allocation.clone(),
        langue: plan.langue,
        periode: plan.periode,
    };
    let inputs = Inputs {
        logs: Vec::new(),
        as_of,
        delimiter: None,
    };
    let outcome = match report::build(path, &loaded.file, &plan, &inputs, None) {
        Err(Failure::Io(d)) => Err(Broken {
            errors: d,
            source: None,
        }),
        Ok(r) if r.has_errors() => Err(Broken {
            errors: errors(&r.diagnostics),
            source: None,
        }),
        Ok(r) => Ok(Evaluated {
            as_of: r.cal.as_of,
            indicators: r
                .lines
                .iter()
                .map(|(p, o)| IndicatorStatus {
                    id: p.indicateur.id.clone(),
                    pole: p.strategique.pole.clone(),
                    domaine: p.strategique.domaine.clone(),
                    statut: o.statut,
                })
                .collect(),
            warnings: loaded.diagnostics.len() + r.diagnostics.len(),
            logs: r.logs.iter().map(|l| l.path.clone()).collect(),
        }),
    };
    PlanResult {
        path: path.to_path_buf(),
        file,
        meta: Some(meta),
        outcome,
    }
}
