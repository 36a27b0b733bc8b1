//! The edge: what the terminal is (colour, width, height) and writing results
//! to stdout, through a pager when they are longer than the screen, or to a
//! file, whole or not at all.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};
use std::process::{Command, Stdio};

use anstream::{AutoStream, ColorChoice};

use crate::render::Look;

/// The width used when stdout is not a terminal and `--width` is not given.
pub const DEFAULT_WIDTH: usize = 80;

/// What stdout is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    /// Colour and width to render with.
    pub look: Look,
    /// Whether stdout is a terminal (for default formats).
    pub is_tty: bool,
    /// The terminal's height in lines, when stdout is a terminal and paging is allowed.
    pub pager_height: Option<usize>,
    /// Whether the width was asked for (`--width`) rather than measured.
    pub width_given: bool,
}

impl Terminal {
    /// Works out colour (anstream's rules: `choice` from `--color`, then
    /// `NO_COLOR`, `CLICOLOR`, `CLICOLOR_FORCE`, `TERM=dumb`) and width
    /// (`width` from `--width`, the terminal's, or 80); `no_pager` from
    /// `--no-pager`. A dumb terminal (Emacs' shell) gets no pager: `less`
    /// would only complain that it is not fully functional.
    pub fn detect(choice: ColorChoice, width: Option<u16>, no_pager: bool) -> Self {
        let stdout = io::stdout();
        let is_tty = stdout.is_terminal();
        let color = colour_on_stdout(choice);
        let size = if is_tty { terminal_size::terminal_size() } else { None };
        // A terminal narrower than anything readable still gets nothing wider than itself.
        let measured = size.map_or(DEFAULT_WIDTH, |(w, _)| usize::from(w.0).max(2));
        let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        let pager_height = size.filter(|_| !no_pager && !dumb).map(|(_, h)| usize::from(h.0));
        let look = Look { color, width: width.map_or(measured, usize::from) };
        Terminal { look, is_tty, pager_height, width_given: width.is_some() }
    }

    /// What a file is written for: no terminal, no pager; colour only when
    /// `always` (`--color always`: `auto` colours a terminal only), and
    /// `width` (`--width`) or [`DEFAULT_WIDTH`] columns.
    #[must_use]
    pub fn file(always: bool, width: Option<u16>) -> Self {
        let look = Look { color: always, width: width.map_or(DEFAULT_WIDTH, usize::from) };
        Terminal { look, is_tty: false, pager_height: None, width_given: width.is_some() }
    }

    /// The look for prose: at most `measure` columns wide on a wide terminal,
    /// unless `--width` asked for more.
    pub fn prose(&self, measure: usize) -> Look {
        if self.width_given { self.look } else { Look { width: self.look.width.min(measure), ..self.look } }
    }
}

/// Whether output to stdout is coloured, `choice` given by `--color` (and
/// made anstream's global choice, for the streams it wraps): anstream's
/// rules, but for `CLICOLOR_FORCE=0`, which forces nothing. The convention
/// (and `--help`) says colour is forced when the variable is set and not 0;
/// anstream forces it for any value, so that `CLICOLOR_FORCE=0 dryga show
/// blitz | less` wrote escape sequences into the pipe.
pub fn colour_on_stdout(choice: ColorChoice) -> bool {
    choice.write_global();
    let stdout = io::stdout();
    let forced_off = std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| v == "0");
    if choice != ColorChoice::Auto || !forced_off {
        return AutoStream::choice(&stdout) != ColorChoice::Never;
    }
    // anstream's `Auto` with nothing forced: not with NO_COLOR or
    // CLICOLOR=0; on a terminal that has colour (or CLICOLOR set, or CI).
    let clicolor = anstyle_query::clicolor();
    !anstyle_query::no_color()
        && clicolor != Some(false)
        && stdout.is_terminal()
        && (anstyle_query::term_supports_color() || clicolor == Some(true) || anstyle_query::is_ci())
}

