//! Reading a content folder at run time (`--content-dir`), defensively: only the
//! known places are read (`profile.toml`, `projects/*.md`, `posts/*.md`), only
//! regular files, at most [`MAX_FILE_BYTES`] each, and never a FIFO or device,
//! so a hostile folder cannot hang, crash or exhaust the program.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::{Kind, PROFILE_FILE, Problem, problem::position};

/// The largest content file read, in bytes (1 MiB).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Folders with more item files than this are read on several threads.
const READ_PARALLEL_FROM: usize = 512;
/// The most files read from one folder of items.
pub const MAX_FILES: usize = 1_000_000;

/// The readable files of a content folder and the problems met reading it.
#[derive(Debug, Default)]
pub struct Files {
    /// `(path relative to the folder, text)` of every file that could be read.
    pub texts: Vec<(String, String)>,
    /// Files that could not be read, or were skipped, with why.
    pub problems: Vec<Problem>,
}

/// The files of one folder of items (`projects/` or `posts/`), in name order.
#[derive(Debug, Default)]
pub struct Group {
    /// The folder.
    pub folder: PathBuf,
    /// The path relative to the content folder of each `.md` file to read.
    pub wanted: Rels,
    /// Where each file of `wanted` came in the folder's own listing order
    /// (the order of the [`Batch`]es fed while it was listed).
    pub listed_at: Vec<u32>,
    /// Problems met listing the folder (names that are not UTF-8, files that are not `.md`).
    pub problems: Vec<Problem>,
    /// The folder's own metadata, taken before it was listed (`None` when it
    /// could not be opened, or the listing was not read from it).
    pub meta: Option<fs::Metadata>,
}

/// Paths in a content folder (`projects/<name>.md`), one after another in
/// one string: a folder of 100,000 files is two allocations, not 100,000
/// (a warm search over it made each path a string of its own, and read a
/// few hundred of them).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Rels {
    text: String,
    /// Where each path ends in `text`.
    ends: Vec<usize>,
}

impl Rels {
    /// How many paths there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The `i`th path.
    pub fn get(&self, i: usize) -> Option<&str> {
        let start = if i == 0 { 0 } else { *self.ends.get(i - 1)? };
        self.text.get(start..*self.ends.get(i)?)
    }

    /// The paths, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> {
        // Each range is one pushed whole: a `str`'s own bounds.
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }

    /// Adds a path, given as the parts it is joined from (`projects`, `/`, the name).
    pub fn push(&mut self, parts: &[&str]) {
        for part in parts {
            self.text.push_str(part);
        }
        self.ends.push(self.text.len());
    }

    /// Makes room for `paths` more paths of `bytes` in all.
    pub fn reserve(&mut self, paths: usize, bytes: usize) {
        self.ends.reserve(paths);
        self.text.reserve(bytes);
    }

    /// Lets go of the room no path took.
    pub fn shrink_to_fit(&mut self) {
        self.ends.shrink_to_fit();
        self.text.shrink_to_fit();
    }
}

impl<'a> FromIterator<&'a str> for Rels {
    fn from_iter<I: IntoIterator<Item = &'a str>>(paths: I) -> Rels {
        let mut rels = Rels::default();
        for path in paths {
            rels.push(&[path]);
        }
        rels
    }
}

/// What a content folder holds, before any item file is read.
#[derive(Debug, Default)]
pub struct Listing {
    /// The profile's text, when the folder has one.
    pub profile: Option<String>,
    /// Problems with the profile file.
    pub profile_problems: Vec<Problem>,
    /// `projects/`, then `posts/`.
    pub groups: Vec<Group>,
    /// The content folder's own metadata, taken before it was listed
    /// (`None` when the listing was not read from it).
    pub meta: Option<fs::Metadata>,
}

/// The names of a folder of items fed at once while it is listed ([`list_feeding`]).
pub const BATCH: usize = 256;

/// Names of a folder of items as they are listed, before they are sorted:
/// [`BATCH`] of them (fewer in a folder's last batch), given to whoever
/// stamps files while the rest is still being listed.
#[derive(Debug)]
pub struct Batch {
    /// The group's place in the listing (`projects/`, then `posts/`).
    pub group: usize,
    /// The group's folder.
    pub folder: PathBuf,
    /// The group's folder's name in the content folder (`projects`, `posts`).
    pub prefix: &'static str,
    /// The batch's place among the group's batches: its first name is the
    /// `number × BATCH`th listed ([`Group::listed_at`]).
    pub number: usize,
    /// The names' bytes, one after another.
    pub bytes: Vec<u8>,
    /// Where each name ends in `bytes`.
    pub ends: Vec<usize>,
}

