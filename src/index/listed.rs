//! What a content folder's listing was, kept beside its index (`.list` for
//! `.idx`), so that a command over a folder whose folders are as they were
//! stats the files it knows and does not list them again. Listing the
//! folders cost a fifth of a warm command at 100,000 files, and more beside
//! the stats than alone (ARCHITECTURE.md, "A folder's listing kept, used
//! while its folders are as they were").
//!
//! A folder's own mtime and ctime change whenever a name in it is added,
//! removed or renamed (a file written in place changes its own stamp, which
//! every command still stats). So the names are kept with the stamps of the
//! content folder and of each folder of items, taken before they were
//! listed, and used only when those are the same now. They are kept only
//! when every such mtime and ctime was settled when the folders began to be
//! listed ([`Stamp::settled`], the rule for files too): a change in the
//! same tick of the clock as the stamp would leave a folder's times as they
//! were. And only for a listing that met no problem (no file that is not an
//! item's, no name that is not UTF-8): the names alone say what such a
//! listing says.
//!
//! ```text
//! "DRYGALST"  format (u32)
//! the content folder's stamp (48 bytes, as `Stamp::put` puts it)
//! the number of folders of items (u8, 2), then for each: 0 when it was
//! not there; or 1, its stamp, its number of names (u32), then each name's
//! length (u16) and bytes, in the listing's order
//! the CRC-32 of everything after the format
//! ```
//!
//! Numbers are little-endian. A file that does not check out is not used
//! (and is written again by the next listing).

use std::fs;
use std::path::{Path, PathBuf};

use super::Stamp;
use crate::content::{Kind, dir};

/// The first bytes of a kept listing.
const MAGIC: &[u8; 8] = b"DRYGALST";
/// Its format: another is not read.
const FORMAT: u32 = 1;

/// A listing kept: the content folder's stamp, then each folder of items'
/// stamp and files (`None`: the folder was not there), each file's path in
/// the content folder as the listing gives it (`projects/NAME`): one string a
/// file, the one the listing is made of.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Kept {
    top: Stamp,
    groups: Vec<Option<(Stamp, dir::Rels)>>,
}

/// The listing kept beside the index at `index`.
pub(super) fn path(index: &Path) -> PathBuf {
    index.with_extension("list")
}

impl Kept {
    /// What `listing` (of a content folder) can keep, when it can be kept
    /// at `now` (since the epoch): every folder's stamp taken and
    /// settled, no problem met.
    pub(super) fn of(listing: &dir::Listing, now: std::time::Duration) -> Option<Kept> {
        // A name added or removed since sets a folder's mtime and ctime to
        // the time then: not the ones kept, once both are older than a tick
        // of the clock. Both: `cp -a`, `rsync -a` and `tar` set a folder's
        // mtime back after filling it, and a name changed in the same second
        // as the ctime kept, the mtime set back again, would leave all three
        // as they were (a review made it happen); the ctime cannot be set back.
        let settled = |stamp: Stamp| stamp.settled(now).then_some(stamp);
        let top = settled(Stamp::of(listing.meta.as_ref()?)?)?;
        if !listing.profile_problems.is_empty() || listing.groups.len() != 2 {
            return None;
        }
        let groups = listing.groups.iter().zip([Kind::Project, Kind::Post]).map(|(group, kind)| {
            if !group.problems.is_empty() {
                return None;
            }
            let Some(meta) = &group.meta else {
                // Not there (it was looked up and not found): nothing in it.
                return group.wanted.is_empty().then_some(None);
            };
            let stamp = settled(Stamp::of(meta)?)?;
            let prefix = |rel: &str| rel.strip_prefix(kind.folder()).is_some_and(|r| r.starts_with('/'));
            group.wanted.iter().all(prefix).then(|| Some((stamp, group.wanted.clone())))
        });
        Some(Kept { top, groups: groups.collect::<Option<Vec<_>>>()? })
    }

