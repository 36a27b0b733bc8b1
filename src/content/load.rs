//! Loading a whole corpus: the bundled files or a folder's, each parsed on its
//! own (on several threads for large folders), then the checks that span files.

use std::collections::HashMap;
use std::collections::hash_map::{Entry, RandomState};
use std::hash::BuildHasher;
use std::path::Path;

use include_dir::{Dir, include_dir};

use super::model::{Corpus, Item, Kind, Profile};
use super::problem::{Problem, Severity};
use super::{PROFILE_FILE, dir, parse, profile};
use crate::error::{Error, Result};

/// The `content/` folder, embedded at compile time (build.rs reruns on changes).
pub(super) static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");

/// How the bundled content is named in messages.
const BUNDLED_PREFIX: &str = "content/";

/// Folders with more files than this are parsed on several threads.
const PARALLEL_FROM: usize = 512;

/// A loaded corpus and the warnings its files raised.
#[derive(Debug)]
pub struct Loaded {
    /// The content.
    pub corpus: Corpus,
    /// Problems that did not stop loading (unknown fields, ignored files).
    pub warnings: Vec<Problem>,
}

/// What `check` reports: which content, how many files, and the outcome.
#[derive(Debug)]
pub struct Checked {
    /// The content as named in messages (`content/`, or the folder with a '/').
    pub shown: String,
    /// How many files were read (or could not be).
    pub files: usize,
    /// Whether this is the content bundled into the binary.
    pub bundled: bool,
    /// The corpus with its warnings, or every problem when there are errors.
    pub result: std::result::Result<Loaded, Vec<Problem>>,
    /// When there are errors, the items of the files that had none, in the
    /// corpus's order: for the checks across items that `check` makes all
    /// the same (two titles alike), so that it says every problem, not
    /// only the errors' (empty otherwise: the items are the corpus's).
    pub unloaded: Vec<Item>,
}

/// Loads `dir`, or the bundled content: the corpus and its warnings, or
/// [`Error::ContentDir`] when the folder cannot be read, or [`Error::Content`]
/// with every problem when a file has an error.
pub fn load(dir: Option<&Path>) -> Result<Loaded> {
    let checked = match dir {
        None => return load_bundled().map_err(|problems| Error::Content { problems }),
        Some(_) => check(dir)?,
    };
    checked.result.map_err(|problems| Error::Content { problems })
}

/// Reads and checks `dir`, or the bundled content. Fails only when the folder
/// itself cannot be read; problems in its files are in [`Checked::result`].
pub fn check(dir: Option<&Path>) -> Result<Checked> {
    let threads = crate::parallel::threads();
    match dir {
        None => {
            let files = bundled_files();
            let count = files.len();
            let (result, unloaded) = assemble_all(BUNDLED_PREFIX, files, Vec::new(), 1);
            Ok(Checked { shown: BUNDLED_PREFIX.to_owned(), files: count, bundled: true, result, unloaded })
        }
        Some(path) => {
            let files =
                dir::read(path, threads).map_err(|source| Error::ContentDir { path: path.to_owned(), source })?;
            let count = files.texts.len() + files.problems.iter().filter(|p| p.severity == Severity::Error).count();
            let shown = display_prefix(path);
            let (result, unloaded) = assemble_all(&shown, files.texts, files.problems, threads);
            Ok(Checked { shown, files: count, bundled: false, result, unloaded })
        }
    }
}

/// Loads the content bundled into the binary, as build.rs parsed and
/// validated it (a broken file fails the build): nothing to parse here.
pub fn load_bundled() -> std::result::Result<Loaded, Vec<Problem>> {
    Ok(Loaded { corpus: super::bundled::corpus(), warnings: Vec::new() })
}

/// `dir` as shown before file names in messages, ending with '/'.
pub fn display_prefix(dir: &Path) -> String {
    let s = dir.to_string_lossy();
    if s.ends_with('/') { s.into_owned() } else { format!("{s}/") }
}

/// The bundled files as `(path relative to content/, text)`.
pub fn bundled_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    collect_bundled(&BUNDLED, &mut files);
    files
}

fn collect_bundled(dir: &'static Dir<'static>, out: &mut Vec<(String, String)>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        // Bundled files are checked to be UTF-8 by the content test; a file that
        // is not is reported by `assemble` as invalid rather than crashing here.
        out.push((path, file.contents_utf8().unwrap_or("\u{fffd}").to_owned()));
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
        let slug =
            rel.strip_prefix(kind.folder()).and_then(|r| r.strip_prefix('/')).and_then(|f| f.strip_suffix(".md"));
        if let Some(slug) = slug.filter(|s| !s.contains('/')) {
            return Role::Item(kind, slug);
        }
    }
    Role::Unexpected
}

