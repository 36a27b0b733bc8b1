//! The index of content folders: every answer through it is the answer of a
//! scan (`--no-index`), whatever happens to the folder between runs (files
//! edited, added, removed, replaced; the same size with a new mtime, the same
//! mtime with a new size, a new inode); a corrupt, truncated, foreign or
//! old-version index is rebuilt, never trusted; concurrent runs agree; a cache
//! folder that cannot be written changes nothing but speed; `--no-index` and
//! `DRYGA_NO_INDEX` write nothing; the cache goes where the environment says.
//! A few changes are written as a delta beside the index, which is left as it
//! was; many make one new index and no delta; a damaged delta, or one left
//! beside another index, is not trusted.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, SystemTime};

use proptest::prelude::*;

use crate::support::{arg, dryga, temp_dir};

/// A generated folder of `count` items, every file's mtime an hour ago and
/// its ctime (moved to now by setting the mtime) waited for: the index
/// trusts such files (files changed just before they are stat'ed are read
/// again).
pub(crate) fn folder(count: usize, seed: u64) -> tempfile::TempDir {
    let dir = temp_dir();
    dryga::synth::write_dir(dir.path(), count, seed).expect("a generated folder");
    for file in item_files(dir.path()) {
        age(&file, 3600);
    }
    settle_files(&item_files(dir.path()));
    dir
}

/// Waits until the ctimes of `files` are old enough for the index to judge
/// them settled: a fifth of a second past the latest where the file system
/// keeps fractions of a second (as here), else over two seconds in whole
/// seconds (a ctime cannot be set back).
fn settle_files(files: &[PathBuf]) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let ctimes = files.iter().filter_map(|f| fs::metadata(f).ok()).map(|m| (m.ctime(), m.ctime_nsec()));
        let Some((secs, nanos)) = ctimes.max() else { return };
        let since =
            |secs: i64, nanos: i64| Duration::new(u64::try_from(secs).unwrap_or(0), u32::try_from(nanos).unwrap_or(0));
        let settled = if nanos > 0 { since(secs, nanos) + Duration::from_millis(200) } else { since(secs + 3, 0) };
        while SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).expect("after 1970") < settled {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    #[cfg(not(unix))]
    let _ = files;
}