impl Batch {
    /// The names, as text where they are UTF-8 (checked all at once, each
    /// alone where that fails, as the listing checks them).
    pub fn texts(&self) -> impl Iterator<Item = Option<&str>> {
        let all = std::str::from_utf8(&self.bytes).ok();
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(move |(at, &end)| {
            all.and_then(|all| all.get(at..end))
                .or_else(|| self.bytes.get(at..end).and_then(|b| std::str::from_utf8(b).ok()))
        })
    }
}

/// Whether a file of a folder of items called `name` may be an item: it
/// is one when its name is also UTF-8.
pub fn may_be_item(name: &str) -> bool {
    // Slugs are lowercase, so the extension is too (`.MD` is not an item).
    // A name that does not start with a dot has the extension "md" when it
    // ends so.
    #[allow(clippy::case_sensitive_file_extension_comparisons)]
    let md = name.ends_with(".md");
    md && !name.starts_with('.')
}

/// Lists the content folder `dir`: reads the profile and names the item files
/// to read, in the order [`read`] reads them. Fails only when `dir` itself
/// cannot be read.
pub fn list(dir: &Path) -> io::Result<Listing> {
    list_feeding(dir, None)
}

/// Lists the content folder `dir` as [`list`] does, and gives `feed` the
/// names of its folders of items as they are listed, a [`Batch`] at a time
/// (the first [`MAX_FILES`] of each folder).
pub fn list_feeding(dir: &Path, mut feed: Option<&mut dyn FnMut(Batch)>) -> io::Result<Listing> {
    let meta = fs::metadata(dir)?;
    if !meta.is_dir() {
        return Err(io::Error::new(io::ErrorKind::NotADirectory, "not a directory"));
    }
    // Reading the listing proves the folder is readable.
    fs::read_dir(dir)?;
    let prefix = super::load::display_prefix(dir);
    let mut listing = Listing { meta: Some(meta), ..Listing::default() };
    read_profile(dir, &prefix, &mut listing);
    for (g, kind) in [Kind::Project, Kind::Post].into_iter().enumerate() {
        let sub = dir.join(kind.folder());
        let mut group = Group { folder: sub.clone(), ..Group::default() };
        // Where the open folder cannot be asked, its metadata by path, before it is opened.
        let before = if cfg!(any(target_os = "linux", target_os = "android")) { None } else { fs::metadata(&sub).ok() };
        let opened = match open_dir(&sub) {
            Ok(opened) => opened,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                listing.groups.push(group);
                continue;
            }
            Err(e) => {
                let path = format!("{prefix}{}", kind.folder());
                group.problems.push(Problem::error(&path, (1, 1), format!("cannot read folder: {e}")));
                listing.groups.push(group);
                continue;
            }
        };
        group.meta = folder_meta(&opened).or(before);
        // Sorted by name, as paths in one folder sort (and faster than sorting paths).
        let mut batches = feed.as_mut().map(|feed| {
            let (folder, mut number) = (sub.clone(), 0);
            move |bytes, ends| {
                let batch = Batch { group: g, folder: folder.clone(), prefix: kind.folder(), number, bytes, ends };
                number += 1;
                feed(batch);
            }
        });
        let names = Names::of(opened, batches.as_mut().map(|f| f as &mut dyn FnMut(Vec<u8>, Vec<usize>)));
        group.wanted.reserve(names.spans.len().min(MAX_FILES), 0);
        group.listed_at.reserve(names.spans.len().min(MAX_FILES));
        for (name, &at) in names.texts().zip(&names.order).take(MAX_FILES) {
            let name = match name {
                Ok(name) => name,
                Err(bytes) => {
                    let shown = format!("{prefix}{}/{}", kind.folder(), String::from_utf8_lossy(bytes));
                    group.problems.push(Problem::error(&shown, (1, 1), "file name is not UTF-8"));
                    continue;
                }
            };
            if name.starts_with('.') {
                continue;
            }
            if !may_be_item(name) {
                // A folder is said to be one (a rare name: one stat).
                let what = if sub.join(name).is_dir() { "a folder, not read" } else { "not a .md file; ignored" };
                group.problems.push(
                    Problem::warning(&format!("{prefix}{}/{name}", kind.folder()), (1, 1), what)
                        .with_hint(format!("items are {}/<slug>.md", kind.folder())),
                );
                continue;
            }
            group.wanted.push(&[kind.folder(), "/", name]);
            group.listed_at.push(at);
        }
        listing.groups.push(group);
    }
    Ok(listing)
}

/// Reads the profile of the content folder `dir` into `listing` (its text,
/// or its problem), as a listing does.
fn read_profile(dir: &Path, prefix: &str, listing: &mut Listing) {
    match read_file(&dir.join(PROFILE_FILE), None, Vec::new()) {
        Ok(Some(text)) => listing.profile = Some(text),
        Ok(None) => {}
        Err(Unreadable::Empty) => {
            listing.profile_problems.push(super::profile::empty_profile(&format!("{prefix}{PROFILE_FILE}")));
        }
        Err(why) => listing.profile_problems.push(why.into_problem(&format!("{prefix}{PROFILE_FILE}"))),
    }
}

