//! dryga: Andrew Dryga's portfolio as a fast, offline command-line tool.
//!
//! Two layers (see ARCHITECTURE.md). The core — [`content`] (the model,
//! loading, validation), [`index`] (the persistent index of a content
//! folder), [`query`] (filters, lookup, search, the résumé's sections) and
//! [`render`] (every output format) — has plain types and never
//! touches the process: no clap, no environment, no stdout. The edge —
//! [`cli`] (the flags), [`commands`] (one module per subcommand) and
//! [`output`] (the terminal, the pager, stdout) — turns the command line
//! into calls to the core and its results into bytes. `main` only decides
//! the exit code. [`browse`], the interactive browser, is edge too: it owns the
//! terminal while it runs. A test (`tests/it/architecture.rs`) keeps the core clean.

pub mod browse;
pub mod cli;
pub mod columns;
pub mod commands;
pub mod content;
pub mod error;
pub mod index;
pub mod lines;
pub mod output;
pub mod parallel;
pub mod query;
pub mod render;
pub mod sanitize;
pub mod synth;
