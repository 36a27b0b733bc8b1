//! The portfolio's content: the model, loading (bundled or from a directory) and validation.

pub mod dir;
pub mod domain;
pub mod fast;
pub mod model;
pub mod parse;
pub mod problem;

use std::collections::HashMap;

use include_dir::{Dir, include_dir};

pub use model::{Corpus, Item, Kind, Profile, Skills};
pub use parse::is_kebab_case;
pub use problem::{Problem, Severity};

/// Why content could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The folder itself cannot be read: missing, not a folder, no permission.
    Unreadable(String, std::io::Error),
    /// The files hold errors (every problem, warnings included).
    Invalid(Vec<Problem>),
}

/// Loads a content folder at run time, with the same validation as the bundled content.
pub fn load_dir(dir: &std::path::Path) -> Result<Loaded, LoadError> {
    load(Some(dir)).map(|(_, _, result)| result).and_then(|r| r.map_err(LoadError::Invalid))
}

/// Loads `dir`, or the bundled content: how it is shown in messages, how many
/// files were read, and the corpus or every problem. Fails only when the
/// folder itself cannot be read.
#[allow(clippy::type_complexity)] // One use (check); a struct would only name the three.
pub fn load(dir: Option<&std::path::Path>) -> Result<(String, usize, Result<Loaded, Vec<Problem>>), LoadError> {
    match dir {
        None => {
            let files = bundled_files();
            Ok(("content/".to_owned(), files.len(), assemble("content/", files)))
        }
        Some(dir) => {
            let files = dir::read(dir).map_err(|e| LoadError::Unreadable(dir.display().to_string(), e))?;
            let count = files.texts.len() + files.problems.iter().filter(|p| p.severity == Severity::Error).count();
            let prefix = display_prefix(dir);
            let result = assemble_with(&prefix, files.texts, files.problems);
            Ok((prefix, count, result))
        }
    }
}

/// `dir` as shown before file names in messages, ending with '/'.
pub fn display_prefix(dir: &std::path::Path) -> String {
    let s = dir.to_string_lossy();
    if s.ends_with('/') { s.into_owned() } else { format!("{s}/") }
}

/// The `content/` folder, embedded at compile time (build.rs reruns on changes).
static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");

/// The name of the profile file at the top of a content folder.
pub const PROFILE_FILE: &str = "profile.toml";

/// A loaded corpus and the warnings its files raised.
#[derive(Debug)]
pub struct Loaded {
    /// The content.
    pub corpus: Corpus,
    /// Problems that did not stop loading (unknown fields, ignored files).
    pub warnings: Vec<Problem>,
}

/// Loads the content bundled into the binary.
pub fn load_bundled() -> Result<Loaded, Vec<Problem>> {
    assemble("content/", bundled_files())
}

/// The bundled files as `(path relative to content/, text)`.
pub fn bundled_files() -> Vec<(String, &'static str)> {
    let mut files = Vec::new();
    collect_bundled(&BUNDLED, &mut files);
    files
}

fn collect_bundled(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static str)>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        // Bundled files are checked to be UTF-8 by the content test; a file that is
        // not is reported by `assemble` as missing text rather than crashing here.
        out.push((path, file.contents_utf8().unwrap_or("\u{fffd}")));
    }
    for sub in dir.dirs() {
        collect_bundled(sub, out);
    }
}

/// What a file in a content folder is, from its path relative to the folder.
enum Role<'a> {
    Profile,
    Item(Kind, &'a str),
    Ignored,
    Unexpected,
}

fn role(rel: &str) -> Role<'_> {
    if rel == PROFILE_FILE {
        return Role::Profile;
    }
    let name = rel.rsplit('/').next().unwrap_or(rel);
    if name.starts_with('.') {
        return Role::Ignored;
    }
    for kind in [Kind::Project, Kind::Post] {
        if let Some(file) = rel.strip_prefix(kind.folder()).and_then(|r| r.strip_prefix('/')) {
            if let Some(slug) = file.strip_suffix(".md") {
                if !slug.contains('/') {
                    return Role::Item(kind, slug);
                }
            }
        }
    }
    Role::Unexpected
}