    /// Whether the content folder `dir` is as it was listed: itself and each
    /// folder of items with the stamp kept, or still not there.
    pub(super) fn holds(&self, dir: &Path) -> bool {
        let same = |path: &Path, stamp: Stamp| {
            fs::metadata(path).ok().filter(fs::Metadata::is_dir).as_ref().and_then(Stamp::of) == Some(stamp)
        };
        same(dir, self.top)
            && [Kind::Project, Kind::Post].iter().zip(&self.groups).all(|(kind, group)| {
                let folder = dir.join(kind.folder());
                match group {
                    Some((stamp, _)) => same(&folder, *stamp),
                    None => fs::symlink_metadata(&folder).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound),
                }
            })
    }

    /// Each folder of items' files, as listed (none for a folder not there).
    pub(super) fn into_files(self) -> Vec<dir::Rels> {
        self.groups.into_iter().map(|group| group.map(|(_, rels)| rels).unwrap_or_default()).collect()
    }

    /// Its bytes, as [`Kept::read`] reads them; `None` for a name longer
    /// than a u16 counts, or more names than a u32 does.
    fn encode(&self) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(64 + self.groups.iter().flatten().map(|(_, n)| 24 * n.len()).sum::<usize>());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        self.top.put(&mut out);
        out.push(u8::try_from(self.groups.len()).ok()?);
        for (group, kind) in self.groups.iter().zip([Kind::Project, Kind::Post]) {
            let Some((stamp, rels)) = group else {
                out.push(0);
                continue;
            };
            out.push(1);
            stamp.put(&mut out);
            out.extend_from_slice(&u32::try_from(rels.len()).ok()?.to_le_bytes());
            for rel in rels.iter() {
                let name = rel.get(kind.folder().len() + 1..)?;
                out.extend_from_slice(&u16::try_from(name.len()).ok()?.to_le_bytes());
                out.extend_from_slice(name.as_bytes());
            }
        }
        let crc = crc32fast::hash(&out[12..]);
        out.extend_from_slice(&crc.to_le_bytes());
        Some(out)
    }

    /// The listing kept in `bytes`, when they check out.
    fn decode(bytes: &[u8]) -> Option<Kept> {
        let (body, crc) = bytes.split_at_checked(bytes.len().checked_sub(4)?)?;
        let (head, body) = body.split_at_checked(12)?;
        if head[..8] != *MAGIC || head[8..] != FORMAT.to_le_bytes() || crc32fast::hash(body).to_le_bytes() != crc {
            return None;
        }
        let mut at = 0usize;
        let mut take = |n: usize| {
            let part = body.get(at..at.checked_add(n)?)?;
            at += n;
            Some(part)
        };
        let top = Stamp::from_bytes(take(Stamp::BYTES)?)?;
        if take(1)?[0] != 2 {
            return None;
        }
        let mut groups = Vec::with_capacity(2);
        for kind in [Kind::Project, Kind::Post] {
            if take(1)?[0] == 0 {
                groups.push(None);
                continue;
            }
            let stamp = Stamp::from_bytes(take(Stamp::BYTES)?)?;
            let n = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
            // Each name takes two bytes at least: no more than the bytes left.
            let names = n.min(body.len() / 2);
            let mut rels = dir::Rels::default();
            // At most every byte of the file for the names, and each one's
            // folder: the room not taken (never touched) is let go after.
            rels.reserve(names, body.len() + names * (kind.folder().len() + 1));
            for _ in 0..n {
                let len = u16::from_le_bytes(take(2)?.try_into().ok()?);
                let name = std::str::from_utf8(take(usize::from(len))?).ok()?;
                rels.push(&[kind.folder(), "/", name]);
            }
            rels.shrink_to_fit();
            groups.push(Some((stamp, rels)));
        }
        (at == body.len()).then_some(Kept { top, groups })
    }

    /// The listing kept at `path`, when there is one that checks out.
    pub(super) fn read(path: &Path) -> Option<Kept> {
        let file = super::store::open(path, fs::File::options().read(true))?;
        let len = file.metadata().ok()?.len();
        Kept::decode(&super::store::read_at(&file, 0, len)?)
    }

    /// Keeps it at `path`, in the folder `cache`, under the index's lock
    /// (not waiting for it). Failing is not an error: the next command lists
    /// the folder.
    pub(super) fn write(&self, cache: &Path, path: &Path) {
        if let Some(bytes) = self.encode() {
            super::lock::write(cache, path, &[&bytes], None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(n: u32) -> Stamp {
        Stamp {
            len: u64::from(n),
            mtime: (-2 - i64::from(n), 3),
            ctime: (4, 5),
            ino: 6 << 40,
            dev: u64::MAX - u64::from(n),
        }
    }

    /// A listing kept is the one the next listing gives while the content
    /// folder and its folders of items hold the stamps kept: its names, not
    /// the folders' (they differ here, to show which was used). A folder
    /// whose stamp moved is listed again.
    #[cfg(unix)]
    #[test]
    fn a_kept_listing_is_used_while_its_folders_hold_their_stamps() {
        let dir = tempfile::tempdir().expect("a folder");
        let cache = tempfile::tempdir().expect("a cache");
        for sub in ["projects", "posts"] {
            fs::create_dir(dir.path().join(sub)).expect("made");
        }
        fs::write(dir.path().join("projects/real.md"), "+++\ntitle = \"Real\"\n+++\n").expect("written");
        let stamp_of = |path: &Path| fs::metadata(path).ok().as_ref().and_then(Stamp::of).expect("a stamp");
        let kept = Kept {
            top: stamp_of(dir.path()),
            groups: vec![
                Some((stamp_of(&dir.path().join("projects")), ["projects/kept-only.md"].into_iter().collect())),
                Some((stamp_of(&dir.path().join("posts")), dir::Rels::default())),
            ],
        };
        let index = cache.path().join("folder.idx");
        kept.write(cache.path(), &path(&index));
        // A file added once the folder's stamp has settled changes it, however
        // coarse the file system's times.
        let projects = dir.path().join("projects");
        while !stamp_of(&projects).settled(super::super::now()) {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let canonical = fs::canonicalize(dir.path()).expect("canonical");
        let folder = canonical.as_os_str().as_encoded_bytes().to_vec();
        let listed = || {
            let (listing, _, _) =
                super::super::list_and_stamp(dir.path(), Some((&folder, &index, super::super::now())), false, 1);
            let listing = listing.expect("listed");
            listing.groups.iter().map(|g| g.wanted.iter().map(str::to_owned).collect::<Vec<_>>()).collect::<Vec<_>>()
        };
        assert_eq!(listed(), [vec!["projects/kept-only.md".to_owned()], vec![]]);
        // A file added: the folder's stamp moves, and it is listed again.
        fs::write(dir.path().join("projects/new.md"), "+++\ntitle = \"New\"\n+++\n").expect("written");
        assert_eq!(listed(), [vec!["projects/new.md".to_owned(), "projects/real.md".to_owned()], vec![]]);
    }

    /// A listing kept reads back as it was, and only whole.
    #[test]
    fn a_kept_listing_reads_back_whole() {
        let kept = Kept {
            top: stamp(1),
            groups: vec![Some((stamp(2), ["projects/a.md", "projects/é-b.md"].into_iter().collect())), None],
        };
        let bytes = kept.encode().expect("encoded");
        assert_eq!(Kept::decode(&bytes), Some(kept));
        for len in 0..bytes.len() {
            assert_eq!(Kept::decode(&bytes[..len]), None, "cut to {len} bytes");
        }
        for at in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[at] ^= 0x10;
            assert_eq!(Kept::decode(&changed), None, "byte {at} changed");
        }
    }
}
