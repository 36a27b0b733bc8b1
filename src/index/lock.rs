//! Writing an index under a lock. Readers take no lock: an index file is
//! only ever replaced whole, by a rename, so a reader sees the old file or the
//! new one. Writers take an advisory lock (flock, released by the kernel when
//! a process ends, however it ends) on a lock file beside the index; a writer
//! that finds it taken does not wait: its answer is already made, and the
//! other process is writing an index at least as fresh.

use std::fs::{self, File};
use std::path::Path;

/// Writes `parts`, one after another, as the file at `path` (an index or a
/// delta) in the folder `cache`, if the lock can be had and the folder
/// written; then removes the file `stale` (a delta the new index replaces)
/// while still holding the lock. Failing is not an error: the index is a
/// cache, and the next run reads the files again.
pub(super) fn write(cache: &Path, path: &Path, parts: &[&[u8]], stale: Option<&Path>) -> bool {
    if fs::create_dir_all(cache).is_err() {
        return false;
    }
    let lock_path = path.with_extension("lock");
    let Some(lock) = super::store::open(&lock_path, File::options().create(true).truncate(false).write(true)) else {
        return false;
    };
    if !try_lock(&lock) {
        return false;
    }
    // The lock is released when `lock` is closed, after the rename.
    let written = super::store::write(path, parts).is_ok();
    if let Some(stale) = stale.filter(|_| written) {
        // A delta left behind is harmless (it names another index), only wasted.
        let _ = fs::remove_file(stale);
    }
    written
}

#[cfg(unix)]
pub(super) fn try_lock(file: &File) -> bool {
    rustix::fs::flock(file, rustix::fs::FlockOperation::NonBlockingLockExclusive).is_ok()
}

#[cfg(not(unix))]
pub(super) fn try_lock(_: &File) -> bool {
    false
}
