//! Command-line cases: `tests/cmd/*.trycmd` (run from `tests/cmd/<name>.in/`) and every
//! console example of the README, run from the repository root.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.trycmd")
        .case("README.md");
}