/// The pager to use, from `DRYGA_PAGER`, else `PAGER`, else `less -FRX`, split
/// into words; on Unix, one with quotes or other characters a shell reads
/// (`less -P "page %d"`, `sh -c '…'`, `LESS=R less`) is run by `sh -c`, as
/// git runs it.
/// None when the chosen value is empty or `cat` alone (as git reads it:
/// `cat -n` is a pager that numbers lines).
pub fn pager_command(dryga_pager: Option<&str>, pager: Option<&str>) -> Option<Vec<String>> {
    let chosen = dryga_pager.or(pager).unwrap_or("less -FRX");
    let words: Vec<String> = chosen.split_whitespace().map(str::to_owned).collect();
    let shell = cfg!(unix) && chosen.contains(|c: char| "\"'\\$`|&;<>()*?[]{}~#!=".contains(c));
    match words.first().map(String::as_str) {
        None => None,
        Some("cat") if words.len() == 1 => None,
        Some(_) if shell => Some(vec!["sh".to_owned(), "-c".to_owned(), chosen.to_owned()]),
        Some(_) => Some(words),
    }
}

/// Writes `text`, then `more`, to stdout; on a terminal, output longer
/// than the screen goes through the pager (as git and bat do). A pager
/// that cannot start, or fails without reading, falls back to printing directly.
pub fn emit_to(term: &Terminal, text: &str, more: &[Cow<'_, str>]) -> io::Result<()> {
    if more.is_empty() && term.pager_height.is_none() {
        return emit(text);
    }
    let pieces: Vec<&str> = std::iter::once(text).chain(more.iter().map(|piece| &**piece)).collect();
    if let Some(height) = term.pager_height {
        if lines(&pieces) >= height {
            let env = |name: &str| std::env::var(name).ok();
            if let Some(words) = pager_command(env("DRYGA_PAGER").as_deref(), env("PAGER").as_deref()) {
                if page(&words, &pieces) {
                    return Ok(());
                }
            }
        }
    }
    write_pieces(io::stdout().lock(), &pieces)
}

/// How many lines `pieces` make, one after another (as [`str::lines`] counts them).
fn lines(pieces: &[&str]) -> usize {
    let breaks: usize = pieces.iter().map(|piece| memchr::memchr_iter(b'\n', piece.as_bytes()).count()).sum();
    let open = pieces.iter().rev().find(|piece| !piece.is_empty()).is_some_and(|last| !last.ends_with('\n'));
    breaks + usize::from(open)
}

/// Writes `pieces` one after another through a buffer (a search's
/// thousands of pieces are not a write each), and flushes.
fn write_pieces(to: impl Write, pieces: &[&str]) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, to);
    for piece in pieces {
        out.write_all(piece.as_bytes())?;
    }
    out.flush()
}

/// Runs the pager on `pieces`. Returns false when it did not show them, so
/// that the caller prints them instead.
fn page(words: &[String], pieces: &[&str]) -> bool {
    let mut cmd = Command::new(&words[0]);
    cmd.args(&words[1..]).stdin(Stdio::piped());
    // As git does: less without options would show escape codes raw.
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    let Ok(mut child) = cmd.spawn() else { return false };
    // A write error means the pager quit early (`q` in less) or failed: its exit
    // status tells which.
    if let Some(stdin) = child.stdin.take() {
        let _ = write_pieces(stdin, pieces);
    }
    child.wait().is_ok_and(|status| status.success())
}

/// Writes `bytes` to the file at `path`, whole or not at all: into a new
/// file beside it, flushed to the disk and renamed over it once written,
/// so that a failure (a full disk, an interrupted run) leaves no
/// half-written file and a file there as it was (a shell's `> cv.html`
/// empties it before the command runs). The file replaced keeps its
/// permissions (the new one has them from the start: a private file is
/// never readable by others meanwhile), and one that may not be written is
/// not replaced, as `>` refuses it. A symbolic link is written through, to
/// the file it points at (made, when the link dangles). What is no file (a
/// named pipe, a device: `/dev/stdout`) is written as `>` writes it, and a
/// folder is refused.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> io::Result<()> {
    use std::fs;
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(io::Error::new(io::ErrorKind::IsADirectory, "it is a folder")),
        Ok(meta) if !meta.is_file() => fs::File::options().write(true).truncate(true).open(path)?.write_all(bytes),
        Ok(meta) => {
            // Opened to write (not emptied): refused as `>` would refuse it.
            fs::File::options().write(true).open(path)?;
            replace(&fs::canonicalize(path)?, bytes, Some(&meta))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => replace(&link_target(path), bytes, None),
        Err(e) => Err(e),
    }
}