/// The listing of the content folder `dir` whose folders of items hold the
/// files `wanted` (each folder's, as [`Group::wanted`] names them: sorted,
/// every one a `.md` file's), as they were listed before: the profile read,
/// as [`list`] reads it, and each folder's names given to `feed` as
/// [`list_feeding`] gives them, but no folder read. For a folder known to be
/// as it was ([`Group::meta`]).
pub fn listed_before(dir: &Path, wanted: Vec<Rels>, feed: &mut dyn FnMut(Batch)) -> Listing {
    let prefix = super::load::display_prefix(dir);
    let mut listing = Listing::default();
    read_profile(dir, &prefix, &mut listing);
    for (g, (kind, wanted)) in [Kind::Project, Kind::Post].into_iter().zip(wanted).enumerate() {
        let folder = dir.join(kind.folder());
        for (number, start) in (0..wanted.len()).step_by(BATCH).enumerate() {
            let (mut bytes, mut ends) = (Vec::new(), Vec::with_capacity(BATCH));
            for rel in (start..wanted.len().min(start + BATCH)).filter_map(|i| wanted.get(i)) {
                bytes.extend_from_slice(rel.as_bytes().get(kind.folder().len() + 1..).unwrap_or_default());
                ends.push(bytes.len());
            }
            feed(Batch { group: g, folder: folder.clone(), prefix: kind.folder(), number, bytes, ends });
        }
        let listed_at = (0..u32::try_from(wanted.len()).unwrap_or(u32::MAX)).collect();
        listing.groups.push(Group { folder, wanted, listed_at, problems: Vec::new(), meta: None });
    }
    listing
}

/// The metadata of a folder opened to be listed, taken before its entries
/// are read (`None` where an open folder cannot be asked).
fn folder_meta(opened: &Opened) -> Option<fs::Metadata> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        opened.metadata().ok()
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        let _ = opened;
        None
    }
}

/// A folder opened to be listed: on Linux its descriptor (its entries are
/// read straight into a buffer of ours), elsewhere the standard library's listing.
#[cfg(any(target_os = "linux", target_os = "android"))]
type Opened = File;
#[cfg(not(any(target_os = "linux", target_os = "android")))]
type Opened = fs::ReadDir;

/// Opens the folder `sub` to be listed; fails as `fs::read_dir` does.
fn open_dir(sub: &Path) -> io::Result<Opened> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        open_folder(sub)
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        fs::read_dir(sub)
    }
}

/// Opens `folder` itself (to list it, or to look names up in it): only a
/// folder, and without blocking. A FIFO put in its place would block a
/// plain open for good; a file there is "not a directory", as `read_dir`
/// says. Elsewhere than Unix, a plain open.
pub(crate) fn open_folder(folder: &Path) -> io::Result<File> {
    let mut options = File::options();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // The flags' bits fit an i32 on every platform.
        let flags = rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::NONBLOCK;
        options.custom_flags(i32::try_from(flags.bits()).unwrap_or(0));
    }
    options.open(folder)
}

/// The names in a folder, their bytes one after another in one buffer: a
/// listing of 100,000 files makes one buffer, not 100,000 strings.
#[derive(Default)]
struct Names {
    bytes: Vec<u8>,
    /// Where each name is in `bytes`: offset, length.
    spans: Vec<(usize, usize)>,
    /// Where each name came in the folder's listing, once sorted (a u32:
    /// names past the first 4,294,967,295 are not read).
    order: Vec<u32>,
}

impl Names {
    /// The names in the folder `opened` but `.` and `..`, sorted by their
    /// bytes (as `OsStr`s sort). An entry that cannot be read ends the
    /// listing. The first [`MAX_FILES`] are given to `feed` as they are
    /// read, [`BATCH`] at a time (their bytes, and where each ends).
    fn of(opened: Opened, mut feed: Option<&mut dyn FnMut(Vec<u8>, Vec<usize>)>) -> Names {
        let mut names = Names::default();
        let mut batch: (Vec<u8>, Vec<usize>) = (Vec::new(), Vec::new());
        let mut add = |name: &[u8]| {
            // Each name's place fits a u32 (no file system holds more in a folder).
            if u32::try_from(names.spans.len()).is_err() {
                return;
            }
            names.push(name);
            if let Some(feed) = feed.as_mut().filter(|_| names.spans.len() <= MAX_FILES) {
                batch.0.extend_from_slice(name);
                batch.1.push(batch.0.len());
                if batch.1.len() == BATCH {
                    let (bytes, ends) = std::mem::take(&mut batch);
                    feed(bytes, ends);
                }
            }
        };
        #[cfg(any(target_os = "linux", target_os = "android"))]
        {
            let mut buf = vec![std::mem::MaybeUninit::uninit(); 64 << 10];
            let mut raw = rustix::fs::RawDir::new(opened, &mut buf);
            while let Some(Ok(entry)) = raw.next() {
                let name = entry.file_name().to_bytes();
                if name != b"." && name != b".." {
                    add(name);
                }
            }
        }
        #[cfg(not(any(target_os = "linux", target_os = "android")))]
        {
            for entry in opened.filter_map(Result::ok) {
                add(entry.file_name().as_encoded_bytes());
            }
        }
        if let Some(feed) = feed.as_mut().filter(|_| !batch.1.is_empty()) {
            feed(batch.0, batch.1);
        }
        names.sort();
        names
    }

