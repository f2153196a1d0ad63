//! `csc rollup` (spec §11): the library on the examples and on broken plans, every format
//! in every language, and the binary's exit codes and outputs.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use csc::eval::Statut;
use csc::i18n::{Catalog, Lang};
use csc::rollup::render::{self, Format, Model};
use csc::rollup::{self, Change, Par, Rollup};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn end_of_2024() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 12, 31)
}

/// `plans/` and `examples/`, as `csc rollup plans/ examples/` reads them (tests run in
/// the package's folder).
fn examples() -> Rollup {
    let found = rollup::find(&[PathBuf::from("plans"), PathBuf::from("examples")]);
    assert!(found.problems.is_empty(), "{:?}", found.problems);
    rollup::evaluate(&found.plans, end_of_2024(), &|| {})
}

fn csc(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_csc"))
        .args(args)
        .current_dir(dir)
        .env_remove("CSC_LANG")
        .env("LANG", "fr_BE.UTF-8")
        .env("NO_COLOR", "1")
        .output()
        .expect("csc runs")
}

/// A folder with the three example communes, one plan whose target cannot be read and
/// one whose log has a bad date.
fn broken_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for entry in std::fs::read_dir(root().join("examples/communes")).expect("the examples") {
        let p = entry.expect("an example").path();
        let name = p.file_name().expect("a file name");
        std::fs::copy(&p, dir.path().join(name)).expect("copied");
    }
    std::fs::write(
        dir.path().join("anderlecht-2024.yaml"),
        "csc: 1\ncommune: Anderlecht\nannee: 2024\nsecteurs:\n  - id: S1\n    intitule: X\n    objectifs_strategiques:\n      - id: OS1\n        domaine: D\n        objectifs_operationnels:\n          - id: OO1\n            intitule: Y\n            indicateurs:\n              - id: a\n                intitule: A\n                cible: au moins 2 par décennie\n",
    )
    .expect("written");
    std::fs::write(
        dir.path().join("logboek-vilvoorde-2024.csv"),
        "Datum;Activiteit\n32/01/2024;Huisbezoek\n",
    )
    .expect("written");
    dir
}

#[test]
fn the_examples_roll_up_with_their_evolutions() {
    let r = examples();
    let rows: Vec<(String, i32, usize, usize)> = r
        .evaluated()
        .map(|(p, m, _)| {
            let c = p.counts();
            (
                m.commune.clone(),
                m.annee,
                c.indicators(),
                c.count(Statut::Atteint),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("Mechelen".to_owned(), 2023, 5, 2),
            ("Mechelen".to_owned(), 2024, 5, 4),
            ("Molenbeek-Saint-Jean".to_owned(), 2023, 13, 10),
            ("Molenbeek-Saint-Jean".to_owned(), 2024, 14, 11),
            ("Schaerbeek".to_owned(), 2024, 5, 3),
            ("Vilvoorde".to_owned(), 2024, 5, 4),
        ]
    );
    assert_eq!(r.broken().count(), 0);
    let total = r.total();
    assert_eq!(
        (total.plans, total.indicators(), total.measured()),
        (6, 47, 45)
    );

    let (evolutions, same_year) = r.evolutions();
    assert!(same_year.is_empty());
    let counts: Vec<(&str, [usize; 4])> = evolutions
        .iter()
        .map(|e| (e.commune.as_str(), Change::ALL.map(|c| e.count(c))))
        .collect();
    // improved, worsened, unchanged, not comparable
    assert_eq!(
        counts,
        [
            ("Mechelen", [3, 1, 1, 0]),
            ("Molenbeek-Saint-Jean", [3, 2, 7, 1])
        ]
    );
    let molenbeek = &evolutions[1];
    assert_eq!(molenbeek.compared(), 13, "ateliers-parents is new in 2024");
    assert!(
        molenbeek
            .indicators
            .iter()
            .any(|i| i.0 == "constats-terrain" && i.3 == Change::NotComparable)
    );
}

#[test]
fn groups_compare_as_slugs_and_count_indicators() {
    let r = examples();
    let poles = r.groups(Par::Pole);
    let radicalisme = poles
        .iter()
        .find(|g| g.key == "pole-radicalisme")
        .expect("Pôle radicalisme and Pôle Radicalisme are one group");
    // Molenbeek 2023 (13) and 2024 (14), Schaerbeek's OS1 (2)
    assert_eq!(radicalisme.counts.plans, 3);
    assert_eq!(radicalisme.counts.indicators(), 29);
    let by_pole: usize = poles.iter().map(|g| g.counts.indicators()).sum();
    assert_eq!(by_pole, r.total().indicators());
    let years = r.groups(Par::Annee);
    assert_eq!(
        years
            .iter()
            .map(|g| (g.label.clone().unwrap(), g.counts.plans))
            .collect::<Vec<_>>(),
        [("2023".to_owned(), 2), ("2024".to_owned(), 4)]
    );
    assert_eq!(r.groups(Par::Commune).len(), 4);
}

#[test]
fn broken_plans_are_listed_and_the_others_rolled_up() {
    let dir = broken_folder();
    let found = rollup::find(&[dir.path().to_path_buf()]);
    let r = rollup::evaluate(&found.plans, end_of_2024(), &|| {});
    assert_eq!(r.plans.len(), 4);
    let broken: Vec<(&str, &str)> = r
        .broken()
        .map(|(p, b)| (p.file.rsplit('/').next().unwrap(), b.errors[0].code.id))
        .collect();
    assert_eq!(
        broken,
        [
            ("vilvoorde-2024.yaml", "date-illisible"),
            ("anderlecht-2024.yaml", "cible-invalide")
        ]
    );
    // A plan whose log is broken still says who it is.
    assert!(r.plans.iter().any(|p| p.is_broken() && p.meta.is_some()));
    assert_eq!(r.total().plans, 2);

    let model = Model::new(&r, None);
    let json = render::render(&model, Format::Json, &Catalog::new(Lang::Fr)).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["total"]["plans"], 2);
    assert_eq!(v["total"]["plans_en_erreur"], 2);
    let anderlecht = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            p["fichier"]
                .as_str()
                .unwrap()
                .ends_with("anderlecht-2024.yaml")
        })
        .unwrap();
    assert_eq!(anderlecht["commune"], serde_json::Value::Null);
    assert_eq!(anderlecht["resume"], serde_json::Value::Null);
    assert_eq!(anderlecht["erreurs"][0]["code"], "cible-invalide");
    assert_eq!(anderlecht["erreurs"][0]["ligne"], 16);
    assert!(
        anderlecht["erreurs"][0]["message"]
            .as_str()
            .unwrap()
            .contains("décennie")
    );
}

