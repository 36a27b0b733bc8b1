//! The persistent index of a content folder: what every file parsed to (the
//! item's fields, its problems, its body) and which documents hold each word,
//! kept in one file per folder and refreshed by file metadata on every run.
//!
//! The edge decides where the index lives (the cache folder comes from the
//! environment) and hands the folder here; this module only reads and writes
//! files. [`open`] lists the content folder as a scan would (or takes the
//! names of a listing kept beside the index, while the folders' own stamps
//! say no name in them changed: `listed.rs`), compares each
//! item file's size, mtime, ctime, inode and device with the index, reads
//! again only the files added or changed (and those changed too recently to
//! trust their stamp: `Stamp::settled`), and answers with exactly what a scan would load: the
//! same items in the same order, the same problems. When anything changed it
//! writes the new index (a temporary file renamed over the old one, under a
//! lock; another process writing at the same time means this one does not).
//! When few files changed, what changed is written as a delta beside the
//! index (`store` has its layout): the new records, and the words and bodies
//! of the documents read again; the index itself is left as it is, so an
//! edit costs what the edit changed, not the whole folder. Once the delta
//! grows past a share of the index, the two are written again as one index.
//! A command over an unchanged folder takes its items' order from the one a
//! search kept beside the index (`order`: the search that wrote the index
//! or delta, else the first to read them), when their files make no problem
//! of their own, instead of working it out again.
//! An index that is missing, unreadable, truncated, corrupt, of another
//! format, version or folder is rebuilt from the files, never trusted; a
//! cache folder that cannot be written is not an error: the answer is the
//! same, only the next run reads every file again.

mod codec;
mod dict;
mod evict;
mod listed;
mod lock;
mod order;
mod store;

use std::borrow::Cow;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::content::{self, Item, Kind, Loaded, PROFILE_FILE, Parsed, Problem, dir, load::display_prefix};
use crate::error::{Error, Result};
use crate::query::search;

use dict::{Dict, Lists, Postings};
use store::{Encoded, Layout, Shared};

/// How a served item's encoded fields are read from META ([`FolderIndex::span`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    /// Every item's will be: the section is read whole.
    Whole,
    /// This one's, counted: past one in [`SPANS_ALONE`], the section is read whole.
    Alone,
}

/// A file changed less than this many seconds before it was stat'ed may
/// change again within its times' granularity (whole seconds on some file
/// systems): it is read again next time ([`Stamp::settled`]).
const SETTLE_SECONDS: i64 = 2;
/// Where a file system keeps fractions of a second, a file whose ctime was
/// this much older than the time before it was stat'ed is settled: a change
/// since gives it a later ctime (the kernel's clock for it moves a tick at
/// a time, at most 10 ms; from Linux 6.13, finer once the time was read).
const SETTLE_FINE: std::time::Duration = std::time::Duration::from_millis(100);

/// The time now, since the epoch (taken before files are stat'ed: what
/// settles them, [`Stamp::settled`]).
fn now() -> std::time::Duration {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default()
}

/// The time the files of the content folder `dir` are settled against
/// ([`Stamp::settled`]): now, or the epoch (none settles: every file is
/// read again each time) where a file system's ctime is not a time of its
/// own. FAT's follows its mtime (Linux keeps them alike), as exFAT's does
/// once a file is read back from the disk, and a FUSE file system's is
/// whatever the program behind it says: an mtime set back (`cp -p`) could
/// set both back, and a rewrite of the same size would keep the stamp.
fn settling_time(dir: &Path) -> std::time::Duration {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        // MSDOS_SUPER_MAGIC, EXFAT_SUPER_MAGIC, FUSE_SUPER_MAGIC (linux/magic.h).
        const CTIME_NOT_ITS_OWN: [u64; 3] = [0x4d44, 0x2011_bab0, 0x6573_5546];
        let kind = |path: &Path| rustix::fs::statfs(path).ok().and_then(|fs| u64::try_from(fs.f_type).ok());
        let folders =
            [dir.to_owned(), dir.join(content::Kind::Project.folder()), dir.join(content::Kind::Post.folder())];
        if folders.iter().filter_map(|folder| kind(folder)).any(|kind| CTIME_NOT_ITS_OWN.contains(&kind)) {
            return std::time::Duration::ZERO;
        }
    }
    now()
}

/// Folders with more changed files than this are read and parsed on several threads.
const PARALLEL_FROM: usize = 256;
/// Files read again are handed to the threads that read them this many at
/// a time, each with the room for its bytes ([`read_again`]).
const ROOMS_AT_ONCE: usize = 64;
/// Items asked for one at a time ([`Index::fields`](search::Index::fields):
/// a regex search's, which asks for every item) are read from META alone (a `pread` each) up to one item in
/// this many, then META is read whole: 7,000 items at 10,000 documents made
/// 7,000 reads. (A search's hits are read many at once, in runs:
/// [`FolderIndex::served_many`].)
const SPANS_ALONE: usize = 16;
/// A delta holds at most this share of the index's documents (read again,
/// or gone from it), plus [`DELTA_SLACK`]; past that, one index is written.
const DELTA_SHARE: u32 = 8;
/// See [`DELTA_SHARE`].
const DELTA_SLACK: u32 = 8;
/// An order is carried over a change of at most this many files read
/// again or added (`carry`); past that, it is worked out whole.
const CARRY_MAX: usize = 64;
/// Bodies are read from an index file in runs of at most this many bytes.
const RUN: u64 = 4 << 20;
/// Bodies (or fields) this close to each other are read in one run (the
/// bytes between read too). A read of its own costs about as much as
/// copying a few kilobytes: with 64 KB, a phrase's 887 hits over 100,000
/// documents read 51 MB of bodies and fields in 875 reads, where 4 KB
/// reads 10 MB (most of it the order and listing files) in 2,420.
const GAP: u64 = 4 << 10;
/// Many items' fields are read from META in runs of at most this many
/// bytes ([`FolderIndex::served_many`]), not with the section whole.
const META_RUN: u64 = 256 << 10;

/// What identifies a version of a file: its size, mtime, ctime, inode and device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stamp {
    len: u64,
    mtime: (i64, u32),
    ctime: (i64, u32),
    ino: u64,
    dev: u64,
}

impl Stamp {
    /// Whether a file of this stamp, taken after `now` (since the epoch),
    /// is settled, so that a change since would change its stamp: its mtime
    /// older than [`SETTLE_SECONDS`], and its ctime too where the file
    /// system keeps whole seconds (a ctime with no fraction), else older than
    /// [`SETTLE_FINE`]. The ctime as well as the mtime: `cp -p`, `rsync -a`,
    /// `tar` and `touch -d` set an mtime back, and on a file system of
    /// whole seconds (ext4 with small inodes, HFS+, some network file
    /// systems) a rewrite of the same size in the same second as the mtime
    /// set back left the stamp as it was (a review made it happen); a ctime
    /// cannot be set back (where it can follow the mtime, nothing is
    /// settled: [`settling_time`]).
    fn settled(&self, now: std::time::Duration) -> bool {
        let secs = i64::try_from(now.as_secs()).unwrap_or(i64::MAX);
        let whole = |at: i64| at.saturating_add(SETTLE_SECONDS) < secs;
        let ctime = match (u64::try_from(self.ctime.0), self.ctime.1) {
            (Ok(at), fraction @ 1..) => std::time::Duration::new(at, fraction).saturating_add(SETTLE_FINE) < now,
            _ => whole(self.ctime.0),
        };
        whole(self.mtime.0) && ctime
    }

    /// The stamp of the file `name` in `folder` (opened as `dir`, when it
    /// could be: then the name is looked up in it, not the whole path again);
    /// `None` when it cannot be stat'ed or is not a regular file (a file
    /// with a stamp is read without a second stat: [`dir::read_regular_item`]).
    /// Symbolic links are followed, as reading does.
    #[cfg(unix)]
    // The fields' types depend on the platform: the same type on some.
    #[allow(clippy::useless_conversion)]
    fn at(dir: Option<&File>, folder: &Path, name: &str) -> Option<Stamp> {
        let Some(dir) = dir else {
            return fs::metadata(folder.join(name)).ok().filter(fs::Metadata::is_file).as_ref().and_then(Stamp::of);
        };
        let st = rustix::fs::statat(dir, name, rustix::fs::AtFlags::empty()).ok()?;
        if rustix::fs::FileType::from_raw_mode(st.st_mode) != rustix::fs::FileType::RegularFile {
            return None;
        }
        Some(Stamp {
            len: u64::try_from(st.st_size).ok()?,
            mtime: (i64::try_from(st.st_mtime).ok()?, u32::try_from(st.st_mtime_nsec).ok()?),
            ctime: (i64::try_from(st.st_ctime).ok()?, u32::try_from(st.st_ctime_nsec).ok()?),
            ino: u64::try_from(st.st_ino).ok()?,
            dev: u64::try_from(st.st_dev).ok()?,
        })
    }

    #[cfg(not(unix))]
    fn at(_: Option<&File>, folder: &Path, name: &str) -> Option<Stamp> {
        fs::metadata(folder.join(name)).ok().filter(fs::Metadata::is_file).as_ref().and_then(Stamp::of)
    }

    /// The bytes of a stamp as [`Stamp::put`] puts it.
    const BYTES: usize = 48;

    /// Puts it after `out`: size (u64), mtime (i64, u32 nanoseconds), ctime
    /// (the same), inode (u64), device (u64), little-endian (as a kept
    /// listing keeps its folders' stamps).
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.len.to_le_bytes());
        out.extend_from_slice(&self.mtime.0.to_le_bytes());
        out.extend_from_slice(&self.mtime.1.to_le_bytes());
        out.extend_from_slice(&self.ctime.0.to_le_bytes());
        out.extend_from_slice(&self.ctime.1.to_le_bytes());
        out.extend_from_slice(&self.ino.to_le_bytes());
        out.extend_from_slice(&self.dev.to_le_bytes());
    }

    /// The stamp [`Stamp::put`] put at the start of `b`; `None` when `b` is shorter.
    fn from_bytes(b: &[u8]) -> Option<Stamp> {
        let u64_at = |at: usize| b.get(at..at + 8).and_then(|b| b.try_into().ok()).map(u64::from_le_bytes);
        let i64_at = |at: usize| b.get(at..at + 8).and_then(|b| b.try_into().ok()).map(i64::from_le_bytes);
        let u32_at = |at: usize| b.get(at..at + 4).and_then(|b| b.try_into().ok()).map(u32::from_le_bytes);
        Some(Stamp {
            len: u64_at(0)?,
            mtime: (i64_at(8)?, u32_at(16)?),
            ctime: (i64_at(20)?, u32_at(28)?),
            ino: u64_at(32)?,
            dev: u64_at(40)?,
        })
    }

    /// The file at the path hashed `rel` ([`order::hash`]) with this stamp,
    /// as a number: a folder's files are as seen when the marks of what is
    /// listed add up to those of what was seen ([`Stamped::as_seen`]). Two
    /// 64-bit lanes, each a chain over the fields of steps that are
    /// bijections of both the lane and the field (xor, multiply by an odd
    /// number, rotate), then `MurmurHash3`'s finalizer (a bijection that
    /// mixes every bit into every other): a change to one field always
    /// changes both lanes.
    fn mark(&self, rel: u64) -> u128 {
        let fields = [
            rel,
            self.len,
            u64::from_le_bytes(self.mtime.0.to_le_bytes()),
            u64::from(self.mtime.1),
            u64::from_le_bytes(self.ctime.0.to_le_bytes()),
            u64::from(self.ctime.1),
            self.ino,
            self.dev,
        ];
        let lane =
            |seed: u64, odd: u64| fmix64(fields.iter().fold(seed, |h, &x| (h ^ x).wrapping_mul(odd).rotate_left(29)));
        let high = lane(0x243f_6a88_85a3_08d3, 0x9e37_79b9_7f4a_7c15);
        let low = lane(0x1319_8a2e_0370_7344, 0xd6e8_feb8_6659_fd93);
        (u128::from(high) << 64) | u128::from(low)
    }

    #[cfg(unix)]
    fn of(meta: &fs::Metadata) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt;
        Some(Stamp {
            len: meta.size(),
            mtime: (meta.mtime(), u32::try_from(meta.mtime_nsec()).ok()?),
            ctime: (meta.ctime(), u32::try_from(meta.ctime_nsec()).ok()?),
            ino: meta.ino(),
            dev: meta.dev(),
        })
    }

    #[cfg(not(unix))]
    fn of(_: &fs::Metadata) -> Option<Stamp> {
        None
    }
}

/// `MurmurHash3`'s 64-bit finalizer: a bijection that mixes every bit into every other.
fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

/// One item file as the index keeps it.
#[derive(Debug, Clone)]
pub(crate) struct Record {
    /// Its path in the content folder.
    rel: String,
    stamp: Stamp,
    /// Whether its stamp was settled when taken ([`Stamp::settled`]): a
    /// change since would change it.
    settled: bool,
    slug: String,
    /// Its problems, paths relative to the folder.
    problems: Vec<Problem>,
    /// The item's fields, when the file made an item.
    item: Option<Fields>,
    /// The number of words of each field (at least 1), as a search counts them.
    lengths: [u32; 4],
    /// Where its body is in TEXT: offset, length, CRC-32.
    body: (u64, u64, u32),
    /// Its document in the index it was read from, or its body when just read.
    origin: Origin,
    /// Its place among the records of the index (not a delta) it was read
    /// from, as it is there: a delta names it by this place, not whole.
    kept: Option<u32>,
    /// Its place among the records known before this run, when it is kept
    /// as it was (not read again): its place in the order kept before.
    was: Option<u32>,
}

/// An item's fields as a record holds them.
#[derive(Debug, Clone)]
enum Fields {
    /// Just read from its file: the item, its path relative to the folder
    /// (the folder's as shown put before it once it is served: `shown_as`),
    /// its body moved to the record's origin.
    Item(Box<Item>),
    /// As the index it was read from encodes them (`codec::Enc::item`):
    /// decoded only when the corpus is made, straight into it.
    Encoded(Shared),
}

/// The item of a record just read from its file.
fn item(r: &Record) -> Option<&Item> {
    match &r.item {
        Some(Fields::Item(item)) => Some(item),
        _ => None,
    }
}

impl Fields {
    /// The item's kind and order (what `combine` sorts by, then the slug),
    /// read without decoding the rest; `None` when they do not decode.
    fn key(&self) -> Option<(content::Kind, u32)> {
        match self {
            Fields::Item(item) => Some((item.kind, item.order)),
            Fields::Encoded(bytes) => {
                let mut d = codec::Dec::new(bytes);
                d.key().filter(|_| d.done())
            }
        }
    }
}

/// Where a record's body and words are.
#[derive(Debug, Clone)]
enum Origin {
    /// In the index (or its delta) it was read from, as this document.
    Doc(u32),
    /// Just read: the body.
    Fresh(String),
}

impl Origin {
    /// Its document, when it has one.
    fn doc(&self) -> Option<u32> {
        match self {
            Origin::Doc(doc) => Some(*doc),
            Origin::Fresh(_) => None,
        }
    }
}

/// What a search needs of each document.
#[derive(Debug)]
struct Doc {
    /// Its file's path in the content folder.
    rel: String,
    lengths: [u32; 4],
    body: (u64, u64, u32),
}

/// Each document by its id (`None` for a document of the index that its
/// delta replaces or removes): its path, word counts and body.
#[derive(Debug)]
enum Docs {
    /// Made from the index's records.
    Held(Vec<Option<Doc>>),
    /// Read, when asked, from what a search saw of the folder as it is
    /// ([`order::Seen`]: each file's record, in the listing's order): a
    /// warm search makes no document it does not show (100,000 of them
    /// were 6.4 MB, made before every such search).
    Seen {
        seen: order::Seen,
        /// Each document's place among the records (`u32::MAX` for none).
        record: Vec<u32>,
        /// The listing's paths, group by group: the records' paths, in order.
        rels: Vec<dir::Rels>,
    },
}

impl Docs {
    /// How many ids there are.
    fn len(&self) -> usize {
        match self {
            Docs::Held(docs) => docs.len(),
            Docs::Seen { record, .. } => record.len(),
        }
    }

    /// The documents made from records, as a corpus is loaded from them
    /// (`open` past the records, `load_served`): none when they are read
    /// from what was seen, which loads no corpus (`Peek::open`).
    fn held(&self) -> &[Option<Doc>] {
        match self {
            Docs::Held(docs) => docs,
            Docs::Seen { .. } => &[],
        }
    }

    /// The place among the records seen of document `doc`.
    fn record(record: &[u32], doc: u32) -> Option<usize> {
        record.get(doc as usize).filter(|&&r| r != u32::MAX).map(|&r| r as usize)
    }

    /// The path in the content folder of document `doc` ("" for none).
    fn rel(&self, doc: u32) -> &str {
        match self {
            Docs::Held(docs) => rel_of(docs, doc),
            Docs::Seen { record, rels, .. } => {
                let Some(mut at) = Docs::record(record, doc) else { return "" };
                for group in rels {
                    match group.get(at) {
                        Some(rel) => return rel,
                        None => at -= group.len(),
                    }
                }
                ""
            }
        }
    }

    /// The number of words of each field of document `doc`.
    fn lengths(&self, doc: u32) -> Option<[u32; 4]> {
        match self {
            Docs::Held(docs) => docs.get(doc as usize)?.as_ref().map(|d| d.lengths),
            Docs::Seen { seen, record, .. } => seen.lengths(Docs::record(record, doc)?),
        }
    }

