//! `dryga resume`: the résumé as one screen of text, Markdown, JSON Resume or
//! HTML; with `--for FILE`, tailored to a job description read from FILE or
//! standard input.

use std::io::{IsTerminal as _, Read as _, Write as _};
use std::path::Path;

use super::Report;
use crate::cli::ResumeArgs;
use crate::content::Corpus;
use crate::error::{Error, Result};
use crate::output::Terminal;
use crate::query::resume::Resume;
use crate::query::tailor::{Job, Tailoring};
use crate::render::{ResumeFormat, resume};

/// The largest job description read, in bytes: a few pages are a few KiB.
pub const MAX_JOB_BYTES: usize = 1 << 20;

/// Runs `resume`; `dryga` begins the commands the text view names
/// ([`super::dryga_in`]). With `--output FILE` the résumé is written
/// there, rendered for `file` (no terminal: [`Terminal::file`]), in the
/// format FILE's extension names unless one is given.
pub fn run(corpus: &Corpus, args: &ResumeArgs, term: &Terminal, file: &Terminal, dryga: &str) -> Result<Report> {
    let output = args.output.as_deref().filter(|path| *path != Path::new("-"));
    let format = match output {
        Some(path) if !args.json.json && args.format.is_none() => format_of(path)?,
        _ => args.json.resolve(args.format, term.is_tty),
    };
    let look = if output.is_some() { file.look } else { term.look };
    let tailoring = match &args.job {
        Some(path) => {
            let (text, once) = read_job(path)?;
            let job = Job::read(&text, corpus).ok_or_else(|| Error::JobWithoutWords { path: path.clone() })?;
            let mut tailoring = Tailoring::new(corpus, job);
            // A pipe read is gone: named as standard input, which no command pasted can read again.
            tailoring.file = Some(if once { "-".to_owned() } else { path.to_string_lossy().into_owned() });
            Some(tailoring)
        }
        None => None,
    };
    let resume = Resume::new(corpus, tailoring.as_ref());
    let text = resume::render(&resume, format, args.full, look, dryga)?;
    let Some(path) = output else { return Ok(Report::found(text)) };
    crate::output::write_file(path, text.as_bytes())
        .map_err(|source| Error::Output { path: path.to_owned(), source })?;
    Ok(Report::found(String::new()))
}

/// The format of a résumé written to `path` without `--format`, as its
/// extension names it (in any case): `.txt` text, `.md` Markdown, `.json`
/// JSON Resume, `.html` HTML; text without one. Another is refused: a
/// `cv.pdf` of text would be no PDF.
fn format_of(path: &Path) -> Result<ResumeFormat> {
    let Some(extension) = path.extension() else { return Ok(ResumeFormat::Text) };
    let named = extension.to_str().map(str::to_ascii_lowercase);
    match named.as_deref() {
        Some("txt" | "text") => Ok(ResumeFormat::Text),
        Some("md" | "markdown") => Ok(ResumeFormat::Markdown),
        Some("json") => Ok(ResumeFormat::JsonResume),
        Some("html" | "htm") => Ok(ResumeFormat::Html),
        _ => Err(Error::OutputFormat { path: path.to_owned() }),
    }
}

/// The text of a job description: the file at `path`, or standard input for
/// `-`, at most [`MAX_JOB_BYTES`], as [`decode_job`] reads it; and whether
/// it can be read only once: standard input, or anything but a regular file
/// (`<(cat job.txt)`'s `/dev/fd/63`, `/dev/stdin`, a named pipe).
fn read_job(path: &Path) -> Result<(String, bool)> {
    let unreadable = |source| Error::JobUnreadable { path: path.to_owned(), source };
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_JOB_BYTES).unwrap_or(u64::MAX) + 1;
    let once = if path.as_os_str() == "-" {
        let stdin = std::io::stdin();
        if stdin.is_terminal() && std::io::stderr().is_terminal() {
            // A terminal waits for the text without a word: say what it waits
            // for, there (never into a log or a file stderr goes to).
            let end = if cfg!(windows) { "Ctrl-Z, then Enter" } else { "Ctrl-D" };
            let mut err = std::io::stderr().lock();
            let _ = writeln!(
                err,
                "dryga: reading the job description here: paste it, then press {end} on a line of its own"
            );
        }
        stdin.lock().take(limit).read_to_end(&mut bytes).map_err(unreadable)?;
        true
    } else {
        let file = std::fs::File::open(path).map_err(unreadable)?;
        let meta = file.metadata().map_err(unreadable)?;
        if meta.is_dir() {
            return Err(unreadable(std::io::Error::other("it is a folder")));
        }
        file.take(limit).read_to_end(&mut bytes).map_err(unreadable)?;
        !meta.is_file()
    };
    if bytes.len() > MAX_JOB_BYTES {
        return Err(Error::JobTooLarge { path: path.to_owned(), limit: MAX_JOB_BYTES });
    }
    let text = decode_job(&bytes).ok_or_else(|| Error::JobNotText { path: path.to_owned() })?;
    Ok((text, once))
}

