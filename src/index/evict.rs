//! Removing what the cache folder holds for content folders that are gone:
//! an index names the folder it was made for, and once that folder no
//! longer exists nothing will read the index again. Done when a new index
//! is written (a first command over a folder, or a rebuild), which is rare
//! and costly anyway: a warm run never looks at the cache folder.
//!
//! "Gone" is judged from here: a folder on a drive not mounted now, or seen
//! only from another mount namespace sharing the cache (a container), reads
//! as gone too. An index is therefore removed only once it has not been
//! written for [`IDLE`] as well; one removed too early is rebuilt by the
//! next command over its folder.

use std::fs::{self, File};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A temporary file this old is what a writer left when it was killed (a
/// write takes well under a second, under the lock).
const STALE_TMP: Duration = Duration::from_secs(3600);
/// An index of a folder that is gone is removed once it has not been
/// written for this long (a week).
const IDLE: Duration = Duration::from_secs(7 * 24 * 3600);

/// Removes from `cache` the indexes (with their deltas, orders, kept listings and lock files) of
/// folders that no longer exist and that were not written for [`IDLE`], and
/// the temporary files (`NAME.idx.tmp`, `NAME.delta.tmp`, `NAME.order.tmp`, `NAME.list.tmp`) left over an hour
/// by writers that died, and orders and kept listings not written for [`IDLE`] whose index is
/// gone (removed by hand); `keep` (the index just written) is not looked at.
/// Anything but a regular file, files that are not indexes of this format
/// or not named as the index writes them, and indexes whose folder cannot be
/// looked up for another reason than being gone, are left alone. Best
/// effort: nothing here is an error.
pub(super) fn gone(cache: &Path, keep: &Path) {
    let Ok(entries) = fs::read_dir(cache) else { return };
    // Only regular files (a symbolic link is not followed): a FIFO named
    // like an index would block the open that reads its header.
    let files = entries.filter_map(Result::ok).filter(|e| e.file_type().is_ok_and(|t| t.is_file()));
    for path in files.map(|e| e.path()) {
        if path == keep {
            continue;
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        // The names the index writes, exactly (an extension in another case is not one of them).
        if path.extension().is_some_and(|e| e == "idx") {
            if old(&path, IDLE) && folder_gone(&path) {
                remove_index(&path);
            }
        } else if path.extension().is_some_and(|e| e == "order" || e == "list") {
            // An order or a listing whose index was removed by hand: nothing reads it again.
            if old(&path, IDLE) && fs::symlink_metadata(path.with_extension("idx")).is_err() {
                let _ = fs::remove_file(&path);
            }
        } else if [".idx.tmp", ".delta.tmp", ".order.tmp", ".list.tmp"].iter().any(|tmp| name.ends_with(tmp))
            && old(&path, STALE_TMP)
        {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Whether the index at `path` names a folder that does not exist.
fn folder_gone(path: &Path) -> bool {
    let file = super::store::open(path, File::options().read(true));
    let Some(folder) = file.and_then(|file| super::store::folder_of(&file)) else { return false };
    let folder = folder_path(folder);
    // Only "not found" says it is gone: a folder that cannot be read now
    // (permissions) is not. A drive not mounted reads as gone: see `IDLE`.
    matches!(fs::metadata(&folder), Err(e) if e.kind() == ErrorKind::NotFound)
}

#[cfg(unix)]
fn folder_path(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn folder_path(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// Removes the index at `path`, its delta, its order and its kept listing,
/// under its lock (a writer holding it is left alone), then the lock file.
fn remove_index(path: &Path) {
    let lock_path = path.with_extension("lock");
    let Some(lock) = super::store::open(&lock_path, File::options().create(true).truncate(false).write(true)) else {
        return;
    };
    if !super::lock::try_lock(&lock) {
        return;
    }
    let _ = fs::remove_file(path.with_extension("delta"));
    let _ = fs::remove_file(super::order::path(path));
    let _ = fs::remove_file(super::listed::path(path));
    let _ = fs::remove_file(path);
    let _ = fs::remove_file(&lock_path);
}

/// Whether the file at `path` was last written more than `age` ago.
fn old(path: &Path, age: Duration) -> bool {
    let modified = fs::metadata(path).and_then(|m| m.modified());
    modified.is_ok_and(|t| SystemTime::now().duration_since(t).is_ok_and(|since| since > age))
}