#[test]
fn the_json_shape_is_csc_rollup_1() {
    let r = examples();
    let model = Model::new(&r, Some(Par::Commune));
    let json = render::render(&model, Format::Json, &Catalog::new(Lang::Nl)).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "as_of",
            "evolutions",
            "format",
            "groupes",
            "par",
            "plans",
            "total"
        ]
    );
    assert_eq!(v["format"], "csc-rollup/1");
    assert_eq!(v["as_of"], "2024-12-31");
    assert_eq!(v["par"], "commune");
    let plan = &v["plans"][3];
    assert_eq!(plan["commune"], "Molenbeek-Saint-Jean");
    assert_eq!(plan["annee"], 2024);
    assert_eq!(plan["indicateurs"], 14);
    assert_eq!(plan["mesures"], 13);
    assert_eq!(plan["taux_de_mesure"], 92.86);
    assert_eq!(plan["part_atteint"], 78.57);
    assert_eq!(plan["resume"]["non_mesure"], 1);
    assert_eq!(plan["erreurs"].as_array().unwrap().len(), 0);
    assert_eq!(v["groupes"][0]["groupe"], "Mechelen");
    assert_eq!(v["groupes"][0]["plans"], 2);
    assert_eq!(v["total"]["taux_de_mesure"], 95.74);
    let e = &v["evolutions"][1];
    assert_eq!(e["avant"]["annee"], 2023);
    assert_eq!(e["apres"]["fichier"], "examples/molenbeek-2024.yaml");
    assert_eq!(
        (
            &e["ameliores"],
            &e["degrades"],
            &e["stables"],
            &e["non_comparables"]
        ),
        (&3.into(), &2.into(), &7.into(), &1.into())
    );
    assert!(
        e["indicateurs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == "projets-collectifs"
                && i["avant"] == "non_atteint"
                && i["apres"] == "atteint"
                && i["evolution"] == "ameliore")
    );
}

#[test]
fn every_format_renders_in_every_language() {
    let dir = broken_folder();
    let mut paths = vec![PathBuf::from("plans"), PathBuf::from("examples")];
    paths.push(dir.path().to_path_buf());
    let found = rollup::find(&paths);
    let r = rollup::evaluate(&found.plans, end_of_2024(), &|| {});
    for par in [None, Some(Par::Pole), Some(Par::Domaine), Some(Par::Annee)] {
        let model = Model::new(&r, par);
        for lang in Lang::ALL {
            let catalog = Catalog::new(*lang);
            for format in [
                Format::Table { color: false },
                Format::Csv { comma: false },
                Format::Json,
                Format::Markdown,
                Format::Html,
                Format::Xlsx,
            ] {
                let bytes = render::render(&model, format, &catalog)
                    .unwrap_or_else(|e| panic!("{format:?} {lang:?}: {e:?}"));
                assert!(!bytes.is_empty());
                if format == Format::Xlsx {
                    assert!(bytes.starts_with(b"PK"));
                    continue;
                }
                let text = String::from_utf8(bytes).unwrap();
                // No message falls back to its id, none shows a `{$arg}`.
                assert!(!text.contains("rollup-"), "{format:?} {lang:?}");
                assert!(
                    !text.contains("{ $") && !text.contains("{$"),
                    "{format:?} {lang:?}"
                );
            }
        }
    }
}