/// Builds a corpus from `(relative path, text)` pairs. `prefix` is put before each
/// path in messages. Every problem of every file is reported, not only the first.
pub fn assemble<S: Into<String>>(
    prefix: &str,
    files: impl IntoIterator<Item = (String, S)>,
) -> Result<Loaded, Vec<Problem>> {
    assemble_with(prefix, files, Vec::new())
}

/// Folders with more files than this are parsed on several threads.
const PARALLEL_FROM: usize = 512;

/// One file, parsed on its own (the cross-file checks come after).
enum Parsed {
    Profile(Option<Profile>, Vec<Problem>),
    Item { path: String, slug: String, item: Option<Item>, problems: Vec<Problem> },
    Unexpected(String),
    Ignored,
}

fn parse_one(prefix: &str, rel: &str, text: String) -> Parsed {
    let path = format!("{prefix}{rel}");
    match role(rel) {
        Role::Profile => {
            let (profile, problems) = parse::parse_profile(&path, &text);
            Parsed::Profile(profile, problems)
        }
        Role::Item(kind, slug) => {
            let (item, problems) = parse::parse_item_owned(&path, slug, kind, text);
            Parsed::Item { slug: slug.to_owned(), path, item, problems }
        }
        Role::Ignored => Parsed::Ignored,
        Role::Unexpected => Parsed::Unexpected(path),
    }
}

/// Parses every file, on every core when there are many.
fn parse_all(prefix: &str, files: Vec<(String, String)>) -> Vec<Parsed> {
    crate::parallel::map_chunks(files, PARALLEL_FROM, |chunk| {
        chunk.into_iter().map(|(rel, text)| parse_one(prefix, &rel, text)).collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// Like [`assemble`], starting from problems already found (files that could not be read).
pub fn assemble_with<S: Into<String>>(
    prefix: &str,
    files: impl IntoIterator<Item = (String, S)>,
    mut problems: Vec<Problem>,
) -> Result<Loaded, Vec<Problem>> {
    let files: Vec<(String, String)> = files.into_iter().map(|(rel, text)| (rel, text.into())).collect();
    let mut profile = None;
    let mut items: Vec<Item> = Vec::with_capacity(files.len());
    let mut seen: HashMap<String, String> = HashMap::with_capacity(files.len());
    for parsed in parse_all(prefix, files) {
        match parsed {
            Parsed::Profile(p, mut found) => {
                problems.append(&mut found);
                profile = p.or(profile);
            }
            Parsed::Item { path, slug, item, problems: mut found } => {
                problems.append(&mut found);
                let key = slug.to_ascii_lowercase();
                if let Some(first) = seen.get(&key) {
                    problems.push(
                        Problem::error(&path, (1, 1), format!("duplicate slug {slug:?}")).with_hint(format!(
                            "{first} has the same slug; slugs are unique across projects and posts"
                        )),
                    );
                    continue;
                }
                seen.insert(key, path);
                items.extend(item);
            }
            Parsed::Ignored => {}
            Parsed::Unexpected(path) => {
                problems.push(Problem::warning(&path, (1, 1), "unexpected file is ignored").with_hint(format!(
                    "items live in projects/<slug>.md and posts/<slug>.md, the profile in {PROFILE_FILE}"
                )));
            }
        }
    }
    if profile.is_none() && !problems.iter().any(|p| p.path.ends_with(PROFILE_FILE)) {
        problems.push(
            Problem::error(&format!("{prefix}{PROFILE_FILE}"), (1, 1), "missing profile")
                .with_hint("create profile.toml with name, handle, headline and summary"),
        );
    }
    problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(problems);
    }
    items.sort_by(|a, b| (a.kind, a.order, &a.slug).cmp(&(b.kind, b.order, &b.slug)));
    Ok(Loaded { corpus: Corpus { profile: profile.unwrap_or_default(), items }, warnings: problems })
}