    /// Sorts the names by their bytes.
    fn sort(&mut self) {
        self.sort_keyed_up_to(MAX_FILES);
    }

    /// Sorts the names by their bytes, by keys when they are at most `most`.
    fn sort_keyed_up_to(&mut self, most: usize) {
        let bytes = &self.bytes;
        let name = |&(at, len): &(usize, usize)| bytes.get(at..at + len).unwrap_or_default();
        let spans = &self.spans;
        let of = |i: u32| spans.get(i as usize).map_or(&[][..], name);
        // More names than a folder may have items: their places compared
        // (20 bytes a name, with the spans put in order), not keyed (32
        // bytes a name, the keys and a copy to sort them into) in a hostile
        // folder of millions of entries.
        if self.spans.len() > most {
            let mut order: Vec<u32> = (0..self.spans.len()).map(|i| u32::try_from(i).unwrap_or(u32::MAX)).collect();
            order.sort_unstable_by(|&a, &b| of(a).cmp(of(b)));
            self.spans = order.iter().map(|&i| self.spans.get(i as usize).copied().unwrap_or_default()).collect();
            self.order = order;
            return;
        }
        // Sorted by 8 bytes of each name as one number, a byte at a time,
        // the names themselves compared only where those are the same:
        // 9,000 names that all start "project-" took a fifth of a warm
        // search's instructions to sort by comparing their bytes (callgrind,
        // `bench/index`'s folder of 10,000 files; 90,000 names a fifth at
        // 100,000 files, an eighth still when their numbers were compared).
        // The bytes every name starts with order nothing: the 8 are those
        // after them ("project-" is skipped). 16 bytes a name with its place
        // (a name's first 16 bytes as the key took twice the room, and
        // twice the bytes moved each pass). At most `MAX_FILES` names here:
        // each place fits a u32.
        let first = self.spans.first().map_or(&[][..], name);
        let shared = self.spans.iter().fold(first.len(), |n, s| {
            first.get(..n).unwrap_or_default().iter().zip(name(s)).take_while(|(a, b)| a == b).count()
        });
        let mut keyed: Vec<(u64, u32)> =
            (0u32..).zip(&self.spans).map(|(i, s)| (bytes_after(name(s), shared), i)).collect();
        by_key_bytes(&mut keyed);
        // Names with the same key (next to each other now) are compared whole.
        for run in keyed.chunk_by_mut(|(x, _), (y, _)| x == y).filter(|run| run.len() > 1) {
            run.sort_unstable_by(|&(_, a), &(_, b)| of(a).cmp(of(b)));
        }
        self.spans = keyed.iter().map(|&(_, i)| self.spans.get(i as usize).copied().unwrap_or_default()).collect();
        self.order = keyed.into_iter().map(|(_, i)| i).collect();
    }

    fn push(&mut self, name: &[u8]) {
        self.spans.push((self.bytes.len(), name.len()));
        self.bytes.extend_from_slice(name);
    }

    /// The names, in order.
    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = &[u8]> {
        self.spans.iter().map(|&(at, len)| self.bytes.get(at..at + len).unwrap_or_default())
    }

    /// The names, in order, as text, or their bytes where they are not
    /// UTF-8. Checked all at once (100,000 names one by one were a
    /// fifteenth of a warm search's instructions), each alone where that fails
    /// or a name does not start and end on a character.
    fn texts(&self) -> impl Iterator<Item = Result<&str, &[u8]>> {
        let all = std::str::from_utf8(&self.bytes).ok();
        self.spans.iter().map(move |&(at, len)| {
            let bytes = self.bytes.get(at..at + len).unwrap_or_default();
            all.and_then(|all| all.get(at..at + len)).or_else(|| std::str::from_utf8(bytes).ok()).ok_or(bytes)
        })
    }
}