#[test]
fn csv_is_excel_s_dialect_in_french_and_dutch_and_plain_in_english() {
    let r = examples();
    let model = Model::new(&r, None);
    let fr = render::render(
        &model,
        Format::Csv { comma: false },
        &Catalog::new(Lang::Fr),
    )
    .unwrap();
    let fr = String::from_utf8(fr).unwrap();
    assert!(fr.starts_with('\u{feff}'));
    let lines: Vec<&str> = fr.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "commune;annee;fichier;indicateurs;atteint;en_bonne_voie;en_retard;non_atteint;non_mesure;mesures;taux_de_mesure;taux_d_atteinte;erreur"
    );
    assert_eq!(
        lines[4],
        "Molenbeek-Saint-Jean;2024;examples/molenbeek-2024.yaml;14;11;0;0;2;1;13;92,86;78,57;"
    );
    assert_eq!(lines[7], "Total;;;47;34;0;0;11;2;45;95,74;72,34;");
    let nl = render::render(
        &model,
        Format::Csv { comma: false },
        &Catalog::new(Lang::Nl),
    )
    .unwrap();
    assert!(String::from_utf8(nl).unwrap().contains("Totaal;;;47;34"));
    let en = render::render(
        &model,
        Format::Csv { comma: false },
        &Catalog::new(Lang::En),
    )
    .unwrap();
    let en = String::from_utf8(en).unwrap();
    assert!(en.starts_with("commune,year,file,"));
    assert!(en.contains("Total,,,47,34,0,0,11,2,45,95.74,72.34,"));
    let comma =
        render::render(&model, Format::Csv { comma: true }, &Catalog::new(Lang::Fr)).unwrap();
    assert!(
        String::from_utf8(comma)
            .unwrap()
            .starts_with("commune,annee,")
    );
}

#[test]
fn parallel_evaluation_gives_the_sequential_result() {
    // Enough plans for several threads, of a few communes and years.
    let dir = tempfile::tempdir().unwrap();
    let log = root().join("examples/logboek-mechelen-2024.csv");
    let plan = std::fs::read_to_string(root().join("examples/plan-mechelen-2024.yaml")).unwrap();
    let mut paths = Vec::new();
    for i in 0..24 {
        let sub = dir.path().join(format!("g{i}"));
        std::fs::create_dir(&sub).unwrap();
        std::fs::copy(&log, sub.join("logboek-mechelen-2024.csv")).unwrap();
        let text = plan
            .replace(
                "gemeente: Mechelen",
                &format!("gemeente: Gemeente {}", i % 5),
            )
            .replace("jaar: 2024", &format!("jaar: {}", 2020 + i % 5))
            .replace("tussen 4 en 8", &format!("tussen {} en 8", 1 + i % 4));
        let p = sub.join("plan.yaml");
        std::fs::write(&p, text).unwrap();
        paths.push(p);
    }
    let calls = std::sync::atomic::AtomicUsize::new(0);
    let parallel = rollup::evaluate(&paths, end_of_2024(), &|| {
        calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    });
    assert_eq!(calls.into_inner(), 24);
    let mut sequential: Vec<_> = paths
        .iter()
        .map(|p| rollup::evaluate_one(p, end_of_2024()))
        .collect();
    sequential.sort_by_key(|p| {
        let m = p.meta.as_ref().unwrap();
        (m.commune.clone(), m.annee, p.file.clone())
    });
    let summary = |plans: &[rollup::PlanResult]| -> Vec<(String, Vec<Statut>)> {
        plans
            .iter()
            .map(|p| {
                (
                    p.file.clone(),
                    p.evaluated()
                        .unwrap()
                        .indicators
                        .iter()
                        .map(|i| i.statut)
                        .collect(),
                )
            })
            .collect()
    };
    assert_eq!(summary(&parallel.plans), summary(&sequential));
}

