//! CLI behaviour pinned by trycmd cases (tests/cmd/*.trycmd) and the README's
//! examples, run through the built binary.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        // Output is compared without colour, whatever the environment says.
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.trycmd")
        .case("README.md");
}
