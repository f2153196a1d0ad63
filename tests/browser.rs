//! The HTML report in a real browser: headless Chromium renders the Molenbeek report to a
//! PNG and prints it to an A4 PDF; every indicator must be in the printed text.
//!
//! Needs `chromium` and `pdftotext` (Debian: chromium, poppler-utils). `.ci/run` installs
//! them; on a machine without them the test says so and passes, except under CI.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use csc::export::{ReportFormat, exporter};
use csc::report::{self, Inputs};

fn tool(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| Path::new(dir).join(name))
        .find(|p| p.is_file())
}

fn required(name: &str) -> Option<PathBuf> {
    let found = tool(name);
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{name} is required in CI (.ci/run installs it)"
        );
        eprintln!("skipped: {name} is not installed");
    }
    found
}

fn chromium(bin: &Path, profile: &Path, args: &[&str], page: &Path) {
    let status = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium starts");
    assert!(
        status.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// Renders a plan's HTML report in one language, prints it to PDF, and checks the page:
/// A4, every indicator id and the language's status word in the printed text.
fn print_and_check(
    chromium_bin: &Path,
    pdftotext: &Path,
    plan_path: &str,
    lang: csc::i18n::Lang,
    status_word: &str,
) {
    let dir = std::env::temp_dir().join(format!(
        "csc-browser-{}-{}",
        std::process::id(),
        lang.code()
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let plan_file = Path::new(plan_path);
    let plan = csc::plan::load(plan_file).plan.expect("valid plan");
    // Mid-year, so that the expected-by-date marks are drawn too.
    let as_of = NaiveDate::from_ymd_opt(plan.annee, 8, 15);
    let inputs = Inputs {
        as_of,
        ..Inputs::default()
    };
    let report = report::build(plan_file, plan_path, &plan, &inputs, None).expect("logs readable");
    let html = csc::export::render(
        &report,
        exporter(ReportFormat::Html, false, false).as_ref(),
        &csc::i18n::Catalog::new(lang),
    )
    .expect("rendered");
    let page = dir.join("rapport.html");
    std::fs::write(&page, &html).expect("write html");

    let png = dir.join("rapport.png");
    let pdf = dir.join("rapport.pdf");
    let profile = dir.join("profile");
    chromium(
        chromium_bin,
        &profile,
        &[
            "--window-size=900,1300",
            &format!("--screenshot={}", png.display()),
        ],
        &page,
    );
    chromium(
        chromium_bin,
        &profile,
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
        &page,
    );
    let png_bytes = std::fs::read(&png).expect("a screenshot");
    assert!(png_bytes.starts_with(b"\x89PNG") && png_bytes.len() > 10_000);
    let pdf_bytes = std::fs::read(&pdf).expect("a PDF");
    assert!(pdf_bytes.starts_with(b"%PDF"));

    let text = Command::new(pdftotext)
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(text.status.success());
    // pdftotext joins a word hyphenated across lines (`extra-` + `locales`): compare
    // without spaces and hyphens.
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}')
            .collect()
    };
    let printed = squeeze(&String::from_utf8_lossy(&text.stdout));
    for p in plan.indicators() {
        let id = &p.indicateur.id;
        assert!(
            printed.contains(&squeeze(id)),
            "{}: indicator {id} is missing from the printed PDF",
            lang.code()
        );
    }
    assert!(
        printed.contains(&squeeze(status_word)),
        "{}: the status word {status_word:?} is not printed",
        lang.code()
    );
    let info = Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains("(A4)"),
        "{}: not printed on A4: {info}",
        lang.code()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_html_report_renders_and_prints_every_indicator_on_a4() {
    let (Some(chromium_bin), Some(pdftotext)) = (required("chromium"), required("pdftotext"))
    else {
        return;
    };
    // Each language, on the French plan and on the Dutch one (Dutch words are longer).
    for (plan, lang, word) in [
        ("plans/molenbeek-2023.yaml", csc::i18n::Lang::Fr, "atteint"),
        ("plans/molenbeek-2023.yaml", csc::i18n::Lang::Nl, "bereikt"),
        ("plans/molenbeek-2023.yaml", csc::i18n::Lang::En, "met"),
        (
            "examples/plan-mechelen-2024.yaml",
            csc::i18n::Lang::Nl,
            "achterstand",
        ),
    ] {
        print_and_check(&chromium_bin, &pdftotext, plan, lang, word);
    }
}