/// The text of a job description's bytes: UTF-16 after its byte order mark
/// (what Windows' Notepad saves as "Unicode") or without one
/// ([`unmarked_utf16`]), else UTF-8 with invalid
/// bytes replaced, not refused. `None` for bytes that are not text: a PDF,
/// or a NUL byte (a Word document, an image), whose "words" are noise
/// (a PDF read as text found "PDF" and "ETS" in the portfolio, a UTF-16
/// file nothing at all).
fn decode_job(bytes: &[u8]) -> Option<String> {
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| -> String {
        let units = rest.chunks(2).map(|c| if let [a, b] = *c { unit([a, b]) } else { 0xFFFD });
        char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
    };
    let text = match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ if bytes.starts_with(b"%PDF-") => return None,
        _ => match unmarked_utf16(bytes) {
            Some(true) => utf16(bytes, u16::from_be_bytes),
            Some(false) => utf16(bytes, u16::from_le_bytes),
            None => String::from_utf8_lossy(bytes).into_owned(),
        },
    };
    (!text.contains('\0')).then_some(text)
}

/// Whether `bytes` without a byte order mark read as UTF-16 of mostly
/// ASCII (`Some(true)` big-endian, `Some(false)` little-endian): an even
/// length of 16 bytes or more, NUL bytes in every other place for at
/// least half of the characters, and in the other places for few (a
/// character such as U+4E00, or an emoji's low surrogate `DE00`, has one
/// there; a Word document's or UTF-32's NULs fall in both alike). Text
/// mostly beyond ASCII has no NULs to tell it by, and is read as UTF-8.
fn unmarked_utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 16 || bytes.len() % 2 != 0 {
        return None;
    }
    let nuls = |first: usize| bytes.iter().skip(first).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (nuls(0), nuls(1));
    let (half, few) = (bytes.len() / 4, (bytes.len() / 16).max(2));
    if odd >= half && even <= few {
        Some(false)
    } else if even >= half && odd <= few {
        Some(true)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::decode_job;

    #[test]
    fn a_job_description_is_read_as_text_or_refused() {
        let utf16 = |be: bool| {
            let mut bytes = if be { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
            for unit in "Elixir, Kubernetes — PostgreSQL".encode_utf16() {
                bytes.extend(if be { unit.to_be_bytes() } else { unit.to_le_bytes() });
            }
            bytes
        };
        assert_eq!(decode_job(&utf16(false)).as_deref(), Some("Elixir, Kubernetes — PostgreSQL"));
        assert_eq!(decode_job(&utf16(true)).as_deref(), Some("Elixir, Kubernetes — PostgreSQL"));
        assert_eq!(decode_job(b"Elixir \xff caf\xe9").as_deref(), Some("Elixir \u{fffd} caf\u{fffd}"));
        assert_eq!(decode_job(b"%PDF-1.1\n1 0 obj << /Type /Catalog >> endobj"), None);
        assert_eq!(decode_job(b"PK\x03\x04\x14\x00\x06\x00word/document.xml"), None);
        // UTF-32's byte order mark begins as UTF-16's: its NULs are no text.
        assert_eq!(decode_job(b"\xff\xfe\x00\x00E\x00\x00\x00"), None);
        // UTF-16 without a byte order mark (a review: it was refused as "not
        // plain text"), either way round; UTF-32 without one is refused.
        for be in [false, true] {
            let unmarked = &utf16(be)[2..];
            assert_eq!(decode_job(unmarked).as_deref(), Some("Elixir, Kubernetes — PostgreSQL"), "{be}");
        }
        // A character with a NUL in the other place (an emoji's low
        // surrogate DE00, U+4E00) does not make it binary (a review).
        let emoji: Vec<u8> = "Elixir engineer 😀 一".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode_job(&emoji).as_deref(), Some("Elixir engineer 😀 一"));
        assert_eq!(decode_job(b"E\x00\x00\x00l\x00\x00\x00i\x00\x00\x00x\x00\x00\x00"), None);
        // A few bytes with a NUL are no UTF-16 (a review: `Rust\0\n` read as CJK).
        assert_eq!(decode_job(b"Rust\x00\n"), None);
    }
}