#[test]
fn plans_of_one_year_that_cannot_be_told_apart_are_not_compared() {
    let dir = tempfile::tempdir().unwrap();
    let plan =
        std::fs::read_to_string(root().join("examples/communes/mechelen-2023.yaml")).unwrap();
    std::fs::copy(
        root().join("examples/communes/logboek-mechelen-2023.csv"),
        dir.path().join("logboek-mechelen-2023.csv"),
    )
    .unwrap();
    std::fs::write(dir.path().join("a.yaml"), &plan).unwrap();
    std::fs::write(dir.path().join("b.yaml"), &plan).unwrap();
    std::fs::write(
        dir.path().join("c.yaml"),
        plan.replace("jaar: 2023", "jaar: 2024"),
    )
    .unwrap();
    let found = rollup::find(&[dir.path().to_path_buf()]);
    let r = rollup::evaluate(&found.plans, end_of_2024(), &|| {});
    let (evolutions, same_year) = r.evolutions();
    assert!(evolutions.is_empty());
    assert_eq!(same_year.len(), 1);
    assert_eq!(same_year[0].annee, 2023);
    assert_eq!(same_year[0].files.len(), 2);
    // Another allocation tells them apart.
    std::fs::write(
        dir.path().join("b.yaml"),
        plan.replace(
            "toelage: Toelage terrorisme en extremisme",
            "toelage: Strategisch plan",
        ),
    )
    .unwrap();
    let r = rollup::evaluate(&found.plans, end_of_2024(), &|| {});
    let (evolutions, same_year) = r.evolutions();
    assert!(same_year.is_empty());
    assert_eq!(evolutions.len(), 1);
    assert!(evolutions[0].before.file.ends_with("a.yaml"));
}

// The binary

#[test]
fn the_command_rolls_up_the_examples() {
    let out = csc(
        &[
            "rollup",
            "plans",
            "examples",
            "--as-of",
            "2024-12-31",
            "--par",
            "pole",
        ],
        &root(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Consolidation de 6 plans — évalués au 31/12/2024\n"));
    assert!(text.contains("Par pôle"));
    assert!(text.contains("Molenbeek-Saint-Jean ┆ 2023 → 2024"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("8 avertissements dans 2 plans"), "{stderr}");

    let out = csc(
        &["rollup", "examples", "--format", "markdown", "--lang", "nl"],
        &root(),
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("# Overzicht van 5 plannen"));
    assert!(text.contains("| **Totaal** |"));
    assert!(text.contains("| Mechelen | 2023 → 2024 | 5 | 3 | 1 | 1 | 0 |"));

    // The Dutch words of `--par` are accepted.
    let out = csc(
        &[
            "rollup", "examples", "--par", "jaar", "--format", "csv", "--lang", "nl",
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("\u{feff}jaar;plannen;indicatoren;bereikt;"),
        "{text}"
    );
    assert!(text.contains("\n2024;4;29;"), "{text}");
}

#[test]
fn the_report_is_written_even_when_a_plan_is_broken_and_the_exit_code_says_it() {
    let dir = broken_folder();
    let target = dir.path().join("out");
    std::fs::create_dir(&target).unwrap();
    let out = csc(
        &["rollup", ".", "--format", "json", "-o", "out/rollup.json"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("erreur[cible-invalide]"), "{stderr}");
    assert!(
        stderr.contains("2 plans sur 4 n'ont pas pu être évalués"),
        "{stderr}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(target.join("rollup.json")).unwrap()).unwrap();
    assert_eq!(json["total"]["plans_en_erreur"], 2);
    assert_eq!(json["plans"].as_array().unwrap().len(), 4);
}

#[test]
fn usage_errors_write_nothing() {
    let dir = broken_folder();
    let empty = dir.path().join("vide");
    std::fs::create_dir(&empty).unwrap();
    // a path that does not exist, a folder without plans
    for args in [
        &["rollup", "absent", "-o", "r.csv", "--format", "csv"][..],
        &["rollup", "vide", "-o", "r.csv", "--format", "csv"][..],
    ] {
        let out = csc(args, dir.path());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!dir.path().join("r.csv").exists());
    }
    let out = csc(&["rollup", "vide"], dir.path());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("aucun plan dans « vide »")
    );
    // xlsx needs -o
    let out = csc(&["rollup", ".", "--format", "xlsx"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    // -o onto a plan or a log is refused, and the input is untouched
    for input in ["schaerbeek-2024.yaml", "journal-schaerbeek-2024.csv"] {
        let before = std::fs::read(dir.path().join(input)).unwrap();
        let out = csc(&["rollup", ".", "--format", "csv", "-o", input], dir.path());
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert_eq!(std::fs::read(dir.path().join(input)).unwrap(), before);
    }
}

#[test]
fn help_reads_in_each_language() {
    for (lang, words) in [
        ("fr", "Consolide plusieurs plans"),
        ("nl", "Brengt meerdere plannen samen"),
        ("en", "Rolls up several plans"),
    ] {
        let out = csc(&["rollup", "--help", "--lang", lang], &root());
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(words), "{lang}: {text}");
        assert!(!text.contains("rollup-cli"), "{lang}: {text}");
    }
}