/// Where a file written at `path` goes: the file its links point at, at
/// the end of the chain, when it is one (a link that dangles), else `path`.
fn link_target(path: &std::path::Path) -> std::path::PathBuf {
    let mut at = path.to_owned();
    // As many links as Linux follows.
    for _ in 0..40 {
        let Ok(target) = std::fs::read_link(&at) else { break };
        at = at.parent().map_or_else(|| target.clone(), |folder| folder.join(&target));
    }
    at
}

/// [`write_file`]'s new file beside `path`, renamed over it; `existing`,
/// the file there.
fn replace(path: &std::path::Path, bytes: &[u8], existing: Option<&std::fs::Metadata>) -> io::Result<()> {
    use std::fs;
    let name = path.file_name().map_or_else(Default::default, |name| name.to_string_lossy().into_owned());
    let mut options = fs::File::options();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if let Some(meta) = existing {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(meta.permissions().mode() & 0o7777);
    }
    // A name of its own: one another run left behind is not written into.
    let mut made = None;
    for n in 0..100 {
        let temp = path.with_file_name(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match options.open(&temp) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                let why = format!("cannot make a file in its folder: {e}");
                return Err(io::Error::new(e.kind(), why));
            }
            Ok(file) => {
                made = Some((file, temp));
                break;
            }
        }
    }
    let (mut file, temp) = made.ok_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists))?;
    let written = (|| {
        file.write_all(bytes)?;
        if let Some(meta) = existing {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

/// Writes `text` to stdout in one go and flushes it.
pub fn emit(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::pager_command;

    /// Pieces count as many lines as the text they make, whatever their cuts.
    #[test]
    fn pieces_count_the_lines_of_their_text() {
        let texts = ["", "\n", "a", "a\n", "a\nb", "a\nb\n", "\n\na", "a\n\n"];
        for text in texts {
            for cut in 0..=text.len() {
                for more in ["", "c", "\n", "c\n"] {
                    let whole = format!("{text}{more}");
                    let pieces = [&text[..cut], "", &text[cut..], more, ""];
                    assert_eq!(super::lines(&pieces), whole.lines().count(), "{pieces:?}");
                }
            }
        }
    }

    #[test]
    fn pager_is_chosen_from_the_environment() {
        let words = |v: &[&str]| Some(v.iter().map(ToString::to_string).collect::<Vec<_>>());
        assert_eq!(pager_command(None, None), words(&["less", "-FRX"]));
        assert_eq!(pager_command(None, Some("more")), words(&["more"]));
        assert_eq!(pager_command(Some("bat -p"), Some("more")), words(&["bat", "-p"]));
        assert_eq!(pager_command(Some(""), Some("more")), None);
        assert_eq!(pager_command(None, Some("cat")), None);
        assert_eq!(pager_command(Some(" cat "), None), None);
        // `cat` with flags is a pager of its own (`cat -n` numbers the lines).
        assert_eq!(pager_command(Some("cat -n"), None), Some(vec!["cat".to_owned(), "-n".to_owned()]));
        assert_eq!(pager_command(None, Some("  ")), None);
        // Quoted words are the shell's to read, as git has it.
        if cfg!(unix) {
            let quoted = "less -P \"page %d\"";
            assert_eq!(pager_command(None, Some(quoted)), words(&["sh", "-c", quoted]));
            assert_eq!(pager_command(Some("sh -c 'nl -ba'"), None), words(&["sh", "-c", "sh -c 'nl -ba'"]));
            assert_eq!(pager_command(Some("LESS=R less"), None), words(&["sh", "-c", "LESS=R less"]));
        }
    }
}