    /// Where document `doc`'s body is: offset in its TEXT, length, CRC-32.
    fn body(&self, doc: u32) -> Option<(u64, u64, u32)> {
        match self {
            Docs::Held(docs) => docs.get(doc as usize)?.as_ref().map(|d| d.body),
            Docs::Seen { seen, record, .. } => seen.file(Docs::record(record, doc)?).map(|f| f.body),
        }
    }

    /// Where document `doc`'s fields are, when read from what was seen.
    fn seen_fields(&self, doc: u32) -> Option<(store::Meta, u32, u32, u32)> {
        match self {
            Docs::Held(_) => None,
            Docs::Seen { seen, record, .. } => seen.file(Docs::record(record, doc)?).map(|f| f.fields),
        }
    }
}

/// Where the bodies of an index file (an index or its delta) are.
#[derive(Debug)]
enum Text {
    /// Just built: in memory (as the pieces it was built of), with the file
    /// it was written as, when it was.
    Memory(store::Pieces, Option<store::Base>),
    /// In its file, opened once (a newer index renamed over it does not change what this one reads).
    File { file: File, layout: Layout },
}

/// An index file as a search reads it: its bodies and its dictionary.
#[derive(Debug)]
struct Part {
    text: Text,
    /// Parsed when a search first asks for it (already, when just built).
    dict: OnceLock<Option<Dict>>,
    /// Its META section, read (and checked) whole when many items' fields
    /// are asked for one at a time (a regex search's: [`FolderIndex::span`]) or
    /// every item's names (the typo fallback); a search's hits are read in
    /// runs, not with it ([`FolderIndex::served_many`]).
    meta: OnceLock<Option<Vec<u8>>>,
    /// How many items' fields were read from META one at a time.
    spans: std::sync::atomic::AtomicUsize,
}

impl Part {
    fn file(file: File, layout: Layout) -> Part {
        Part { text: Text::File { file, layout }, dict: OnceLock::new(), meta: OnceLock::new(), spans: 0.into() }
    }

    fn built(text: store::Pieces, dict: Option<Dict>, written: Option<store::Base>) -> Part {
        Part { text: Text::Memory(text, written), dict: dict.into(), meta: OnceLock::new(), spans: 0.into() }
    }

    /// Says that its file was not written after all (a part just built
    /// names it as written: [`encode`]).
    fn unwritten(&mut self) {
        if let Text::Memory(_, written) = &mut self.text {
            *written = None;
        }
    }

    /// Its dictionary; `None` when it does not check out.
    fn dict(&self) -> Option<&Dict> {
        self.dict
            .get_or_init(|| match &self.text {
                // A dictionary built here is parsed already.
                Text::Memory(..) => None,
                Text::File { file, layout } => Dict::parse(
                    store::read_section(file, layout.dict)?,
                    Lists::File(file.try_clone().ok()?, layout.lists.0),
                ),
            })
            .as_ref()
    }
}

/// What a command needs loaded of a folder, through its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Load {
    /// The items' fields, no bodies (`list`, `tags`, a search with a
    /// filter): no item file is read.
    Fields,
    /// The items with their bodies (`show`, `resume`).
    Bodies,
    /// What a search of every item needs: the corpus comes without its
    /// items (its profile and warnings as a scan's); the index names them
    /// in order ([`search::Index::served`]) and decodes each when a search
    /// first asks for it ([`search::Index::fields`]).
    Search,
}

/// The items of a corpus loaded without them ([`Load::Search`]), as the index gives them.
#[derive(Debug)]
struct Served {
    /// The documents of the corpus's items, in the corpus's order.
    order: Vec<u32>,
    /// Each document's fields as held, by document (none when read from
    /// what a search saw: [`Docs::Seen`]).
    fields: Vec<Option<Held>>,
    /// Each document's item, made when first asked (the slots too: most
    /// searches make none, only lend the items of their hits).
    made: OnceLock<Vec<OnceLock<Box<Item>>>>,
}