/// One file, parsed on its own (the cross-file checks come after, in
/// [`combine`]). The item is an [`Item`], or what stands for one ([`Keyed`]).
#[derive(Debug)]
// One profile per folder, and files stream through `combine` one at a time:
// the profile is not boxed for the sake of small stand-ins.
#[allow(clippy::large_enum_variant)]
pub enum Parsed<T = Item> {
    /// The profile, when usable, and its problems.
    Profile(Option<Profile>, Vec<Problem>),
    /// An item file: its path as shown, its slug, the item when usable, and its problems.
    Item {
        /// The path as shown in messages.
        path: String,
        /// The slug, from the file name.
        slug: String,
        /// The item, when the file has no error.
        item: Option<T>,
        /// Its problems, warnings included.
        problems: Vec<Problem>,
    },
    /// A file that is neither the profile nor an item (its path as shown).
    Unexpected(String),
    /// A hidden file.
    Ignored,
}

/// Parses one file on its own: `rel` is its path in the folder, `prefix` is
/// put before it in messages.
pub fn parse_file(prefix: &str, rel: &str, text: String) -> Parsed {
    let path = format!("{prefix}{rel}");
    match role(rel) {
        Role::Profile => {
            let (profile, problems) = profile::parse_profile(&path, &text);
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

/// The profile's text parsed as [`parse_file`] parses it, as a [`Parsed`]
/// of any item type (for [`combine_keyed`], whose items are stand-ins).
pub fn parse_profile<T>(prefix: &str, text: &str) -> Parsed<T> {
    let (profile, problems) = profile::parse_profile(&format!("{prefix}{PROFILE_FILE}"), text);
    Parsed::Profile(profile, problems)
}

/// Builds a corpus from `(path relative to the folder, text)` pairs, starting
/// from `problems` already found (files that could not be read). `prefix` is
/// put before each path in messages; `threads` parse large folders. Every
/// problem of every file is reported, not only the first.
pub fn assemble(
    prefix: &str,
    files: Vec<(String, String)>,
    problems: Vec<Problem>,
    threads: usize,
) -> std::result::Result<Loaded, Vec<Problem>> {
    assemble_all(prefix, files, problems, threads).0
}

/// [`assemble`], and when there are errors, the items of the files that
/// had none ([`Checked::unloaded`]).
fn assemble_all(
    prefix: &str,
    files: Vec<(String, String)>,
    problems: Vec<Problem>,
    threads: usize,
) -> (std::result::Result<Loaded, Vec<Problem>>, Vec<Item>) {
    let mut parts = crate::parallel::map_chunks(files, PARALLEL_FROM, threads, |chunk| {
        chunk.into_iter().map(|(rel, text)| parse_file(prefix, &rel, text)).collect::<Vec<_>>()
    });
    let parsed = if parts.len() == 1 {
        parts.pop().unwrap_or_default()
    } else {
        let mut all = Vec::with_capacity(parts.iter().map(Vec::len).sum());
        for part in parts {
            all.extend(part);
        }
        all
    };
    let (profile, items, problems) = combine_all(prefix, parsed.into_iter(), problems, RandomState::new());
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return (Err(problems), items);
    }
    (Ok(Loaded { corpus: Corpus { profile: profile.unwrap_or_default(), items }, warnings: problems }), Vec::new())
}

/// Puts parsed files together, in order, after `problems` already found, and
/// makes the checks that span files (unique slugs, a profile). `prefix` is the
/// folder as shown in messages.
pub fn combine(
    prefix: &str,
    parsed: impl Iterator<Item = Parsed>,
    problems: Vec<Problem>,
) -> std::result::Result<Loaded, Vec<Problem>> {
    let (profile, items, warnings) = combine_with(prefix, parsed, problems, RandomState::new())?;
    Ok(Loaded { corpus: Corpus { profile: profile.unwrap_or_default(), items }, warnings })
}

/// What [`combine`] needs of an item: its path and slug (as the file's),
/// and what orders it among the others.
pub trait Keyed {
    /// Its path as shown.
    fn path(&self) -> &str;
    /// Its slug.
    fn slug(&self) -> &str;
    /// Its kind and order: items sort by these, then by slug.
    fn key(&self) -> (Kind, u32);
}

impl Keyed for Item {
    fn path(&self) -> &str {
        &self.path
    }

    fn slug(&self) -> &str {
        &self.slug
    }

    fn key(&self) -> (Kind, u32) {
        (self.kind, self.order)
    }
}

/// What [`combine_keyed`] makes: the profile, the items kept (in the
/// corpus's order) and the warnings.
pub type Combined<T> = (Option<Profile>, Vec<T>, Vec<Problem>);

/// [`combine`] over items that only stand for items ([`Keyed`]): the
/// profile, the items kept (in the corpus's order) and the warnings, or
/// every problem.
pub fn combine_keyed<T: Keyed>(
    prefix: &str,
    parsed: impl Iterator<Item = Parsed<T>>,
    problems: Vec<Problem>,
) -> std::result::Result<Combined<T>, Vec<Problem>> {
    combine_with(prefix, parsed, problems, RandomState::new())
}

/// [`combine`], with slugs hashed by `hasher` (a test passes one under
/// which every slug has the same hash).
fn combine_with<T: Keyed>(
    prefix: &str,
    parsed: impl Iterator<Item = Parsed<T>>,
    problems: Vec<Problem>,
    hasher: impl BuildHasher,
) -> std::result::Result<Combined<T>, Vec<Problem>> {
    let (profile, items, problems) = combine_all(prefix, parsed, problems, hasher);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(problems);
    }
    Ok((profile, items, problems))
}

/// [`combine_with`], errors or not: the profile, the items of the files
/// that made one, in the corpus's order, and every problem, in the files'
/// order.
fn combine_all<T: Keyed>(
    prefix: &str,
    parsed: impl Iterator<Item = Parsed<T>>,
    mut problems: Vec<Problem>,
    hasher: impl BuildHasher,
) -> Combined<T> {
    // Files made one by one as they are combined say how many come.
    let count = parsed.size_hint().0;
    let mut profile = None;
    let mut items: Vec<T> = Vec::with_capacity(count);
    // Where the path and slug of each file seen are (by its order among them).
    let mut paths: Vec<Seen> = Vec::with_capacity(count);
    let mut slugs = Slugs { hasher, by_hash: HashMap::with_capacity(count), clashes: HashMap::new() };
    for parsed in parsed {
        match parsed {
            Parsed::Profile(p, mut found) => {
                problems.append(&mut found);
                profile = p.or(profile);
            }
            Parsed::Item { path, slug, item, problems: mut found } => {
                problems.append(&mut found);
                let slug_of = |i: usize| match paths.get(i) {
                    Some(Seen::Item(at)) => items.get(*at).map_or("", |item: &T| item.slug()),
                    Some(Seen::Path(file)) => file.1.as_str(),
                    None => "",
                };
                if let Some(first) = slugs.seen(&slug, paths.len(), slug_of) {
                    let first = match &paths[first] {
                        Seen::Item(at) => items.get(*at).map_or("", |item: &T| item.path()),
                        Seen::Path(file) => file.0.as_str(),
                    };
                    problems.push(duplicate(&path, &slug, first));
                    continue;
                }
                // An item's path and slug are the file's: not kept twice.
                paths.push(match item {
                    Some(item) if item.path() == path && item.slug() == slug => {
                        items.push(item);
                        Seen::Item(items.len() - 1)
                    }
                    item => {
                        items.extend(item);
                        Seen::Path(Box::new((path, slug)))
                    }
                });
            }
            Parsed::Ignored => {}
            Parsed::Unexpected(path) => problems.push(unexpected(&path)),
        }
    }
    if profile.is_none() && !problems.iter().any(|p| p.path.ends_with(PROFILE_FILE)) {
        problems.push(
            Problem::error(&format!("{prefix}{PROFILE_FILE}"), (1, 1), "missing profile")
                .with_hint("create profile.toml with name, handle, headline and summary"),
        );
    }
    problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    sort_items(&mut items);
    (profile, items, problems)
}

/// Where `combine` finds the path and slug of a file it has seen.
enum Seen {
    /// Those of this item (in the order made).
    Item(usize),
    /// These (path, slug): a file that made no item (boxed: most files make
    /// one, and an entry stays 16 bytes).
    Path(Box<(String, String)>),
}

/// The slugs `combine` has seen, compared in ASCII lowercase (`A` and `a`
/// are the same slug), each by where its file is among those seen. A slug is
/// kept as a hash of its lowercase form, not as a copy (10,000 slugs: a
/// quarter of a megabyte, not three quarters); the few slugs whose hash an
/// earlier, different slug has are kept whole, in `clashes`.
struct Slugs<S> {
    hasher: S,
    by_hash: HashMap<u64, usize>,
    clashes: HashMap<String, usize>,
}

impl<S: BuildHasher> Slugs<S> {
    /// Where the file that has `slug` first was seen, when one was (`slug_of`
    /// gives each seen file's slug); else `slug` is noted as the file at `at`.
    fn seen<'s>(&mut self, slug: &str, at: usize, slug_of: impl Fn(usize) -> &'s str) -> Option<usize> {
        let lower = slug.bytes().any(|b| b.is_ascii_uppercase()).then(|| slug.to_ascii_lowercase());
        let lower = lower.as_deref().unwrap_or(slug);
        match self.by_hash.entry(self.hasher.hash_one(lower)) {
            Entry::Vacant(free) => {
                free.insert(at);
                None
            }
            Entry::Occupied(taken) if slug_of(*taken.get()).eq_ignore_ascii_case(lower) => Some(*taken.get()),
            Entry::Occupied(_) => {
                let first = self.clashes.get(lower).copied();
                if first.is_none() {
                    self.clashes.insert(lower.to_owned(), at);
                }
                first
            }
        }
    }
}