/// The 8 bytes of `name` after its first `shared` as a big-endian number,
/// zeros after a shorter name. Among names that all start with the same
/// `shared` bytes, where two names' numbers differ they order the names as
/// their bytes do (a name that ends first is a prefix of the other over the
/// bytes compared, and sorts first either way; no name holds a NUL byte);
/// where they are the same, the names must be compared.
fn bytes_after(name: &[u8], shared: usize) -> u64 {
    let mut key = [0u8; 8];
    for (to, from) in key.iter_mut().zip(name.get(shared..).unwrap_or_default()) {
        *to = *from;
    }
    u64::from_be_bytes(key)
}

/// Sorts `keyed` by key, a byte of it at a time from the last (a radix
/// sort), skipping the bytes that every key has the same.
fn by_key_bytes<T: Copy>(keyed: &mut Vec<(u64, T)>) {
    // How many keys have each value of each byte, counted in one pass.
    let mut counts = vec![[0usize; 256]; 8];
    for (key, _) in keyed.iter() {
        for (byte, count) in key.to_le_bytes().iter().zip(&mut counts) {
            count[usize::from(*byte)] += 1;
        }
    }
    let mut moved = keyed.clone();
    for (at, count) in counts.iter_mut().enumerate() {
        // A byte that every key has the same orders nothing.
        if count.contains(&keyed.len()) {
            continue;
        }
        let mut sum = 0;
        for c in count.iter_mut() {
            sum += std::mem::replace(c, sum);
        }
        // A byte indexes its 256 counts (`at` is one of the key's 8); the
        // places summed stay below the keys' count.
        for &(key, value) in keyed.iter() {
            let slot = &mut count[usize::from(key.to_le_bytes()[at])];
            moved[*slot] = (key, value);
            *slot += 1;
        }
        std::mem::swap(keyed, &mut moved);
    }
}

/// Reads the content folder `dir`, large folders on `threads` threads. Fails
/// only when `dir` itself cannot be read; a bad file inside becomes a
/// [`Problem`] naming it.
pub fn read(dir: &Path, threads: usize) -> io::Result<Files> {
    let listing = list(dir)?;
    let prefix = super::load::display_prefix(dir);
    let mut files = Files::default();
    if let Some(text) = listing.profile {
        files.texts.push((PROFILE_FILE.to_owned(), text));
    }
    files.problems.extend(listing.profile_problems);
    for group in listing.groups {
        files.problems.extend(group.problems);
        // Reading is mostly system calls: large folders are read on every core.
        let wanted: Vec<String> = group.wanted.iter().map(str::to_owned).collect();
        let read = crate::parallel::map_chunks(wanted, READ_PARALLEL_FROM, threads, |chunk| {
            chunk.into_iter().map(|rel| (read_item(&dir.join(&rel)), rel)).collect::<Vec<_>>()
        });
        for (result, rel) in read.into_iter().flatten() {
            match result {
                Ok(text) => files.texts.push((rel, text)),
                Err(why) => files.problems.push(why.into_problem(&format!("{prefix}{rel}"))),
            }
        }
    }
    Ok(files)
}

/// Reads one item file that the listing named: a file gone since is a problem.
pub fn read_item(path: &Path) -> Result<String, Unreadable> {
    read_file(path, None, Vec::new())?.ok_or(Unreadable::Vanished)
}

/// [`read_item`] for a file that a stat since the listing found to be a
/// regular file of `len` bytes: opened at once, with no second stat by path
/// (the open file is asked what it is, in case it was replaced since). Its
/// bytes go into `room` while it fits the open file's size (the file has
/// the length it was stamped with); else into a buffer of that size. With
/// `folder`, the file's folder opened (`open_folder`), the file is opened
/// by its `name` in it: the path's other folders are not looked up again,
/// file after file.
pub fn read_regular_item(
    path: &Path,
    (folder, name): (Option<&File>, &str),
    len: u64,
    room: Vec<u8>,
) -> Result<String, Unreadable> {
    read_file(path, Some((folder, name, len)), room)?.ok_or(Unreadable::Vanished)
}

/// Why a file could not be used.
#[derive(Debug)]
pub enum Unreadable {
    /// Reading failed.
    Io(io::Error),
    /// The file disappeared after the folder was listed.
    Vanished,
    /// A FIFO, socket, device or folder.
    NotAFile,
    /// Over [`MAX_FILE_BYTES`].
    TooLarge(u64),
    /// No bytes at all.
    Empty,
    /// NUL bytes.
    Binary,
    /// UTF-16, by its byte order mark (an editor's "Unicode" on Windows).
    Utf16,
    /// Not UTF-8 from this byte on (with the valid text before it).
    NotUtf8(usize, String),
}