thread_local! {
    /// Items [`FolderIndex::fields_many`] made that were given back, to make
    /// the next ones in (their strings reused), up to [`SPARE_ITEMS`].
    static SPARE: std::cell::Cell<Vec<Item>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The most items kept on a thread to be made again: a batch of hits'
/// (the search's `BODIES_AT_ONCE`).
const SPARE_ITEMS: usize = 256;

/// A content folder's index, open: what a search asks of it.
#[derive(Debug)]
pub struct FolderIndex {
    /// Each document by its id.
    docs: Docs,
    /// The documents of the items, in the records' order.
    order: Vec<u32>,
    /// The folder as shown in paths: an item's path is this and its file's.
    prefix: String,
    /// The documents in order of their paths (the records come in that
    /// order already: sorting checks it in one pass).
    by_path: OnceLock<Vec<u32>>,
    /// The index, then its delta when it has one: documents from `split`
    /// on are the delta's.
    parts: Vec<Part>,
    split: u32,
    /// The documents read in full (boxed: most never are), made when a
    /// search first reads one (only a regex does).
    full: OnceLock<Vec<OnceLock<Box<Item>>>>,
    /// Where the index file is.
    path: PathBuf,
    /// The corpus's items, when it was loaded without them.
    served: Option<Served>,
}

/// A folder loaded through its index.
#[derive(Debug)]
pub struct Opened {
    /// The corpus and warnings, as a scan loads them (bodies only when asked for).
    pub loaded: Loaded,
    /// The index, for searches.
    pub index: FolderIndex,
}

/// Loads the content folder `dir` through its index in the folder `cache`,
/// refreshing the index first: the same corpus and problems as
/// [`content::load`](fn@content::load), with what `need` asks for (a search reads the bodies
/// it needs through the index; with [`Load::Search`], the items too).
/// `Ok(None)` when this platform or folder cannot be indexed, or the index
/// fails its checks while read: load it by scanning. Errors are the scan's:
/// a folder that cannot be read, content with errors.
pub fn open(dir: &Path, cache: &Path, threads: usize, need: Load) -> Result<Option<Opened>> {
    let now = settling_time(dir); // Before any file is stat'ed: what settles them.
    // The index's place: the folder's canonical path, and the file named after it.
    let place = fs::canonicalize(dir).ok().filter(|_| cfg!(unix)).map(|canonical| {
        let folder = canonical.as_os_str().as_encoded_bytes().to_vec();
        (cache.join(file_name(&canonical, &folder)), folder)
    });
    let Some((path, folder)) = place else {
        // No index here: the scan lists the folder (its error is the one a scan reports).
        dir::list(dir).map_err(|source| Error::ContentDir { path: dir.to_owned(), source })?;
        return Ok(None);
    };
    let (listing, found, stamps) = list_and_stamp(dir, Some((&folder, &path, now)), need == Load::Search, threads);
    let listing = listing.map_err(|source| Error::ContentDir { path: dir.to_owned(), source })?;
    let prefix = display_prefix(dir);
    let (mut old, peeked) = match found {
        Found::Warm(peek) => return peek.open(listing, &prefix, path),
        Found::Old(old, peeked) => (old, peeked),
    };
    let known = old.as_mut().map(|o| std::mem::take(&mut o.records)).unwrap_or_default();
    let (mut records, same, mut problems) = refresh(&listing, &stamps, (known, now), &prefix, threads);
    let fast = same && old.is_some();
    // When something changed, the order kept for the records known before
    // (a search's only), to carry over the change: taken before the index is
    // written, while the records kept still name the documents they had.
    // (Looked up already when what was seen of them was.)
    let before = old.as_ref().filter(|_| need == Load::Search && !same).and_then(|old| {
        let key = (old.layout.this, old.delta.as_ref().map(|(_, dl)| dl.this));
        match peeked {
            Some((peeked, order)) if peeked == key => Some(order),
            _ => order::read(&order::path(&path), key).map(|kept| kept.order),
        }
    });
    let before = before.and_then(|kept| places(&records, &kept));
    // What a search of every item sees of an unchanged folder, to be kept
    // with its order: the next such search needs no record.
    let counts: Vec<usize> = listing.groups.iter().map(|group| group.wanted.len()).collect();
    let seen = (fast && need == Load::Search).then(|| seen_of(&records, &counts)).flatten();
    let built = match (same, old) {
        (true, Some(old)) => {
            let split = old.layout.docs;
            let mut parts = vec![Part::file(old.file, old.layout)];
            parts.extend(old.delta.map(|(file, layout)| Part::file(file, layout)));
            Some((records, (parts, split, None)))
        }
        (_, old) => build(&mut records, old, &folder, &path, cache, threads).map(|parts| (records, parts)),
    };
    let (records, (mut parts, split, pending), fast) = if let Some((records, parts)) = built {
        (records, parts, fast)
    } else {
        // The old index's sections do not check out: every file is read again.
        let (mut records, _, again) = refresh(&listing, &stamps, (Vec::new(), now), &prefix, threads);
        problems = again;
        let parts = build(&mut records, None, &folder, &path, cache, threads)
            .ok_or_else(|| Error::IndexUnusable { path: path.clone(), why: "built without its files".to_owned() })?;
        (records, parts, false)
    };
    // A search writes the index file while it works out its order of items.
    let pending = pending.and_then(|pending| pending.unless_later(need == Load::Search, &mut parts));
    // The order kept before, carried over the files read again, added and gone.
    let carried = before.filter(|_| !fast).and_then(|before| carry(&records, &before));
    // Only the profile's text is needed from the listing now: the names of
    // its files are not kept while the corpus is made.
    let dir::Listing { profile, profile_problems, groups, .. } = listing;
    drop((profile_problems, groups));
    // An unchanged folder's fields are read again from the META they came
    // from (the index's or its delta's), so its bytes are not held. A
    // search's items are decoded from META held whole (checked when read), as asked.
    let again = fast && need != Load::Search;
    // (A search's file is not written then: records that name no document
    // cannot be served, and the next command builds the index again.)
    let Some(Split { docs, order, entries }) = entries(records, again) else { return Ok(None) };
    let full = OnceLock::new();
    let by_path = OnceLock::new();
    let index = FolderIndex { docs, order, prefix: prefix.clone(), by_path, parts, split, full, path, served: None };
    if need == Load::Search {
        return index.serve(profile, entries, (problems, carried, seen), &prefix, (cache, pending, threads));
    }
    let texts = if need == Load::Bodies {
        match index.read_bodies(&index.order) {
            Ok(texts) => Some(texts),
            Err(_) => return Ok(None),
        }
    } else {
        None
    };
    // The index's META, then its delta's (in the order of `store::Meta`).
    let metas = index.parts.iter().filter(|_| again).map(|part| match &part.text {
        Text::File { file, layout } => Some(Window::new(file, layout.meta)),
        Text::Memory(..) => None,
    });
    let Some(metas) = metas.collect::<Option<Vec<_>>>() else { return Ok(None) };
    // The order an earlier search kept for these files, when unchanged.
    let kept =
        index.key().filter(|_| fast && is_clean(&entries)).and_then(|key| order::read(&order::path(&index.path), key));
    let kept = kept.map(|kept| kept.order);
    let Some(loaded) = load(profile, index.docs.held(), entries, metas, texts, (problems, kept), &prefix)? else {
        // An item's fields that do not decode are not fixed by reading the
        // index again: removed (the error is not needed), it is rebuilt by the next run.
        let _ = index.unusable("an item's fields");
        return Ok(None);
    };
    Ok(Some(Opened { loaded, index }))
}

/// Lists the content folder `dir` and stamps every item file, as every
/// command through the index does before it answers, and nothing else: the
/// floor under a warm run, whatever the index holds (`bench/index` times it,
/// through `examples/floor.rs`, beside rg). Returns how many files were stamped.
pub fn floor(dir: &Path, threads: usize) -> Result<usize> {
    let (listing, _, stamps) = list_and_stamp(dir, None, false, threads);
    listing.map_err(|source| Error::ContentDir { path: dir.to_owned(), source })?;
    Ok(stamps.iter().flatten().flatten().count())
}

/// Lists the content folder `dir`, finds its index in the cache (the
/// folder's canonical path and the index's, when given, with the time its
/// files are settled against: [`settling_time`], a listing kept by it) and
/// stamps every item file listed (group by group, in the listing's order).
///
/// The names are stamped as they are listed ([`dir::list_feeding`]): the
/// listing feeds a [`Pipe`] a batch of names at a time, which the other
/// threads stamp meanwhile, and the thread that lists joins them when it
/// is done. (Listing 100,000 files took half as long as stamping them on
/// two threads, and the second thread waited for it.)
///
/// With `warm` (a search of every item), what a search saw of the folder
/// ([`order::Seen`]) is looked up first, on another thread, and the
/// stamps, summed as marks, are compared with it ([`Stamped::as_seen`]):
/// while every file is as seen, no record of the index is read
/// ([`Found::Warm`]). Else the records are read: at once (on that thread)
/// when nothing was seen, once the stamps are compared when a file changed.
fn list_and_stamp(
    dir: &Path,
    place: Option<(&[u8], &Path, std::time::Duration)>,
    warm: bool,
    threads: usize,
) -> (std::io::Result<dir::Listing>, Found, Vec<Vec<Option<Stamp>>>) {
    let read = || place.and_then(|(folder, path, _)| Old::read(path, folder));
    let peek = || place.filter(|_| warm).and_then(|(folder, path, _)| Peek::read(path, folder));
    let pipe = Pipe::default();
    let feed = &mut |batch| pipe.push(batch);
    // The names listed before, when the folders are as they were then
    // (`listed`); else the folder listed, with the time it was listed from,
    // to be kept when it can be ([`keep_listing`], once the names are all
    // handed out).
    let kept = place.map(|(_, path, _)| listed::path(path));
    let list = |feed: &mut dyn FnMut(dir::Batch)| {
        if let Some(before) = kept.as_deref().and_then(listed::Kept::read).filter(|kept| kept.holds(dir)) {
            return (Ok(dir::listed_before(dir, before.into_files(), feed)), None);
        }
        // The time taken before the folders' stamps are (the one the files
        // are settled against): a listing that took seconds does not make
        // a folder changed as it began look settled.
        (dir::list_feeding(dir, Some(feed)), place.map(|(_, _, now)| now))
    };
    let (listing, peeked, old, stamped) = if threads < 2 {
        let peeked = peek();
        let old = if peeked.is_none() { read() } else { None };
        let (listing, fresh) = list(feed);
        pipe.close();
        keep_listing(&listing, fresh, kept.as_deref());
        (listing, peeked, old, stamp(&pipe))
    } else {
        std::thread::scope(|scope| {
            // Closed whatever happens here (a panic included), or the helpers would wait for good.
            let closes = pipe.closes();
            let helpers = crate::parallel::spawn_each(
                scope,
                (1..threads).map(|n| {
                    let pipe = &pipe;
                    move || {
                        let (mut peeked, mut old) = (None, None);
                        if n == 1 {
                            peeked = peek();
                            // Nothing seen to compare with: the records are read at once.
                            if peeked.is_none() {
                                old = read();
                            }
                        }
                        (peeked, old, stamp(pipe))
                    }
                }),
            );
            let (listing, fresh) = list(feed);
            drop(closes);
            // Written while the other threads stamp what is left.
            keep_listing(&listing, fresh, kept.as_deref());
            let mut stamped = stamp(&pipe);
            let (mut peeked, mut old) = (None, None);
            for helper in helpers {
                // A helper that panicked hit a bug: let it surface, as it would here.
                let (seen, read, part) = helper.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
                peeked = peeked.or(seen);
                old = old.or(read);
                stamped.extend(part);
            }
            (listing, peeked, old, stamped)
        })
    };
    let Ok(listed) = &listing else { return (listing, Found::Old(old, peeked.map(Peek::order)), Vec::new()) };
    let stamped = Stamped::new(listed, stamped);
    let as_seen = peeked.as_ref().is_some_and(|peek| stamped.as_seen(listed, &peek.seen.groups));
    if as_seen {
        // A folder as seen needs no stamp now (they were all compared).
        return (listing, Found::of(peeked, true, None), Vec::new());
    }
    let old = old.or_else(|| peeked.as_ref().and_then(|_| read()));
    let stamps = stamped.in_order(listed);
    (listing, Found::of(peeked, false, old), stamps)
}

/// Keeps `listing`, made from the folders at `now` (`None`: it was the one
/// kept), at `path` (`None`: no index), when it can be kept ([`listed`]).
fn keep_listing(listing: &std::io::Result<dir::Listing>, now: Option<std::time::Duration>, path: Option<&Path>) {
    if let (Ok(listing), Some(now), Some(path)) = (listing, now, path) {
        if let Some(keep) = listed::Kept::of(listing, now) {
            keep.write(path.parent().unwrap_or(Path::new(".")), path);
        }
    }
}

/// What was found of a folder's index while it was listed and stamped.
enum Found {
    /// Its files are all as a search saw them: what that search kept.
    Warm(Peek),
    /// The index's records, when it has an index that checks out; and the
    /// order a search kept for them, when it was looked up with what was
    /// seen (which a file changed since).
    Old(Option<Old>, Option<(order::Key, Vec<u32>)>),
}

impl Found {
    /// `Warm` when the folder's files are `as_seen` (as `peek` names them).
    fn of(peek: Option<Peek>, as_seen: bool, old: Option<Old>) -> Found {
        match peek {
            Some(peek) if as_seen => Found::Warm(peek),
            peek => Found::Old(old, peek.map(Peek::order)),
        }
    }
}

/// Batches of names listed, to stamp ([`list_and_stamp`]): the thread
/// that lists pushes them, every thread takes them in turn until the
/// listing is done and none is left ([`stamp`]).
type Pipe = crate::parallel::Feed<dir::Batch>;

/// Stamps batches of `pipe` until the listing is done and none is left:
/// each one's group, number and stamps (`None` for a file that cannot be
/// stat'ed or is not a regular file: it is read, and its problem reported;
/// and for a name that is no item's). A folder is opened once per thread,
/// for its first batch (it may be no folder at all): threads that share a
/// descriptor count its uses on the same cache line, every stat.
fn stamp(pipe: &Pipe) -> Vec<BatchStamps> {
    let mut open: Vec<(usize, Option<File>)> = Vec::new();
    let mut done = Vec::new();
    while let Some(batch) = pipe.next() {
        let at = open.iter().position(|(g, _)| *g == batch.group).unwrap_or_else(|| {
            open.push((batch.group, dir::open_folder(&batch.folder).ok()));
            open.len() - 1
        });
        let folder = open.get(at).and_then(|(_, f)| f.as_ref());
        let stamps = Vec::with_capacity(batch.ends.len());
        let mut made = BatchStamps { group: batch.group, number: batch.number, stamps, ..BatchStamps::default() };
        // The path's hash as the listing names the file: "<folder>/<name>".
        let start = order::hash(batch.prefix.bytes().chain([b'/']));
        for name in batch.texts() {
            let name = name.filter(|name| dir::may_be_item(name));
            let stamp = name.and_then(|name| Stamp::at(folder, &batch.folder, name));
            if let Some(name) = name {
                made.items += 1;
                match &stamp {
                    Some(stamp) => {
                        made.marks = made.marks.wrapping_add(stamp.mark(order::hash_on(start, name.bytes())));
                    }
                    None => made.unstamped = true,
                }
            }
            made.stamps.push(stamp);
        }
        done.push(made);
    }
    done
}

/// The stamps of one [`dir::Batch`].
#[derive(Default)]
struct BatchStamps {
    group: usize,
    number: usize,
    /// Each name's stamp (`None` for a name that is no item's, or a file
    /// that cannot be stat'ed or is not a regular file).
    stamps: Vec<Option<Stamp>>,
    /// How many names may be items' ([`dir::may_be_item`]).
    items: usize,
    /// The sum of their marks ([`Stamp::mark`]).
    marks: u128,
    /// Whether one of them has no stamp.
    unstamped: bool,
}

/// The stamps of a listing's files, as [`stamp`] made them: each
/// group's batches by number, and its items' marks.
struct Stamped {
    batches: Vec<Vec<Option<Vec<Option<Stamp>>>>>,
    /// Each group's names that may be items, and the sum of their marks;
    /// `None` when a file could not be stat'ed.
    marks: Vec<Option<(usize, u128)>>,
}

impl Stamped {
    fn new(listing: &dir::Listing, made: Vec<BatchStamps>) -> Stamped {
        let mut batches: Vec<Vec<Option<Vec<Option<Stamp>>>>> = listing.groups.iter().map(|_| Vec::new()).collect();
        let mut marks: Vec<Option<(usize, u128)>> = listing.groups.iter().map(|_| Some((0, 0))).collect();
        for batch in made {
            if let (Some(group), Some(sum)) = (batches.get_mut(batch.group), marks.get_mut(batch.group)) {
                if group.len() <= batch.number {
                    group.resize_with(batch.number + 1, || None);
                }
                group[batch.number] = Some(batch.stamps);
                *sum = sum.filter(|_| !batch.unstamped).map(|(n, m)| (n + batch.items, m.wrapping_add(batch.marks)));
            }
        }
        Stamped { batches, marks }
    }

    /// The stamp of the `j`th file of group `g`; stamped now if no batch
    /// had it (past the names fed).
    fn stamp(&self, listing: &dir::Listing, g: usize, j: usize) -> Option<Stamp> {
        let group = listing.groups.get(g)?;
        let made = group.listed_at.get(j).and_then(|&at| {
            let at = at as usize;
            self.batches.get(g)?.get(at / dir::BATCH)?.as_ref()?.get(at % dir::BATCH)
        });
        match made {
            Some(stamp) => *stamp,
            None => Stamp::at(None, &group.folder, file_of(group.wanted.get(j)?)),
        }
    }

    /// Whether the files of `listing` are those a search saw (`seen`), with
    /// the same stamps: each group has as many files as were seen, as many
    /// stamped names that may be items', every file listed among them,
    /// and their marks add up to those seen. A file changed, added,
    /// removed or renamed changes the sum but for a chance of 2^-128 or so
    /// (in place of the same number of files, the sum of the new ones'
    /// marks would have to be the old ones'). Chance, not design: someone
    /// who can write the folder could search for stamps whose marks add
    /// up the same (a generalized birthday search), to serve what the
    /// folder held before, which they could as well have left there.
    fn as_seen(&self, listing: &dir::Listing, seen: &[(usize, u128)]) -> bool {
        // Every file listed was fed (the first `MAX_FILES` names in the
        // folder's order were): then the files stamped are a superset of
        // those listed, and as many only when they are the same.
        let fed = |group: &dir::Group| group.listed_at.iter().all(|&at| (at as usize) < dir::MAX_FILES);
        listing.groups.len() == seen.len()
            && listing.groups.iter().zip(&self.marks).zip(seen).all(|((group, made), &(count, marks))| {
                group.wanted.len() == count && *made == Some((count, marks)) && fed(group)
            })
    }

    /// The stamps of every group's files, in order.
    fn in_order(&self, listing: &dir::Listing) -> Vec<Vec<Option<Stamp>>> {
        let group =
            |(g, group): (usize, &dir::Group)| (0..group.wanted.len()).map(|j| self.stamp(listing, g, j)).collect();
        listing.groups.iter().enumerate().map(group).collect()
    }
}

/// What the corpus is made of, per record: the record's document (or its
/// path, for a file that made no item), slug, problems and fields. Boxed
/// slices and strings, 64 bytes in all: 10,000 entries are 0.6 MB.
struct Entry {
    place: Place,
    slug: Box<str>,
    problems: Box<[Problem]>,
    fields: Option<Held>,
}

/// Where an entry's path is.
enum Place {
    /// Its document's (the item's file).
    Doc(u32),
    /// Its own: a file that made no item.
    Rel(Box<str>),
}

/// An entry's fields.
#[derive(Debug)]
enum Held {
    /// As the record held them.
    Fields(Box<Fields>),
    /// At these bytes (offset, length) of the META section the record was
    /// read from, to be read again (checked again whole) when the corpus is made.
    Again(store::Meta, u32, u32),
}

/// How a served document's fields are held, as [`FolderIndex::held`] finds them.
enum Holds<'a> {
    /// As its record held them.
    Fields(&'a Fields),
    /// At these bytes of a META section (which, offset, length, CRC-32),
    /// as a search saw them ([`order::Seen`]): read (and checked) when asked.
    Span((store::Meta, u32, u32, u32)),
}

/// Splits the records into the documents (each item's path, word counts and
/// body, by document id), the items' documents in the records' order, and
/// the entries the corpus is made of; with `again`, encoded fields keep only
/// their range of META. The records' vector is gone once this returns: the
/// peak of a warm run holds the documents, the entries and the corpus, not
/// the records as well. `None` when an item's record names no document.
fn entries(records: Vec<Record>, again: bool) -> Option<Split> {
    let mut order = Vec::with_capacity(records.len());
    // Every item's record names its document once the index is made (read
    // ones are checked to name each at most once, within range): the
    // documents are made at their length once, not grown.
    let len =
        records.iter().filter(|r| r.item.is_some()).filter_map(|r| r.origin.doc()).max().map_or(0, |d| d as usize + 1);
    let mut docs: Vec<Option<Doc>> = std::iter::repeat_with(|| None).take(len).collect();
    let mut entries = Vec::with_capacity(records.len());
    for r in records {
        let Record { rel, slug, problems, item, lengths, body, origin, .. } = r;
        let place = match (&item, origin.doc()) {
            (None, _) => Place::Rel(rel.into_boxed_str()),
            (Some(_), Some(doc)) => {
                *docs.get_mut(doc as usize)? = Some(Doc { rel, lengths, body });
                order.push(doc);
                Place::Doc(doc)
            }
            (Some(_), None) => return None,
        };
        let fields = item.map(|fields| {
            let (meta, range) = match &fields {
                Fields::Encoded(shared) if again => (shared.meta(), shared.range()),
                _ => (store::Meta::Index, 0..0),
            };
            match (u32::try_from(range.start), u32::try_from(range.len())) {
                (Ok(at), Ok(len)) if len > 0 => Held::Again(meta, at, len),
                _ => Held::Fields(Box::new(fields)),
            }
        });
        let (slug, problems) = (slug.into_boxed_str(), problems.into_boxed_slice());
        entries.push(Entry { place, slug, problems, fields });
    }
    Some(Split { docs: Docs::Held(docs), order, entries })
}

/// What [`entries`] makes of the records.
struct Split {
    docs: Docs,
    order: Vec<u32>,
    entries: Vec<Entry>,
}

/// The path in the content folder of the document `doc` ("" for none).
fn rel_of(docs: &[Option<Doc>], doc: u32) -> &str {
    docs.get(doc as usize).and_then(Option::as_ref).map_or("", |d| d.rel.as_str())
}

impl Place {
    /// The path in the content folder it names (its document's, for an item).
    fn rel<'d>(&'d self, docs: &'d [Option<Doc>]) -> &'d str {
        match self {
            Place::Doc(doc) => rel_of(docs, *doc),
            Place::Rel(rel) => rel,
        }
    }
}

/// `problems` as a scan reports them: each path put after `prefix`.
fn shown(problems: Box<[Problem]>, prefix: &str) -> Vec<Problem> {
    problems.into_vec().into_iter().map(|p| Problem { path: [prefix, p.path.as_str()].concat(), ..p }).collect()
}

/// The index file's name for a folder: its last name (for people looking in
/// the cache) and a hash of its canonical path.
fn file_name(canonical: &Path, folder: &[u8]) -> String {
    let name: String = canonical
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(40)
        .collect();
    // FNV-1a, 64 bits: stable across builds. A collision is caught by the
    // folder stored in the header.
    let hash = order::hash(folder.iter().copied());
    format!("{name}-{hash:016x}.idx")
}

/// The delta beside the index at `path`.
fn delta_path(path: &Path) -> PathBuf {
    path.with_extension("delta")
}

/// The index at `path` of `folder` opened, its header checked, and its
/// delta when it has one whose header checks and that extends it (a delta
/// beside another index is not used: the next write replaces it).
#[allow(clippy::type_complexity)]
fn index_files(path: &Path, folder: &[u8]) -> Option<(File, Layout, Option<(File, Layout)>)> {
    let file = store::open(path, File::options().read(true))?;
    let layout = store::read_header(&file, folder).filter(|l| l.base.is_none())?;
    let delta = store::open(&delta_path(path), File::options().read(true))
        .and_then(|delta| Some((store::read_header(&delta, folder)?, delta)))
        .filter(|(dl, _)| dl.base == Some(layout.this))
        .map(|(dl, delta)| (delta, dl));
    Some((file, layout, delta))
}

/// An index looked up for a search of every item: its header and its
/// delta's, what a search kept beside them with what it saw of the folder
/// (else no `Peek` is made), and what a search is served from, made of
/// that: every document but its path (the listing's, put in when the folder
/// is found as seen), each item's fields where they are in META. No record
/// is read. It is made on the thread that looks the index up while the
/// folder is listed, so the search after the stamps has only the paths to
/// put in.
struct Peek {
    file: File,
    layout: Layout,
    delta: Option<(File, Layout)>,
    /// What a search saw of the folder's files, with each group's number of
    /// files and sum of their marks ([`Stamp::mark`]).
    seen: order::Seen,
    /// Each document's place among the records seen (`u32::MAX` for none).
    record: Vec<u32>,
    /// The documents in the records' order (the listing's).
    order: Vec<u32>,
    /// The corpus's items, as kept.
    served: Served,
}

impl Peek {
    /// The index at `path` of `folder` looked up, when a search kept what it
    /// saw with its order; `None` when none did, or what was kept does not
    /// add up (then it is removed: the next search keeps it anew).
    fn read(path: &Path, folder: &[u8]) -> Option<Peek> {
        let (file, layout, delta) = index_files(path, folder)?;
        let key = (layout.this, delta.as_ref().map(|(_, dl)| dl.this));
        let kept = order::path(path);
        let order::Kept { order: served, seen } = order::read(&kept, key)?;
        // Kept without what was seen: the search reads the order alone again.
        let seen = seen?;
        let total = delta.as_ref().map_or(layout.docs, |(_, dl)| dl.docs) as usize;
        let Some((record, order, served)) = Peek::documents(&seen, served, total) else {
            let _ = fs::remove_file(&kept);
            return None;
        };
        Some(Peek { file, layout, delta, seen, record, order, served })
    }

    /// The files it was looked up for, and the corpus's order kept for them.
    fn order(self) -> (order::Key, Vec<u32>) {
        let key = (self.layout.this, self.delta.as_ref().map(|(_, dl)| dl.this));
        (key, self.served.order)
    }

    /// Each document's place among the records of what was `seen` (`total`
    /// ids), the records' order and the served items, with the corpus's
    /// order `served`; `None` unless each record is well formed and names a
    /// document of its own, and `served` names each of them once. No
    /// document is made: each is read from its record when asked ([`Docs::Seen`]).
    fn documents(seen: &order::Seen, served: Vec<u32>, total: usize) -> Option<(Vec<u32>, Vec<u32>, Served)> {
        let mut record = vec![u32::MAX; total];
        let mut order = Vec::with_capacity(seen.len());
        for i in 0..seen.len() {
            let doc = seen.doc(i)?;
            let place = record.get_mut(doc as usize)?;
            if *place != u32::MAX {
                return None;
            }
            *place = u32::try_from(i).ok()?;
            order.push(doc);
        }
        let mut named = vec![false; total];
        let once = served.len() == order.len()
            && served.iter().all(|&doc| {
                Docs::record(&record, doc).is_some()
                    && named.get_mut(doc as usize).is_some_and(|named| !std::mem::replace(named, true))
            });
        once.then(|| (record, order, Served { order: served, fields: Vec::new(), made: OnceLock::new() }))
    }

    /// The folder's index opened for a search of every item, its files
    /// found as seen (`listing`): each document gets its path from the
    /// listing, and the corpus holds the profile and the listing's problems
    /// (the files made none when seen). `None` when the listing does not
    /// have as many files as were seen.
    fn open(self, listing: dir::Listing, prefix: &str, path: PathBuf) -> Result<Option<Opened>> {
        let Peek { file, layout, delta, seen, record, order, served, .. } = self;
        let dir::Listing { profile, mut profile_problems, groups, .. } = listing;
        if groups.iter().map(|group| group.wanted.len()).ne(seen.groups.iter().map(|&(count, _)| count)) {
            return Ok(None);
        }
        let rels = groups
            .into_iter()
            .map(|group| {
                profile_problems.extend(group.problems);
                group.wanted
            })
            .collect();
        let docs = Docs::Seen { seen, record, rels };
        let profile = profile.map(|text| content::load::parse_profile(prefix, &text));
        let loaded = profile_only(profile, profile_problems, prefix)?;
        let mut parts = vec![Part::file(file, layout)];
        parts.extend(delta.map(|(file, layout)| Part::file(file, layout)));
        let index = FolderIndex {
            docs,
            order,
            prefix: prefix.to_owned(),
            by_path: OnceLock::new(),
            parts,
            split: layout.docs,
            full: OnceLock::new(),
            path,
            served: Some(served),
        };
        Ok(Some(Opened { loaded, index }))
    }
}

/// What a search of an unchanged folder saw of its files (the records, in
/// the listing's order, group by group: `counts` files each), to be kept
/// with the order; `None` unless every file made an item with no problem of
/// its own, settled, with fields kept encoded (as read from an index file).
fn seen_of(records: &[Record], counts: &[usize]) -> Option<order::Groups> {
    let mut records = records.iter();
    let mut groups = Vec::with_capacity(counts.len());
    for &count in counts {
        let mut group = Vec::with_capacity(count);
        let mut marks = 0u128;
        for r in records.by_ref().take(count) {
            let (Some(Fields::Encoded(bytes)), Origin::Doc(doc), true, true) =
                (&r.item, &r.origin, r.settled, r.problems.is_empty())
            else {
                return None;
            };
            let range = bytes.range();
            let fields = (bytes.meta(), u32::try_from(range.start).ok()?, u32::try_from(range.len()).ok()?);
            marks = marks.wrapping_add(r.stamp.mark(order::hash(r.rel.bytes())));
            group.push(order::SeenFile {
                doc: *doc,
                lengths: r.lengths,
                body: r.body,
                fields: (fields.0, fields.1, fields.2, crc32fast::hash(bytes)),
            });
        }
        if group.len() != count {
            return None;
        }
        groups.push(order::SeenGroup { marks, files: group });
    }
    records.next().is_none().then_some(groups)
}

/// The corpus of a folder whose items a search is served by the index: the
/// profile (`parsed`) and `problems` (the listing's) worked out as `combine`
/// works them out when the items add none.
fn profile_only(profile: Option<Parsed<Stand>>, problems: Vec<Problem>, prefix: &str) -> Result<Loaded> {
    let combined = content::load::combine_keyed::<Stand>(prefix, profile.into_iter(), problems);
    let (profile, _, warnings) = combined.map_err(|problems| Error::Content { problems })?;
    Ok(Loaded { corpus: content::Corpus { profile: profile.unwrap_or_default(), items: Vec::new() }, warnings })
}

/// The index as found in the cache, with its delta when it has one that
/// extends it, its header and records checked.
struct Old {
    file: File,
    layout: Layout,
    delta: Option<(File, Layout)>,
    records: Vec<Record>,
}

impl Old {
    fn read(path: &Path, folder: &[u8]) -> Option<Old> {
        let (file, layout, delta) = index_files(path, folder)?;
        let meta = std::sync::Arc::new(store::read_section(&file, layout.meta)?);
        let records = store::decode_meta(&meta, layout.docs)?;
        // A delta whose records do not check out is not used (the next
        // write replaces it): the index's records are.
        let Some((delta, dl)) = delta else {
            return Some(Old { file, layout, delta: None, records });
        };
        // Its records are the folder's, over the index's.
        let merged = store::read_section(&delta, dl.meta)
            .and_then(|own| store::decode_delta_meta(&std::sync::Arc::new(own), records, layout.docs, dl.docs));
        match merged {
            Some(records) => Some(Old { file, layout, delta: Some((delta, dl)), records }),
            // Decoded again (rare: a delta that does not check out).
            None => Some(Old { file, layout, delta: None, records: store::decode_meta(&meta, layout.docs)? }),
        }
    }
}

/// Compares the folder's item files with the records `known` and reads again
/// the ones that changed: the records of the folder now, whether they are
/// all as known, and the problems met listing and reading, in the order a
/// scan meets them.
fn refresh(
    listing: &dir::Listing,
    stamps: &[Vec<Option<Stamp>>],
    (known, now): (Vec<Record>, std::time::Duration),
    prefix: &str,
    threads: usize,
) -> (Vec<Record>, bool, Vec<Problem>) {
    let count = known.len();
    if unchanged(listing, stamps, &known) {
        // The records as they are (no second vector of them): no file was read.
        let mut problems = listing.profile_problems.clone();
        problems.extend(listing.groups.iter().flat_map(|group| group.problems.iter().cloned()));
        return (known, true, problems);
    }
    if same_files(listing, &known) {
        return refresh_in_place(listing, stamps, known, (prefix, now), threads);
    }
    // Both lists come in the listing's order: walked side by side.
    let mut known = known.into_iter().zip(0..).peekable();
    let mut problems = listing.profile_problems.clone();
    // Room for every file listed (a new index knows none of them): grown
    // by doubling, 10,000 records were copied twice over.
    let listed: usize = listing.groups.iter().map(|group| group.wanted.len()).sum();
    let mut records = Vec::with_capacity(count.max(listed));
    let mut same = true;
    for ((g, group), stamps) in listing.groups.iter().enumerate().zip(stamps) {
        problems.extend(group.problems.iter().cloned());
        let mut todo = Vec::new();
        for (rel, &stamp) in group.wanted.iter().zip(stamps) {
            let mut old = None;
            while let Some((r, _)) = known.peek() {
                match (group_of(&r.rel), r.rel.as_str()).cmp(&(g, rel)) {
                    std::cmp::Ordering::Less => {
                        // A file gone since.
                        same = false;
                        known.next();
                    }
                    std::cmp::Ordering::Equal => {
                        old = known.next();
                        break;
                    }
                    std::cmp::Ordering::Greater => break,
                }
            }
            match (stamp, old) {
                (Some(stamp), Some((r, was))) if r.stamp == stamp && r.settled => {
                    records.push(Some(Record { was: Some(was), ..r }));
                }
                _ => {
                    same = false;
                    todo.push((records.len(), rel, stamp));
                    records.push(None);
                }
            }
        }
        for (at, result) in read_again(group, todo, now, threads) {
            match result {
                Ok(record) => records[at] = Some(record),
                Err((rel, why)) => problems.push(why.into_problem(&format!("{prefix}{rel}"))),
            }
        }
    }
    // Files gone since, after the last one listed.
    let same = same && known.next().is_none();
    // `filter_map` (not `flatten`) collects in place: no second vector.
    #[allow(clippy::filter_map_identity)]
    let records = records.into_iter().filter_map(|r| r).collect();
    (records, same, problems)
}

/// [`refresh`] when the folder has the files `known` (none added, none
/// gone): the records stay where they are, those of files changed are read
/// again in their places (no second vector of records: 10,000 are 2.5 MB).
fn refresh_in_place(
    listing: &dir::Listing,
    stamps: &[Vec<Option<Stamp>>],
    mut records: Vec<Record>,
    (prefix, now): (&str, std::time::Duration),
    threads: usize,
) -> (Vec<Record>, bool, Vec<Problem>) {
    let mut problems = listing.profile_problems.clone();
    let mut same = true;
    // The places of files that could not be read (their records go).
    let mut gone = vec![false; records.len()];
    let mut at = 0;
    for (group, stamps) in listing.groups.iter().zip(stamps) {
        problems.extend(group.problems.iter().cloned());
        let mut todo = Vec::new();
        for (j, rel) in group.wanted.iter().enumerate() {
            // A file with no stamp is read again (and stat'ed then).
            let stamp = stamps.get(j).copied().flatten();
            match records.get_mut(at) {
                Some(r) if r.settled && stamp == Some(r.stamp) => r.was = u32::try_from(at).ok(),
                _ => todo.push((at, rel, stamp)),
            }
            at += 1;
        }
        same &= todo.is_empty();
        for (at, result) in read_again(group, todo, now, threads) {
            match (result, records.get_mut(at)) {
                (Ok(record), Some(slot)) => *slot = record,
                (Err((rel, why)), _) => {
                    problems.push(why.into_problem(&format!("{prefix}{rel}")));
                    if let Some(gone) = gone.get_mut(at) {
                        *gone = true;
                    }
                }
                (Ok(_), None) => {}
            }
        }
    }
    if gone.contains(&true) {
        let mut place = 0;
        records.retain(|_| {
            place += 1;
            !gone.get(place - 1).copied().unwrap_or(false)
        });
    }
    (records, same, problems)
}

/// Reads the files `todo` of `group` again (each with its place among the
/// records, its path and its stamp), large groups on several threads: each
/// place with its record, or the file's problem, in `todo`'s order.
fn read_again<'t>(
    group: &dir::Group,
    todo: Vec<(usize, &'t str, Option<Stamp>)>,
    now: std::time::Duration,
    threads: usize,
) -> impl Iterator<Item = (usize, std::result::Result<Record, (String, dir::Unreadable)>)> {
    // Room for each stamped file's bytes, made on this thread: one heap
    // grows once for all of them, where the readers' own heaps grew a page
    // at a time (a system call each: about 4,000 for 10,000 files). No room
    // for a file too large to be read: it is refused before reading.
    let room = |stamp: Option<Stamp>| match stamp {
        Some(stamp) if stamp.len <= dir::MAX_FILE_BYTES => {
            Vec::with_capacity(usize::try_from(stamp.len).unwrap_or(0).saturating_add(1))
        }
        _ => Vec::new(),
    };
    // Reads batches of files with their rooms until none is left, each
    // batch's records kept apart with its number: the folder opened once
    // by a thread with more than one file to read (they are opened by name
    // in it); one file is opened by its path. Each batch, emptied, goes
    // back with its records, to be freed by the thread that made it: a
    // reader that freed it, into that thread's heap, waited for the heap's
    // lock while that thread made rooms (about 80 waits in 10,000 files).
    let read = |batches: &mut dyn Iterator<Item = Fed<'t>>| {
        let mut folder = None;
        let mut read = Vec::new();
        for (number, mut batch) in batches {
            if folder.is_none() && (batch.len() > 1 || !read.is_empty()) {
                folder = Some(dir::open_folder(&group.folder).ok());
            }
            let folder = folder.as_ref().and_then(Option::as_ref);
            let records = batch.drain(..).map(|(at, rel, stamp, room)| {
                let name = file_of(rel);
                (at, read_record(rel, (&group.folder.join(name), folder, name), stamp, room, now))
            });
            read.push((number, (records.collect::<Vec<_>>(), batch)));
        }
        read
    };
    let read = if todo.len() < PARALLEL_FROM || threads < 2 {
        let batch = todo.into_iter().map(|(at, rel, stamp)| (at, rel, stamp, room(stamp))).collect();
        read(&mut std::iter::once((0, batch)))
    } else {
        read_fed(&todo, &room, &read, threads)
    };
    // The emptied batches freed now, on the thread that made them (this
    // one: `read_fed` made them here, as this made the one batch above).
    let mut read = read;
    for (_, (_, emptied)) in &mut read {
        drop(std::mem::take(emptied));
    }
    read.into_iter().flat_map(|(_, (records, _))| records)
}