/// Sorts items in the site's order: kind, order, slug. Large folders come in
/// file-name order, far from it: their items (a few hundred bytes each) are
/// not moved at every step of the sort but put in place once, by following
/// the cycles of the sorted positions, in the same vector (a second vector
/// of 10,000 items would be 3 MB of fresh memory, zeroed by the kernel).
fn sort_items<T: Keyed>(items: &mut [T]) {
    if items.len() < 64 {
        items.sort_by(|a, b| (a.key(), a.slug()).cmp(&(b.key(), b.slug())));
        return;
    }
    // `order[i]`: where the item that belongs at `i` is now.
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&items[a], &items[b]);
        (a.key(), a.slug()).cmp(&(b.key(), b.slug()))
    });
    put_in_order(items, order);
}

/// Moves each item to its place, `order[i]` being where the item that
/// belongs at `i` is now (a permutation of the positions: the caller's
/// promise, else an item may be lost or the walk not end), by following
/// the cycles of the positions: each item is moved once, in the same vector.
pub(crate) fn put_in_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        // Each cycle is walked once, from its first position; a position
        // done is marked by pointing at itself.
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

/// The problem of a second file with a slug already taken by `first`.
fn duplicate(path: &str, slug: &str, first: &str) -> Problem {
    Problem::error(path, (1, 1), format!("duplicate slug {slug:?}"))
        .with_hint(format!("{first} has the same slug; slugs are unique across projects and posts"))
}