impl Unreadable {
    /// The problem of the file `path` (as shown in messages).
    pub fn into_problem(self, path: &str) -> Problem {
        match self {
            Unreadable::Io(e) => Problem::error(path, (1, 1), format!("cannot read: {e}")),
            Unreadable::Vanished => Problem::error(path, (1, 1), "file vanished while reading"),
            Unreadable::NotAFile => {
                Problem::error(path, (1, 1), "not a regular file").with_hint("content files must be plain files")
            }
            Unreadable::TooLarge(n) => {
                Problem::error(path, (1, 1), format!("file is too large ({n} bytes; the limit is {MAX_FILE_BYTES})"))
            }
            Unreadable::Empty => Problem::error(path, (1, 1), "empty file")
                .with_hint("an item starts with a `+++` line, then TOML front matter, then `+++`"),
            Unreadable::Binary => Problem::error(path, (1, 1), "binary file (it contains NUL bytes)"),
            Unreadable::Utf16 => {
                Problem::error(path, (1, 1), "encoded as UTF-16; content files are UTF-8").with_hint("save it as UTF-8")
            }
            Unreadable::NotUtf8(at, valid) => {
                Problem::error(path, position(&valid, at), "file is not UTF-8").with_hint("save it as UTF-8")
            }
        }
    }
}

/// Reads one file, into `room`: `Ok(None)` if it does not exist. Unless a
/// stat since the listing found a regular file (`regular`: in its folder,
/// opened or not, by its name, of its length), it is stat'ed first: a FIFO,
/// a socket or a device is never opened (opening one can have effects: a
/// FIFO's writer let go, a device's own).
fn read_file(
    path: &Path,
    regular: Option<(Option<&File>, &str, u64)>,
    room: Vec<u8>,
) -> Result<Option<String>, Unreadable> {
    let gone = |e: &io::Error| e.kind() == io::ErrorKind::NotFound && fs::symlink_metadata(path).is_err();
    let mut at = None;
    match regular {
        Some((_, _, len)) if len > MAX_FILE_BYTES => return Err(Unreadable::TooLarge(len)),
        Some((folder, name, _)) => at = folder.map(|folder| (folder, name)),
        None => {
            // `metadata` follows symlinks; a loop fails here with ELOOP.
            let meta = match fs::metadata(path) {
                Ok(m) => m,
                // A dangling symlink is a problem, not a file gone.
                Err(e) if gone(&e) => return Ok(None),
                Err(e) => return Err(Unreadable::Io(e)),
            };
            if !meta.is_file() {
                return Err(Unreadable::NotAFile);
            }
            if meta.len() > MAX_FILE_BYTES {
                return Err(Unreadable::TooLarge(meta.len()));
            }
        }
    }
    let file = match open_to_read(path, at) {
        Ok(file) => file,
        Err(e) if gone(&e) => return Ok(None),
        Err(e) => return Err(Unreadable::Io(e)),
    };
    let meta = file.metadata().map_err(Unreadable::Io)?;
    // Replaced by something else since it was stat'ed: never read a FIFO or
    // a device (reading one can block forever; opening one did not).
    if !meta.is_file() {
        return Err(Unreadable::NotAFile);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Unreadable::TooLarge(meta.len()));
    }
    // Sized from the metadata: read_to_end would otherwise grow the buffer by
    // doubling, and a corpus would hold up to twice its size. The room made
    // for it is used while it fits that size (the file has the length it
    // was stamped with); the text keeps its capacity as the item's body.
    let needed = usize::try_from(meta.len()).unwrap_or(0).saturating_add(1);
    let mut bytes = room;
    bytes.clear();
    if bytes.capacity() < needed || bytes.capacity() > needed.saturating_add(needed / 8) {
        bytes = Vec::with_capacity(needed);
    }
    read_all(&file, &mut bytes, meta.len()).map_err(Unreadable::Io)?;
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if len > MAX_FILE_BYTES {
        return Err(Unreadable::TooLarge(len));
    }
    if bytes.is_empty() {
        return Err(Unreadable::Empty);
    }
    // UTF-16's byte order marks are no UTF-8 (nor are NUL bytes text).
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Unreadable::Utf16);
    }
    // With SIMD: `contains` looks at each byte in turn (a 15 MB folder's worth).
    if memchr::memchr(0, &bytes).is_some() {
        return Err(Unreadable::Binary);
    }
    String::from_utf8(bytes).map(Some).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
        Unreadable::NotUtf8(at, valid)
    })
}

