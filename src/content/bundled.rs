//! The bundled corpus, as build.rs parsed and validated it at build time:
//! Rust code that builds the profile and the items, each body a slice of its
//! file (`include_str!` of the bytes `include_dir` embeds: the binary holds
//! them once). No TOML and no front matter is parsed at run time; `dryga
//! check` still parses the embedded files, and a test keeps the two equal.

// The generated code names `Location` and `ProfileLink` only when the profile
// states contact details, and `Award` only when an item has awards.
#[allow(unused_imports)]
use super::model::{Award, Corpus, Item, Kind, Location, Profile, ProfileLink, Skills};

/// An owned string, for the generated code.
fn s(text: &str) -> String {
    text.to_owned()
}

/// The body of a file (its text as `include_str!` embeds it): from byte `at` on.
fn body(text: &'static str, at: usize) -> String {
    // build.rs took `at` from this very file, a character boundary where the body starts.
    text.get(at..).unwrap_or_default().to_owned()
}

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled corpus: the profile, then projects and posts in the site's order.
pub fn corpus() -> Corpus {
    Corpus { profile: profile(), items: items() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_time_corpus_is_what_the_parser_reads_from_the_files() {
        let parsed = super::super::load::assemble("content/", super::super::load::bundled_files(), Vec::new(), 1)
            .expect("the bundled content is valid");
        let built = corpus();
        assert_eq!(built.profile, parsed.corpus.profile);
        assert_eq!(built.items, parsed.corpus.items);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    }
}