/// Waits until the content folder `dir` and its folders of items have
/// settled (their mtimes and ctimes over two seconds old, in whole seconds:
/// as the index judges them on a file system of whole seconds, and longer
/// than it needs elsewhere): then their listing is kept. A ctime cannot be
/// set back, so this is a wait (of up to three seconds).
#[cfg(unix)]
fn settle(dir: &Path) {
    use std::os::unix::fs::MetadataExt;
    let folders = [dir.to_owned(), dir.join("projects"), dir.join("posts")];
    let latest = folders.iter().filter_map(|f| fs::metadata(f).ok()).map(|m| m.mtime().max(m.ctime())).max();
    let now = || {
        let since = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).expect("after 1970");
        i64::try_from(since.as_secs()).expect("a time")
    };
    while latest.is_some_and(|latest| latest + 2 >= now()) {
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The item files of a folder, sorted.
fn item_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["projects", "posts"]
        .iter()
        .filter_map(|sub| fs::read_dir(dir.join(sub)).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

/// Sets a file's mtime to `secs` seconds ago.
fn age(file: &Path, secs: u64) {
    let when = SystemTime::now() - Duration::from_secs(secs);
    fs::File::options().write(true).open(file).and_then(|f| f.set_modified(when)).expect("set mtime");
}

/// Sets the mtime of whatever is at `path` (a FIFO, a folder, a link itself:
/// `touch -h`, which opens none) `secs` back.
#[cfg(unix)]
fn age_in_place(path: &Path, secs: u64) {
    let when = SystemTime::now() - Duration::from_secs(secs);
    let since = when.duration_since(SystemTime::UNIX_EPOCH).expect("after 1970").as_secs();
    let status = std::process::Command::new("touch").args(["-h", "-d", &format!("@{since}")]).arg(path).status();
    assert!(status.is_ok_and(|s| s.success()), "touch {}", path.display());
    let mtime = fs::symlink_metadata(path).and_then(|m| m.modified()).expect("an mtime");
    assert!(mtime <= when + Duration::from_secs(1), "{}", path.display());
}

/// `dryga ARGS` over `dir` with the cache folder `cache`.
fn run_in(cache: &Path, dir: &Path, args: &[&str]) -> Output {
    let mut cmd = dryga(["--content-dir", &arg(dir)]);
    cmd.args(args).env("DRYGA_CACHE_DIR", cache);
    cmd.output().expect("the binary runs")
}

/// What a run shows: exit code, stdout, stderr.
fn shown(out: &Output) -> (Option<i32>, String, String) {
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every question asked of a folder: listings, taxonomy, and searches of every kind.
const QUESTIONS: &[&[&str]] = &[
    &["list", "--kind", "all", "--json"],
    &["list", "--tag", "rust", "--format", "plain"],
    &["list", "--domain", "fintech", "--json"],
    &["tags", "--json"],
    &["domains", "--json"],
    &["search", "latency", "--json"],
    &["search", "cloud costs", "--limit", "5", "--json"],
    &["search", "\"cloud costs\"", "--json"],
    &["search", "kube*", "--limit", "3", "--json"],
    &["search", "Latency", "--case-sensitive", "--json"],
    &["search", "deploy", "--regex", "--limit", "4", "--json"],
    &["search", "terrafrom", "--json"],
    &["search", "kube", "--json"],
    &["search", "zanzibar", "--json"],
    &["search", "memory security", "--limit", "6", "--json"],
    // One letter: every form of the dictionary is looked at (the lists of
    // those it matches read).
    &["search", "a", "--limit", "2", "--json"],
    &["search", "open-source", "--kind", "post", "--json"],
    &["search", "payments", "--tag", "rust"],
    // A filter, with a technology's name (its tags read again) and a phrase.
    &["search", "react", "--kind", "post", "--json"],
    &["search", "\"open source\" rust", "--kind", "project", "--json"],
    // The forms only some documents have (`Edit::Worded`): an irregular
    // verb, a contraction, a dotted name, a name ending in a capital, a
    // word broken by a soft hyphen.
    &["search", "lead rebuild", "--json"],
    &["search", "should ipsp", "--json"],
    &["search", "quokkaos kubernetes", "--json"],
    // Terms written another way too (`src/query/search/alias.rs`): Kubernetes
    // as "k8s" (one word each way), GCP as "Google Cloud" (a phrase).
    &["search", "k8s latency", "--json"],
    &["search", "gcp kubernetes", "--json"],
    // Text: a body snippet names its section and the `show --section` command.
    &["search", "latency", "--limit", "20"],
    &["export", "--format", "json"],
    &["show", "project-3", "--format", "json"],
    &["resume", "--format", "json-resume"],
];

/// Asks every question with the index (in `cache`) and without, and compares.
fn agrees(cache: &Path, dir: &Path, context: &str) {
    for question in QUESTIONS {
        let indexed = shown(&run_in(cache, dir, question));
        let mut scan_args = vec!["--no-index"];
        scan_args.extend_from_slice(question);
        let scanned = shown(&run_in(cache, dir, &scan_args));
        assert_eq!(indexed, scanned, "{context}: {question:?}");
    }
}

/// The index file of the cache folder (there is one folder indexed in each test's cache).
fn index_file(cache: &Path) -> PathBuf {
    let files: Vec<PathBuf> = fs::read_dir(cache)
        .expect("the cache folder exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "idx"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

/// The delta beside the index of the cache folder, when there is one.
fn delta_file(cache: &Path) -> Option<PathBuf> {
    Some(index_file(cache).with_extension("delta")).filter(|p| p.exists())
}

/// What the cache folder holds: the index, and the delta when there is one.
fn cached(cache: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
    (fs::read(index_file(cache)).expect("index"), delta_file(cache).map(|p| fs::read(p).expect("delta")))
}

/// One change to a folder.
#[derive(Debug, Clone)]
enum Edit {
    /// A word of an item's body changed, the size kept, the mtime moved.
    SameSize(usize),
    /// Text added to an item, the mtime put back as it was.
    SameMtime(usize),
    /// An item replaced by a new file (a new inode), size and mtime as before.
    Replaced(usize),
    /// A new title and tags for an item.
    Retitled(usize, String),
    /// An item removed.
    Removed(usize),
    /// A new item.
    Added(usize),
    /// A file made invalid, then (next edit on it) still there: errors must match.
    Broken(usize),
    /// Twenty items edited at once: more than a delta holds.
    Many(usize),
    /// A sentence of words matched by their own rules added to an item.
    Worded(usize),
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..60usize).prop_map(Edit::SameSize),
        (0..60usize).prop_map(Edit::SameMtime),
        (0..60usize).prop_map(Edit::Replaced),
        (0..60usize, "[a-z]{3,9}( [a-z]{2,9}){0,2}").prop_map(|(i, t)| Edit::Retitled(i, t)),
        (0..60usize).prop_map(Edit::Removed),
        (0..1000usize).prop_map(Edit::Added),
        (0..60usize).prop_map(Edit::Broken),
        (0..60usize).prop_map(Edit::Many),
        (0..60usize).prop_map(Edit::Worded),
    ]
}

/// The bytes of `text` with one letter swapped for another, its length
/// the same: in the last `latency` or `cloud`, else the last letter (the
/// body's end). Never the same bytes: an edit that changed nothing would
/// leave a stale answer and a fresh one alike.
fn one_letter_swapped(text: String) -> Vec<u8> {
    let at = text.rfind("latency").or_else(|| text.rfind("cloud"));
    let at = at.or_else(|| text.bytes().rposition(|b| b.is_ascii_alphabetic())).expect("a letter");
    let mut bytes = text.into_bytes();
    bytes[at] = if bytes[at] == b'z' { b'q' } else { b'z' };
    bytes
}

/// Applies `edit` to the folder `dir`.
fn apply(dir: &Path, edit: &Edit) {
    let files = item_files(dir);
    let pick = |i: usize| files.get(i % files.len().max(1)).cloned();
    let mtime = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).expect("mtime");
    match edit {
        Edit::SameSize(i) => {
            let Some(p) = pick(*i) else { return };
            fs::write(&p, one_letter_swapped(fs::read_to_string(&p).expect("read"))).expect("write");
            age(&p, 1800);
        }
        Edit::SameMtime(i) => {
            let Some(p) = pick(*i) else { return };
            let before = mtime(&p);
            let mut text = fs::read_to_string(&p).expect("read");
            text.push_str("\nZanzibar latency appendix.\n");
            fs::write(&p, text).expect("write");
            fs::File::options().write(true).open(&p).and_then(|f| f.set_modified(before)).expect("mtime");
        }
        Edit::Replaced(i) => {
            let Some(p) = pick(*i) else { return };
            let before = mtime(&p);
            let bytes = one_letter_swapped(fs::read_to_string(&p).expect("read"));
            let tmp = p.with_extension("tmp");
            fs::write(&tmp, bytes).expect("write");
            fs::File::options().write(true).open(&tmp).and_then(|f| f.set_modified(before)).expect("mtime");
            fs::rename(&tmp, &p).expect("rename");
        }
        Edit::Retitled(i, title) => {
            let Some(p) = pick(*i) else { return };
            let text = fs::read_to_string(&p).expect("read");
            let text: String = text
                .lines()
                .map(|l| {
                    if l.starts_with("title = ") {
                        format!("title = {title:?}")
                    } else if l.starts_with("tags = ") {
                        "tags = [\"zanzibar\", \"rust\"]".to_owned()
                    } else {
                        l.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            fs::write(&p, text + "\n").expect("write");
            age(&p, 600);
        }
        Edit::Removed(i) => {
            if let Some(p) = pick(*i) {
                fs::remove_file(p).expect("remove");
            }
        }
        Edit::Added(n) => {
            let item = &dryga::synth::items(1, *n as u64 + 99)[0];
            let p = dir.join(item.kind.folder()).join(format!("added-{n}.md"));
            fs::write(&p, dryga::synth::source(item)).expect("write");
            age(&p, 900);
        }
        Edit::Broken(i) => {
            let Some(p) = pick(*i) else { return };
            fs::write(&p, "+++\ntitle = \n+++\n").expect("write");
            age(&p, 700);
        }
        Edit::Worded(i) => {
            let Some(p) = pick(*i) else { return };
            let text = fs::read_to_string(&p).expect("read")
                + "\nWe led the IPSP.com team and rebuilt it; it should've run on quokkaOS's Kuber\u{AD}netes nodes.\n";
            fs::write(&p, text).expect("write");
            age(&p, 800);
        }
        Edit::Many(i) => {
            for k in 0..20 {
                let Some(p) = pick(i + k * 2) else { return };
                let text = fs::read_to_string(&p).expect("read");
                fs::write(&p, text.replace("latency", "LATENCY") + &format!("\nZanzibar revision {k}.\n"))
                    .expect("write");
                age(&p, 500);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, failure_persistence: None, ..ProptestConfig::default() })]

    /// Random edits between runs: every answer through the index is the scan's.
    #[test]
    fn answers_through_the_index_are_the_scans(seed in 1u64..1000, rounds in proptest::collection::vec(proptest::collection::vec(edit_strategy(), 1..4), 2..4)) {
        let dir = folder(60, seed);
        let cache = temp_dir();
        agrees(cache.path(), dir.path(), "first run");
        for (n, edits) in rounds.iter().enumerate() {
            for edit in edits {
                apply(dir.path(), edit);
            }
            agrees(cache.path(), dir.path(), &format!("after round {n}: {edits:?}"));
        }
    }
}

#[test]
fn each_kind_of_change_is_seen() {
    let dir = folder(30, 5);
    let cache = temp_dir();
    agrees(cache.path(), dir.path(), "built");
    for (edit, what) in [
        (Edit::SameSize(3), "same size, new mtime"),
        (Edit::SameMtime(4), "same mtime, new size"),
        (Edit::Replaced(5), "a new inode, same size and mtime"),
        (Edit::Retitled(6, "zanzibar retitled".to_owned()), "new fields"),
        (Edit::Removed(7), "removed"),
        (Edit::Added(8), "added"),
        (Edit::Worded(10), "words matched by their own rules"),
        (Edit::Worded(11), "the same words in another item"),
        (Edit::Broken(9), "broken"),
    ] {
        apply(dir.path(), &edit);
        agrees(cache.path(), dir.path(), what);
        if let Edit::Worded(_) = edit {
            // The questions asked of the worded items find them (not two errors alike).
            let found = |q: &str| {
                let out = run_in(cache.path(), dir.path(), &["search", q, "--format", "ndjson"]);
                String::from_utf8_lossy(&out.stdout).lines().count()
            };
            let worded = if what.starts_with("words") { 1 } else { 2 };
            for q in ["lead rebuild", "should ipsp", "quokkaos kubernetes"] {
                assert_eq!(found(q), worded, "{q} after {what}");
            }
        }
    }
}

/// The index reads hits' bodies a batch at a time (256): hits past the first
/// batches have the scan's snippets, sections and `show --section` lines.
#[test]
fn hits_past_a_batch_of_bodies_are_the_scans() {
    let dir = folder(800, 5);
    let cache = temp_dir();
    // Wide enough for a section's command, which names the folder
    // (`dryga --content-dir DIR show …`) on one line or not at all.
    for question in [&["search", "latency", "--width", "200"][..], &["search", "latency", "--json"]] {
        let indexed = shown(&run_in(cache.path(), dir.path(), question));
        let mut scan_args = vec!["--no-index"];
        scan_args.extend_from_slice(question);
        assert_eq!(indexed, shown(&run_in(cache.path(), dir.path(), &scan_args)), "{question:?}");
        if !question.contains(&"--json") {
            let hits = indexed.1.split("\n\n").count();
            assert!(hits > 2 * 256, "{hits} hits: not past two batches");
            let last = indexed.1.split("\n\n").skip(2 * 256).collect::<Vec<_>>().join("\n\n");
            assert!(last.contains(" --section "), "no section command past the second batch");
        }
    }
}

/// A search that shows every hit ranks each one as it is made (on the
/// threads that make them) and puts them in order once made; one whose
/// limit leaves a hit out ranks them all first. Either way, the scan's hits
/// in the scan's order (ties in the site's order, then the items': every
/// item has the same place in the site's order here): with no limit, a
/// limit of every hit or one more, and one less.
#[test]
fn hits_ranked_as_they_are_made_come_in_the_scan_s_order() {
    let dir = folder(800, 5);
    for file in item_files(dir.path()) {
        reorder(&file, 1);
    }
    let cache = temp_dir();
    let question = ["search", "latency", "--format", "ndjson"];
    let scan =
        |extra: &[&str]| shown(&run_in(cache.path(), dir.path(), &[&["--no-index"][..], &question, extra].concat()));
    let all = scan(&[]).1;
    let every = all.lines().count();
    assert!(every > 2 * 256, "{every} hits: not past two batches");
    // Hits of one kind and one score next to each other: ties the items' order decides.
    let keys: Vec<(String, String)> = all
        .lines()
        .map(|line| {
            let hit: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            (hit["kind"].to_string(), hit["score"].to_string())
        })
        .collect();
    assert!(keys.windows(2).any(|w| w[0] == w[1]), "no two hits tie");
    for limit in [None, Some(every - 1), Some(every), Some(every + 1)] {
        let limit = limit.map(|n| n.to_string());
        let extra: Vec<&str> = limit.iter().flat_map(|n| ["--limit", n.as_str()]).collect();
        let indexed = shown(&run_in(cache.path(), dir.path(), &[&question[..], &extra].concat()));
        assert_eq!(indexed, scan(&extra), "{extra:?}");
    }
}

/// A generated folder of `count` items (`seed`), its cache, and the folder
/// opened through a new index on one thread, with its items' fields.
fn opened_on_one_thread(count: usize, seed: u64) -> (tempfile::TempDir, tempfile::TempDir, dryga::index::Opened) {
    let dir = folder(count, seed);
    let cache = temp_dir();
    let opened =
        dryga::index::open(dir.path(), cache.path(), 1, dryga::index::Load::Fields).expect("opened").expect("an index");
    (dir, cache, opened)
}

/// What a search's hits say, one line each: slug, score, snippets and
/// the words matched (to compare two searches' hits).
fn said(hits: &[dryga::query::search::Hit<'_>]) -> Vec<String> {
    hits.iter().map(|h| format!("{} {} {:?} {:?}", h.item.slug, h.score, h.snippets, h.matched)).collect()
}

/// Hits past one batch of bodies are made on several threads, each a
/// stretch of batches: the same hits, in the same order, as on one.
#[test]
fn hits_made_on_several_threads_are_those_made_on_one() {
    use dryga::query::search::{CaseMode, Options, parse, search_forgiving_indexed};
    let (_dir, _cache, opened) = opened_on_one_thread(800, 5);
    let items: Vec<_> = opened.loaded.corpus.items.iter().collect();
    let query = parse("latency", CaseMode::Smart, false).expect("a query");
    let on = |threads| {
        let options = Options { threads, ..Options::default() };
        let outcome = search_forgiving_indexed(&opened.index, &items, &query, options).expect("searched");
        said(&outcome.hits)
    };
    let one = on(1);
    assert!(one.len() > 2 * 256, "{} hits: not past two batches", one.len());
    for threads in [2, 3] {
        assert_eq!(on(threads), one, "{threads} threads");
    }
}

/// A query of several words reads them on two threads, half each, every
/// word's forms numbered apart and then in turn: the same hits, scores,
/// snippets and matched words as on one thread, and as the scan's (two
/// words that match the same place included, and a case-sensitive query).
#[test]
fn a_query_s_words_read_on_two_threads_are_those_read_on_one() {
    use dryga::query::search::{CaseMode, Options, parse, search_forgiving, search_forgiving_indexed};
    let (dir, _cache, opened) = opened_on_one_thread(300, 4);
    let items: Vec<_> = opened.loaded.corpus.items.iter().collect();
    // The items read from their files, bodies and all, for the scan.
    let read = dryga::content::load(Some(dir.path())).expect("the folder loads").corpus;
    let read: Vec<_> = read.items.iter().collect();
    let queries = [
        ("\"cloud costs\"", CaseMode::Smart),
        ("rust cloud latency", CaseMode::Smart),
        ("\"cloud costs\" laten*", CaseMode::Smart),
        ("Latency latencies", CaseMode::Smart),
        ("cloud clouds rust", CaseMode::Smart),
        ("Latency latency", CaseMode::Sensitive),
    ];
    for (q, case) in queries {
        let query = parse(q, case, false).expect("a query");
        let on = |threads| {
            let options = Options { threads, ..Options::default() };
            let outcome = search_forgiving_indexed(&opened.index, &items, &query, options).expect("searched");
            said(&outcome.hits)
        };
        let one = on(1);
        assert!(!one.is_empty(), "{q}: no hit");
        assert_eq!(on(2), one, "{q}");
        let scan = search_forgiving(&read, &query, Options { threads: 1, ..Options::default() });
        assert_eq!(said(&scan.hits), one, "{q}: not the scan's");
    }
}

/// A filtered search whose words are read again where they match (a
/// technology's name, `react`; a phrase in tags) answers from the index and
/// keeps it: it took itself for unusable there, was removed, and the next
/// command built it again.
#[test]
fn a_filtered_search_that_reads_matches_again_keeps_the_index() {
    let dir = folder(60, 7);
    let cache = temp_dir();
    agrees(cache.path(), dir.path(), "built");
    let (index, _) = cached(cache.path());
    for q in [
        &["search", "react", "--kind", "post", "--json"][..],
        &["search", "\"open source\"", "--kind", "post", "--json"],
    ] {
        let out = run_in(cache.path(), dir.path(), q);
        let hits: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert!(hits.as_array().is_some_and(|h| !h.is_empty()), "{q:?}: no hit, nothing read again");
        assert_eq!(shown(&out), shown(&run_in(cache.path(), dir.path(), &[&["--no-index"][..], q].concat())), "{q:?}");
        assert!(index_file(cache.path()).exists(), "{q:?}: the index was removed");
        assert_eq!(cached(cache.path()).0, index, "{q:?}: the index is kept");
    }
}

/// A phrase's words are of one tag and of one block of Markdown, through
/// the index as in a scan: the tags "saas, rule-tables" hold no phrase
/// "saas rule" (nor does the query "saas rule" have its words in a row
/// there, for the boost), one tag `saas-rule` does; "rule tables" is within
/// one tag. A heading and the paragraph under it hold no phrase "slow
/// built", two list items none "tooling cdn" (nor two numbered ones
/// "measure removing"), two table cells none "slow cdn"; each block's own
/// words are phrases, a quote's lines' and a paragraph's whose line starts
/// with a year and a dot ("the year 2024") too.
#[test]
fn a_phrase_is_within_one_tag_and_one_block_through_the_index_as_in_a_scan() {
    let (dir, cache) = (temp_dir(), temp_dir());
    let item = |slug: &str, summary: &str, tags: &str, order: u32, body: &str| {
        let text = format!(
            "+++\ntitle = \"{slug}\"\nsummary = \"{summary}\"\ndomain = \"web\"\ntags = [{tags}]\norder = {order}\n+++\n\n{body}\n"
        );
        fs::write(dir.path().join(format!("projects/{slug}.md")), text).expect("write");
    };
    fs::create_dir_all(dir.path().join("projects")).expect("mkdir");
    let profile = "name = \"T\"\nhandle = \"t\"\nheadline = \"H\"\nsummary = \"S.\"\n";
    fs::write(dir.path().join("profile.toml"), profile).expect("write");
    let engine = "Decision engine SaaS for rule tables.";
    item("gandalf", "A decision engine.", "\"open-source\", \"saas\", \"rule-tables\"", 1, engine);
    item("other", "Saas rule engine.", "\"saas-rule\"", 2, engine);
    let blocks = "### Frontend Was Slow\n\nBuilt on React.\n\n- custom tooling\n- CDN cost\n\n| slow | cdn |\n|---|---|\n\n\
        1. Measure\n2. Removing\n\n> quote one ends salmon\n> quote two trout\n\nIn the year\n2024. A year of growth.\n\n\
        Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, see <span class=\"x\">docs</span>.\n\nIt returns Option<String>.\n";
    item("frontend", "A frontend.", "\"web\"", 3, blocks);
    // Settled: the warm run answers from the index, not from the files.
    for file in item_files(dir.path()) {
        age(&file, 3600);
    }
    settle_files(&item_files(dir.path()));
    let found = |args: &[&str]| {
        let out = run_in(cache.path(), dir.path(), args);
        // Found (0), or nothing found (1) and said so as `[]`.
        assert!(out.status.code().is_some_and(|code| code <= 1), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let hits: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let hits = hits.as_array().cloned().unwrap_or_default();
        let said: Vec<(String, Vec<String>, String)> = hits
            .iter()
            .map(|h| {
                let fields = h["snippets"].as_array().into_iter().flatten();
                let fields = fields.map(|s| s["field"].as_str().unwrap_or("").to_owned()).collect();
                (h["slug"].as_str().unwrap_or("").to_owned(), fields, h["score"].to_string())
            })
            .collect();
        said
    };
    for (q, slugs) in [
        ("\"saas rule\"", &["other"][..]),
        ("\"rule tables\"", &["gandalf", "other"]),
        ("saas rule", &["other", "gandalf"]),
        ("\"slow built\"", &[]),
        ("\"tooling cdn\"", &[]),
        ("\"slow cdn\"", &[]),
        ("\"was slow\"", &["frontend"]),
        ("\"built on react\"", &["frontend"]),
        ("\"custom tooling\"", &["frontend"]),
        ("\"cdn cost\"", &["frontend"]),
        ("\"measure removing\"", &[]),
        ("\"salmon quote two\"", &["frontend"]),
        ("\"the year 2024\"", &["frontend"]),
        ("slow built", &["frontend"]),
        // An inline tag is no words, and parts none: `show` prints the text it marks.
        ("kbd", &[]),
        ("class", &[]),
        ("\"press ctrl\"", &["frontend"]),
        ("\"see docs\"", &["frontend"]),
        // Any other tag is shown as written, and searched so.
        ("\"option string\"", &["frontend"]),
    ] {
        let scan = found(&["--no-index", "search", q, "--json"]);
        let shown: Vec<&str> = scan.iter().map(|(slug, ..)| slug.as_str()).collect();
        assert_eq!(shown, slugs, "{q}: {scan:?}");
        // Built, then warm.
        assert_eq!(found(&["search", q, "--json"]), scan, "{q}, building the index");
        assert_eq!(found(&["search", q, "--json"]), scan, "{q}, through the index");
    }
    // Gandalf's tags hold the words apart only: no tags snippet for the phrase.
    let apart = found(&["search", "\"rule tables\"", "--json"]);
    assert_eq!(apart[0].1, ["tags", "body"], "{apart:?}");
    // Gandalf has the words in a row in neither order (its tags hold them
    // apart): the same score both ways, with no boost for a row.
    let hit = |slug: &str, q: &str| found(&["search", q, "--json"]).into_iter().find(|(s, ..)| s == slug);
    let (ab, ba) = (hit("gandalf", "saas rule"), hit("gandalf", "rule saas"));
    assert!(ab.is_some() && ab.as_ref().map(|g| &g.2) == ba.as_ref().map(|g| &g.2), "{ab:?} {ba:?}");
    // The same for the frontend's heading and the paragraph under it.
    let (ab, ba) = (hit("frontend", "slow built"), hit("frontend", "built slow"));
    assert!(ab.is_some() && ab.as_ref().map(|g| &g.2) == ba.as_ref().map(|g| &g.2), "{ab:?} {ba:?}");
}

/// A search of every item loads the corpus without its items: the index
/// gives those the search asks for, and the outcome is the one over the
/// corpus loaded whole (hits, their order, snippets, the typo fallback).
/// (That it makes only its hits' items is `src/index`'s
/// `a_served_search_makes_only_the_items_of_its_hits`.)
#[test]
fn a_search_of_every_item_loads_no_item_and_answers_as_the_corpus_loaded_whole() {
    use dryga::index::Load;
    use dryga::query::search::{CaseMode, Index, Options, parse, search_forgiving_indexed, search_forgiving_served};
    let dir = folder(300, 4);
    let cache = temp_dir();
    let whole = dryga::index::open(dir.path(), cache.path(), 2, Load::Fields).expect("opened").expect("an index");
    let served = dryga::index::open(dir.path(), cache.path(), 2, Load::Search).expect("opened").expect("an index");
    assert!(served.loaded.corpus.items.is_empty());
    assert_eq!(served.index.served().map(<[u32]>::len), Some(whole.loaded.corpus.items.len()));
    assert_eq!(whole.index.served(), None);
    let items: Vec<_> = whole.loaded.corpus.items.iter().collect();
    let shown = |outcome: &dryga::query::search::Outcome<dryga::query::search::Hit<'_>>| {
        (said(&outcome.hits), outcome.corrected.clone(), outcome.try_prefix.clone(), outcome.prefix_finds.clone())
    };
    for q in ["latency", "zanzibar", "\"cloud costs\"", "kube", "terrafrom", "a", "deploy"] {
        let query = parse(q, CaseMode::Smart, q == "deploy").expect("a query");
        let options = Options { threads: 2, ..Options::default() };
        let expected = search_forgiving_indexed(&whole.index, &items, &query, options).expect("searched");
        let outcome = search_forgiving_served(&served.index, &query, options).expect("searched").expect("served");
        assert_eq!(shown(&outcome), shown(&expected), "{q}");
    }
    // The corpus's items in its order, each made once it is asked for.
    let order = served.index.served().expect("served");
    for (doc, item) in order.iter().zip(&whole.loaded.corpus.items) {
        assert_eq!(served.index.fields(*doc).expect("fields"), item);
    }
}

/// [`run_in`], failing after a minute instead of waiting for good (for runs
/// that a FIFO in the cache folder could block; the output must be small).
fn within_a_minute(cache: &Path, dir: &Path, args: &[&str]) -> Output {
    let mut cmd = dryga(["--content-dir", &arg(dir)]);
    cmd.args(args).env("DRYGA_CACHE_DIR", cache);
    let mut child =
        cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().expect("runs");
    let start = std::time::Instant::now();
    while child.try_wait().expect("waited").is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("dryga {args:?} did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("its output")
}

/// A FIFO where a cache file goes (the index, its delta, its lock, the
/// temporary file a write makes) blocks nothing: the answer is the scan's;
/// a symbolic link there is not followed.
#[cfg(unix)]
#[test]
fn a_fifo_or_a_link_in_place_of_a_cache_file_blocks_nothing_and_leads_nowhere() {
    let dir = folder(12, 4);
    let cache = temp_dir();
    run_in(cache.path(), dir.path(), &["list"]);
    let index = index_file(cache.path());
    let mut tmp = index.clone().into_os_string();
    tmp.push(".tmp");
    for (at, what) in [
        (index.clone(), "the index"),
        (index.with_extension("delta"), "the delta"),
        (index.with_extension("lock"), "the lock"),
        (PathBuf::from(tmp), "the temporary file"),
    ] {
        let _ = fs::remove_file(&at);
        match what {
            // An index there (the run before removed it): its delta is looked up.
            "the delta" => {
                run_in(cache.path(), dir.path(), &["list"]);
                assert!(index.exists(), "no index to look the delta up beside");
            }
            // No index: this run writes one (or tries to).
            "the lock" | "the temporary file" => {
                let _ = fs::remove_file(&index);
            }
            _ => {}
        }
        let status = std::process::Command::new("mkfifo").arg(&at).status();
        assert!(status.is_ok_and(|s| s.success()), "mkfifo");
        let question = ["list", "--kind", "all", "--json"];
        let indexed = shown(&within_a_minute(cache.path(), dir.path(), &question));
        let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "list", "--kind", "all", "--json"]));
        assert_eq!(indexed, scanned, "a FIFO at {what}");
        let _ = fs::remove_file(&at);
    }
    // A symbolic link where the lock or the temporary file goes is not
    // followed: nothing is made (or truncated) outside the cache folder.
    let outside = temp_dir();
    let mut tmp = index.clone().into_os_string();
    tmp.push(".tmp");
    for (at, what) in [(index.with_extension("lock"), "the lock"), (PathBuf::from(tmp), "the temporary file")] {
        let _ = fs::remove_file(&index);
        let target = outside.path().join("made");
        let _ = fs::remove_file(&at);
        std::os::unix::fs::symlink(&target, &at).expect("a link");
        let out = run_in(cache.path(), dir.path(), &["list", "--kind", "all", "--json"]);
        assert_eq!(out.status.code(), Some(0), "a link at {what}");
        assert!(!target.exists(), "{what} followed its link out of the cache folder");
        let _ = fs::remove_file(&at);
    }
}

/// Whether the file name `name` has the extension `ext`.
/// A FIFO in place of `projects/` or `posts/` blocks nothing through the
/// index: the folder is reported as a scan reports it, at once.
#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_an_item_folder_blocks_nothing() {
    for sub in ["projects", "posts"] {
        let dir = folder(12, 6);
        let cache = temp_dir();
        fs::remove_dir_all(dir.path().join(sub)).expect("removed");
        let status = std::process::Command::new("mkfifo").arg(dir.path().join(sub)).status();
        assert!(status.is_ok_and(|s| s.success()), "mkfifo");
        for args in [&["list", "--kind", "all"][..], &["search", "latency"], &["list", "--kind", "all"]] {
            let indexed = shown(&within_a_minute(cache.path(), dir.path(), args));
            let mut scan = vec!["--no-index"];
            scan.extend_from_slice(args);
            assert_eq!(indexed, shown(&run_in(cache.path(), dir.path(), &scan)), "{sub}: {args:?}");
            assert!(indexed.2.contains("cannot read folder"), "{sub}: {}", indexed.2);
        }
    }
}

/// The names of the files in the cache folder, sorted.
fn names(cache: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(cache)
        .expect("cache")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn has_ext(name: &str, ext: &str) -> bool {
    Path::new(name).extension().is_some_and(|e| e == ext)
}

/// The files `a_new_index_removes_those_of_folders_that_are_gone` puts in
/// the cache that a warm run leaves alone.
fn left_alone() -> &'static [&'static str] {
    if cfg!(unix) {
        &[
            "busy.idx.tmp",
            "folder.idx",
            "foreign.tmp",
            "left.idx.tmp",
            "left.list.tmp",
            "left.order.tmp",
            "link.idx",
            "notes.idx",
            "orphan.list",
            "orphan.order",
            "pipe.idx",
            "recent.order",
        ]
    } else {
        &[
            "busy.idx.tmp",
            "foreign.tmp",
            "left.idx.tmp",
            "left.list.tmp",
            "left.order.tmp",
            "notes.idx",
            "orphan.list",
            "orphan.order",
            "recent.order",
        ]
    }
}

/// A new index lets go of the indexes (and deltas, orders, kept listings and lock files)
/// of folders that are gone, once not written for a week, of orders and listings whose
/// index was removed a week ago, and of its own temporary files left an hour ago; the index of a folder still there, a
/// gone folder's index written lately, a fresh temporary file, another
/// program's old one and a file that is not an index are left alone.
#[test]
fn a_new_index_removes_those_of_folders_that_are_gone() {
    let cache = temp_dir();
    let (kept, gone) = (folder(12, 1), folder(12, 2));
    run_in(cache.path(), kept.path(), &["list"]);
    run_in(cache.path(), gone.path(), &["list"]);
    // A delta beside the index of the folder that goes.
    let p = &item_files(gone.path())[0];
    fs::write(p, fs::read_to_string(p).expect("read") + "\nAn edit.\n").expect("write");
    age(p, 60);
    run_in(cache.path(), gone.path(), &["list"]);
    // A search of the unchanged folder keeps its items' order beside its index.
    run_in(cache.path(), gone.path(), &["search", "latency"]);
    let before = names(cache.path());
    assert_eq!(before.iter().filter(|n| has_ext(n, "delta")).count(), 1, "{before:?}");
    let gone_files: Vec<String> = {
        let gone_index = before.iter().find(|n| has_ext(n, "delta")).expect("a delta").replace(".delta", "");
        before.iter().filter(|n| n.starts_with(&gone_index)).cloned().collect()
    };
    assert_eq!(gone_files.len(), 4, "index, delta, order, lock: {gone_files:?}");
    // A listing kept beside it (the folder's folders have not settled: none was).
    let listing = gone_files.iter().find(|n| has_ext(n, "idx")).expect("an index").replace(".idx", ".list");
    fs::write(cache.path().join(&listing), "a listing").expect("write");
    let gone_files: Vec<String> = gone_files.into_iter().chain([listing]).collect();
    let before = names(cache.path());
    fs::write(cache.path().join("notes.idx"), "not an index").expect("write");
    for left in ["left.idx.tmp", "left.order.tmp", "left.list.tmp"] {
        fs::write(cache.path().join(left), "half").expect("write");
        age(&cache.path().join(left), 7200);
    }
    // Orders and listings whose index was removed by hand: an old one goes, a recent one stays.
    fs::write(cache.path().join("orphan.order"), "an order").expect("write");
    age(&cache.path().join("orphan.order"), 8 * 24 * 3600);
    fs::write(cache.path().join("orphan.list"), "a listing").expect("write");
    age(&cache.path().join("orphan.list"), 8 * 24 * 3600);
    fs::write(cache.path().join("recent.order"), "an order").expect("write");
    fs::write(cache.path().join("busy.idx.tmp"), "half").expect("write");
    fs::write(cache.path().join("foreign.tmp"), "another program's").expect("write");
    age(&cache.path().join("foreign.tmp"), 7200);
    // A FIFO named like an index is not opened (opening it would block), nor
    // is a folder or a symbolic link.
    #[cfg(unix)]
    {
        let status = std::process::Command::new("mkfifo").arg(cache.path().join("pipe.idx")).status();
        assert!(status.is_ok_and(|s| s.success()), "mkfifo");
        fs::create_dir(cache.path().join("folder.idx")).expect("a folder");
        std::os::unix::fs::symlink(cache.path().join("nowhere"), cache.path().join("link.idx")).expect("a link");
        // Old enough to go, were they indexes of folders gone: what keeps
        // them is what they are, not their age.
        for name in ["pipe.idx", "folder.idx", "link.idx", "notes.idx"] {
            age_in_place(&cache.path().join(name), 8 * 24 * 3600);
        }
    }
    drop(gone);
    // A warm run over the folder still there does not look at the cache folder.
    run_in(cache.path(), kept.path(), &["list"]);
    let extra = left_alone();
    assert_eq!(names(cache.path()), {
        let mut b = before.clone();
        b.extend(extra.iter().map(|n| (*n).to_owned()));
        b.sort();
        b
    });
    // A new index does (within a minute: a FIFO opened would block it); the
    // gone folder's index, written lately, stays (its drive may be out).
    let new = folder(12, 3);
    assert_eq!(within_a_minute(cache.path(), new.path(), &["list"]).status.code(), Some(0));
    let after = names(cache.path());
    for name in &gone_files {
        assert!(after.contains(name), "{name} removed too early: {after:?}");
    }
    // Not written for a week, it goes with the next new index.
    for name in &gone_files {
        age(&cache.path().join(name), 8 * 24 * 3600);
    }
    let newer = folder(12, 5);
    assert_eq!(within_a_minute(cache.path(), newer.path(), &["list"]).status.code(), Some(0));
    let after = names(cache.path());
    for name in &gone_files {
        assert!(!after.contains(name), "{name} left: {after:?}");
    }
    let left = ["left.idx.tmp", "left.order.tmp", "left.list.tmp", "orphan.order", "orphan.list"];
    assert!(!left.iter().any(|n| after.contains(&(*n).to_owned())), "{after:?}");
    for name in extra.iter().filter(|n| !left.contains(n)) {
        assert!(after.contains(&(*name).to_owned()), "{name} removed: {after:?}");
    }
    assert_eq!(after.iter().filter(|n| has_ext(n, "idx") && !extra.contains(&n.as_str())).count(), 3, "{after:?}");
    // The folder still there answers from its index, as before.
    agrees(cache.path(), kept.path(), "after another folder's index was removed");
}

/// Sets the `order = N` line of an item file (its place among its kind), the mtime an hour back.
fn reorder(file: &Path, order: u32) {
    let text = fs::read_to_string(file).expect("read");
    let text: String = text
        .lines()
        .map(|l| if l.starts_with("order = ") { format!("order = {order}") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(file, text + "\n").expect("write");
    age(file, 3600);
}

/// A change made to a folder by a test, named.
type Change<'a> = Box<dyn Fn() + 'a>;

/// The name (without `.md`) of the first project file of the folder `dir`.
fn first_project(dir: &Path) -> String {
    let files = item_files(dir);
    let project = files.iter().find(|f| f.starts_with(dir.join("projects"))).and_then(|f| f.file_stem());
    project.expect("a project").to_string_lossy().into_owned()
}

/// The changes [`the_first_search_after_a_change_answers_as_a_scan`] makes
/// to the folder `dir` (of `files`, `broken` among them, whose `text` it
/// puts back), in turn, each named.
fn changes_in<'a>(
    dir: &'a Path,
    files: &'a [PathBuf],
    broken: &'a Path,
    text: &'a [u8],
) -> Vec<(&'static str, Change<'a>)> {
    vec![
        ("a body edited", Box::new(move || apply(dir, &Edit::SameSize(5)))),
        ("an item moved last", Box::new(move || reorder(&files[7], 9999))),
        ("an item moved first", Box::new(move || reorder(&files[20], 0))),
        (
            "two moved",
            Box::new(move || {
                reorder(&files[3], 500);
                reorder(&files[30], 1);
            }),
        ),
        ("an item added", Box::new(move || apply(dir, &Edit::Added(3)))),
        (
            "an item that sorts first added",
            Box::new(move || {
                let item = &dryga::synth::items(1, 77)[0];
                let file = dir.join(item.kind.folder()).join("aaa-first.md");
                fs::write(&file, dryga::synth::source(item)).expect("write");
                reorder(&file, 0);
            }),
        ),
        ("an item removed", Box::new(move || apply(dir, &Edit::Removed(11)))),
        ("a title and tags changed", Box::new(move || apply(dir, &Edit::Retitled(14, "zanzibar moved".to_owned())))),
        (
            "a file broken",
            Box::new(move || {
                fs::write(broken, "+++\ntitle = \n+++\n").expect("write");
                age(broken, 3600);
            }),
        ),
        (
            "the broken file mended",
            Box::new(move || {
                fs::write(broken, text).expect("write");
                reorder(broken, 3);
            }),
        ),
        (
            "a post with a project's slug",
            Box::new(move || {
                let twin = dir.join("posts").join(format!("{}.md", first_project(dir)));
                fs::write(&twin, "+++\ntitle = \"Twin\"\nsummary = \"A twin.\"\ntags = [\"rust\"]\norder = 2\n+++\n\nLatency twin.\n")
                .expect("write");
                age(&twin, 3600);
            }),
        ),
        (
            "the post removed",
            Box::new(move || {
                fs::remove_file(dir.join("posts").join(format!("{}.md", first_project(dir)))).expect("removed");
            }),
        ),
        ("many edited", Box::new(move || apply(dir, &Edit::Many(2)))),
    ]
}

/// The first search after a change carries the order kept before it over
/// the files read again, added and gone (their kind, order and slug put
/// them in place): every answer is the scan's, whether the change moves an
/// item or not, adds one that sorts first or last, or makes a problem (then
/// the order is worked out whole, and the scan's problems shown); and the
/// order is kept for the files written.
#[test]
fn the_first_search_after_a_change_answers_as_a_scan() {
    let dir = folder(40, 8);
    let cache = temp_dir();
    let search = ["search", "latency", "--json"];
    let first = |context: &str| {
        let indexed = shown(&run_in(cache.path(), dir.path(), &search));
        let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", "latency", "--json"]));
        assert_eq!(indexed, scanned, "{context}");
        agrees(cache.path(), dir.path(), context);
    };
    first("built");
    let files = item_files(dir.path());
    let broken = files[17 % files.len()].clone();
    let text = fs::read(&broken).expect("read");
    let changes = changes_in(dir.path(), &files, &broken, &text);
    let (order, written) = (|| read_all(cache.path(), &["order"]), || read_all(cache.path(), &["idx", "delta"]));
    let mut mended = (Vec::new(), Vec::new());
    for (context, change) in &changes {
        let before = order();
        change();
        first(context);
        // The order kept anew for the files written; none where the files
        // make a problem. With the twin post removed, the index files are
        // written as the broken file's mending wrote them (the same bytes,
        // the same key): the order kept for them then is theirs.
        match *context {
            "a file broken" | "a post with a project's slug" => {
                assert_eq!(order(), before, "{context}: an order kept with a problem");
            }
            "the post removed" => assert_eq!((written(), order()), mended, "{context}: not the files mended"),
            _ => assert_ne!(order(), before, "{context}: no order kept for the files written"),
        }
        if *context == "the broken file mended" {
            mended = (written(), order());
        }
        if *context == "a post with a project's slug" {
            let out = run_in(cache.path(), dir.path(), &search);
            assert!(String::from_utf8_lossy(&out.stderr).contains("duplicate slug"), "{context}");
        }
    }
    assert_eq!(with_ext(cache.path(), "order").len(), 1, "kept");
}

/// The bytes of the files in the cache folder with one of the extensions
/// `exts` (an index and its delta: their checksums are the key an order is
/// kept under).
fn read_all(cache: &Path, exts: &[&str]) -> Vec<Vec<u8>> {
    exts.iter().flat_map(|ext| with_ext(cache, ext)).map(|n| fs::read(cache.join(n)).expect("read")).collect()
}

/// The names of the files in the cache folder with the extension `ext`.
fn with_ext(cache: &Path, ext: &str) -> Vec<String> {
    names(cache).into_iter().filter(|n| has_ext(n, ext)).collect()
}

/// A search of an unchanged folder keeps its items' order beside its index
/// when its files make no problem of their own (the listing's and the
/// profile's are worked out every time), and the searches after it answer
/// as a scan does; files that make a problem (a warning of an item's own, a
/// slug twice) keep none.
#[test]
fn an_order_is_kept_only_for_items_that_make_no_problem() {
    let dir = folder(40, 4);
    // Problems of the listing and of the profile.
    fs::write(dir.path().join("projects").join("notes.txt"), "not an item").expect("write");
    let profile = dir.path().join("profile.toml");
    fs::write(&profile, fs::read_to_string(&profile).expect("read") + "\nunknown_key = 1\n").expect("write");
    let cache = temp_dir();
    agrees(cache.path(), dir.path(), "the first run");
    assert_eq!(with_ext(cache.path(), "order").len(), 1, "kept");
    agrees(cache.path(), dir.path(), "with the order kept");
    // An item with a warning of its own, then the same slug in two files (an error).
    let post = &item_files(dir.path()).into_iter().find(|p| p.starts_with(dir.path().join("posts"))).expect("a post");
    let text = fs::read_to_string(post).expect("read");
    fs::write(post, text.replacen("+++\n", "+++\nunknown_key = 2\n", 1)).expect("write");
    age(post, 3600);
    let twin = dir.path().join("projects").join(post.file_name().expect("a name"));
    for (problem, shown) in [("an item's warning", "3 warnings"), ("a slug twice", "duplicate slug")] {
        if problem == "a slug twice" {
            fs::copy(post, &twin).expect("copied");
            age(&twin, 3600);
        }
        let cache = temp_dir();
        agrees(cache.path(), dir.path(), problem);
        agrees(cache.path(), dir.path(), &format!("{problem}, again"));
        assert_eq!(with_ext(cache.path(), "order"), Vec::<String>::new(), "{problem}");
        let out = run_in(cache.path(), dir.path(), &["search", "latency"]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(stderr.contains(shown), "{problem}: {stderr}");
    }
}

/// The floor `bench/index` times stats every item file the index would
/// (a file that cannot be stat'ed is not counted), and reports a folder
/// that cannot be listed as every command does.
#[test]
fn the_floor_stats_every_item_file() {
    let dir = folder(30, 2);
    assert_eq!(dryga::index::floor(dir.path(), 2).expect("listed"), item_files(dir.path()).len());
    #[cfg(unix)]
    {
        let gone = dir.path().join("projects").join("nowhere.md");
        std::os::unix::fs::symlink(dir.path().join("missing"), &gone).expect("a dangling link");
        assert_eq!(dryga::index::floor(dir.path(), 1).expect("listed"), item_files(dir.path()).len() - 1);
    }
    let err = dryga::index::floor(&dir.path().join("missing"), 2).expect_err("no folder");
    assert!(err.to_string().contains("missing"), "{err}");
}

/// The last file of the folder removed, and nothing added: its document,
/// the index's last, is in the index's lists still (a delta with no
/// documents of its own stands for the change), and in no answer: its
/// words count for nothing, and one found only there is missing.
#[test]
fn the_last_file_removed_counts_for_nothing() {
    let dir = folder(30, 21);
    let posts: Vec<PathBuf> =
        item_files(dir.path()).into_iter().filter(|p| p.parent().is_some_and(|d| d.ends_with("posts"))).collect();
    let last = posts.last().expect("a post");
    let text = fs::read_to_string(last).expect("read") + "\nA quetzal flew by, with latency.\n";
    fs::write(last, text).expect("write");
    age(last, 3600);
    let cache = temp_dir();
    run_in(cache.path(), dir.path(), &["list"]);
    fs::remove_file(last).expect("removed");
    agrees(cache.path(), dir.path(), "the last post removed");
    for question in [&["search", "quetzal"][..], &["search", "quetzal", "--exact"], &["search", "quetzal*", "--json"]] {
        let indexed = shown(&run_in(cache.path(), dir.path(), question));
        let mut scan_args = vec!["--no-index"];
        scan_args.extend_from_slice(question);
        assert_eq!(indexed, shown(&run_in(cache.path(), dir.path(), &scan_args)), "{question:?}");
    }
}

#[test]
fn a_new_word_is_found_at_once_and_the_index_is_kept() {
    let dir = folder(40, 9);
    let cache = temp_dir();
    let out = run_in(cache.path(), dir.path(), &["search", "quetzal"]);
    assert_eq!(out.status.code(), Some(1));
    let file = index_file(cache.path());
    let before = fs::read(&file).expect("index");
    // A run with nothing changed leaves the index as it is.
    run_in(cache.path(), dir.path(), &["list"]);
    assert_eq!(fs::read(&file).expect("index"), before);
    let p = &item_files(dir.path())[2];
    let text = fs::read_to_string(p).expect("read") + "\nA quetzal flew by.\n";
    fs::write(p, text).expect("write");
    let out = run_in(cache.path(), dir.path(), &["search", "quetzal", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("quetzal"));
}

/// A word broken by a character that prints nothing (a soft hyphen, a
/// zero-width space) is found as it is shown, through the index (as it is
/// built and when warm) as by a scan, with a snippet that shows it; its
/// pieces are not words.
#[test]
fn a_word_is_found_as_it_is_shown_through_the_index_as_by_a_scan() {
    let line = "A Quet\u{AD}zalcoatl flew over zan\u{200B}zibarite.";
    found_alike(line, &[("quetzalcoatl", 0), ("zanzibarite", 0), ("zalcoatl", 1), ("zibarite", 1)]);
}

/// A word written decomposed (a letter, then its combining accent, as text
/// pasted from a PDF or a macOS file name has it), or with a mark that is no
/// letter (a Devanagari virama), is one word, through the index as by a
/// scan: `e\u{301}cole` is "école", not "e" and "cole", so neither its piece
/// after the mark nor the one before finds it.
#[test]
fn a_decomposed_accent_is_part_of_its_word_through_the_index_as_by_a_scan() {
    let line = "Our quokkae\u{301}cole trains wombatgne\u{301}es in हिन्दी.";
    found_alike(
        line,
        &[
            ("quokkae\u{301}cole", 0),
            ("wombatgne\u{301}es", 0),
            ("हिन्दी", 0),
            ("cole", 1),
            ("es", 1),
            ("wombatgne", 1),
            ("दी", 1),
        ],
    );
}

/// A character reference in a body is the character `show` shows for it
/// (`caf&eacute;` is "café", `&nbsp;` a space, `&#107;` a "k"): found as
/// that, never by its name, through the index as by a scan; a hit's
/// snippet shows the character. In a code span, or escaped, it is what
/// `show` prints: the reference as written.
#[test]
fn a_character_reference_is_the_character_it_shows_through_the_index_as_by_a_scan() {
    let line = "Our caf&eacute; made R&amp;D&nbsp;quokkas and &#107;angaroo-ish zorbs. \
                In code, `&#119;ombat &zwnbsp;` and \\&#119;allaby are as written.";
    found_alike_shown(
        line,
        &[
            ("café", 0, "café"),
            ("quokkas", 0, "quokkas"),
            ("kangaroo", 0, "kangaroo"),
            ("nbsp", 1, ""),
            ("eacute", 1, ""),
            ("amp", 1, ""),
            // In a code span and escaped, a reference is what `show` prints: as written.
            ("wombat", 1, ""),
            ("wallaby", 1, ""),
            ("ombat", 0, "&#119;ombat"),
            ("allaby", 0, "&#119;allaby"),
        ],
    );
}

/// A British spelling finds the American one and the other way round
/// (`optimize`, "optimised"; `licence`, "licenses"; `behavior`,
/// "behaviour's"), through the index as by a scan; a word whose `-ise` is
/// no verb's keeps its own forms (`precisely`, "precise").
#[test]
fn british_and_american_spellings_find_each_other_through_the_index_as_by_a_scan() {
    let line = "We optimised quokkas, analysing licences and colours; the quokka colorizes licenses. \
                The behaviour's quirks were precise. A favourite, colourful and behavioural. \
                Unfavourable savouries; an optimiser.";
    found_alike_shown(
        line,
        &[
            ("optimize", 0, "optimised"),
            ("optimization", 0, "optimised"),
            ("analyze", 0, "analysing"),
            ("license", 0, "licences"),
            ("licence", 0, "licences"),
            ("color", 0, "colour"),
            ("colour", 0, "colour"),
            ("optimis*", 0, "optimis"),
            ("optimiz*", 1, ""),
            ("behavior", 0, "behaviour's"),
            ("precisely", 0, "precise"),
            // The forms of an `-our` word that keep the `u`.
            ("favorite", 0, "favourite"),
            ("favourite", 0, "favourite"),
            ("favorites", 0, "favourite"),
            ("behavioral", 0, "behavioural"),
            ("unfavorable", 0, "Unfavourable"),
            ("savories", 0, "savouries"),
            ("optimizer", 0, "optimiser"),
        ],
    );
}

/// Each hit's slug, and what its snippets' matches cover.
type Covered = Vec<(String, Vec<String>)>;

/// The hits of `dryga search ARGS --json` over `dir` (its index in
/// `cache`), required to be the same cold, warm and with `--no-index`: the
/// exit code, each hit's slug with what its snippets' matches cover (as the
/// text writes it), and stderr.
fn hits_alike(cache: &Path, dir: &Path, args: &[&str]) -> (Option<i32>, Covered, String) {
    let args: Vec<&str> = [&["search"][..], args, &["--json"]].concat();
    let first = shown(&run_in(cache, dir, &args));
    let warm = shown(&run_in(cache, dir, &args));
    let scanned = shown(&run_in(cache, dir, &[&["--no-index"][..], &args].concat()));
    assert_eq!(first, scanned, "{args:?}: first");
    assert_eq!(warm, scanned, "{args:?}: warm");
    let json: serde_json::Value = serde_json::from_str(&scanned.1).expect("JSON");
    let each = json.as_array().expect("hits").iter().map(|hit| {
        // What each snippet's matches cover, as the text writes it.
        let covered = hit["snippets"].as_array().expect("snippets").iter().flat_map(|s| {
            let text: Vec<char> = s["text"].as_str().expect("text").chars().collect();
            let spans = s["matches"].as_array().expect("matches").clone();
            spans.into_iter().map(move |m| {
                let at = |i: usize| usize::try_from(m[i].as_u64().expect("a span")).expect("fits");
                text[at(0)..at(1)].iter().collect::<String>()
            })
        });
        (hit["slug"].as_str().expect("a slug").to_owned(), covered.collect())
    });
    (scanned.0, each.collect(), scanned.2)
}

/// A technology whose name is an everyday word (`go`, `mix`, `REST`) is
/// found as the name in text ("Go", "Mix", "REST", "Go-based", not
/// "Go-to-market") and in any case in tags as a whole tag (`go`, `rest`;
/// not `go-to-market` nor `on-the-go`), never as the word ("on the go", "a
/// mix of", "the rest"), through the
/// index (as it is built and warm) as by a scan; with `--ignore-case`, as
/// any word; a search that finds nothing says so.
/// A word found nowhere that is two in the text is that phrase where the
/// text joins them by a hyphen or a slash, through the index (built and
/// warm) as by a scan: a part of two or three letters only so (`webchat`:
/// "web-chat"; `rollup` is no "roll up", which is only in a row).
#[test]
fn a_word_that_is_two_joined_in_the_text_is_found_through_the_index_as_by_a_scan() {
    let dir = folder(8, 4);
    let files = item_files(dir.path());
    let add = |p: &Path, body: &str| {
        let text = fs::read_to_string(p).expect("read");
        fs::write(p, text + "\n" + body + "\n").expect("write");
    };
    add(&files[1], "Quokkas roll up their sleeves.");
    add(&files[4], "A web-chat for quokkas, and CI/CD.");
    let slug = |p: &Path| p.file_stem().and_then(|s| s.to_str()).expect("a name").to_owned();
    let cache = temp_dir();
    let hits = |args: &[&str]| hits_alike(cache.path(), dir.path(), args);
    for (q, phrase) in [("webchat", "web chat"), ("cicd", "ci cd")] {
        let (code, found, stderr) = hits(&[q]);
        assert_eq!(code, Some(0), "{q}: {stderr}");
        assert!(found.iter().any(|(s, _)| *s == slug(&files[4])), "{q}: {found:?}");
        assert!(stderr.contains(&format!("showing results for '\"{phrase}\"'")), "{q}: {stderr}");
    }
    let (code, found, _) = hits(&["\"roll up\""]);
    assert_eq!((code, found.len()), (Some(0), 1), "in a row in the text");
    let (code, found, stderr) = hits(&["rollup"]);
    assert_eq!((code, found.len()), (Some(1), 0), "{stderr}");
}

#[test]
fn a_technology_named_by_an_everyday_word_is_found_as_the_name_through_the_index_as_by_a_scan() {
    let dir = folder(8, 4);
    let files = item_files(dir.path());
    let add = |p: &Path, body: &str, tag: &str| {
        let text = fs::read_to_string(p).expect("read").replacen("tags = [", &format!("tags = [{tag}, "), 1);
        fs::write(p, text + "\n" + body + "\n").expect("write");
    };
    add(
        &files[2],
        "Quokkas on the go, a mix of the rest. Our Go-to-market plan.",
        "\"on-the-go\", \"go-to-market\", \"rest-api\"",
    );
    add(&files[7], "Go-based quokkas.", "\"quokka\"");
    add(&files[5], "Our Go quokka service and its Mix tasks, over REST.\n\nA Go-to-market plan.", "\"quokka\"");
    add(&files[6], "Nothing here.", "\"go\", \"rest\", \"go-kit\"");
    let slug = |p: &Path| p.file_stem().and_then(|s| s.to_str()).expect("a name").to_owned();
    let cache = temp_dir();
    let hits = |args: &[&str]| hits_alike(cache.path(), dir.path(), args);
    let (five, six, seven) = (slug(&files[5]), slug(&files[6]), slug(&files[7]));
    // Written as typed in any case, or another way (`golang`: "Go").
    let mut expected = vec![
        (five.clone(), vec!["Go".to_owned()]),
        (six.clone(), vec!["go".to_owned()]),
        (seven.clone(), vec!["Go".to_owned()]),
    ];
    expected.sort();
    for q in ["go", "Go", "GO", "golang"] {
        let (code, mut found, _) = hits(&[q]);
        found.sort();
        assert_eq!((code, found), (Some(0), expected.clone()), "{q}");
    }
    // In a row with other words (the phrase's bonus): through the index as
    // by the scan (`hits` compares them), scores included.
    for q in [&["go", "to", "market"][..], &["go", "kit"], &["go", "quokka"]] {
        hits(q);
    }
    let (_, mix, _) = hits(&["mix"]);
    assert_eq!(mix, [(five.clone(), vec!["Mix".to_owned()])]);
    let (_, mut rest, _) = hits(&["REST"]);
    rest.sort();
    assert_eq!(rest, [(five.clone(), vec!["REST".to_owned()]), (six.clone(), vec!["rest".to_owned()])]);
    // As any word, when asked: the item with "on the go" too.
    let (_, any, _) = hits(&["go", "--ignore-case"]);
    assert!(any.iter().any(|(s, covered)| *s == slug(&files[2]) && covered.contains(&"go".to_owned())), "{any:?}");
    let (_, rest, _) = hits(&["rest"]);
    assert!(rest.iter().any(|(s, _)| *s == slug(&files[2])), "{rest:?}");
    // Nothing found as the name, found as the word: said so.
    let (code, found, stderr) = hits(&["spring"]);
    assert_eq!((code, found.len()), (Some(1), 0), "{stderr}");
    add(&files[3], "Quokkas spring up.", "\"on-the-spring\"");
    let (code, _, stderr) = hits(&["spring"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("(read as the name Spring); try --ignore-case"), "{stderr}");
    let (code, found, _) = hits(&["spring", "-i"]);
    assert_eq!((code, found.len()), (Some(0), 1));
    // Found in no case: how it was read is said, and no flag offered.
    let (code, _, stderr) = hits(&["swift"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("(read as the name Swift)") && !stderr.contains("--ignore-case"), "{stderr}");
}

/// A Turkish capital `İ` is an `i` to a search (Unicode lowercases it to
/// "i̇", an `i` with a combining dot, which no one types): `izmirquokka`
/// finds "İzmirquokka", as a word and as a prefix, through the index (as
/// it is built and warm) as by a scan.
#[test]
fn a_dotted_capital_i_is_found_by_an_i_through_the_index_as_by_a_scan() {
    let line = "Our İzmirquokka office and the İSTANBULQUOKKAS team.";
    let queries = ["izmirquokka", "İzmirquokka", "izmirquok*", "istanbulquokka", "İstanbulquokkas"];
    found_alike(line, &queries.map(|q| (q, 0)));
}

/// A word of parts joined by dots is found by its first part, through the
/// index as by a scan; not by its other parts.
#[test]
fn a_dotted_word_is_found_by_its_first_part_through_the_index_as_by_a_scan() {
    let line = "Built with Quokkajs.io and Wombatron.js at Numbat.example.";
    found_alike(line, &[("quokkajs", 0), ("wombatron", 0), ("numbat", 0), ("wombatron.js", 0), ("io", 1)]);
}

/// A contraction is found by its word, straight or curly apostrophe,
/// through the index as by a scan; not by its tail.
#[test]
fn a_contraction_is_found_by_its_word_through_the_index_as_by_a_scan() {
    let line = "Quokkas should've known; wombatkins\u{2019}re late.";
    found_alike(line, &[("should", 0), ("wombatkins", 0), ("should've", 0), ("ve", 1)]);
}

/// A name that ends in a capital (as `iOS`) has no plural's `s`: its
/// beginning does not find it, nor does it find its beginning (`iOS` is
/// not "io"), through the index as by a scan; it and its possessive find it.
#[test]
fn a_name_ending_in_a_capital_is_found_only_as_written_through_the_index_as_by_a_scan() {
    let line = "Runs on quokkaOS and on wombatOS's kernel, with an io module.";
    found_alike(
        line,
        &[("quokkaos", 0), ("wombatos", 0), ("quokkao", 1), ("wombato", 1), ("io", 0), ("iOS", 1), ("ios", 1)],
    );
}

/// A word that is two in the text (hyphenated or apart) is found as that
/// phrase, through the index as by a scan.
#[test]
fn a_word_that_is_two_in_the_text_is_found_alike_through_the_index_and_a_scan() {
    let line = "A table-lamp platform, answered in garden hose time.";
    found_alike_shown(
        line,
        &[("tablelamp", 0, "table-lamp"), ("gardenhose", 0, "garden hose"), ("lamptable", 1, ""), ("tablelam", 1, "")],
    );
}

/// An acronym finds its plural (`qvm`: "QVMs"), a hyphenated word that is
/// one word in the text finds it (`z-wallet`: "zWallet"), and a prefix
/// suggested names what it finds among the items a filter keeps, through
/// the index as by a scan.
#[test]
fn plurals_joined_words_and_prefix_hints_are_alike_through_the_index_and_a_scan() {
    found_alike("Two small QVMs ran the zWallet.", &[("qvm", 0), ("qvms", 0), ("zwallet", 0), ("qvmx", 1)]);
    // A Chinese character is a word alone, a run of katakana one word: a
    // word inside an unspaced sentence is found (it was one word with it).
    found_alike(
        "データベース管理。我们使用数据库。",
        &[("数据库", 0), ("数据", 0), ("データベース", 0), ("管理", 0), ("库数据", 1), ("データ", 1)],
    );
    // A Latin letter is matched without its accent, composed or combining,
    // either way round, and so is a prefix.
    found_alike_shown(
        "Her résumé, naïve, from Zürich; an e\u{301}cole.",
        &[
            ("resume", 0, "résumé"),
            ("Résumé", 0, "résumé"),
            ("resu*", 0, "résumé"),
            ("naive", 0, "naïve"),
            ("zurich", 0, "zürich"),
            ("ecole", 0, "e\u{301}cole"),
            ("école", 0, "e\u{301}cole"),
            ("zurech", 1, ""),
        ],
    );
    // A name of several words typed apart is a phrase: not its words apart.
    found_alike("A money-burning machine. What we were learning.", &[("machine learning", 1), ("machine", 0)]);
    found_alike_shown("Built on machine learning.", &[("machine learning", 0, "machine learning")]);
    // A code span's text is shown as written: no link is read in it.
    found_alike_shown("Call `handlers[0](payload)` to go.", &[("handlers", 0, "call handlers[0](payload) to go")]);
    // An ideograph is joined to no word by a dot, nor `C++` to one.
    found_alike_shown("用Quokkadb.数据 C++开发", &[("quokkadb", 0, "quokkadb"), ("c++", 0, "c++")]);
    // The plural of an acronym asked for finds the acronym.
    found_alike_shown("Served from a QDN.", &[("qdns", 0, "QDN"), ("QDNs", 0, "QDN"), ("qdnss", 1, "")]);
    // An acronym whose `S` is its own is no plural: `qt` is not QTS.
    found_alike("Sessions kept in QTS, and its ALERTS.", &[("qts", 0), ("qt", 1), ("alert", 0)]);
    let dir = folder(40, 4);
    let p = &item_files(dir.path())[3];
    let text = fs::read_to_string(p).expect("read") + "\nTwo small QVMs ran the zWallet.\n";
    fs::write(p, text).expect("write");
    let cache = temp_dir();
    // `re*` finds words that the posts have in another order of how many have them.
    for args in [
        &["search", "z-wallet", "--json"][..],
        &["search", "laten"],
        &["search", "re"],
        &["search", "re", "--kind", "post"],
    ] {
        let first = shown(&run_in(cache.path(), dir.path(), args));
        let warm = shown(&run_in(cache.path(), dir.path(), args));
        let mut scan_args = vec!["--no-index"];
        scan_args.extend_from_slice(args);
        let scanned = shown(&run_in(cache.path(), dir.path(), &scan_args));
        assert_eq!(first, scanned, "{args:?}: first");
        assert_eq!(warm, scanned, "{args:?}: warm");
    }
    // A hyphenated word is also the word it makes: found, no correction said.
    let joined = shown(&run_in(cache.path(), dir.path(), &["search", "z-wallet", "--json"]));
    assert_eq!(joined.0, Some(0), "{joined:?}");
    assert!(joined.1.contains("\"zwallet\""), "{joined:?}");
    assert!(!joined.2.contains("showing results for"), "{joined:?}");
    let hint = shown(&run_in(cache.path(), dir.path(), &["search", "laten"]));
    assert!(hint.2.contains("try laten* (finds \"latency\")"), "{hint:?}");
}

/// A term written two ways (a hyphenated word and the word it makes; a
/// technology's two names) finds the items that write it either way, and
/// counts once where both ways start at one word (`quokka-s` is the phrase
/// "quokka s" and the word "quokkas": both at "Quokkas s"), through the
/// index (as it is built and warm) as by a scan.
#[test]
fn a_term_written_two_ways_is_found_both_ways_through_the_index_as_by_a_scan() {
    let dir = folder(40, 4);
    let files = item_files(dir.path());
    let slug = |i: usize| files[i].file_stem().and_then(|s| s.to_str()).expect("a slug").to_owned();
    let lines = [
        (3, "The zorp-zing team shipped it."),
        (5, "Our zorpzing was slow."),
        (7, "It ran on k8s for years."),
        (9, "Quokkas s, and quokkas."),
    ];
    for (i, line) in lines {
        let text = fs::read_to_string(&files[i]).expect("read") + "\n" + line + "\n";
        fs::write(&files[i], text).expect("write");
    }
    let cache = temp_dir();
    let found = |q: &str| -> Vec<String> {
        let args = ["search", q, "--json"];
        let first = shown(&run_in(cache.path(), dir.path(), &args));
        let warm = shown(&run_in(cache.path(), dir.path(), &args));
        let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", q, "--json"]));
        assert_eq!(first, scanned, "{q}: first");
        assert_eq!(warm, scanned, "{q}: warm");
        let hits: serde_json::Value = serde_json::from_str(&scanned.1).unwrap_or_default();
        let mut slugs: Vec<String> =
            hits.as_array().into_iter().flatten().filter_map(|h| h["slug"].as_str()).map(str::to_owned).collect();
        slugs.sort();
        slugs
    };
    // Either way; the joined word is not split the other way.
    let mut both = vec![slug(3), slug(5)];
    both.sort();
    assert_eq!(found("zorp-zing"), both);
    assert_eq!(found("zorpzing"), [slug(5)]);
    // Kubernetes (a tag of many generated items) is "k8s" too, and the other way.
    let k8s = found("k8s");
    assert!(k8s.contains(&slug(7)) && k8s.len() > 1, "{k8s:?}");
    assert_eq!(found("kubernetes"), k8s);
    assert_eq!(found("quokka-s"), [slug(9)]);
    // Both terms, each either way: the items of both lists.
    let each: Vec<String> = both.iter().filter(|s| k8s.contains(s)).cloned().collect();
    assert_eq!(found("zorp-zing k8s"), each);
}

/// A search whose filters leave out every item it matches says so (it
/// said "no matches for" the word, as of a word found nowhere), through
/// the index (first and warm) as by a scan; a word found nowhere does not.
#[test]
fn a_search_its_filters_empty_says_so_through_the_index_as_by_a_scan() {
    let dir = folder(8, 4);
    let project = item_files(dir.path()).into_iter().find(|p| p.parent().is_some_and(|d| d.ends_with("projects")));
    let project = project.expect("a project");
    fs::write(&project, fs::read_to_string(&project).expect("read") + "\nA quokka sighting.\n").expect("write");
    let cache = temp_dir();
    let said = "dryga: no matches for \"quokka\" with --kind post: the filters leave out every item it matches\n";
    for (q, said) in [("quokka", said), ("wombatx", "dryga: no matches for \"wombatx\"\n")] {
        let args = ["search", q, "--kind", "post"];
        let scanned = shown(&run_in(cache.path(), dir.path(), &[&["--no-index"][..], &args].concat()));
        assert_eq!(scanned, (Some(1), String::new(), said.to_owned()));
        for run in ["first", "warm"] {
            assert_eq!(shown(&run_in(cache.path(), dir.path(), &args)), scanned, "{q}, {run}");
        }
    }
}

/// A title with a soft hyphen names a word as shown, for the typo fallback
/// too: through the index (which gives titles as written) as by a scan.
#[test]
fn a_typo_of_a_title_word_shown_whole_is_corrected_through_the_index_as_by_a_scan() {
    let dir = folder_titled("Zebra\u{AD}finch Tracker");
    let cache = temp_dir();
    let args = ["search", "zebrafinhc", "--json"];
    let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", "zebrafinhc", "--json"]));
    assert_eq!(scanned.0, Some(0), "{scanned:?}");
    assert!(scanned.2.contains("showing results for \"zebrafinch\""), "{scanned:?}");
    assert_eq!(shown(&run_in(cache.path(), dir.path(), &args)), scanned, "first");
    assert_eq!(shown(&run_in(cache.path(), dir.path(), &args)), scanned, "warm");
}

/// A title word with a Turkish capital `İ` is a typo's correction, typed
/// with an `i` or with the `İ` (Unicode lowercases `İ` to an `i` with a
/// combining dot, which kept the word from the names corrected to),
/// through the index as by a scan.
#[test]
fn a_typo_of_a_title_word_with_a_dotted_capital_i_is_corrected_through_the_index_as_by_a_scan() {
    let dir = folder_titled("İzmirquokka Tracker");
    let cache = temp_dir();
    for typed in ["izmirquoka", "İzmirquoka"] {
        let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", typed, "--json"]));
        assert_eq!(scanned.0, Some(0), "{typed}: {scanned:?}");
        assert!(scanned.2.contains("showing results for \"izmirquokka\""), "{typed}: {scanned:?}");
        for run in ["first", "warm"] {
            assert_eq!(
                shown(&run_in(cache.path(), dir.path(), &["search", typed, "--json"])),
                scanned,
                "{typed}: {run}"
            );
        }
    }
}

/// A verb finds its irregular forms (`lead`, "led") and they find it,
/// through the index (first and warm) as by a scan; the hit's snippet
/// shows the form written.
#[test]
fn a_verb_finds_its_irregular_forms_through_the_index_as_by_a_scan() {
    let dir = folder(8, 4);
    let p = &item_files(dir.path())[3];
    let text = fs::read_to_string(p).expect("read") + "\nQuokkas led the wombats and rebuilt the burrow.\n";
    fs::write(p, text).expect("write");
    let cache = temp_dir();
    for (q, shown_form) in [("lead", "led"), ("Leading", "led"), ("rebuild", "rebuilt"), ("rebuilding", "rebuilt")] {
        let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", q, "--json"]));
        assert_eq!(scanned.0, Some(0), "{q}: {scanned:?}");
        for run in ["first", "warm"] {
            assert_eq!(shown(&run_in(cache.path(), dir.path(), &["search", q, "--json"])), scanned, "{q}: {run}");
        }
        let hits: serde_json::Value = serde_json::from_str(&scanned.1).expect("JSON");
        let texts: Vec<&str> =
            hits[0]["snippets"].as_array().expect("snippets").iter().filter_map(|s| s["text"].as_str()).collect();
        assert!(texts.iter().any(|t| t.split(' ').any(|w| w == shown_form)), "{q}: {texts:?}");
    }
}

/// A word of English near a title's word is not corrected to it, only
/// offered, through the index (first and warm) as by a scan.
#[test]
fn a_word_of_english_is_only_offered_its_correction_through_the_index_as_by_a_scan() {
    let dir = folder_titled("Riak Tuning");
    let cache = temp_dir();
    let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", "risk"]));
    assert_eq!(scanned.0, Some(1), "{scanned:?}");
    assert!(
        scanned.2.contains("no matches for \"risk\"") && scanned.2.contains("did you mean \"riak\"?"),
        "{scanned:?}"
    );
    for run in ["first", "warm"] {
        assert_eq!(shown(&run_in(cache.path(), dir.path(), &["search", "risk"])), scanned, "{run}");
    }
    // A typo of the same word is corrected, as before.
    let typo = shown(&run_in(cache.path(), dir.path(), &["search", "raik"]));
    assert_eq!(typo.0, Some(0), "{typo:?}");
    assert!(typo.2.contains("showing results for \"riak\""), "{typo:?}");
}

/// A generated folder one of whose items is titled `title` (as TOML
/// writes it in a basic string).
fn folder_titled(title: &str) -> tempfile::TempDir {
    let dir = folder(8, 4);
    let p = &item_files(dir.path())[3];
    let text = fs::read_to_string(p).expect("read");
    let line = text.lines().find(|l| l.starts_with("title = ")).expect("a title line").to_owned();
    fs::write(p, text.replacen(&line, &format!("title = \"{title}\""), 1)).expect("write");
    dir
}

/// Adds `line` to an item of a generated folder, and asks each query (with
/// the exit code it must get: 0 found, 1 not) through the index, as it is
/// built and when warm, and by a scan: the same answers, and a hit has a
/// snippet that shows the query's letters.
fn found_alike(line: &str, queries: &[(&str, i32)]) {
    let shown_as: Vec<(&str, i32, &str)> = queries.iter().map(|&(q, code)| (q, code, q)).collect();
    found_alike_shown(line, &shown_as);
}

/// [`found_alike`], a hit's snippet showing the third of each query's
/// (the text's own spelling of what the query found).
fn found_alike_shown(line: &str, queries: &[(&str, i32, &str)]) {
    let dir = folder(8, 4);
    let p = &item_files(dir.path())[3];
    let text = fs::read_to_string(p).expect("read") + "\n" + line + "\n";
    fs::write(p, text).expect("write");
    let cache = temp_dir();
    for &(q, code, written) in queries {
        let args = ["search", q, "--json"];
        let first = shown(&run_in(cache.path(), dir.path(), &args));
        let warm = shown(&run_in(cache.path(), dir.path(), &args));
        let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", q, "--json"]));
        assert_eq!(first, scanned, "{q}: first");
        assert_eq!(warm, scanned, "{q}: warm");
        assert_eq!(scanned.0, Some(code), "{q}: {scanned:?}");
        if code == 0 {
            let hits: serde_json::Value = serde_json::from_str(&scanned.1).expect("JSON");
            let snippets = hits[0]["snippets"].as_array().expect("snippets");
            let texts: Vec<&str> = snippets.iter().filter_map(|s| s["text"].as_str()).collect();
            // In lowercase, `İ` as the "i" it is to a search; a prefix without its `*`.
            let folded = |s: &str| s.to_lowercase().replace("i\u{307}", "i");
            let asked = folded(written.trim_end_matches('*'));
            assert!(texts.iter().any(|t| folded(t).contains(&asked)), "{q}: {texts:?}");
            // The words matched, lowercase as typed: `İ` as "i", not "i̇".
            let matched = hits[0]["matched"].as_array().expect("matched");
            assert!(!matched.is_empty(), "{q}: nothing matched");
            assert!(matched.iter().filter_map(|m| m.as_str()).all(|m| !m.contains('\u{307}')), "{q}: {matched:?}");
        }
    }
}

/// Builds the index of a folder, breaks it with `damage`, and checks that the
/// next runs answer as a scan and leave a whole, fresh index behind.
fn damaged(damage: impl Fn(&Path, &[u8])) {
    damaged_then(damage, &[]);
}

/// As [`damaged`], with the runs `then` after the questions.
fn damaged_then(damage: impl Fn(&Path, &[u8]), then: &[String]) {
    let dir = folder(30, 21);
    let cache = temp_dir();
    run_in(cache.path(), dir.path(), &["list"]);
    let file = index_file(cache.path());
    let good = fs::read(&file).expect("index");
    damage(&file, &good);
    agrees(cache.path(), dir.path(), "damaged");
    for question in then {
        let out = run_in(cache.path(), dir.path(), &["search", question, "--json"]);
        assert!(out.status.code().is_some_and(|code| code < 2), "{question}: {}", String::from_utf8_lossy(&out.stderr));
    }
    // A damage found by the last run is mended by the next.
    run_in(cache.path(), dir.path(), &["list"]);
    assert_eq!(fs::read(&file).expect("index"), good, "the index is rebuilt as it was");
}

/// Where each section of an index file starts and ends: records, dictionary,
/// lists, bodies (read from its header, as `src/index/store.rs` writes it).
fn sections(file: &[u8]) -> [(usize, usize); 4] {
    fn varint(file: &[u8], at: &mut usize) -> usize {
        let (mut v, mut shift) = (0usize, 0);
        loop {
            let b = file[*at];
            *at += 1;
            v |= usize::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                return v;
            }
        }
    }
    let mut at = 16;
    at += varint(file, &mut at); // dryga's version
    at += varint(file, &mut at); // the folder
    let meta = varint(file, &mut at);
    at += 4;
    let dict = varint(file, &mut at);
    at += 4;
    let lists = varint(file, &mut at);
    let text = varint(file, &mut at);
    let header = u32::from_le_bytes(file[12..16].try_into().expect("4 bytes"));
    let mut from = 16 + usize::try_from(header).expect("small");
    let mut out = [(0, 0); 4];
    for (i, len) in [meta, dict, lists, text].into_iter().enumerate() {
        out[i] = (from, from + len);
        from += len;
    }
    assert_eq!(from, file.len(), "the sections fill the file");
    out
}

/// Damage that flips one bit of a section (records, dictionary, lists,
/// bodies) at a quarter, half or three quarters of it: a flip that still
/// decodes must be caught by its CRC.
fn flip_bit(section: usize, quarter: usize) -> impl Fn(&Path, &[u8]) {
    move |file, good| {
        let (start, end) = sections(good)[section];
        let mut bad = good.to_vec();
        bad[start + (end - start) * quarter / 4] ^= 0x01;
        fs::write(file, bad).expect("write");
    }
}

/// Damage to a byte of the last body: only a search or export reads it.
fn damage_last_body(file: &Path, good: &[u8]) {
    let mut bad = good.to_vec();
    let at = bad.len() - 10;
    bad[at] = b'#';
    fs::write(file, bad).expect("write");
}

#[test]
fn a_corrupt_index_is_rebuilt() {
    // A search reads (and checks) the lists of the forms its words match,
    // no other: a prefix for each first letter or digit reads every list.
    let every_list: Vec<String> = ('a'..='z').chain('0'..='9').map(|c| format!("{c}*")).collect();
    for section in 0..4 {
        for quarter in 1..4 {
            let then = if section == 2 { every_list.as_slice() } else { &[] };
            damaged_then(flip_bit(section, quarter), then);
        }
    }
}

/// A search of a folder found as seen reads no record of the index, only
/// the fields of the items it shows (each checked by its own CRC-32), the
/// dictionary and lists it needs, and the bodies it shows: a bit flipped
/// anywhere in the index, then, never changes an answer (what it reads
/// does not check out, and the files are read instead).
#[test]
fn a_corrupt_index_under_what_was_seen_changes_no_answer() {
    let search = ["search", "latency", "--json"];
    for section in 0..4 {
        for quarter in 1..4 {
            let dir = folder(30, 21);
            let cache = temp_dir();
            run_in(cache.path(), dir.path(), &["list"]);
            run_in(cache.path(), dir.path(), &search);
            let order = with_ext(cache.path(), "order");
            let kept = fs::metadata(cache.path().join(&order[0])).expect("an order").len();
            // 53 bytes a file seen, where the order alone is 4 an item.
            assert!(kept > 30 * 50, "what was seen is kept: {kept} bytes");
            let file = index_file(cache.path());
            let good = fs::read(&file).expect("index");
            flip_bit(section, quarter)(&file, &good);
            let context = format!("section {section}, quarter {quarter}");
            for question in
                [&search[..], &["search", "latncy"], &["search", "\"cloud costs\""], &["search", "-e", "lat.ncy"]]
            {
                let indexed = shown(&run_in(cache.path(), dir.path(), question));
                let mut scan_args = vec!["--no-index"];
                scan_args.extend_from_slice(question);
                assert_eq!(indexed, shown(&run_in(cache.path(), dir.path(), &scan_args)), "{context}: {question:?}");
            }
            agrees(cache.path(), dir.path(), &context);
        }
    }
    // A hit's title changed in META, one letter, so that it still decodes:
    // only the fields' own CRC-32 tells.
    let dir = folder(30, 21);
    let cache = temp_dir();
    run_in(cache.path(), dir.path(), &["list"]);
    let before = run_in(cache.path(), dir.path(), &search);
    let hits: serde_json::Value = serde_json::from_slice(&before.stdout).expect("JSON");
    let title = hits[0]["title"].as_str().expect("a title").to_owned();
    let file = index_file(cache.path());
    let mut bad = fs::read(&file).expect("index");
    let (start, end) = sections(&bad)[0];
    let at = bad[start..end].windows(title.len()).position(|w| w == title.as_bytes()).expect("the title in META");
    bad[start + at] ^= 0x20;
    fs::write(&file, bad).expect("write");
    // The title as a phrase: a few hits, each item's fields read alone.
    let phrase = format!("\"{title}\"");
    let indexed = shown(&run_in(cache.path(), dir.path(), &["search", &phrase, "--json"]));
    let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", &phrase, "--json"]));
    assert_eq!(indexed, scanned, "a title changed in META is not shown");
    assert!(indexed.1.contains(&title), "the files unchanged, the title found as it is");
}

#[test]
fn a_corrupt_body_is_never_shown() {
    damaged(damage_last_body);
}

#[test]
fn a_truncated_index_is_rebuilt() {
    damaged(|file, good| fs::write(file, &good[..good.len() / 2]).expect("write"));
    damaged(|file, _| fs::write(file, b"").expect("write"));
    damaged(|file, good| fs::write(file, &good[..20]).expect("write"));
}

#[test]
fn an_index_of_another_version_is_rebuilt() {
    damaged(|file, good| {
        let mut old = good.to_vec();
        old[8] = old[8].wrapping_add(1);
        fs::write(file, old).expect("write");
    });
    damaged(|file, good| {
        let mut other = good.to_vec();
        other.extend_from_slice(b"trailing");
        fs::write(file, other).expect("write");
    });
}

#[test]
fn an_index_of_another_folder_is_not_trusted() {
    let a = folder(20, 1);
    let b = folder(25, 2);
    let cache = temp_dir();
    run_in(cache.path(), a.path(), &["list"]);
    let a_index = index_file(cache.path());
    fs::rename(&a_index, cache.path().join("moved")).expect("rename");
    run_in(cache.path(), b.path(), &["list"]);
    let b_index = index_file(cache.path());
    // Folder a's index under folder b's name.
    fs::rename(cache.path().join("moved"), &b_index).expect("rename");
    agrees(cache.path(), b.path(), "foreign index");
}

#[test]
fn concurrent_runs_agree_and_leave_a_whole_index() {
    let dir = folder(400, 33);
    let cache = temp_dir();
    let expected = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", "latency", "--limit", "20"]));
    for round in 0..3 {
        let children: Vec<_> = (0..6)
            .map(|_| {
                let mut cmd = dryga(["--content-dir", &arg(dir.path()), "search", "latency", "--limit", "20"]);
                cmd.env("DRYGA_CACHE_DIR", cache.path())
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped());
                cmd.spawn().expect("spawns")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("runs");
            assert_eq!(shown(&out), expected, "round {round}");
        }
        // What the racing writers left is whole and fresh: the next run keeps it as it is.
        let left = cached(cache.path());
        run_in(cache.path(), dir.path(), &["list"]);
        assert_eq!(cached(cache.path()), left, "round {round}");
        // Between rounds, files change: the writers race again (once the
        // files changed have settled, so that what they write stays).
        apply(dir.path(), &Edit::Added(round));
        apply(dir.path(), &Edit::Removed(round));
        settle_files(&item_files(dir.path()));
        let expected_now =
            shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", "latency", "--limit", "20"]));
        assert_eq!(shown(&run_in(cache.path(), dir.path(), &["search", "latency", "--limit", "20"])), expected_now);
    }
    agrees(cache.path(), dir.path(), "after the races");
}

#[test]
fn a_cache_that_cannot_be_written_changes_nothing() {
    let dir = folder(20, 4);
    let file = temp_dir();
    let not_a_folder = file.path().join("a-file");
    fs::write(&not_a_folder, "x").expect("write");
    for cache in [not_a_folder.join("cache"), PathBuf::from("/proc/dryga-cache")] {
        for question in [&["list"][..], &["search", "latency", "--limit", "2"], &["tags"]] {
            let out = run_in(&cache, dir.path(), question);
            assert_eq!(out.status.code(), Some(0), "{cache:?} {question:?}");
            assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
            let mut scan = vec!["--no-index"];
            scan.extend_from_slice(question);
            assert_eq!(shown(&out), shown(&run_in(&cache, dir.path(), &scan)));
        }
    }
}

/// When its index cannot be written (another process holds the lock, a
/// folder is where the file goes), a search builds the index in memory and
/// answers as a scan does, and keeps no order for it: an order names the
/// index files it was worked out for, and they were not written. Once the
/// way is clear, the next search writes both.
/// (Unix: the index is written only there, and the lock is `flock`.)
#[cfg(unix)]
#[test]
fn a_search_whose_index_is_not_written_keeps_no_order() {
    let dir = folder(40, 5);
    let cache = temp_dir();
    run_in(cache.path(), dir.path(), &["search", "latency"]);
    let index = index_file(cache.path());
    let order = index.with_extension("order");
    assert!(order.exists(), "the first search keeps its order");
    let clear = || {
        for file in [&index, &order] {
            let _ = fs::remove_file(file);
        }
        let _ = fs::remove_dir_all(&index);
    };
    let answers_as_a_scan = |obstacle: &str| {
        for question in [&["search", "latency"][..], &["search", "zanzibar"], &["list", "--tag", "rust"]] {
            let mut scan = vec!["--no-index"];
            scan.extend_from_slice(question);
            let out = run_in(cache.path(), dir.path(), question);
            assert_eq!(shown(&out), shown(&run_in(cache.path(), dir.path(), &scan)), "{obstacle}: {question:?}");
            assert!(!index.is_file() && !order.exists(), "{obstacle}: {question:?}: {:?}", names(cache.path()));
        }
    };
    clear();
    let lock = fs::File::options().write(true).open(index.with_extension("lock")).expect("the lock file");
    rustix::fs::flock(&lock, rustix::fs::FlockOperation::LockExclusive).expect("held here");
    answers_as_a_scan("the lock held");
    drop(lock);
    // The index cannot be renamed over a folder that holds a file; the order can be written.
    fs::create_dir_all(index.join("in-the-way")).expect("a folder in the way");
    answers_as_a_scan("a folder where the index goes");
    clear();
    run_in(cache.path(), dir.path(), &["search", "latency"]);
    assert!(index.is_file() && order.exists(), "{:?}", names(cache.path()));
}

/// A folder's listing is kept beside its index once its folders have
/// settled, and used (its names stat'ed, the folders not listed again) only
/// while the content folder and its folders of items are as they were: a
/// file added, removed, renamed or made hidden changes a folder's times
/// (its ctime even when its mtime is set back) and the folder is listed
/// again; a file edited in place is seen by its own stamp. Every answer is
/// the scan's, and a word new in any file is found.
#[cfg(unix)]
#[test]
fn a_kept_listing_is_used_only_while_the_folders_are_as_they_were() {
    let dir = folder(40, 8);
    let cache = temp_dir();
    agrees(cache.path(), dir.path(), "the first run");
    let list = index_file(cache.path()).with_extension("list");
    assert!(!list.exists(), "kept while the folders were fresh: {:?}", names(cache.path()));
    settle(dir.path());
    agrees(cache.path(), dir.path(), "the folders settled");
    assert!(list.exists(), "not kept: {:?}", names(cache.path()));
    agrees(cache.path(), dir.path(), "with the listing kept");
    let finds = |word: &str, context: &str| {
        let out = run_in(cache.path(), dir.path(), &["search", word, "--format", "ndjson"]);
        let mut scan = run_in(cache.path(), dir.path(), &["--no-index", "search", word, "--format", "ndjson"]);
        assert_eq!(shown(&out), shown(&scan), "{context}");
        scan.stdout.retain(|&b| b == b'\n');
        scan.stdout.len()
    };
    // After a change, the folders settled again: the listing kept anew, and used.
    let settled = |context: &str| {
        let before = fs::read(&list).ok();
        settle(dir.path());
        agrees(cache.path(), dir.path(), context);
        assert_ne!(fs::read(&list).ok(), before, "{context}: kept anew");
        agrees(cache.path(), dir.path(), &format!("{context}, through the listing kept"));
    };
    let projects = dir.path().join("projects");
    let first = item_files(dir.path()).into_iter().find(|p| p.starts_with(&projects)).expect("a project");
    let text = fs::read_to_string(&first).expect("read");
    fs::write(&first, format!("{text}\nQuokka notes.\n")).expect("write");
    age(&first, 1200);
    assert_eq!(finds("quokka", "edited in place"), 1);
    fs::write(projects.join("added-one.md"), text.replace("+++\n\n", "+++\n\nWombat trail.\n")).expect("write");
    age(&projects.join("added-one.md"), 1200);
    assert_eq!(finds("wombat", "a file added"), 1);
    settled("a file added");
    fs::rename(projects.join("added-one.md"), projects.join("added-two.md")).expect("rename");
    assert_eq!(finds("wombat", "a file renamed"), 1);
    settled("a file renamed");
    fs::rename(projects.join("added-two.md"), projects.join(".hidden.md")).expect("rename");
    assert_eq!(finds("wombat", "a file made hidden"), 0);
    settled("a file made hidden");
    fs::remove_file(&first).expect("remove");
    assert_eq!(finds("quokka", "a file removed"), 0);
    settled("a file removed");
    // A file added, the folder's mtime set back to what it was: its ctime moved.
    let mtime = fs::metadata(&projects).and_then(|m| m.modified()).expect("mtime");
    fs::write(projects.join("added-three.md"), text.replace("+++\n\n", "+++\n\nNumbat den.\n")).expect("write");
    age(&projects.join("added-three.md"), 1200);
    fs::File::open(&projects).and_then(|f| f.set_modified(mtime)).expect("the folder's mtime set back");
    assert_eq!(finds("numbat", "a file added, the folder's mtime set back"), 1);
    // A stray file: warned about every time (no listing is kept with it).
    fs::write(projects.join("notes.txt"), "not an item").expect("write");
    settle(dir.path());
    for run in ["a stray file", "a stray file, again"] {
        let out = run_in(cache.path(), dir.path(), &["search", "latency"]);
        assert!(String::from_utf8_lossy(&out.stderr).contains("1 warning"), "{run}");
        agrees(cache.path(), dir.path(), run);
    }
    // A folder of items gone, then back.
    fs::remove_file(projects.join("notes.txt")).expect("remove");
    let posts = dir.path().join("posts");
    fs::rename(&posts, dir.path().join("old-posts")).expect("rename");
    settled("no posts folder");
    fs::rename(dir.path().join("old-posts"), &posts).expect("rename");
    agrees(cache.path(), dir.path(), "the posts folder back");
}

#[test]
fn no_index_writes_nothing() {
    let dir = folder(10, 6);
    let cache = temp_dir();
    assert_eq!(run_in(cache.path(), dir.path(), &["--no-index", "list"]).status.code(), Some(0));
    assert_eq!(run_in(cache.path(), dir.path(), &["search", "--no-index", "latency"]).status.code(), Some(0));
    let mut cmd = dryga(["--content-dir", &arg(dir.path()), "tags"]);
    let out = cmd.env("DRYGA_CACHE_DIR", cache.path()).env("DRYGA_NO_INDEX", "1").output().expect("runs");
    assert!(out.status.success());
    assert_eq!(fs::read_dir(cache.path()).expect("cache").count(), 0, "nothing written");
    // `DRYGA_NO_INDEX=0` is off, as an empty value is.
    let mut cmd = dryga(["--content-dir", &arg(dir.path()), "tags"]);
    let out = cmd.env("DRYGA_CACHE_DIR", cache.path()).env("DRYGA_NO_INDEX", "0").output().expect("runs");
    assert!(out.status.success());
    index_file(cache.path());
}

#[test]
fn the_bundled_content_needs_no_index() {
    let cache = temp_dir();
    let mut cmd = dryga(["search", "duckdb"]);
    assert!(cmd.env("DRYGA_CACHE_DIR", cache.path()).output().expect("runs").status.success());
    assert_eq!(fs::read_dir(cache.path()).expect("cache").count(), 0);
}

#[test]
fn the_cache_goes_where_the_environment_says() {
    let dir = folder(5, 8);
    let home = temp_dir();
    let xdg = temp_dir();
    let run = |vars: &[(&str, &Path)]| {
        let mut cmd = dryga(["--content-dir", &arg(dir.path()), "list"]);
        cmd.env_remove("DRYGA_CACHE_DIR").env_remove("XDG_CACHE_HOME").env("HOME", home.path());
        for (k, v) in vars {
            cmd.env(k, v);
        }
        assert!(cmd.output().expect("runs").status.success());
    };
    run(&[]);
    index_file(&home.path().join(".cache/dryga"));
    run(&[("XDG_CACHE_HOME", xdg.path())]);
    index_file(&xdg.path().join("dryga"));
    // A relative XDG_CACHE_HOME is ignored, as the specification says.
    run(&[("XDG_CACHE_HOME", Path::new("relative"))]);
    assert!(!dir.path().join("relative").exists() && !Path::new("relative").exists());
}

#[test]
fn errors_are_the_same_with_an_index() {
    let dir = folder(12, 10);
    let cache = temp_dir();
    agrees(cache.path(), dir.path(), "valid");
    let files = item_files(dir.path());
    fs::write(&files[1], "+++\ntitle = \"x\"\n+++\n").expect("write");
    fs::write(dir.path().join("projects/notes.txt"), "x").expect("write");
    let bad = run_in(cache.path(), dir.path(), &["list"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(shown(&bad), shown(&run_in(cache.path(), dir.path(), &["--no-index", "list"])));
    // A second run (the broken file's record now in the index) says the same.
    assert_eq!(shown(&run_in(cache.path(), dir.path(), &["list"])), shown(&bad));
    fs::remove_file(&files[1]).expect("remove");
    agrees(cache.path(), dir.path(), "fixed");
}

#[test]
fn a_few_changes_make_a_delta_and_many_make_one_index() {
    let dir = folder(80, 12);
    let cache = temp_dir();
    agrees(cache.path(), dir.path(), "built");
    let (index, delta) = cached(cache.path());
    assert!(delta.is_none(), "a new index has no delta");
    // Three changes (80 / 8 + 8 = 18 fit): the index is left as it was.
    let edited = item_files(dir.path())[3].clone();
    for edit in [Edit::SameSize(3), Edit::Removed(10), Edit::Added(4)] {
        apply(dir.path(), &edit);
    }
    agrees(cache.path(), dir.path(), "three changes");
    let (same, delta) = cached(cache.path());
    assert_eq!(same, index, "the index is kept");
    let delta = delta.expect("the changes are in a delta");
    // It holds the records of the files read again, not the others'.
    let rel = |p: &Path| p.strip_prefix(dir.path()).expect("in the folder").to_string_lossy().into_owned();
    let holds = |needle: &str| delta.windows(needle.len()).any(|w| w == needle.as_bytes());
    let changed: Vec<String> = item_files(dir.path())
        .iter()
        .filter(|p| **p == edited || p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("added-")))
        .map(|p| rel(p))
        .collect();
    assert_eq!(changed.len(), 2, "{changed:?}");
    for file in item_files(dir.path()) {
        let file = rel(&file);
        if changed.contains(&file) {
            assert!(holds(&file), "{file} read again, not in the delta");
        } else if !changed.iter().any(|c| c.starts_with(&file)) {
            assert!(!holds(&file), "{file} unchanged, in the delta");
        }
    }
    // A delta over a delta: the first one's documents are carried over.
    apply(dir.path(), &Edit::Retitled(20, "zanzibar retitled".to_owned()));
    agrees(cache.path(), dir.path(), "a fourth change");
    let (same, second) = cached(cache.path());
    assert_eq!(same, index);
    assert_ne!(second.expect("a delta"), delta);
    // Twenty more: past the delta's share, one new index and no delta.
    apply(dir.path(), &Edit::Many(1));
    agrees(cache.path(), dir.path(), "many changes");
    let (new, delta) = cached(cache.path());
    assert_ne!(new, index);
    assert!(delta.is_none(), "the delta is folded into the index");
}

/// Builds an index, changes a few files so that a delta is written, breaks
/// the delta with `damage`, and checks that every answer is still the scan's.
fn damaged_delta(damage: impl Fn(&Path, &[u8])) {
    let dir = folder(30, 23);
    let cache = temp_dir();
    run_in(cache.path(), dir.path(), &["list"]);
    apply(dir.path(), &Edit::SameMtime(2));
    apply(dir.path(), &Edit::Retitled(7, "zanzibar quay".to_owned()));
    run_in(cache.path(), dir.path(), &["list"]);
    let file = delta_file(cache.path()).expect("a delta");
    let good = fs::read(&file).expect("delta");
    damage(&file, &good);
    agrees(cache.path(), dir.path(), "damaged delta");
}

#[test]
fn a_damaged_delta_is_not_trusted() {
    for section in 0..4 {
        for quarter in 1..4 {
            damaged_delta(flip_bit(section, quarter));
        }
    }
    damaged_delta(|file, good| fs::write(file, &good[..good.len() / 2]).expect("write"));
    damaged_delta(damage_last_body);
}

#[test]
fn a_delta_beside_another_index_is_not_used() {
    let dir = folder(30, 24);
    let cache = temp_dir();
    run_in(cache.path(), dir.path(), &["list"]);
    apply(dir.path(), &Edit::Retitled(4, "zanzibar pier".to_owned()));
    run_in(cache.path(), dir.path(), &["list"]);
    let delta = fs::read(delta_file(cache.path()).expect("a delta")).expect("delta");
    // Another index of the folder, made with two more files (named to come
    // first: every document after them has a new number).
    apply(dir.path(), &Edit::Added(1));
    apply(dir.path(), &Edit::Added(2));
    let index = index_file(cache.path());
    fs::remove_file(index.with_extension("delta")).expect("remove");
    fs::remove_file(&index).expect("remove");
    run_in(cache.path(), dir.path(), &["list"]);
    assert!(delta_file(cache.path()).is_none());
    let new_index = fs::read(&index).expect("index");
    // The files as the old delta knew them, and the old delta beside the new
    // index: its records name the old index's documents, not the new one's.
    let added: Vec<PathBuf> =
        item_files(dir.path()).into_iter().filter(|p| p.to_string_lossy().contains("added-")).collect();
    assert_eq!(added.len(), 2);
    for p in &added {
        fs::remove_file(p).expect("remove");
    }
    fs::write(index.with_extension("delta"), &delta).expect("write");
    agrees(cache.path(), dir.path(), "an old delta beside a new index");
    // Not read, the old delta did not make the new index look damaged: the
    // new index is kept, and a delta of its own replaces the old one.
    let (kept, own) = cached(cache.path());
    assert!(kept == new_index, "the new index is kept");
    assert!(own.is_some_and(|own| own != delta));
}

/// Phrases that share a word (and a phrase that overlaps itself): every
/// word they cover is matched and highlighted, through the index as by the
/// scan (the scan once kept only the first of two overlapping matches).
#[test]
fn overlapping_phrases_match_every_word_they_cover() {
    let dir = folder(6, 31);
    let file = &item_files(dir.path())[2];
    let text = fs::read_to_string(file).expect("read") + "\nWe spark release lending here. Logs Logs logging.\n";
    fs::write(file, text).expect("write");
    age(file, 600);
    let cache = temp_dir();
    for query in ["\"spark release\" \"release lending\"", "\"log log\""] {
        let args = ["search", query, "--json"];
        let indexed = shown(&run_in(cache.path(), dir.path(), &args));
        let scanned = shown(&run_in(cache.path(), dir.path(), &["--no-index", "search", query, "--json"]));
        assert_eq!(indexed, scanned, "{query}");
        let hits: serde_json::Value = serde_json::from_str(&indexed.1).expect("json");
        let matched = &hits[0]["matched"];
        let want: &[&str] =
            if query.contains("spark") { &["spark", "release", "lending"] } else { &["logs", "logging"] };
        assert_eq!(matched, &serde_json::json!(want), "{query}");
    }
}

/// A loop-mounted file system of its own, unmounted (and its image removed)
/// when dropped, also when a test fails.
#[cfg(target_os = "linux")]
struct Mounted {
    /// The folder of the image and the mount point, removed once unmounted.
    _image: tempfile::TempDir,
    at: PathBuf,
}

#[cfg(target_os = "linux")]
impl Mounted {
    /// An ext4 file system whose inodes are 128 bytes: its times are whole
    /// seconds (as HFS+'s and some network file systems' are).
    fn whole_seconds() -> Mounted {
        Mounted::made_by("mkfs.ext4", &["-q", "-F", "-I", "128"])
    }

    /// A FAT file system: its ctime follows its mtime.
    fn fat() -> Mounted {
        Mounted::made_by("mkfs.vfat", &[])
    }

    /// The folder `source` seen through FUSE (`bindfs`), where a file's
    /// times are what the program behind it says.
    fn fuse(source: &Path) -> Mounted {
        let image = temp_dir();
        let at = image.path().join("mnt");
        fs::create_dir(&at).expect("a mount point");
        let mounted = std::process::Command::new("bindfs").arg(source).arg(&at).status();
        assert!(mounted.is_ok_and(|s| s.success()), "bindfs (as root, with /dev/fuse)");
        Mounted { _image: image, at }
    }

    /// A file system made by `mkfs` (with `args`) in an image of 64 MB, mounted.
    fn made_by(mkfs: &str, args: &[&str]) -> Mounted {
        let image = temp_dir();
        let file = image.path().join("fs.img");
        fs::File::create(&file).and_then(|f| f.set_len(64 << 20)).expect("an image");
        let made = std::process::Command::new(mkfs).args(args).arg(&file).output();
        assert!(made.is_ok_and(|out| out.status.success()), "{mkfs}");
        let at = image.path().join("mnt");
        fs::create_dir(&at).expect("a mount point");
        let mounted = std::process::Command::new("mount").args(["-o", "loop"]).arg(&file).arg(&at).status();
        assert!(mounted.is_ok_and(|s| s.success()), "mount (as root, with loop devices)");
        Mounted { _image: image, at }
    }
}

#[cfg(target_os = "linux")]
impl Drop for Mounted {
    fn drop(&mut self) {
        // The image goes with `_image`, after this; a busy mount is let go
        // lazily, so that its files are not removed through it.
        let unmounted = std::process::Command::new("umount").arg(&self.at).status();
        if !unmounted.is_ok_and(|s| s.success()) {
            let _ = std::process::Command::new("umount").arg("-l").arg(&self.at).status();
        }
    }
}

/// On a file system whose times are whole seconds, a file copied in with
/// its mtime kept (`cp -p`: an mtime long past), read by a command, then
/// copied over again in the same second with the same size, has the stamp
/// it had: its ctime is what says it changed too recently to be trusted,
/// and the next command reads it again (a review found it served stale
/// when only the mtime was looked at). Opt-in: needs root and loop devices
/// (`.ci/run` runs it).
#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs root, mkfs.ext4 and a loop device: run by .ci/run"]
fn a_file_rewritten_in_its_second_on_a_file_system_of_whole_seconds_is_read_again() {
    a_copy_over_a_file_within_its_second_is_read_again(&Mounted::whole_seconds());
}

/// On FAT the ctime follows the mtime (`cp -p` sets both back): a copy over
/// a file within its second keeps its whole stamp, so no file there is
/// trusted by its stamp (each is read every time), and the answer is the
/// scan's. Opt-in, as the test above.
#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs root, mkfs.vfat and a loop device: run by .ci/run"]
fn a_file_rewritten_in_its_second_on_fat_is_read_again() {
    a_copy_over_a_file_within_its_second_is_read_again(&Mounted::fat());
}

/// On FUSE a file's ctime is what the program behind it says (it can follow
/// the mtime): no stamp there is trusted, and no folder's listing kept,
/// however long the folder has been as it is (the same folder seen
/// directly keeps its listing); every answer is the scan's. Opt-in: needs
/// root, /dev/fuse and bindfs (`.ci/run` runs it).
#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs root, /dev/fuse and bindfs: run by .ci/run"]
fn a_folder_on_fuse_is_never_trusted_by_its_stamps() {
    let source = folder(24, 9);
    settle(source.path());
    let direct = temp_dir();
    for _ in 0..2 {
        agrees(direct.path(), source.path(), "seen directly");
    }
    assert!(index_file(direct.path()).with_extension("list").exists(), "no listing kept of the folder seen directly");
    let fs = Mounted::fuse(source.path());
    let cache = temp_dir();
    for run in 0..3 {
        agrees(cache.path(), &fs.at, &format!("through FUSE, run {run}"));
    }
    let kept = names(cache.path());
    assert!(!kept.iter().any(|n| has_ext(n, "list")), "a listing kept through FUSE: {kept:?}");
}

/// Copies a file into a content folder on `fs` with an mtime long past,
/// reads it, copies two others of the same size over it within one second
/// (tried again when a second boundary fell between), and checks that the
/// last one is what `show` shows through the index, as without it.
#[cfg(target_os = "linux")]
fn a_copy_over_a_file_within_its_second_is_read_again(fs: &Mounted) {
    use std::os::unix::fs::MetadataExt;
    let dir = fs.at.join("content");
    fs::create_dir_all(dir.join("projects")).expect("made");
    fs::write(dir.join("profile.toml"), "name = \"X\"\nhandle = \"x\"\nheadline = \"H\"\nsummary = \"S\"\n")
        .expect("written");
    let source = |word: &str| {
        format!(
            "+++\ntitle = \"A\"\nsummary = \"S.\"\ndomain = \"web\"\ntags = [\"t\"]\norder = 1\n+++\n\nBody {word} here.\n"
        )
    };
    let long_ago = SystemTime::UNIX_EPOCH + Duration::from_secs(1_704_067_200);
    let file = dir.join("projects/a.md");
    // `cp -p`: the bytes, then the mtime of the file copied.
    let copy = |word: &str| {
        fs::write(&file, source(word)).expect("written");
        fs::File::options().write(true).open(&file).and_then(|f| f.set_modified(long_ago)).expect("mtime");
        fs::metadata(&file).expect("stat'ed")
    };
    let cache = temp_dir();
    let body = |index: bool| {
        let mut args = vec!["show", "a", "--json"];
        if !index {
            args.insert(0, "--no-index");
        }
        let out = run_in(cache.path(), &dir, &args);
        let shown: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        shown["body"].as_str().expect("a body").to_owned()
    };
    for attempt in 0.. {
        assert!(attempt < 5, "the two copies never fell in one second");
        let first = copy("alpha");
        assert_eq!(first.ctime_nsec(), 0, "times are whole seconds here");
        settle_files(std::slice::from_ref(&file));
        assert_eq!(body(true), "Body alpha here.\n");
        // Just after a second begins: both copies and the read between them in it.
        let into_second = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).expect("after 1970").subsec_millis();
        std::thread::sleep(Duration::from_millis(u64::from(1050 - into_second.min(1000))));
        let second = copy("bravo");
        assert_eq!(body(true), "Body bravo here.\n");
        let third = copy("delta");
        if (second.ctime(), second.len(), second.ino()) != (third.ctime(), third.len(), third.ino()) {
            continue;
        }
        assert_eq!(body(true), body(false), "served as it was before its last copy");
        assert_eq!(body(true), "Body delta here.\n");
        break;
    }
}