/// Reads what is left of `file` (of `len` bytes when it was asked) into
/// `bytes`, at most one byte past [`MAX_FILE_BYTES`] (the file may grow).
/// On Unix, a file read whole at once, into room for at least one byte
/// more than it had, is not asked again for its end: one read a file, not
/// two. (Had it grown since, the read would have given more; a file that
/// changes as it is read is read again by the next command, its stamp
/// changed.)
fn read_all(file: &File, bytes: &mut Vec<u8>, len: u64) -> io::Result<()> {
    let fits = |n: usize| u64::try_from(n).is_ok_and(|n| n > len);
    #[cfg(unix)]
    if bytes.is_empty() && fits(bytes.capacity()) {
        match rustix::io::read(file, rustix::buffer::spare_capacity(&mut *bytes)) {
            Ok(n) if u64::try_from(n).is_ok_and(|n| n == len) => return Ok(()),
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
    }
    #[cfg(not(unix))]
    let _ = fits;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    file.take((MAX_FILE_BYTES + 1).saturating_sub(read)).read_to_end(bytes).map(drop)
}

/// Opens `path` to read it without waiting for a FIFO's writer (should a
/// FIFO have taken a regular file's place since it was stat'ed); a terminal
/// does not become this process's. A file another process holds a lease on
/// (Samba, NFS) is opened again the plain way, waiting for the lease to be
/// broken, as a plain open does. With `at`, the file's folder opened and
/// its name, opened by name in that folder (on Unix). Elsewhere than Unix,
/// a plain open.
fn open_to_read(path: &Path, at: Option<(&File, &str)>) -> io::Result<File> {
    #[cfg(unix)]
    if let Some((folder, name)) = at {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::NOCTTY | OFlags::CLOEXEC;
        // Tried again when a signal interrupts it, as `File::open` does.
        let open = |flags| loop {
            match rustix::fs::openat(folder, name, flags, Mode::empty()) {
                Err(rustix::io::Errno::INTR) => {}
                opened => break opened,
            }
        };
        return match open(flags | OFlags::NONBLOCK) {
            Err(rustix::io::Errno::AGAIN) => open(flags),
            opened => opened,
        }
        .map(File::from)
        .map_err(io::Error::from);
    }
    #[cfg(not(unix))]
    let _ = at;
    let mut options = File::options();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // The flags' bits fit an i32 on every platform.
        let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOCTTY;
        options.custom_flags(i32::try_from(flags.bits()).unwrap_or(0));
        match options.open(path) {
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                options.custom_flags(i32::try_from(rustix::fs::OFlags::NOCTTY.bits()).unwrap_or(0));
            }
            opened => return opened,
        }
    }
    options.open(path)
}

