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

/// Reads the content folder `dir`, large folders on `threads` threads. Fails
/// only when `dir` itself cannot be read; a bad file inside becomes a
/// [`Problem`] naming it.
pub fn read(dir: &Path, threads: usize) -> io::Result<Files> {
    let meta = fs::metadata(dir)?;
    if !meta.is_dir() {
        return Err(io::Error::new(io::ErrorKind::NotADirectory, "not a directory"));
    }
    // Reading the listing proves the folder is readable.
    fs::read_dir(dir)?;
    let prefix = super::load::display_prefix(dir);
    let mut files = Files::default();
    match read_file(&dir.join(PROFILE_FILE)) {
        Ok(Some(text)) => files.texts.push((PROFILE_FILE.to_owned(), text)),
        Ok(None) => {}
        Err(why) => files.problems.push(why.into_problem(&format!("{prefix}{PROFILE_FILE}"))),
    }
    for kind in [Kind::Project, Kind::Post] {
        let sub = dir.join(kind.folder());
        let entries = match fs::read_dir(&sub) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => {
                let path = format!("{prefix}{}", kind.folder());
                files.problems.push(Problem::error(&path, (1, 1), format!("cannot read folder: {e}")));
                continue;
            }
        };
        let mut names: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        names.sort();
        let mut wanted = Vec::new();
        for path in names.into_iter().take(MAX_FILES) {
            let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                let shown =
                    format!("{prefix}{}/{}", kind.folder(), path.file_name().unwrap_or_default().to_string_lossy());
                files.problems.push(Problem::error(&shown, (1, 1), "file name is not UTF-8"));
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let rel = format!("{}/{name}", kind.folder());
            // Slugs are lowercase, so the extension is too.
            if path.extension().is_none_or(|ext| ext != "md") {
                files.problems.push(
                    Problem::warning(&format!("{prefix}{rel}"), (1, 1), "not a .md file; ignored")
                        .with_hint(format!("items are {}/<slug>.md", kind.folder())),
                );
                continue;
            }
            wanted.push((rel, path));
        }
        // Reading is mostly system calls: large folders are read on every core.
        let read = crate::parallel::map_chunks(wanted, READ_PARALLEL_FROM, threads, |chunk| {
            chunk.into_iter().map(|(rel, path)| (rel, read_file(&path))).collect::<Vec<_>>()
        });
        for (rel, result) in read.into_iter().flatten() {
            match result {
                Ok(Some(text)) => files.texts.push((rel, text)),
                Ok(None) => files.problems.push(Problem::error(
                    &format!("{prefix}{rel}"),
                    (1, 1),
                    "file vanished while reading",
                )),
                Err(why) => files.problems.push(why.into_problem(&format!("{prefix}{rel}"))),
            }
        }
    }
    Ok(files)
}

/// Why a file could not be used.
enum Unreadable {
    Io(io::Error),
    NotAFile,
    TooLarge(u64),
    Empty,
    Binary,
    NotUtf8(usize, String),
}

impl Unreadable {
    fn into_problem(self, path: &str) -> Problem {
        match self {
            Unreadable::Io(e) => Problem::error(path, (1, 1), format!("cannot read: {e}")),
            Unreadable::NotAFile => {
                Problem::error(path, (1, 1), "not a regular file").with_hint("content files must be plain files")
            }
            Unreadable::TooLarge(n) => {
                Problem::error(path, (1, 1), format!("file is too large ({n} bytes; the limit is {MAX_FILE_BYTES})"))
            }
            Unreadable::Empty => Problem::error(path, (1, 1), "empty file")
                .with_hint("an item starts with a `+++` line, then TOML front matter, then `+++`"),
            Unreadable::Binary => Problem::error(path, (1, 1), "binary file (it contains NUL bytes)"),
            Unreadable::NotUtf8(at, valid) => {
                Problem::error(path, position(&valid, at), "file is not UTF-8").with_hint("save it as UTF-8")
            }
        }
    }
}

/// Reads one file: `Ok(None)` if it does not exist.
fn read_file(path: &Path) -> Result<Option<String>, Unreadable> {
    // `metadata` follows symlinks; a loop fails here with ELOOP.
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound && fs::symlink_metadata(path).is_err() => return Ok(None),
        Err(e) => return Err(Unreadable::Io(e)),
    };
    // Never open a FIFO, socket or device: opening or reading one can block forever.
    if !meta.is_file() {
        return Err(Unreadable::NotAFile);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Unreadable::TooLarge(meta.len()));
    }
    // Sized from the metadata: read_to_end would otherwise grow the buffer by
    // doubling, and a corpus would hold up to twice its size.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0).saturating_add(1));
    let file = File::open(path).map_err(Unreadable::Io)?;
    // The file may grow after `metadata`: read at most one byte past the limit.
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(Unreadable::Io)?;
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if len > MAX_FILE_BYTES {
        return Err(Unreadable::TooLarge(len));
    }
    if bytes.is_empty() {
        return Err(Unreadable::Empty);
    }
    if bytes.contains(&0) {
        return Err(Unreadable::Binary);
    }
    String::from_utf8(bytes).map(Some).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
        Unreadable::NotUtf8(at, valid)
    })
}
