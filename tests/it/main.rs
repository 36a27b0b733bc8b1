//! The integration tests: one binary (as ripgrep and fd have), one runner
//! (`support`) that starts every command in a clean environment. Opt-in tests
//! that need programs beyond the Rust toolchain are `#[ignore]`d and run by
//! `.ci/run`, which installs those programs.

mod support;

mod architecture;
mod bad_input;
mod binary;
mod browse;
mod card;
mod cli;
mod completions;
mod content;
mod content_dir;
mod filter;
mod fuzz_regressions;
mod hostile;
mod index;
#[cfg(all(target_os = "linux", target_pointer_width = "64", target_endian = "little"))]
mod linkage;
mod pasted;
mod properties;
mod relevance;
mod resume;
mod schema;
mod search;
mod terminal;