/// What a content folder's layout leaves unread, as warnings (`dryga check`
/// says a folder is clean otherwise, and the next command finds nothing):
/// no `projects/` folder; a file of its own with front matter (`sage.md`
/// beside `projects/`, not in it); another folder holding such files
/// (`project/`). Hidden entries, and files without front matter (a
/// `README.md`), are the author's own.
pub fn layout_problems(dir: &Path) -> Vec<Problem> {
    let prefix = super::load::display_prefix(dir);
    let projects = Kind::Project.folder();
    let mut problems = Vec::new();
    if !dir.join(projects).is_dir() {
        problems.push(
            Problem::warning(
                &format!("{prefix}{projects}"),
                (1, 1),
                "no `projects/` folder: the portfolio has no projects",
            )
            .with_hint("a project is a Markdown file in projects/, a post one in posts/"),
        );
    }
    let looks_like_item = |path: &Path| {
        let mut head = [0u8; 3];
        path.extension().is_some_and(|e| e.eq_ignore_ascii_case("md"))
            && File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok()
            && &head == b"+++"
    };
    let Ok(entries) = fs::read_dir(dir) else { return problems };
    let mut entries: Vec<(String, PathBuf)> =
        entries.flatten().map(|e| (e.file_name().to_string_lossy().into_owned(), e.path())).collect();
    entries.sort();
    for (name, path) in entries {
        if name.starts_with('.') || name == projects || name == Kind::Post.folder() {
            continue;
        }
        let items = if path.is_dir() {
            fs::read_dir(&path).map_or(0, |inside| inside.flatten().filter(|e| looks_like_item(&e.path())).count())
        } else {
            usize::from(looks_like_item(&path))
        };
        if items == 0 {
            continue;
        }
        let message = if path.is_dir() {
            let files = if items == 1 { "a Markdown file" } else { "Markdown files" };
            format!("`{name}/` is not read: it holds {files} with front matter ({items})")
        } else {
            format!("`{name}` is not read: it has front matter, outside projects/ and posts/")
        };
        problems.push(
            Problem::warning(&format!("{prefix}{name}"), (1, 1), message)
                .with_hint("a project is a Markdown file in projects/, a post one in posts/"),
        );
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::{Names, Rels};

    /// Paths kept in one string come back one by one, as pushed, and no more.
    #[test]
    fn paths_kept_together_come_back_one_by_one() {
        let mut rels = Rels::default();
        assert!(rels.is_empty() && rels.get(0).is_none() && rels.iter().next().is_none());
        rels.push(&["projects", "/", "a.md"]);
        rels.push(&[]);
        rels.push(&["posts/é-b.md"]);
        assert_eq!(rels.len(), 3);
        assert_eq!(rels.iter().collect::<Vec<_>>(), ["projects/a.md", "", "posts/é-b.md"]);
        assert_eq!((rels.get(0), rels.get(2), rels.get(3)), (Some("projects/a.md"), Some("posts/é-b.md"), None));
        assert_eq!(["x", "y"].into_iter().collect::<Rels>().iter().collect::<Vec<_>>(), ["x", "y"]);
    }

    /// Two names that are not UTF-8 alone can be, one after the other.
    #[test]
    fn a_name_is_text_only_when_it_is_alone() {
        let mut listed = Names::default();
        for name in [&b"\xc3"[..], b"\xa9", b"caf\xc3\xa9"] {
            listed.push(name);
        }
        let texts: Vec<Result<&str, &[u8]>> = listed.texts().collect();
        assert_eq!(texts, [Err(&b"\xc3"[..]), Err(&b"\xa9"[..]), Ok("café")]);
    }

    /// The names fed while a folder is listed are all of its names, in
    /// batches numbered in turn, and each file to read says where its name
    /// was among them.
    #[test]
    fn each_file_listed_says_where_it_was_fed() {
        let dir = tempfile::tempdir().expect("a folder");
        let projects = dir.path().join("projects");
        std::fs::create_dir(&projects).expect("projects/");
        let mut made = vec![".hidden.md".to_owned(), "notes.txt".to_owned()];
        made.extend((0..600).map(|i| format!("p-{i}.md")));
        for name in &made {
            std::fs::write(projects.join(name), "x").expect("a file");
        }
        let mut batches = Vec::new();
        let listing = super::list_feeding(dir.path(), Some(&mut |batch| batches.push(batch))).expect("listed");
        // No posts/ folder: nothing fed for it.
        assert!(batches.iter().all(|b| b.group == 0 && b.prefix == "projects" && b.folder == projects));
        assert_eq!(batches.iter().map(|b| b.number).collect::<Vec<_>>(), [0, 1, 2]);
        assert_eq!(batches.iter().map(|b| b.ends.len()).collect::<Vec<_>>(), [super::BATCH, super::BATCH, 90]);
        let fed: Vec<&str> = batches.iter().flat_map(super::Batch::texts).map(|t| t.expect("text")).collect();
        let mut all = fed.clone();
        all.sort_unstable();
        let mut expected: Vec<&str> = made.iter().map(String::as_str).collect();
        expected.sort_unstable();
        assert_eq!(all, expected);
        let group = &listing.groups[0];
        assert_eq!(group.wanted.len(), 600);
        for (rel, &at) in group.wanted.iter().zip(&group.listed_at) {
            assert_eq!(format!("projects/{}", fed[at as usize]), *rel);
            assert!(super::may_be_item(fed[at as usize]));
        }
        assert!(!super::may_be_item(".hidden.md") && !super::may_be_item("notes.txt"));
    }

    proptest::proptest! {
        /// Names of a folder (no NUL byte), many sharing a prefix as long as
        /// the bytes compared at once or longer, sort as their bytes do.
        #[test]
        fn names_sort_as_their_bytes(
            names in proptest::collection::hash_set(
                ("(project-|a-long-shared-prefix-|x|é|)", proptest::collection::vec(1u8..=255, 0..24)),
                0..200),
        ) {
            // A folder names each file once.
            let names: std::collections::HashSet<Vec<u8>> =
                names.into_iter().map(|(p, rest)| [p.as_bytes(), &rest].concat()).collect();
            let mut listed = Names::default();
            let names: Vec<Vec<u8>> = names.into_iter().collect();
            for name in &names {
                listed.push(name);
            }
            let mut compared = Names { bytes: listed.bytes.clone(), spans: listed.spans.clone(), order: Vec::new() };
            listed.sort();
            // Past the names a folder may have: compared in place.
            compared.sort_keyed_up_to(names.len() / 2);
            let mut sorted: Vec<Vec<u8>> = names.clone();
            sorted.sort();
            proptest::prop_assert_eq!(listed.iter().map(<[u8]>::to_vec).collect::<Vec<_>>(), sorted.clone());
            proptest::prop_assert_eq!(compared.iter().map(<[u8]>::to_vec).collect::<Vec<_>>(), sorted.clone());
            // Each sorted name says where it was listed, either way.
            for way in [&listed, &compared] {
                let listed_at: Vec<&[u8]> = way.order.iter().map(|&i| names[i as usize].as_slice()).collect();
                proptest::prop_assert_eq!(listed_at, way.iter().collect::<Vec<_>>());
            }
            // Each name is text exactly when its own bytes are.
            let texts: Vec<Result<&str, &[u8]>> = listed.texts().collect();
            let alone: Vec<Result<&str, &[u8]>> = sorted.iter().map(|n| std::str::from_utf8(n).map_err(|_| n.as_slice())).collect();
            proptest::prop_assert_eq!(texts, alone);
        }
    }
}