/// The warning for a file that is neither the profile nor an item.
fn unexpected(path: &str) -> Problem {
    Problem::warning(path, (1, 1), "unexpected file is ignored")
        .with_hint(format!("items live in projects/<slug>.md and posts/<slug>.md, the profile in {PROFILE_FILE}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(slug: &str, order: u32) -> (String, String) {
        let text = format!("+++\ntitle = \"{slug}\"\nsummary = \"s\"\ndomain = \"web\"\norder = {order}\n+++\nbody\n");
        (format!("projects/{slug}.md"), text)
    }

    fn profile() -> (String, String) {
        (PROFILE_FILE.to_owned(), "name = \"n\"\nhandle = \"h\"\nheadline = \"x\"\nsummary = \"y\"\n".to_owned())
    }

    proptest::proptest! {
        /// Putting items in place by cycles gives what a plain sort gives,
        /// for small and large folders, orders repeated, both kinds.
        #[test]
        fn items_are_sorted_as_a_plain_sort_sorts(keys in proptest::collection::vec((0..2u8, 0..40u32), 0..300)) {
            let corpus = crate::content::bundled::corpus();
            let bundled = &corpus.items[0];
            let mut items: Vec<Item> = keys
                .iter()
                .enumerate()
                .map(|(i, &(kind, order))| Item {
                    kind: if kind == 0 { Kind::Project } else { Kind::Post },
                    order,
                    slug: format!("item-{}", (i * 7919) % 1000),
                    ..bundled.clone()
                })
                .collect();
            let mut plain = items.clone();
            plain.sort_by(|a, b| (a.kind, a.order, &a.slug).cmp(&(b.kind, b.order, &b.slug)));
            sort_items(&mut items);
            let slugs = |v: &[Item]| v.iter().map(|i| (i.kind, i.order, i.slug.clone())).collect::<Vec<_>>();
            proptest::prop_assert_eq!(slugs(&items), slugs(&plain));
        }
    }

    /// The bundled commands take the corpus build.rs made; only `check` parses.
    #[test]
    fn loading_the_bundled_content_parses_nothing() {
        let parsed = || super::super::parse::PARSED.with(std::cell::Cell::get);
        let before = parsed();
        let loaded = load(None).expect("the bundled content loads");
        assert!(loaded.corpus.items.len() >= 30);
        assert_eq!(parsed(), before, "load(None) parsed files");
        check(None).expect("the bundled content checks").result.expect("valid");
        assert!(parsed() >= before + loaded.corpus.items.len(), "check parses every file");
    }

    #[test]
    fn parsing_on_several_threads_gives_the_same_corpus() {
        let count = u32::try_from(PARALLEL_FROM).expect("small") + 9;
        let mut files: Vec<(String, String)> = (0..count).map(|i| item(&format!("p{i}"), i)).collect();
        files.push(profile());
        let one = assemble("x/", files.clone(), Vec::new(), 1).expect("valid");
        for threads in [2, 3] {
            let many = assemble("x/", files.clone(), Vec::new(), threads).expect("valid");
            assert_eq!(one.corpus.items, many.corpus.items, "{threads} threads");
        }
    }

    #[test]
    fn duplicates_unexpected_files_and_a_missing_profile_are_reported() {
        let files =
            vec![item("a", 1), ("projects/A.md".to_owned(), item("b", 2).1), ("notes.txt".to_owned(), String::new())];
        let problems = assemble("x/", files, Vec::new(), 1).expect_err("errors");
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(messages.iter().any(|m| m.contains("duplicate slug \"A\"")), "{messages:?}");
        assert!(messages.iter().any(|m| m.starts_with("x/notes.txt:1:1: warning: unexpected file")), "{messages:?}");
        assert!(messages.iter().any(|m| m.starts_with("x/profile.toml:1:1: missing profile")), "{messages:?}");
    }

    /// A duplicate's hint names the file that has the slug first, whether
    /// that file made an item or had an error of its own.
    #[test]
    fn a_duplicate_names_the_first_file_with_its_slug() {
        let broken = (
            "posts/b.md".to_owned(),
            "+++
title = 1
+++
"
            .to_owned(),
        );
        let files = vec![profile(), item("a", 1), ("posts/A.md".to_owned(), item("x", 2).1), broken, item("B", 3)];
        let problems = assemble("x/", files, Vec::new(), 1).expect_err("errors");
        let hints: Vec<(&str, &str)> = problems
            .iter()
            .filter(|p| p.message.starts_with("duplicate slug"))
            .map(|p| (p.path.as_str(), p.hint.as_deref().unwrap_or("")))
            .collect();
        let first = |path: &str| format!("{path} has the same slug; slugs are unique across projects and posts");
        assert_eq!(hints.len(), 2, "{problems:?}");
        assert!(hints.contains(&("x/posts/A.md", first("x/projects/a.md").as_str())), "{hints:?}");
        assert!(hints.contains(&("x/projects/B.md", first("x/posts/b.md").as_str())), "{hints:?}");
    }

    /// A hasher under which every slug has the same hash.
    #[derive(Default)]
    struct Clash;

    impl std::hash::Hasher for Clash {
        fn finish(&self) -> u64 {
            7
        }
        fn write(&mut self, _: &[u8]) {}
    }

    /// Slugs are told apart by their text, not their hash: with every hash
    /// the same, only true duplicates (in any case) are reported, each
    /// naming the file that has the slug first.
    #[test]
    fn slugs_with_the_same_hash_are_not_duplicates() {
        let broken = ("posts/c.md".to_owned(), "+++\ntitle = 1\n+++\n".to_owned());
        let files = vec![
            profile(),
            item("a", 1),
            item("b", 2),
            broken,
            ("posts/A.md".to_owned(), item("x", 3).1),
            ("posts/C.md".to_owned(), item("y", 4).1),
            item("d", 5),
            ("posts/D.md".to_owned(), item("z", 6).1),
        ];
        let parsed = files.into_iter().map(|(rel, text)| parse_file("x/", &rel, text));
        let hasher = std::hash::BuildHasherDefault::<Clash>::default();
        let problems = combine_with("x/", parsed, Vec::new(), hasher).expect_err("errors");
        let mut found: Vec<(&str, &str)> = problems
            .iter()
            .filter(|p| p.message.starts_with("duplicate slug"))
            .map(|p| (p.path.as_str(), p.hint.as_deref().and_then(|h| h.split(' ').next()).unwrap_or("")))
            .collect();
        found.sort_unstable();
        assert_eq!(
            found,
            [
                ("x/posts/A.md", "x/projects/a.md"),
                ("x/posts/C.md", "x/posts/c.md"),
                ("x/posts/D.md", "x/projects/d.md")
            ]
        );
    }
}