/// [`read_again`]'s files on `threads` threads: the rooms (made by `room`)
/// are handed out a batch at a time as they are made (making them all
/// first took 8 ms of 10,000 files, their page faults, while no file was
/// read): the other threads `read` meanwhile, and this one joins them once
/// the last room is made. The batches come back numbered, in order.
fn read_fed<'t, R: Send, F>(
    todo: &[(usize, &'t str, Option<Stamp>)],
    room: &dyn Fn(Option<Stamp>) -> Vec<u8>,
    read: &F,
    threads: usize,
) -> Vec<(usize, R)>
where
    F: Fn(&mut dyn Iterator<Item = Fed<'t>>) -> Vec<(usize, R)> + Sync,
{
    let feed = crate::parallel::Feed::default();
    let mut read = std::thread::scope(|scope| {
        let closes = feed.closes();
        let readers =
            crate::parallel::spawn_each(scope, (1..threads).map(|_| || read(&mut std::iter::from_fn(|| feed.next()))));
        for (number, batch) in todo.chunks(ROOMS_AT_ONCE).enumerate() {
            feed.push((number, batch.iter().map(|&(at, rel, stamp)| (at, rel, stamp, room(stamp))).collect()));
        }
        drop(closes);
        let mut all = read(&mut std::iter::from_fn(|| feed.next()));
        for reader in readers {
            // A reader that panicked hit a bug: let it surface, as it would here.
            all.extend(reader.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        all
    });
    // The batches in the listing's order, whichever thread read each: the
    // problems are reported in it (the records are not moved again).
    read.sort_unstable_by_key(|&(number, _)| number);
    read
}

/// A file to read again ([`read_again`]): its place among the records, its
/// path, its stamp and the room for its bytes.
type ToRead<'r> = (usize, &'r str, Option<Stamp>, Vec<u8>);

/// A batch of files to read again, with its number ([`read_fed`]).
type Fed<'r> = (usize, Vec<ToRead<'r>>);

/// The file's name in its folder, of a path relative to the content folder.
fn file_of(rel: &str) -> &str {
    // Looked for as a byte from the end (a `char` pattern searched backwards
    // cost a fifth of a warm search's instructions, once a file): after a
    // '/' is a `char` boundary.
    rel.bytes().rposition(|b| b == b'/').map_or(rel, |slash| rel.get(slash + 1..).unwrap_or(rel))
}

/// Whether the records `known` are the listing's files one for one, in
/// order (whatever their stamps).
fn same_files(listing: &dir::Listing, known: &[Record]) -> bool {
    let mut known = known.iter();
    let all = listing.groups.iter().enumerate().all(|(g, group)| {
        group.wanted.iter().all(|rel| known.next().is_some_and(|r| r.rel == *rel && group_of(&r.rel) == g))
    });
    all && known.next().is_none()
}

/// Whether the records `known` are the listing's files one for one, in
/// order, each with the stamp it has now (`stamps`, group by group) and
/// settled: then nothing is read again.
fn unchanged(listing: &dir::Listing, stamps: &[Vec<Option<Stamp>>], known: &[Record]) -> bool {
    let mut known = known.iter();
    let all = listing.groups.iter().enumerate().zip(stamps).all(|((g, group), stamps)| {
        group.wanted.len() == stamps.len()
            && group.wanted.iter().zip(stamps).all(|(rel, stamp)| {
                known
                    .next()
                    .is_some_and(|r| r.settled && Some(r.stamp) == *stamp && r.rel == *rel && group_of(&r.rel) == g)
            })
    });
    all && known.next().is_none()
}

/// Which group of the listing a record's path is in (projects, then posts).
fn group_of(rel: &str) -> usize {
    usize::from(!rel.starts_with(content::Kind::Project.folder()))
}

/// Reads and parses one item file (at `path`; by its `name` in its `folder`,
/// opened, when stamped) into a record (with its body and words counted),
/// given its `stamp` as `stamps` took it, before this read (taken
/// again when it could not be).
fn read_record(
    rel: &str,
    (path, folder, name): (&Path, Option<&File>, &str),
    stamp: Option<Stamp>,
    room: Vec<u8>,
    now: std::time::Duration,
) -> std::result::Result<Record, (String, dir::Unreadable)> {
    // The stamp was taken before reading (by `stamps`: one stat a file): a
    // change since shows next time. A file stamped was a regular file then:
    // it is opened without a second stat by path, by its name in its folder.
    let text = match stamp {
        Some(stamp) => dir::read_regular_item(path, (folder, name), stamp.len, room),
        None => dir::read_item(path),
    };
    let stamp = stamp.or_else(|| fs::metadata(path).ok().as_ref().and_then(Stamp::of));
    let text = text.map_err(|why| (rel.to_owned(), why))?;
    let settled = stamp.is_some_and(|s| s.settled(now));
    let stamp = stamp.unwrap_or(Stamp { len: 0, mtime: (0, 0), ctime: (0, 0), ino: 0, dev: 0 });
    let Parsed::Item { slug, item, problems, .. } = content::parse_file("", rel, text) else {
        // The listing only names item files.
        return Err((rel.to_owned(), dir::Unreadable::NotAFile));
    };
    let mut record = Record {
        rel: rel.to_owned(),
        stamp,
        settled,
        slug,
        problems,
        item: None,
        lengths: [0; 4],
        body: (0, 0, 0),
        origin: Origin::Fresh(String::new()),
        kept: None,
        was: None,
    };
    if let Some(mut item) = item {
        record.origin = Origin::Fresh(std::mem::take(&mut item.body));
        record.item = Some(Fields::Item(Box::new(item)));
    }
    Ok(record)
}

/// Makes the index of `records` (those not fresh are `old`'s) and returns
/// what a search reads (the index, then its delta when it has one), the
/// first document of the delta, and the file to write for the last part
/// ([`Pending`]); `None` when `old` is needed and does not check out. Few
/// changes since `old` make a delta beside it; more make one new index.
fn build(
    records: &mut [Record],
    old: Option<Old>,
    folder: &[u8],
    path: &Path,
    cache: &Path,
    threads: usize,
) -> Option<(Vec<Part>, u32, Option<Pending>)> {
    let reused = records.iter().any(|r| r.item.is_some() && matches!(r.origin, Origin::Doc(_)));
    if reused && old.is_none() {
        return None;
    }
    let delta = delta_path(path);
    let mut fresh = 0;
    if let Some(old) = &old {
        // The documents of the old delta are indexed again from its bodies, either way.
        if let Some((file, layout)) = &old.delta {
            unfold(records, file, layout, old.layout.docs)?;
        }
        fresh = records.iter().filter(|r| matches!(r.origin, Origin::Fresh(_)) && r.item.is_some()).count();
    }
    let old = match old {
        Some(old) if fits(records, old.layout.docs, fresh) => {
            let split = old.layout.docs;
            let (postings, text) =
                add_fresh(records, Postings::default(), store::Pieces::default(), threads, Some(split));
            let docs = split.saturating_add(u32::try_from(fresh).ok()?);
            let (built, pending) = encode(
                records,
                postings,
                text,
                (docs, Some(old.layout.this)),
                (folder, cache),
                (&delta, None),
                threads,
            );
            return Some((vec![Part::file(old.file, old.layout), built], split, Some(pending)));
        }
        other => other,
    };
    let (postings, text) = match old {
        Some(old) if reused => reuse(records, &old)?,
        _ => (Postings::default(), store::Pieces::default()),
    };
    let (postings, text) = add_fresh(records, postings, text, threads, None);
    let docs = u32::try_from(records.iter().filter(|r| r.item.is_some()).count()).ok()?;
    let (built, pending) =
        encode(records, postings, text, (docs, None), (folder, cache), (path, Some(&delta)), threads);
    Some((vec![built], docs, Some(pending)))
}

/// Encodes `records` with `postings` (in parts: [`dict::encode`]) and `text` as an index file of `folder`
/// (with `docs` document ids, extending `base` when a delta), to be written
/// at `to.0` in `cache` (the stale file `to.1` removed then): the index as a
/// search reads it, and its file to write ([`Pending::write`]). The two
/// encodings run on `threads` threads. The part names the file as written
/// until the write says otherwise ([`Part::unwritten`]).
fn encode(
    records: &[Record],
    postings: Vec<Postings>,
    text: store::Pieces,
    (docs, base): (u32, Option<store::Base>),
    (folder, cache): (&[u8], &Path),
    (to, stale): (&Path, Option<&Path>),
    threads: usize,
) -> (Part, Pending) {
    // The dictionary and the records are encoded at once, on two threads.
    let meta = || if base.is_some() { store::encode_delta_meta(records) } else { store::encode_meta(records) };
    // The closure owns the postings: let go of once encoded.
    let dict = move || dict::encode(&postings);
    let ((terms, lists), meta) = crate::parallel::join(threads, dict, meta);
    let encoded = Encoded { meta, dict: terms, lists, text };
    let (header, this) = store::header(folder, &encoded, docs, base);
    let Encoded { meta, dict, lists, text } = encoded;
    let part = Part::built(text, Dict::parse(dict, Lists::Memory(lists)), Some(this));
    let pending = Pending {
        header,
        meta,
        cache: cache.to_owned(),
        to: to.to_owned(),
        stale: stale.map(Path::to_owned),
        evict: base.is_none(),
    };
    (part, pending)
}

/// An index file encoded and not yet written: its header and META, the
/// rest being the bytes of the part made of it (its dictionary, its lists,
/// its bodies). Written apart from encoding so that a search can work out
/// its order of items meanwhile, on another thread ([`FolderIndex::serve`]):
/// at 100,000 documents each took about 90 ms on one thread.
struct Pending {
    header: Vec<u8>,
    meta: Vec<u8>,
    /// The cache folder, the file to write in it, and the one it makes stale.
    cache: PathBuf,
    to: PathBuf,
    stale: Option<PathBuf>,
    /// Whether it is a new index (not a delta): then the indexes of folders
    /// gone are let go of (a new index is rare and costly anyway).
    evict: bool,
}

impl Pending {
    /// Writes the file of `part` (the part encoded with it) when it can:
    /// whether it did. A part whose dictionary did not parse is not written.
    fn write(&self, part: &Part) -> bool {
        let Text::Memory(text, _) = &part.text else { return false };
        let Some((terms, Some(lists))) = part.dict.get().and_then(Option::as_ref).map(Dict::encoded) else {
            return false;
        };
        let mut parts: Vec<&[u8]> = vec![&self.header, &self.meta, terms, lists];
        parts.extend(text.slices());
        let written = lock::write(&self.cache, &self.to, &parts, self.stale.as_deref());
        if self.evict {
            evict::gone(&self.cache, &self.to);
        }
        written
    }

    /// Writes the file of the last of `parts` (the one encoded with it, which
    /// names no file when it was not written), unless `later`: then it is
    /// given back, to be written later.
    fn unless_later(self, later: bool, parts: &mut [Part]) -> Option<Pending> {
        if later {
            return Some(self);
        }
        if let Some(part) = parts.last_mut() {
            if !self.write(part) {
                part.unwritten();
            }
        }
        None
    }
}

/// The next run of `spans` (offset and length, in the order of their
/// offsets) to read at once: the first, then each next one while it is
/// within [`GAP`] of the run and the run stays within `max` bytes. Its
/// number of spans, its start and its end; `None` when no span is left.
fn next_run(mut spans: impl Iterator<Item = (u64, u64)>, max: u64) -> Option<(usize, u64, u64)> {
    let (start, len) = spans.next()?;
    let mut end = start.saturating_add(len);
    let mut count = 1;
    for (at, len) in spans {
        let to = at.saturating_add(len);
        if at.saturating_sub(end) > GAP || to.saturating_sub(start) > max {
            break;
        }
        end = end.max(to);
        count += 1;
    }
    Some((count, start, end))
}

/// The body at `(offset, length, CRC-32)` of a TEXT section, from `bytes`
/// read from its offset `base` on; `None` when out of range or not checking out.
fn checked_body(bytes: &[u8], base: u64, (at, len, crc): (u64, u64, u32)) -> Option<&[u8]> {
    let start = usize::try_from(at.checked_sub(base)?).ok()?;
    let body = bytes.get(start..start.checked_add(usize::try_from(len).ok()?)?)?;
    (crc32fast::hash(body) == crc).then_some(body)
}

/// Whether the changes since an index of `split` documents fit in a delta:
/// the documents read again (`fresh`) and those gone from it.
fn fits(records: &[Record], split: u32, fresh: usize) -> bool {
    let kept = records.iter().filter(|r| r.item.is_some() && matches!(r.origin, Origin::Doc(_))).count();
    let gone = (split as usize).saturating_sub(kept);
    fresh + gone <= (split / DELTA_SHARE + DELTA_SLACK) as usize
}

/// Makes the records of the documents of an old delta (those from `split`
/// on) fresh again: their fields decoded, their bodies read from the delta
/// (`file`, laid out as `layout`); `None` when it does not check out.
fn unfold(records: &mut [Record], file: &File, layout: &Layout, split: u32) -> Option<()> {
    let bodies = store::read_at(file, layout.text.0, layout.text.1)?;
    for r in records.iter_mut() {
        let (Origin::Doc(doc), Some(Fields::Encoded(bytes))) = (&r.origin, &r.item) else { continue };
        if *doc < split {
            continue;
        }
        let mut d = codec::Dec::new(bytes);
        let item = d.item(r.rel.clone()).filter(|_| d.done())?;
        let body = checked_body(&bodies, 0, r.body)?;
        r.origin = Origin::Fresh(String::from_utf8(body.to_vec()).ok()?);
        r.item = Some(Fields::Item(Box::new(item)));
    }
    Some(())
}

/// The postings and bodies of the records kept from `old`, renumbered for
/// `records`; `None` when `old`'s sections do not check out.
fn reuse(records: &mut [Record], old: &Old) -> Option<(Postings, store::Pieces)> {
    // Only documents of the index itself are left to reuse (a delta's were unfolded).
    let lists = store::read_at(&old.file, old.layout.lists.0, old.layout.lists.1)?;
    let dict = Dict::parse(store::read_section(&old.file, old.layout.dict)?, Lists::Memory(lists))?;
    let bodies = store::read_at(&old.file, old.layout.text.0, old.layout.text.1)?;
    let mut renumber: Vec<Option<u32>> = Vec::new();
    let mut text = Vec::with_capacity(bodies.len());
    for (doc, r) in records.iter_mut().filter(|r| r.item.is_some()).enumerate() {
        let doc = u32::try_from(doc).ok()?;
        if let Origin::Doc(before) = r.origin {
            let body = checked_body(&bodies, 0, r.body)?;
            r.body.0 = text.len() as u64;
            r.origin = Origin::Doc(doc);
            text.extend_from_slice(body);
            let before = before as usize;
            if renumber.len() <= before {
                renumber.resize(before + 1, None);
            }
            renumber[before] = Some(doc);
        }
    }
    let mut pieces = store::Pieces::default();
    pieces.push(text);
    Some((dict.renumbered(&renumber)?, pieces))
}

/// Adds the fresh records' bodies to `text` (after the bodies it holds)
/// and their words to the dictionary: `postings` (those of the records
/// kept, if any) then one part a thread, to be encoded together
/// ([`dict::encode`]). Every record's origin is then its document: in a new
/// index, its place among the items; in a delta, the next one from `delta` on.
fn add_fresh(
    records: &mut [Record],
    postings: Postings,
    mut text: store::Pieces,
    threads: usize,
    mut delta: Option<u32>,
) -> (Vec<Postings>, store::Pieces) {
    // The fresh bodies go back into their items to be read as a search reads them.
    let mut fresh = Vec::new();
    for (place, (i, r)) in records.iter_mut().enumerate().filter(|(_, r)| r.item.is_some()).enumerate() {
        if !matches!(r.origin, Origin::Fresh(_)) {
            continue;
        }
        let doc = match &mut delta {
            Some(next) => std::mem::replace(next, next.saturating_add(1)),
            None => u32::try_from(place).unwrap_or(u32::MAX),
        };
        if let (Origin::Fresh(body), Some(Fields::Item(item))) =
            (std::mem::replace(&mut r.origin, Origin::Doc(doc)), &mut r.item)
        {
            item.body = body;
            fresh.push((doc, i));
        }
    }
    // Each fresh body's place in the text, in order, after the bodies kept.
    let mut at = text.len();
    let mut work = Vec::with_capacity(fresh.len());
    for (doc, i) in fresh {
        work.push((doc, i, at));
        at += item(&records[i]).map_or(0, |it| it.body.len() as u64);
    }
    let shared: &[Record] = records;
    let parts = crate::parallel::map_chunks(work, PARALLEL_FROM, threads, |chunk| {
        let mut part = Postings::default();
        let mut done = Vec::with_capacity(chunk.len());
        for (doc, i, at) in chunk {
            if let Some(item) = item(&shared[i]) {
                let texts = search::field_texts(item);
                let words = texts.each_ref().map(|text| search::tokens(text).map(|(_, word)| word));
                let len = dict::add_document(&mut part, doc, words).map(|n| n.max(1));
                let body = item.body.as_bytes();
                done.push((i, len, (at, body.len() as u64, crc32fast::hash(body))));
            }
        }
        (part, done)
    });
    let mut all = Vec::with_capacity(parts.len() + 1);
    all.push(postings);
    // The parts come in the work's order, and each part's records in it:
    // the bodies go into the text at the places worked out above.
    for (part, done) in parts {
        all.push(part);
        for (i, len, body) in done {
            let r = &mut records[i];
            if let Some(Fields::Item(item)) = &mut r.item {
                // Its words are in the index now, and its bytes in the
                // text: the item is served from there, without its body.
                debug_assert_eq!(text.len(), body.0, "a body out of its place");
                text.push(std::mem::take(&mut item.body).into_bytes());
            }
            r.body = body;
            r.lengths = len;
        }
    }
    (all, text)
}

/// What a scan would load from the same files: the corpus (with `texts`, the
/// bodies, when given) and its warnings, or every problem, from the
/// `profile`'s text and the `entries` of `docs`; fields to be read again come through
/// `metas` (the index's META, then its delta's). With `kept`, the order a
/// search kept for these records ([`order`]), the items are put in it and
/// only the profile goes through `combine`, when the entries make no problem
/// of their own and it names each item once (else it is not used).
/// `Ok(None)` when an item's fields do not decode, or META does not check
/// out when read again.
fn load(
    profile: Option<String>,
    docs: &[Option<Doc>],
    entries: Vec<Entry>,
    mut metas: Vec<Window<'_>>,
    texts: Option<Vec<String>>,
    (problems, kept): (Vec<Problem>, Option<Vec<u32>>),
    prefix: &str,
) -> Result<Option<Loaded>> {
    let mut texts = texts.unwrap_or_default().into_iter();
    let profile = profile.map(|text| content::parse_file(prefix, PROFILE_FILE, text));
    let kept = kept.filter(|order| is_clean(&entries) && is_order_of(order, docs, entries.len()));
    let mut undecoded = false;
    // Made one by one as they are combined, or put in the kept order: no
    // vector of them all but the corpus's.
    let items = entries.into_iter().map(|e| {
        let doc = match e.place {
            Place::Doc(doc) => Some(doc),
            Place::Rel(_) => None,
        };
        let path = [prefix, e.place.rel(docs)].concat();
        // META checked out whole when read: fields that do not decode (or
        // cannot be read again) are this build's own mistake, and the scan
        // answers instead.
        let mut decode = |bytes: Option<&[u8]>| {
            let item = bytes.and_then(|bytes| {
                let mut d = codec::Dec::new(bytes);
                d.item(path.clone()).filter(|_| d.done())
            });
            undecoded |= item.is_none();
            item
        };
        let item = match e.fields {
            None => None,
            Some(Held::Fields(fields)) => match *fields {
                Fields::Item(item) => Some(Item { path: path.clone(), ..*item }),
                Fields::Encoded(bytes) => decode(Some(&bytes)),
            },
            Some(Held::Again(meta, at, len)) => {
                let window = metas.get_mut(meta as usize);
                decode(window.and_then(|m| m.get(at as usize..at as usize + len as usize)))
            }
        };
        let item = item.map(|item| Item { body: texts.next().unwrap_or_default(), ..item });
        let problems = shown(e.problems, prefix);
        (doc, Parsed::Item { path, slug: e.slug.into_string(), item, problems })
    });
    let (loaded, missing) = match kept {
        // The order kept for these records: the items are put in it, and
        // only the profile and the listing's problems go through `combine`.
        Some(order) => {
            let mut made = Vec::with_capacity(order.len());
            // Where each document's item is in `made`.
            let mut at = vec![usize::MAX; docs.len()];
            for (doc, parsed) in items {
                if let (Some(doc), Parsed::Item { item: Some(item), .. }) = (doc, parsed) {
                    if let Some(slot) = at.get_mut(doc as usize) {
                        *slot = made.len();
                        made.push(item);
                    }
                }
            }
            // Every item made, each once: the positions are a permutation
            // (checked here, as putting them in order needs one to end).
            let from: Vec<usize> = order.iter().filter_map(|&doc| at.get(doc as usize).copied()).collect();
            let mut seen = vec![false; made.len()];
            let whole = made.len() == order.len()
                && from.len() == order.len()
                && from.iter().all(|&i| seen.get_mut(i).is_some_and(|seen| !std::mem::replace(seen, true)));
            if whole {
                content::load::put_in_order(&mut made, from);
            }
            let loaded = content::combine(prefix, profile.into_iter(), problems).map(|mut loaded| {
                loaded.corpus.items = made;
                loaded
            });
            (loaded, !whole)
        }
        None => (content::combine(prefix, profile.into_iter().chain(items.map(|(_, p)| p)), problems), false),
    };
    undecoded |= missing;
    let loaded = loaded.map_err(|problems| Error::Content { problems });
    // Every byte of META read again must check out, as when first read.
    undecoded |= !metas.into_iter().all(Window::finish);
    if undecoded { Ok(None) } else { loaded.map(Some) }
}

/// What [`load`] makes, without the items (for [`Load::Search`]): the
/// corpus's profile and warnings (or every problem), and the documents of
/// its items in its order, with each one's fields as held, decoded only when
/// a search asks for the item. The order is the corpus's own: each entry
/// goes through `combine` as a [`Stand`] holding only its path, slug, kind
/// and order (read without decoding the rest), so that the same files are
/// kept (the first of two with one slug), the same problems found, and the
/// items sorted as a scan sorts them. `Ok(None)` when an item's kind and
/// order cannot be read. The rest of an item is decoded when asked for
/// ([`search::Index::fields`]): fields that fail then make the index
/// unusable (the command runs again on the files, and the index is
/// removed); an item never asked for is never decoded. META was checked
/// whole (its CRC-32) when read, so only a fault of this build's own
/// encoding can get that far.
///
/// With `kept`, the order an earlier search kept for these records
/// ([`order`]), nothing goes through `combine` but the profile: the entries
/// must then make no problem of their own, and `kept` must name each item's
/// document once (else the order is worked out). The last value returned
/// says whether an order was worked out here that can be kept: no entry made
/// a problem, and none was left out.
fn load_served(
    profile: Option<String>,
    index: &FolderIndex,
    entries: Vec<Entry>,
    problems: Vec<Problem>,
    prefix: &str,
    kept: Option<Vec<u32>>,
) -> Result<Option<(Loaded, Served, bool)>> {
    let profile = profile.map(|text| content::load::parse_profile(prefix, &text));
    let docs = index.docs.held();
    let mut fields: Vec<Option<Held>> = docs.iter().map(|_| None).collect();
    // Entries that make no problem of their own: their order can be kept.
    let clean = is_clean(&entries);
    if let Some(order) = kept.filter(|order| clean && is_order_of(order, docs, entries.len())) {
        // The order kept for these very records: only the profile and the
        // listing's problems are worked out, as `combine` works them out
        // when the items add none.
        for e in entries {
            hold(&mut fields, &e.place, shown_as(e.fields, || [prefix, e.place.rel(docs)].concat()));
        }
        let loaded = profile_only(profile, problems, prefix)?;
        return Ok(Some((loaded, Served { order, fields, made: OnceLock::new() }, false)));
    }
    let count = entries.len();
    let mut undecoded = false;
    let items = entries.into_iter().map(|e| {
        let path = [prefix, e.place.rel(docs)].concat();
        let key = e.fields.as_ref().map(|held| match held {
            Held::Fields(fields) => fields.key(),
            // Not made for a search.
            Held::Again(..) => None,
        });
        undecoded |= key.is_some_and(|k| k.is_none());
        let slug = e.slug.into_string();
        let doc = match e.place {
            Place::Doc(doc) => Some(doc),
            Place::Rel(_) => None,
        };
        let item = key.flatten().zip(doc).map(|((kind, order), doc)| Stand {
            path: path.clone(),
            slug: slug.clone(),
            key: (kind, order),
            doc,
        });
        hold(&mut fields, &e.place, shown_as(e.fields, || path.clone()));
        let problems = shown(e.problems, prefix);
        Parsed::Item { path, slug, item, problems }
    });
    let combined = content::load::combine_keyed(prefix, profile.into_iter().chain(items), problems);
    if undecoded {
        return Ok(None);
    }
    let (profile, stands, warnings) = combined.map_err(|problems| Error::Content { problems })?;
    // No file was left out (a duplicate slug): the order can be kept.
    let clean = clean && stands.len() == count;
    let order = stands.iter().map(|stand: &Stand| stand.doc).collect();
    let loaded =
        Loaded { corpus: content::Corpus { profile: profile.unwrap_or_default(), items: Vec::new() }, warnings };
    Ok(Some((loaded, Served { order, fields, made: OnceLock::new() }, clean)))
}

/// The order `kept` before a change (each item's document, in the corpus's
/// order) as the places, among the records known then, of the records kept
/// as they were (`records`, just refreshed: those still name their
/// documents); `None` unless it names each of them once.
fn places(records: &[Record], kept: &[u32]) -> Option<Vec<u32>> {
    // Where each document's record was (its place among those known).
    let mut was = Vec::new();
    let mut count = 0;
    for r in records {
        if let (Some(place), Some(_), Origin::Doc(doc)) = (r.was, &r.item, &r.origin) {
            let doc = *doc as usize;
            if was.len() <= doc {
                was.resize(doc + 1, u32::MAX);
            }
            *was.get_mut(doc)? = place;
            count += 1;
        }
    }
    let mut seen = vec![false; was.len()];
    let mut places = Vec::with_capacity(count);
    for &doc in kept {
        if let Some(&place) = was.get(doc as usize).filter(|&&p| p != u32::MAX) {
            if std::mem::replace(seen.get_mut(doc as usize)?, true) {
                return None;
            }
            places.push(place);
        }
    }
    (places.len() == count).then_some(places)
}

/// The corpus's order after a change, carried over from the order before it
/// (`before`: the places of the items among the records known then): the
/// records kept as they were stay in that order, and the others (read
/// again, or added) are put in by kind, order and slug, as `combine` sorts
/// them; each record's document, in that order. `None` (the order is then
/// worked out whole) unless every record is an item with no problem of its
/// own, no slug is taken twice (which `combine` reports), and every key reads.
fn carry(records: &[Record], before: &[u32]) -> Option<Vec<u32>> {
    if !records.iter().all(|r| r.problems.is_empty() && r.item.is_some()) {
        return None;
    }
    // Where each record known before is now (when kept as it was).
    let known = records.iter().filter_map(|r| r.was).max().map_or(0, |last| last as usize + 1);
    let mut now = vec![u32::MAX; known];
    let mut kept = 0;
    for (p, r) in records.iter().enumerate() {
        if let Some(was) = r.was {
            *now.get_mut(was as usize)? = u32::try_from(p).ok()?;
            kept += 1;
        }
    }
    let mut order: Vec<u32> = before.iter().filter_map(|&was| now.get(was as usize).copied()).collect();
    order.retain(|&p| p != u32::MAX);
    if order.len() != kept {
        return None;
    }
    let key = |p: u32| -> Option<((content::Kind, u32), &str)> {
        let r = records.get(p as usize)?;
        Some((r.item.as_ref()?.key()?, r.slug.as_str()))
    };
    // The records read again or added: few, else `combine` does better.
    let fresh: Vec<u32> = records.iter().zip(0..).filter(|(r, _)| r.was.is_none()).map(|(_, p)| p).collect();
    if fresh.len() > CARRY_MAX {
        return None;
    }
    // Slugs are one in ASCII lowercase: one taken twice is an error `combine`
    // words. Compared by a hash of their lowercase first (10,000 slugs
    // against 10 compared whole took a millisecond: most have one length).
    let folded = |slug: &str| order::hash(slug.bytes().map(|b| b.to_ascii_lowercase()));
    let slugs: Vec<(u32, u64, &str)> =
        fresh.iter().filter_map(|&p| records.get(p as usize).map(|r| (p, folded(&r.slug), r.slug.as_str()))).collect();
    let twice = records.iter().zip(0..).any(|(o, q)| {
        let hash = folded(&o.slug);
        slugs.iter().any(|&(p, h, other)| h == hash && p != q && other.eq_ignore_ascii_case(&o.slug))
    });
    if twice {
        return None;
    }
    for p in fresh {
        let this = key(p)?;
        let mut unread = false;
        let at = order.partition_point(|&q| {
            key(q).map_or_else(
                || {
                    unread = true;
                    false
                },
                |other| other < this,
            )
        });
        if unread {
            return None;
        }
        order.insert(at, p);
    }
    order.iter().map(|&p| records.get(p as usize).and_then(|r| r.origin.doc())).collect()
}

/// Whether the entries make no problem of their own: each one an item, with
/// no problem (then their order can be kept, and a kept one used).
fn is_clean(entries: &[Entry]) -> bool {
    entries.iter().all(|e| e.problems.is_empty() && e.fields.is_some() && matches!(e.place, Place::Doc(_)))
}

/// `held`, an item just read given its `path` as the corpus shows it: it
/// is served as it is held ([`FolderIndex::served_many`]), not copied for
/// each hit with its path put right (7,068 copies for a common word's
/// first command over 10,000 files, with their 64,602 strings let go:
/// 15 M instructions, callgrind).
fn shown_as(mut held: Option<Held>, path: impl FnOnce() -> String) -> Option<Held> {
    if let Some(Held::Fields(fields)) = &mut held {
        if let Fields::Item(item) = &mut **fields {
            item.path = path();
        }
    }
    held
}

/// Puts an entry's fields, when it has some, at its document in `fields`.
fn hold(fields: &mut [Option<Held>], place: &Place, held: Option<Held>) {
    if let (Place::Doc(doc), Some(held)) = (place, held) {
        if let Some(slot) = fields.get_mut(*doc as usize) {
            *slot = Some(held);
        }
    }
}

/// Whether `order` names `count` documents of `docs`, each once: the
/// documents of as many entries, every one an item, in some order.
fn is_order_of(order: &[u32], docs: &[Option<Doc>], count: usize) -> bool {
    let mut seen = vec![false; docs.len()];
    order.len() == count
        && order.iter().all(|&doc| {
            docs.get(doc as usize).is_some_and(Option::is_some)
                && seen.get_mut(doc as usize).is_some_and(|seen| !std::mem::replace(seen, true))
        })
}

/// What stands for an item while the corpus's order is worked out: its
/// path, slug, kind and order, and its document.
struct Stand {
    path: String,
    slug: String,
    key: (content::Kind, u32),
    doc: u32,
}

impl content::load::Keyed for Stand {
    fn path(&self) -> &str {
        &self.path
    }

    fn slug(&self) -> &str {
        &self.slug
    }

    fn key(&self) -> (content::Kind, u32) {
        self.key
    }
}

/// META read again, front to back, a window at a time: the bytes of the
/// ranges asked for (in increasing order), every byte hashed on the way, so
/// that [`Window::finish`] can check the whole section's CRC-32 again.
struct Window<'a> {
    file: &'a File,
    /// The section: offset, length, CRC-32.
    section: (u64, u64, u32),
    /// Bytes of the section from `start` on.
    buf: Vec<u8>,
    start: u64,
    hasher: crc32fast::Hasher,
}

impl<'a> Window<'a> {
    /// Bytes are read in steps of this many (or a range's length, when longer).
    const STEP: u64 = 64 << 10;

    fn new(file: &'a File, section: (u64, u64, u32)) -> Window<'a> {
        Window { file, section, buf: Vec::new(), start: 0, hasher: crc32fast::Hasher::new() }
    }

    /// Reads the next run, after the bytes held; `false` at the end or on an error.
    fn more(&mut self, at_least: u64) -> bool {
        let end = self.start + self.buf.len() as u64;
        let len = Self::STEP.max(at_least).min(self.section.1.saturating_sub(end));
        if len == 0 {
            return false;
        }
        let (Ok(at), Ok(n)) = (usize::try_from(self.buf.len() as u64), usize::try_from(len)) else { return false };
        // Read straight into the window (no second buffer).
        self.buf.resize(at + n, 0);
        if store::read_exact_at(self.file, &mut self.buf[at..], self.section.0.saturating_add(end)).is_err() {
            return false;
        }
        self.hasher.update(&self.buf[at..]);
        true
    }

    /// The bytes at `range` of the section; `None` when out of range, before
    /// a range already passed, or unreadable.
    fn get(&mut self, range: std::ops::Range<usize>) -> Option<&[u8]> {
        let (from, to) = (range.start as u64, range.end as u64);
        if from < self.start || to < from {
            return None;
        }
        let end = self.start + self.buf.len() as u64;
        if to > end {
            // What is before the range is not needed again.
            let drop = usize::try_from(from - self.start).ok()?.min(self.buf.len());
            self.buf.drain(..drop);
            self.start += drop as u64;
            while self.start + (self.buf.len() as u64) < to {
                let missing = to - self.start - self.buf.len() as u64;
                if !self.more(missing) {
                    return None;
                }
            }
        }
        let at = usize::try_from(from - self.start).ok()?;
        self.buf.get(at..at + range.len())
    }

    /// Reads and hashes the rest of the section: whether it checks out.
    fn finish(mut self) -> bool {
        loop {
            self.start += self.buf.len() as u64;
            self.buf.clear();
            if !self.more(0) {
                break;
            }
        }
        self.start == self.section.1 && self.hasher.finalize() == self.section.2
    }
}

impl FolderIndex {
    /// Opens this index for a search of every item ([`Load::Search`]): the
    /// corpus without its items ([`load_served`]), in the order kept beside
    /// the index for its files, else the one `carried` over a change, else
    /// worked out (and then kept, as the one carried is once used). The file
    /// of an index just built (`pending`) is written meanwhile, on another
    /// of `threads` threads.
    fn serve(
        mut self,
        profile: Option<String>,
        entries: Vec<Entry>,
        (problems, carried, seen): (Vec<Problem>, Option<Vec<u32>>, Option<order::Groups>),
        prefix: &str,
        (cache, pending, threads): (&Path, Option<Pending>, usize),
    ) -> Result<Option<Opened>> {
        // The files as they will be once written: an order kept for the
        // same bytes (its key is their checksums) is as good for them.
        let key = self.key();
        let read = key.filter(|_| is_clean(&entries)).and_then(|key| order::read(&order::path(&self.path), key));
        // What was seen is kept once, with the order read (when used) or worked out.
        let seen = seen.filter(|_| read.as_ref().is_none_or(|kept| kept.seen.is_none()));
        let read = read.map(|kept| kept.order);
        let carried = carried.filter(|_| read.is_none());
        // Compared with the order used, when what was seen is to be kept with it.
        let read_order = read.clone().filter(|_| seen.is_some());
        let kept = read.or_else(|| carried.clone());
        let this = &self;
        let write = || pending.as_ref().is_none_or(|pending| this.parts.last().is_some_and(|part| pending.write(part)));
        let (loaded, written) =
            crate::parallel::join(threads, || load_served(profile, this, entries, problems, prefix, kept), write);
        if let (false, Some(part)) = (written, self.parts.last_mut()) {
            part.unwritten();
        }
        let Some((loaded, served, keep)) = loaded? else {
            let _ = self.unusable("an item's fields");
            return Ok(None);
        };
        // An order carried over the changes, and used, is kept for the files written.
        let keep = keep || carried.is_some_and(|carried| carried == served.order);
        // So is an order read without what was seen, once seen.
        let seen = seen.filter(|_| keep || read_order.is_some_and(|read| read == served.order));
        if let Some(key) = self.key().filter(|_| keep || seen.is_some()) {
            order::write(cache, &order::path(&self.path), key, &served.order, seen.as_deref());
        }
        self.served = Some(served);
        Ok(Some(Opened { loaded, index: self }))
    }

    /// What `f` makes of the encoded fields at `span` (which META section,
    /// offset, length, CRC-32), checked: from the section read whole once
    /// it is ([`Ask::Whole`] reads it: when every item is asked for; so does
    /// the item read alone past one in [`SPANS_ALONE`]), else from these
    /// bytes read alone.
    /// `None` when they do not check out.
    fn span<T>(
        &self,
        (meta, at, len, crc): (store::Meta, u32, u32, u32),
        ask: Ask,
        f: impl FnOnce(&[u8]) -> Option<T>,
    ) -> Option<T> {
        let part = self.parts.get(meta as usize)?;
        let Text::File { file, layout } = &part.text else { return None };
        let range = at as usize..(at as usize).checked_add(len as usize)?;
        // Within META, whichever way it is read.
        if u64::from(at) + u64::from(len) > layout.meta.1 {
            return None;
        }
        let read;
        let alone = (self.docs.len() / SPANS_ALONE).max(SPANS_ALONE);
        let many = || ask == Ask::Alone && part.spans.fetch_add(1, std::sync::atomic::Ordering::Relaxed) >= alone;
        let bytes = if ask == Ask::Whole || part.meta.get().is_some() || many() {
            part.meta.get_or_init(|| store::read_section(file, layout.meta)).as_ref()?.get(range)?
        } else {
            read = store::read_at(file, layout.meta.0.checked_add(u64::from(at))?, u64::from(len))?;
            read.as_slice()
        };
        if crc32fast::hash(bytes) != crc {
            return None;
        }
        f(bytes)
    }

    /// The slots of the documents read in full (made when a search first
    /// reads one: only a regex does).
    fn full(&self) -> &[OnceLock<Box<Item>>] {
        self.full.get_or_init(|| std::iter::repeat_with(OnceLock::new).take(self.docs.len()).collect())
    }

    /// The index files it reads (or has just written), as an order kept
    /// beside it names them; `None` when one was made in memory only.
    fn key(&self) -> Option<order::Key> {
        let this = |part: &Part| match &part.text {
            Text::File { layout, .. } => Some(layout.this),
            Text::Memory(_, written) => *written,
        };
        match self.parts.as_slice() {
            [index] => Some((this(index)?, None)),
            [index, delta] => Some((this(index)?, Some(this(delta)?))),
            _ => None,
        }
    }

    /// The error that says this index cannot be used (the caller scans instead).
    fn unusable(&self, why: &str) -> Error {
        // Best effort: the next run rebuilds it.
        let _ = fs::remove_file(&self.path);
        let _ = fs::remove_file(delta_path(&self.path));
        let _ = fs::remove_file(order::path(&self.path));
        Error::IndexUnusable { path: self.path.clone(), why: why.to_owned() }
    }

    /// Where a served document's item is kept once made.
    fn made_slot(&self, doc: u32) -> Result<&OnceLock<Box<Item>>> {
        let served = self.served.as_ref().ok_or_else(|| self.unusable("items asked of a corpus that has them"))?;
        let made = served.made.get_or_init(|| std::iter::repeat_with(OnceLock::new).take(self.docs.len()).collect());
        made.get(doc as usize).ok_or_else(|| self.unusable("a document"))
    }

    /// A served document's item, when it was made (no slot is made to ask).
    fn made(&self, doc: u32) -> Option<&Item> {
        let made = self.served.as_ref()?.made.get()?;
        made.get(doc as usize)?.get().map(|item| &**item)
    }

    /// How a served document's fields are held: as its record held them,
    /// or where a search saw them in META ([`Docs::Seen`]).
    fn held(&self, doc: u32) -> Option<Holds<'_>> {
        if let Some(span) = self.docs.seen_fields(doc) {
            return Some(Holds::Span(span));
        }
        match self.served.as_ref()?.fields.get(doc as usize)?.as_ref()? {
            Held::Fields(fields) => Some(Holds::Fields(fields)),
            Held::Again(..) => None,
        }
    }

    /// What `held` makes of a served document's item held decoded, or
    /// `encoded` of its encoded fields (read as `ask` says); an error when
    /// they do not check out or do not decode.
    fn served_fields<T>(
        &self,
        doc: u32,
        ask: Ask,
        held: impl FnOnce(&Item) -> T,
        encoded: impl FnOnce(&[u8]) -> Option<T>,
    ) -> Result<T> {
        if self.served.is_none() {
            return Err(self.unusable("items asked of a corpus that has them"));
        }
        let found = match self.held(doc) {
            Some(Holds::Fields(Fields::Item(item))) => Some(held(item)),
            Some(Holds::Fields(Fields::Encoded(bytes))) => encoded(bytes),
            Some(Holds::Span(span)) => self.span(span, ask, encoded),
            None => None,
        };
        found.ok_or_else(|| self.unusable("an item's fields"))
    }

    /// What `held` makes of each of `docs`' items held decoded, or
    /// `encoded` of its encoded fields (given the doc's place in `docs`), in
    /// the order asked; an error when one does not check out or decode.
    /// Fields in META are read in runs, nearby ones together ([`META_RUN`]
    /// bytes at most at once; from the section if it was read whole), each
    /// checked, and the section is not read whole for them: a common word's
    /// thousands of items are ranked and made without its 3 MB (30 MB at
    /// 100,000 documents) held, which was most of the peak of its search.
    fn served_many<'s, T>(
        &'s self,
        docs: &[u32],
        held: impl Fn(&'s Item) -> T,
        encoded: impl Fn(usize, &[u8]) -> Option<T>,
    ) -> Result<Vec<T>> {
        if self.served.is_none() {
            return Err(self.unusable("items asked of a corpus that has them"));
        }
        let mut out: Vec<Option<T>> = docs.iter().map(|_| None).collect();
        // Each span in META: its section, offset, length, CRC-32 and place in `docs`.
        let mut spans = Vec::new();
        for (i, &doc) in docs.iter().enumerate() {
            if let Some(item) = self.made(doc) {
                out[i] = Some(held(item));
                continue;
            }
            match self.held(doc) {
                Some(Holds::Fields(Fields::Item(item))) => out[i] = Some(held(item)),
                Some(Holds::Fields(Fields::Encoded(bytes))) => out[i] = encoded(i, bytes),
                Some(Holds::Span((meta, at, len, crc))) => {
                    spans.push((meta as usize, u64::from(at), u64::from(len), crc, i));
                }
                None => {}
            }
        }
        spans.sort_unstable_by_key(|&(part, at, ..)| (part, at));
        for group in spans.chunk_by(|a, b| a.0 == b.0) {
            let Some(Part { text: Text::File { file, layout }, meta: whole, .. }) = self.parts.get(group[0].0) else {
                continue;
            };
            let mut rest = group;
            while let Some((count, start, end)) = next_run(rest.iter().map(|&(_, at, len, ..)| (at, len)), META_RUN) {
                let (run, next) = rest.split_at(count);
                rest = next;
                // Within META, whichever way it is read.
                if end > layout.meta.1 {
                    continue;
                }
                let read;
                let bytes = if let Some(meta) = whole.get().and_then(Option::as_deref) {
                    usize::try_from(start).ok().zip(usize::try_from(end).ok()).and_then(|(s, e)| meta.get(s..e))
                } else {
                    read = store::read_at(file, layout.meta.0.saturating_add(start), end - start);
                    read.as_deref()
                };
                let Some(bytes) = bytes else { continue };
                for &(_, at, len, crc, i) in run {
                    // Sorted: `at` is at `start` or past it, and the span within the run.
                    let from = usize::try_from(at - start).unwrap_or(usize::MAX);
                    let span = bytes.get(from..from.saturating_add(usize::try_from(len).unwrap_or(usize::MAX)));
                    out[i] = span.filter(|b| crc32fast::hash(b) == crc).and_then(|b| encoded(i, b));
                }
            }
        }
        out.into_iter().map(|made| made.ok_or_else(|| self.unusable("an item's fields"))).collect()
    }

    /// A served document's item, decoded from its fields (not kept), which
    /// are read as `ask` says.
    fn decode_fields(&self, doc: u32, ask: Ask) -> Result<Item> {
        let path = [self.prefix.as_str(), self.docs.rel(doc)].concat();
        let whole = |item: &Item| Item { path: path.clone(), ..item.clone() };
        self.served_fields(doc, ask, whole, |bytes| {
            let mut d = codec::Dec::new(bytes);
            d.item(path.clone()).filter(|_| d.done())
        })
    }

    /// The bodies of `docs`, checked. They are read in the order they are
    /// in their file, nearby ones together ([`RUN`] bytes at most at once):
    /// a few bodies cost a read each, many cost a few large reads, and no
    /// more than a run is held besides the bodies themselves.
    fn read_bodies(&self, docs: &[u32]) -> Result<Vec<String>> {
        let mut wanted = Vec::with_capacity(docs.len());
        for (i, &doc) in docs.iter().enumerate() {
            let body = self.docs.body(doc).ok_or_else(|| self.unusable("a document"))?;
            wanted.push((usize::from(doc >= self.split), body, i));
        }
        wanted.sort_unstable_by_key(|&(part, (at, ..), _)| (part, at));
        let mut out: Vec<Option<String>> = docs.iter().map(|_| None).collect();
        for group in wanted.chunk_by(|a, b| a.0 == b.0) {
            let text = self.parts.get(group[0].0).map(|part| &part.text).ok_or_else(|| self.unusable("a document"))?;
            let mut rest = group;
            while let Some((count, start, end)) = next_run(rest.iter().map(|&(_, (at, len, _), _)| (at, len)), RUN) {
                let (run, next) = rest.split_at(count);
                rest = next;
                let read = match text {
                    Text::Memory(..) => None,
                    Text::File { file, layout } => {
                        let read = store::read_at(file, layout.text.0.saturating_add(start), end - start);
                        Some(read.ok_or_else(|| self.unusable("bodies"))?)
                    }
                };
                for &(_, body, i) in run {
                    let (bytes, base) = match (text, &read) {
                        (Text::Memory(pieces, _), _) => pieces.holding(body.0),
                        (_, read) => (read.as_deref().unwrap_or_default(), start),
                    };
                    let body = checked_body(bytes, base, body)
                        .and_then(|b| String::from_utf8(b.to_vec()).ok())
                        .ok_or_else(|| self.unusable("a body"))?;
                    out[i] = Some(body);
                }
            }
        }
        Ok(out.into_iter().map(Option::unwrap_or_default).collect())
    }
}

impl search::Index for FolderIndex {
    fn docs(&self) -> usize {
        self.docs.len()
    }

    fn doc_of(&self, item: &Item) -> Option<u32> {
        // Found by its path (no map of every slug to build: a search asks for every item).
        let rel_of = |d: u32| self.docs.rel(d);
        let by_path = self.by_path.get_or_init(|| {
            let mut order = self.order.clone();
            order.sort_by(|&a, &b| rel_of(a).cmp(rel_of(b)));
            order
        });
        let rel = item.path.strip_prefix(self.prefix.as_str())?;
        let at = by_path.binary_search_by(|&d| rel_of(d).cmp(rel)).ok()?;
        by_path.get(at).copied()
    }

    fn docs_of(&self, items: &[&Item]) -> Vec<u32> {
        // A few items (fewer than an eighth of the documents): each found as
        // `doc_of` finds it. More (a filtered search's every item, searched
        // for its statistics): by their paths in a map of every document's,
        // not by a binary search each (10,000 items: 10.4 M instructions
        // that way, most of them comparing paths that start alike).
        if items.len().saturating_mul(8) < self.order.len() {
            return items.iter().map(|item| self.doc_of(item).unwrap_or(u32::MAX)).collect();
        }
        let mut by_rel: std::collections::HashMap<&str, u32, foldhash::fast::FixedState> =
            std::collections::HashMap::with_capacity_and_hasher(
                self.order.len(),
                foldhash::fast::FixedState::default(),
            );
        for &doc in &self.order {
            by_rel.insert(self.docs.rel(doc), doc);
        }
        items
            .iter()
            .map(|item| {
                let rel = item.path.strip_prefix(self.prefix.as_str());
                rel.and_then(|rel| by_rel.get(rel).copied()).unwrap_or(u32::MAX)
            })
            .collect()
    }

    fn lengths(&self, doc: u32) -> [usize; 4] {
        self.docs.lengths(doc).map_or([1; 4], |lengths| lengths.map(|n| n as usize))
    }

    fn forms(
        &self,
        prefix: &str,
        number: &mut dyn FnMut(&str) -> Option<u32>,
        out: &mut Vec<search::Occurrence>,
    ) -> Result<()> {
        // The delta's documents are numbered after the index's; the
        // index's documents that the delta replaces are in no item's place.
        for part in &self.parts {
            part.dict().and_then(|dict| dict.forms(prefix, number, out)).ok_or_else(|| self.unusable("dictionary"))?;
        }
        Ok(())
    }

    fn load(&self, wanted: &[(u32, &Item)]) -> Result<()> {
        let todo: Vec<(u32, &Item)> = wanted
            .iter()
            .copied()
            .filter(|(d, _)| self.full().get(*d as usize).is_some_and(|f| f.get().is_none()))
            .collect();
        let docs: Vec<u32> = todo.iter().map(|(d, _)| *d).collect();
        for ((doc, item), body) in todo.into_iter().zip(self.read_bodies(&docs)?) {
            if let Some(slot) = self.full().get(doc as usize) {
                let _ = slot.set(Box::new(Item { body, ..item.clone() }));
            }
        }
        Ok(())
    }

    fn item(&self, doc: u32) -> Option<&Item> {
        self.full.get()?.get(doc as usize)?.get().map(|item| &**item)
    }

    fn bodies(&self, docs: &[u32]) -> Result<Vec<String>> {
        self.read_bodies(docs)
    }

    fn served(&self) -> Option<&[u32]> {
        self.served.as_ref().map(|served| served.order.as_slice())
    }

    fn fields(&self, doc: u32) -> Result<&Item> {
        let slot = self.made_slot(doc)?;
        if let Some(item) = slot.get() {
            return Ok(item);
        }
        let item = self.decode_fields(doc, Ask::Alone)?;
        Ok(slot.get_or_init(|| Box::new(item)))
    }

    fn fields_many(&self, docs: &[u32]) -> Result<Vec<Cow<'_, Item>>> {
        // Made in the items given back on this thread, when there are some.
        let spare = std::cell::RefCell::new(SPARE.take());
        // An item just read is lent as it is held, its path as shown (`shown_as`).
        let made = self.served_many(docs, Cow::Borrowed, |i, bytes| {
            let rel = self.docs.rel(docs[i]);
            let mut item = match spare.borrow_mut().pop() {
                Some(mut item) => {
                    item.path.clear();
                    item.body.clear();
                    item
                }
                None => codec::empty_item(String::with_capacity(self.prefix.len() + rel.len())),
            };
            item.path.push_str(&self.prefix);
            item.path.push_str(rel);
            let mut d = codec::Dec::new(bytes);
            d.item_into(&mut item).filter(|()| d.done()).map(|()| Cow::Owned(item))
        });
        SPARE.set(spare.into_inner());
        made
    }

    fn give_back(&self, mut item: Item) {
        // Served items have no body; one given back with its body keeps none.
        if item.body.capacity() > 0 {
            item.body = String::new();
        }
        let mut spare = SPARE.take();
        if spare.len() < SPARE_ITEMS {
            spare.push(item);
        }
        SPARE.set(spare);
    }

    fn ranked_many(&self, docs: &[u32], names: &dyn Fn(&str) -> bool) -> Result<Vec<(Kind, u32, bool)>> {
        self.served_many(
            docs,
            |item| (item.kind, item.order, names(&item.title)),
            |_, bytes| {
                let mut d = codec::Dec::new(bytes);
                d.ranked().filter(|_| d.done()).map(|(kind, title, order)| (kind, order, names(title)))
            },
        )
    }

    fn named(&self, doc: u32, f: &mut dyn FnMut(&str, &[&str])) -> Result<()> {
        if let Some(item) = self.made(doc) {
            f(&item.full_title(), &item.tags.iter().map(String::as_str).collect::<Vec<_>>());
            return Ok(());
        }
        // Names are asked of every item (the typo fallback): META is read
        // whole. Decoded tags are given as they are, not copied; an item
        // held decoded gives its own, after.
        let held = self.served_fields(
            doc,
            Ask::Whole,
            |item| Some((item.full_title(), item.tags.clone())),
            |bytes| {
                let mut d = codec::Dec::new(bytes);
                let (title, subtitle, tags) = d.names().filter(|_| d.done())?;
                f(&content::full_title(title, subtitle), &tags);
                Some(None)
            },
        )?;
        if let Some((title, tags)) = held {
            f(&title, &tags.iter().map(String::as_str).collect::<Vec<_>>());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many served items `index` has made and kept.
    fn made(index: &FolderIndex) -> usize {
        let made = index.served.as_ref().and_then(|s| s.made.get());
        made.map_or(0, |made| made.iter().filter(|m| m.get().is_some()).count())
    }

    /// A search of every item builds only the items of its hits (ranking
    /// reads a served item's kind, title and order without making it): none
    /// for a word that matches nothing (the typo fallback reads names, not
    /// items), as many as its hits otherwise (for a typo, the corrected query's).
    #[test]
    fn a_served_search_makes_only_the_items_of_its_hits() {
        use search::{CaseMode, Options, parse, search_forgiving_served};
        let (dir, cache) = settled_folder(300, 8);
        let options = Options { threads: 1, ..Options::default() };
        for (n, (q, none)) in
            [("qqqq*", true), ("qqqqqq", true), ("terrafrom", false), ("\"cloud costs\"", false), ("latency", false)]
                .into_iter()
                .enumerate()
        {
            let opened = open(dir.path(), cache.path(), 1, Load::Search).expect("opened").expect("an index");
            // Built, then read from its records (what was seen kept), then served as seen.
            assert_eq!(matches!(opened.index.docs, Docs::Seen { .. }), n >= 2, "{q}");
            let query = parse(q, CaseMode::Smart, false).expect("a query");
            let outcome = search_forgiving_served(&opened.index, &query, options).expect("searched").expect("served");
            assert_eq!(outcome.hits.is_empty(), none, "{q}");
            assert_eq!(outcome.corrected.is_some(), q == "terrafrom", "{q}");
            assert_eq!(made(&opened.index), outcome.hits.len(), "{q}");
            assert!(made(&opened.index) < 300, "{q}");
        }
    }

    /// A search whose hits are each made into something as they are made
    /// says what the hits of a search say, in the same order, and keeps no
    /// item: none is made to rank them, and each hit's is let go with it.
    /// On one thread and two (a batch of bodies each), with a limit and
    /// without, for a corrected typo and for a query that finds nothing.
    #[test]
    fn a_served_search_hit_by_hit_keeps_no_item_and_says_what_its_hits_say() {
        use search::{CaseMode, Hit, Options, parse, search_forgiving_served, search_forgiving_served_each};
        let (dir, cache) = settled_folder(700, 8);
        let said = |hit: &Hit<'_>| (hit.item.clone(), hit.score, hit.snippets.clone(), hit.matched.clone());
        for (threads, limit) in [(1, None), (2, None), (2, Some(3))] {
            let options = Options { limit, threads, ..Options::default() };
            for q in ["latency", "\"cloud costs\"", "terrafrom", "latency cloud", "qqqqqq", "kube"] {
                let query = parse(q, CaseMode::Smart, false).expect("a query");
                let opened = open(dir.path(), cache.path(), 1, Load::Search).expect("opened").expect("an index");
                let outcome =
                    search_forgiving_served(&opened.index, &query, options).expect("searched").expect("served");
                let expected: Vec<_> = outcome.hits.iter().map(said).collect();
                let opened = open(dir.path(), cache.path(), 1, Load::Search).expect("opened").expect("an index");
                // Served as seen but for the index's first two runs (built, then read from its records).
                let first_two = threads == 1 && q == "latency";
                assert_eq!(matches!(opened.index.docs, Docs::Seen { .. }), !first_two, "{q}, {threads} threads");
                let each = search_forgiving_served_each(&opened.index, &query, options, &|hit| Ok(said(hit)))
                    .expect("searched")
                    .expect("served");
                assert_eq!(each.hits, expected, "{q}, {threads} threads");
                assert_eq!(
                    (&each.corrected, &each.try_prefix, &each.prefix_finds, &each.suggested),
                    (&outcome.corrected, &outcome.try_prefix, &outcome.prefix_finds, &outcome.suggested),
                    "{q}"
                );
                assert_eq!(made(&opened.index), 0, "{q}: items kept");
                if q == "latency" && limit.is_none() {
                    assert!(expected.len() > 256, "{} hits: too few for two batches", expected.len());
                }
            }
        }
    }

    /// Stamping files in chunks that threads take in turn, while the index
    /// is looked up, stamps every listed file once and in the listing's
    /// order, on any number of threads, with or without an index (and a
    /// folder of no files is not opened). A search of a folder whose every
    /// file is as seen reads no record; one file changed anywhere, and the
    /// records are read, as they are for a command that is no such search.
    #[test]
    fn every_file_is_stamped_once_in_order_and_compared_with_what_was_seen() {
        // More files than a chunk in both groups (a tenth are posts).
        let (dir, cache) = settled_folder(dir::BATCH * 12, 5);
        let expected = |listing: &dir::Listing| -> Vec<Vec<Option<Stamp>>> {
            let each = |g: &dir::Group| g.wanted.iter().map(|rel| Stamp::at(None, dir.path(), rel)).collect();
            listing.groups.iter().map(each).collect()
        };
        // The first search builds the index, the second keeps what it saw.
        for _ in 0..2 {
            open(dir.path(), cache.path(), 1, Load::Search).expect("opened").expect("an index");
        }
        let canonical = fs::canonicalize(dir.path()).expect("canonical");
        let folder = canonical.as_os_str().as_encoded_bytes().to_vec();
        let path = cache.path().join(file_name(&canonical, &folder));
        let check = |as_seen: bool| {
            for threads in 1..=4 {
                for (place, warm) in [
                    (None, false),
                    (Some((folder.as_slice(), path.as_path(), now())), false),
                    (Some((folder.as_slice(), path.as_path(), now())), true),
                ] {
                    let context =
                        format!("{threads} threads, index {}, warm {warm}, as seen {as_seen}", place.is_some());
                    let (listing, found, stamps) = list_and_stamp(dir.path(), place, warm, threads);
                    let listing = listing.expect("listed");
                    let counts: Vec<usize> = listing.groups.iter().map(|g| g.wanted.len()).collect();
                    assert!(counts.iter().all(|&n| n > dir::BATCH) && counts.iter().sum::<usize>() == dir::BATCH * 12);
                    match found {
                        Found::Warm(peek) => {
                            assert!(warm && as_seen, "{context}");
                            assert_eq!(peek.seen.len(), dir::BATCH * 12, "{context}");
                            // Every stamp was compared with what was seen: none is kept.
                            assert!(stamps.is_empty(), "{context}");
                        }
                        Found::Old(old, peeked) => {
                            assert!(!(warm && as_seen), "{context}");
                            // The order kept with what was seen, looked up already: not read again.
                            assert_eq!(peeked.is_some(), warm && place.is_some(), "{context}");
                            assert_eq!(stamps, expected(&listing), "{context}");
                            assert!(stamps.iter().flatten().all(Option::is_some));
                            assert_eq!(old.map(|o| o.records.len()), place.map(|_| dir::BATCH * 12), "{context}");
                        }
                    }
                }
            }
        };
        check(true);
        // One file of the last chunk made newer, its size the same.
        let files = fs::read_dir(dir.path().join("projects")).expect("listed").filter_map(Result::ok).map(|e| e.path());
        let last = files.max().expect("a project");
        File::options()
            .write(true)
            .open(&last)
            .and_then(|f| f.set_modified(std::time::SystemTime::now()))
            .expect("touched");
        check(false);
        // A folder where the posts should be that is no folder: nothing to stamp there, nothing opened.
        fs::remove_dir_all(dir.path().join("posts")).expect("removed");
        fs::write(dir.path().join("posts"), "").expect("a file in its place");
        let (listing, _, stamps) = list_and_stamp(dir.path(), None, false, 2);
        let projects = listing.expect("listed").groups[0].wanted.len();
        assert_eq!(stamps.iter().map(Vec::len).collect::<Vec<_>>(), [projects, 0]);
    }

    /// A file is settled once its mtime is over two seconds old in whole
    /// seconds and its ctime too, or, where the ctime has a fraction (the
    /// file system keeps them), once that is a tenth of a second old: a
    /// change since would give it a later ctime. An mtime set back settles
    /// nothing while the ctime is new.
    #[test]
    fn a_stamp_settles_by_its_mtime_and_its_ctime() {
        let now = std::time::Duration::new(1000, 500_000_000);
        let stamp = |mtime: (i64, u32), ctime: (i64, u32)| Stamp { len: 1, mtime, ctime, ino: 2, dev: 3 };
        for (mtime, ctime, settled) in [
            ((900, 0), (900, 0), true),
            ((900, 0), (997, 0), true),
            ((900, 0), (998, 0), false),
            ((900, 0), (999, 999_999_999), true),
            ((900, 0), (1000, 300_000_000), true),
            ((900, 0), (1000, 450_000_000), false),
            ((900, 0), (1001, 0), false),
            ((998, 0), (900, 0), false),
            ((997, 1), (900, 0), true),
            ((-5, 0), (-5, 0), true),
            ((900, 0), (-1, 999_999_999), true),
        ] {
            assert_eq!(stamp(mtime, ctime).settled(now), settled, "mtime {mtime:?}, ctime {ctime:?}");
        }
    }

    /// An index is read only for the folder it names: looked up for another
    /// (its file's name is a hash of the folder's path), its header does not
    /// check out, and neither its records nor what a search saw are read.
    #[test]
    fn an_index_is_read_only_for_its_own_folder() {
        let (dir, cache) = settled_folder(40, 3);
        for _ in 0..2 {
            open(dir.path(), cache.path(), 1, Load::Search).expect("opened").expect("an index");
        }
        let canonical = fs::canonicalize(dir.path()).expect("canonical");
        let folder = canonical.as_os_str().as_encoded_bytes().to_vec();
        let path = cache.path().join(file_name(&canonical, &folder));
        assert!(index_files(&path, &folder).is_some());
        assert!(Old::read(&path, &folder).is_some());
        assert!(Peek::read(&path, &folder).is_some());
        for other in [[folder.as_slice(), b"x"].concat(), folder[..folder.len() - 1].to_vec(), b"/".to_vec()] {
            let shown = String::from_utf8_lossy(&other).into_owned();
            assert!(index_files(&path, &other).is_none(), "{shown}");
            assert!(Old::read(&path, &other).is_none(), "{shown}");
            assert!(Peek::read(&path, &other).is_none(), "{shown}");
        }
    }

    /// The order a search keeps beside a folder's index (the search that
    /// wrote it, or one of the folder unchanged) is what the next search,
    /// `list` and `show` use (shown here by keeping another one), and only
    /// while it names each item once: else the order is worked out again.
    #[test]
    fn a_kept_order_is_used_while_it_names_each_item_once() {
        let (dir, cache) = settled_folder(40, 3);
        let search = || {
            let opened = open(dir.path(), cache.path(), 1, Load::Search).expect("opened").expect("an index");
            let order = opened.index.served.as_ref().expect("served").order.clone();
            (order, opened.index)
        };
        let (first, index) = search();
        let kept = order::path(&index.path);
        let key = index.key().expect("written");
        assert_eq!(
            order::read(&kept, key).map(|kept| kept.order).as_deref(),
            Some(&first[..]),
            "kept by the search that wrote the index"
        );
        fs::remove_file(&kept).expect("removed");
        let (second, index) = search();
        assert_eq!(second, first);
        assert_eq!(index.key(), Some(key), "the index as written");
        assert_eq!(
            order::read(&kept, key).map(|kept| kept.order).as_deref(),
            Some(&first[..]),
            "kept by a search of an unchanged folder"
        );
        // `list` and `show` put the corpus's items in the kept order too.
        let corpus = |need| {
            let opened = open(dir.path(), cache.path(), 1, need).expect("opened").expect("an index");
            opened.loaded.corpus.items.iter().map(|i| (i.slug.clone(), i.body.clone())).collect::<Vec<_>>()
        };
        let (fields, bodies) = (corpus(Load::Fields), corpus(Load::Bodies));
        assert!(bodies.iter().all(|(_, body)| !body.is_empty()));
        let mut reversed = first.clone();
        reversed.reverse();
        order::write(cache.path(), &kept, key, &reversed, None);
        assert_eq!(search().0, reversed, "the kept order is the one used");
        let backwards = |items: &[(String, String)]| items.iter().rev().cloned().collect::<Vec<_>>();
        assert_eq!(corpus(Load::Fields), backwards(&fields));
        assert_eq!(corpus(Load::Bodies), backwards(&bodies));
        let mut twice = first.clone();
        twice[1] = twice[0];
        for wrong in [twice, first[1..].to_vec(), [&first[..], &[first[0]]].concat()] {
            order::write(cache.path(), &kept, key, &wrong, None);
            assert_eq!(corpus(Load::Fields), fields, "{wrong:?}");
            assert_eq!(corpus(Load::Bodies), bodies, "{wrong:?}");
            assert_eq!(search().0, first, "{wrong:?}");
            assert_eq!(
                order::read(&kept, key).map(|kept| kept.order).as_deref(),
                Some(&first[..]),
                "kept again, right"
            );
        }
        // What a search saw is kept with the order once the folder is
        // searched unchanged, and used while it names each item once.
        search();
        let seen = order::read(&kept, key).and_then(|kept| kept.seen).expect("seen kept");
        let mut at = 0..seen.len();
        let groups: Vec<order::SeenGroup> = (seen.groups.iter())
            .map(|&(n, marks)| order::SeenGroup {
                marks,
                files: at.by_ref().take(n).map(|i| seen.file(i).expect("a file")).collect(),
            })
            .collect();
        order::write(cache.path(), &kept, key, &reversed, Some(&groups));
        let canonical = fs::canonicalize(dir.path()).expect("canonical");
        let folder = canonical.as_os_str().as_encoded_bytes().to_vec();
        let (_, found, _) = list_and_stamp(dir.path(), Some((&folder, &index.path, now())), true, 2);
        assert!(matches!(found, Found::Warm(_)), "as seen");
        assert_eq!(search().0, reversed, "the order kept with what was seen is used");
        let mut twice = first.clone();
        twice[1] = twice[0];
        order::write(cache.path(), &kept, key, &twice, Some(&groups));
        let (_, found, _) = list_and_stamp(dir.path(), Some((&folder, &index.path, now())), true, 2);
        assert!(matches!(found, Found::Old(Some(_), None)), "not used: the records are read");
        assert!(!kept.exists(), "not used again");
        assert_eq!(search().0, first, "worked out again");
        assert!(order::read(&kept, key).is_some_and(|k| k.order == first && k.seen.is_some()), "and kept, as seen");
    }

    /// A folder found as seen serves each item from its record, with its
    /// own file's path (the listing's, by the record's place), word counts
    /// and body: posts and projects alike, the same as the index read
    /// record by record serves.
    #[test]
    fn a_folder_found_as_seen_serves_each_document_as_its_records_say() {
        let (dir, cache) = settled_folder(60, 5);
        let open = || open(dir.path(), cache.path(), 1, Load::Search).expect("opened").expect("an index");
        // Built, then read record by record (what was seen kept), then found as seen.
        let (_, held, seen) = (open(), open(), open());
        assert!(matches!(held.index.docs, Docs::Held(_)) && matches!(seen.index.docs, Docs::Seen { .. }));
        let order = seen.index.served.as_ref().expect("served").order.clone();
        assert_eq!(held.index.served.as_ref().map(|s| &s.order), Some(&order));
        let posts = order.iter().filter(|&&doc| seen.index.docs.rel(doc).starts_with("posts/")).count();
        assert!(posts > 0 && posts < order.len(), "both groups: {posts} posts");
        for &doc in &order {
            let (a, b) = (&held.index, &seen.index);
            assert_eq!(b.docs.rel(doc), a.docs.rel(doc));
            assert_eq!((b.docs.lengths(doc), b.docs.body(doc)), (a.docs.lengths(doc), a.docs.body(doc)));
            let item = search::Index::fields(b, doc).expect("an item");
            assert_eq!(item.path, format!("{}{}", b.prefix, a.docs.rel(doc)));
            assert!(item.path.ends_with(&format!("/{}.md", item.slug)), "{}", item.path);
            assert_eq!(b.read_bodies(&[doc]).expect("a body"), a.read_bodies(&[doc]).expect("a body"));
        }
        let past = u32::try_from(seen.index.docs.len()).expect("few");
        assert_eq!((seen.index.docs.rel(past), seen.index.docs.lengths(past)), ("", None));
    }

    /// Every item's document found at once (by a map of paths) is the one
    /// found for it alone (by a binary search), and so for a few items;
    /// also with a delta beside the index (its documents numbered after
    /// the index's).
    #[test]
    fn the_documents_of_many_items_are_those_of_each_alone() {
        use search::Index;
        let (dir, cache) = settled_folder(300, 8);
        let check = |delta: bool| {
            let opened = open(dir.path(), cache.path(), 1, Load::Fields).expect("opened").expect("an index");
            assert_eq!(opened.index.parts.len(), if delta { 2 } else { 1 });
            let items: Vec<&Item> = opened.loaded.corpus.items.iter().collect();
            let alone: Vec<u32> = items.iter().map(|item| opened.index.doc_of(item).expect("a document")).collect();
            assert_eq!(opened.index.docs_of(&items), alone);
            let few: Vec<&Item> = items.iter().step_by(40).copied().collect();
            let alone: Vec<u32> = alone.iter().step_by(40).copied().collect();
            assert_eq!(opened.index.docs_of(&few), alone);
            // And each is its item's own.
            for (item, doc) in items.iter().zip(opened.index.docs_of(&items)) {
                assert_eq!(Some(opened.index.docs.rel(doc)), item.path.strip_prefix(opened.index.prefix.as_str()));
            }
        };
        check(false);
        for name in ["project-3", "project-10", "post-9"] {
            let kind = if name.starts_with("post") { "posts" } else { "projects" };
            let file = dir.path().join(kind).join(format!("{name}.md"));
            let text = fs::read_to_string(&file).expect("read");
            fs::write(&file, text + "\nEdited.\n").expect("written");
        }
        check(true);
    }

    /// A generated folder of `count` items (from `seed`) whose item files
    /// are settled (files changed just before they are stat'ed are read
    /// again each time: never an unchanged folder): their mtimes an hour
    /// back, and their ctimes (which setting the mtime moves to now) waited
    /// for ([`Stamp::settled`]). And a cache folder for it.
    fn settled_folder(count: usize, seed: u64) -> (tempfile::TempDir, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("a folder");
        crate::synth::write_dir(dir.path(), count, seed).expect("a generated folder");
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let mut stamps = Vec::new();
        for sub in ["projects", "posts"] {
            for entry in fs::read_dir(dir.path().join(sub)).expect("listed") {
                let file = File::options().write(true).open(entry.expect("an entry").path()).expect("opened");
                file.set_modified(hour_ago).expect("mtime set");
                stamps.push(Stamp::of(&file.metadata().expect("stat'ed")).expect("a stamp"));
            }
        }
        // Their ctimes are now (setting the mtime set them): waited for.
        while !stamps.iter().all(|stamp| stamp.settled(now())) {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        (dir, tempfile::tempdir().expect("a cache"))
    }

    fn record(fields: Vec<u8>) -> Record {
        Record {
            rel: "projects/a.md".to_owned(),
            stamp: Stamp { len: 0, mtime: (0, 0), ctime: (0, 0), ino: 0, dev: 0 },
            settled: true,
            slug: "a".to_owned(),
            problems: Vec::new(),
            item: Some(Fields::Encoded(store::Shared::whole(fields))),
            lengths: [1; 4],
            body: (0, 0, 0),
            origin: Origin::Doc(0),
            kept: None,
            was: None,
        }
    }

    /// Loads one record through `entries` and `load`, its fields held encoded.
    fn load_one(fields: Vec<u8>, texts: Option<Vec<String>>) -> Option<Loaded> {
        let profile = include_str!("../../content/profile.toml").to_owned();
        let Split { docs, order, entries } = entries(vec![record(fields)], false).expect("names its document");
        assert_eq!(order, [0]);
        load(Some(profile), docs.held(), entries, Vec::new(), texts, (Vec::new(), None), "dir/")
            .expect("no content error")
    }

    /// A file's mark changes with its path and with each field of its
    /// stamp, even by one (a second, a nanosecond, a byte), and the marks
    /// of a folder's files add up differently when one file is changed.
    #[test]
    fn a_mark_changes_with_every_field() {
        let stamp = Stamp { len: 1_500, mtime: (1_795_000_000, 5), ctime: (1_795_000_000, 7), ino: 42, dev: 2049 };
        let changed = [
            Stamp { len: 1_501, ..stamp },
            Stamp { mtime: (1_795_000_001, 5), ..stamp },
            Stamp { mtime: (1_795_000_000, 6), ..stamp },
            Stamp { ctime: (1_795_000_001, 7), ..stamp },
            Stamp { ctime: (1_795_000_000, 8), ..stamp },
            Stamp { ino: 43, ..stamp },
            Stamp { dev: 2050, ..stamp },
        ];
        let mark = stamp.mark(9);
        assert_ne!(stamp.mark(10), mark);
        for other in changed {
            assert_ne!(other.mark(9), mark, "{other:?}");
        }
        // Two fields swapped are another file too.
        assert_ne!(Stamp { mtime: stamp.ctime, ctime: stamp.mtime, ..stamp }.mark(9), mark);
        let folder =
            |stamps: &[Stamp]| stamps.iter().zip(0u64..).fold(0u128, |sum, (s, rel)| sum.wrapping_add(s.mark(rel)));
        let files: Vec<Stamp> = (0..100).map(|i| Stamp { ino: i, ..stamp }).collect();
        let mut edited = files.clone();
        edited[50].len += 1;
        assert_ne!(folder(&files), folder(&edited));
        // The same files in another order add up the same.
        let mut reversed: Vec<(u64, Stamp)> = (0u64..).zip(files.iter().copied()).collect();
        reversed.reverse();
        assert_eq!(reversed.iter().fold(0u128, |sum, (rel, s)| sum.wrapping_add(s.mark(*rel))), folder(&files));
    }

    /// A folder is as seen only when every file listed was among the names
    /// stamped: in a folder of more names than `MAX_FILES`, the ones fed
    /// (the first in the folder's order) can add up to what was seen while
    /// the files listed (the first in sorted order) are others.
    #[test]
    fn a_folder_is_as_seen_only_when_every_file_listed_was_stamped() {
        let stamp = Stamp { len: 10, mtime: (1, 2), ctime: (3, 4), ino: 5, dev: 6 };
        let mark = stamp.mark(order::hash("projects/b.md".bytes()));
        let listing = |at: u32| dir::Listing {
            groups: vec![dir::Group {
                folder: PathBuf::from("projects"),
                wanted: ["projects/a.md"].into_iter().collect(),
                listed_at: vec![at],
                problems: Vec::new(),
                meta: None,
            }],
            ..dir::Listing::default()
        };
        let stamped = |listing: &dir::Listing| {
            let made =
                BatchStamps { group: 0, number: 0, stamps: vec![Some(stamp)], items: 1, marks: mark, unstamped: false };
            Stamped::new(listing, vec![made])
        };
        let fed = listing(0);
        assert!(stamped(&fed).as_seen(&fed, &[(1, mark)]));
        assert!(!stamped(&fed).as_seen(&fed, &[(1, mark.wrapping_add(1))]));
        assert!(!stamped(&fed).as_seen(&fed, &[(2, mark)]));
        let past = listing(u32::try_from(dir::MAX_FILES).expect("fits"));
        assert!(!stamped(&past).as_seen(&past, &[(1, mark)]));
    }

    /// An entry stays small: 10,000 of them are at the peak of a warm run.
    #[test]
    fn an_entry_is_64_bytes() {
        assert_eq!(std::mem::size_of::<Entry>(), 64);
    }

    /// Fields kept encoded are decoded into the corpus; fields that do not
    /// decode make no corpus (the caller scans), not a wrong one.
    #[test]
    fn encoded_fields_decode_into_the_corpus_or_make_none() {
        let item = Item { slug: "a".to_owned(), ..content::bundled::corpus().items[0].clone() };
        let mut e = codec::Enc::default();
        e.item(&item);
        let texts = Some(vec!["the body".to_owned()]);
        let loaded = load_one(e.0.clone(), texts).expect("decodes");
        let got = &loaded.corpus.items[0];
        assert_eq!(
            (got.title.as_str(), got.path.as_str(), got.body.as_str()),
            (item.title.as_str(), "dir/projects/a.md", "the body")
        );
        let mut cut = e.0;
        cut.pop();
        assert!(load_one(cut, None).is_none());
        let mut longer = codec::Enc::default();
        longer.item(&item);
        longer.u8(0);
        assert!(load_one(longer.0, None).is_none());
    }

    /// Fields read again from META (an unchanged folder's) decode as the
    /// ones held do, from a window that crosses its steps; META must check
    /// out whole again, a byte changed since the first read anywhere in it
    /// (after the fields too) makes no corpus.
    #[test]
    fn fields_read_again_check_the_whole_section_again() {
        use std::io::Write as _;
        let item = Item { slug: "a".to_owned(), ..content::bundled::corpus().items[0].clone() };
        let mut e = codec::Enc::default();
        e.item(&item);
        // The fields past the first step of the window, and bytes after them.
        let offset = usize::try_from(Window::STEP).expect("small") - 7;
        let mut section = vec![0xAB; offset];
        section.extend_from_slice(&e.0);
        section.extend_from_slice(&[0xCD; 100]);
        let write = |section: &[u8]| {
            let mut file = tempfile::tempfile().expect("a temporary file");
            file.write_all(b"head").and_then(|()| file.write_all(section)).expect("written");
            file
        };
        let file = write(&section);
        let crc = crc32fast::hash(&section);
        let at = |range: std::ops::Range<usize>| {
            let mut r = record(Vec::new());
            r.item = Some(Fields::Encoded(store::Shared::part(section.clone(), range)));
            r
        };
        let one = |r: Record, file: &File, crc: u32| {
            let profile = include_str!("../../content/profile.toml").to_owned();
            let Split { docs, entries, .. } = entries(vec![r], true).expect("names its document");
            let meta = vec![Window::new(file, (4, section.len() as u64, crc))];
            load(Some(profile), docs.held(), entries, meta, None, (Vec::new(), None), "dir/").expect("no content error")
        };
        let range = offset..offset + e.0.len();
        let loaded = one(at(range.clone()), &file, crc).expect("decodes");
        assert_eq!(loaded.corpus.items[0].title, item.title);
        assert_eq!(loaded.corpus.items[0].path, "dir/projects/a.md");
        let mut changed = section.clone();
        *changed.last_mut().expect("bytes") ^= 1;
        assert!(one(at(range.clone()), &write(&changed), crc).is_none(), "a byte after the fields changed");
        assert!(one(at(range.clone()), &file, crc ^ 1).is_none(), "a section that does not check out");
        assert!(one(at(offset + 1..range.end), &file, crc).is_none(), "fields that do not decode");
        assert!(one(at(range.start..section.len() + 1), &file, crc).is_none(), "past the section");
    }
}
