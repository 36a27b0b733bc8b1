//! The portfolio's content: the model, loading (bundled or from a folder) and
//! validation. Every problem is located by file, line and column.
//!
//! [`model`] holds the types; [`parse`] reads one item file and [`profile`]
//! the profile; [`dir`] reads a folder defensively; [`load`](mod@load) puts the files
//! together and checks what spans files (unique slugs, a profile); [`labels`]
//! says how people write each tag.

pub mod bundled;
pub mod dir;
pub mod domain;
pub mod labels;
pub mod load;
pub mod model;
pub mod parse;
pub mod problem;
pub mod profile;

pub use load::{Checked, Loaded, Parsed, assemble, bundled_files, check, combine, load, load_bundled, parse_file};
pub use model::{
    Award, Corpus, Item, Kind, Location, Profile, ProfileLink, Skills, date_of_words, full_title, period_ends,
    period_is_ongoing, period_reads_as_dates,
};
pub use parse::{is_kebab_case, typed_slug};
pub use problem::{Problem, Severity};

/// The name of the profile file at the top of a content folder.
pub const PROFILE_FILE: &str = "profile.toml";
