//! CLI behaviour pinned by trycmd cases (tests/cmd/*.trycmd) and the README's
//! examples, run through the built binary in a clean environment.

#[test]
fn cli_cases() {
    crate::support::trycmd().case("tests/cmd/*.trycmd").case("README.md");
}
