//! `dryga browse`: the interactive browser, an edge module like `commands`
//! (it owns the terminal while it runs; the core knows nothing of it).
//!
//! One concern a module: [`state`] is the state machine (keys in, state and
//! an [`Effect`] out, no I/O, tested without a terminal); [`filter`] makes
//! the fuzzy matches and facets of the filter line; [`input`] edits that
//! line; [`draw`] lays the state out in a ratatui frame (tested with
//! ratatui's `TestBackend`), with [`list`] for the rows, [`fit`] for text cut
//! to columns, [`ansi`] for the styled text of the renderers and [`theme`] for
//! colour and monochrome; [`terminal`] enters and restores the terminal, on
//! a panic and on a signal too. [`run`] is the event loop tying them together.

pub mod ansi;
pub mod draw;
pub mod filter;
pub mod fit;
pub mod input;
pub mod list;
pub mod state;
pub mod terminal;
pub mod theme;

use std::io::{self, IsTerminal};
use std::time::Duration;

use crossterm::event::{self, Event, KeyEvent};
use ratatui_core::backend::TestBackend;
use ratatui_core::buffer::Buffer;

pub use draw::View;
pub use state::{Browser, Doc, Effect, Mode, Screen};

use crate::content::Corpus;
use crate::error::{Error, Result};

/// How often the event loop looks at the signal flags while no key comes.
const TICK: Duration = Duration::from_millis(100);

/// Fails unless stdin and stdout are both terminals: the browser reads keys
/// and draws a screen.
pub fn check_terminal() -> Result<()> {
    if io::stdin().is_terminal() && io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(Error::NoTerminal { dryga: crate::error::DRYGA.to_owned() })
    }
}

/// Runs the browser over `corpus` until the user leaves or a signal ends it,
/// with `filter` typed in the filter line to start with; `color` says whether
/// colours may be used; `dryga` begins the commands its résumé names
/// (`dryga --content-dir DIR` over a folder). The terminal is restored however it ends.
pub fn run(corpus: &Corpus, filter: &str, color: bool, dryga: &str) -> Result<()> {
    let mut browser = Browser::new(corpus, color);
    browser.name_commands_as(dryga);
    browser.type_text(filter);
    let mut view = View::default();
    let mut session = terminal::Session::start().map_err(|source| Error::Terminal { source })?;
    let result = event_loop(&mut session, &mut browser, &mut view);
    let signalled = session.ending_signal();
    drop(session);
    // Ended by a signal: the process ends by it, the terminal restored (a
    // hung-up terminal fails to read: the signal says why, and it is no error).
    if let Some(signal) = signalled {
        terminal::end_by(signal);
    }
    result.map_err(|source| Error::Terminal { source })
}

/// Draws, waits for keys, applies them, until a key or a signal says to leave.
fn event_loop(session: &mut terminal::Session, browser: &mut Browser<'_>, view: &mut View) -> io::Result<()> {
    'frames: loop {
        // A key shows at once; slow work (a search) waits until no key does,
        // so that typing fast is never held up by searches for words half typed.
        if browser.slow_work_pending() {
            session.terminal.draw(|frame| view.draw_as_is(browser, frame))?;
            if !event::poll(Duration::ZERO)? {
                browser.settle();
                continue;
            }
        } else {
            session.terminal.draw(|frame| view.draw(browser, frame))?;
        }
        panic_for_tests();
        loop {
            if session.signalled() {
                return Ok(());
            }
            // Suspended or continued by a signal: the screen drawn whole.
            if session.follow_signals()? {
                continue 'frames;
            }
            match event::poll(TICK) {
                Ok(true) => break,
                Ok(false) => {}
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err),
            }
        }
        // Everything already typed goes in before the next frame, so that fast
        // typing filters as often as it must and draws once.
        loop {
            match event::read()? {
                Event::Key(key) => match browser.key(key) {
                    Effect::Quit => return Ok(()),
                    Effect::Copy(text) => session.copy(&text)?,
                    Effect::Suspend => session.suspend()?,
                    Effect::None => {}
                },
                Event::Paste(text) => browser.paste(&text),
                _ => {}
            }
            // A resize needs nothing more: the next frame is drawn at the new size.
            if !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
}

/// In debug builds only, panics when `DRYGA_BROWSE_PANIC_FOR_TESTS` is set:
/// the end-to-end test of the panic hook (the terminal is restored before the
/// message) needs a panic in the real binary. Release builds have no such path.
fn panic_for_tests() {
    #[cfg(debug_assertions)]
    assert!(
        std::env::var_os("DRYGA_BROWSE_PANIC_FOR_TESTS").is_none(),
        "DRYGA_BROWSE_PANIC_FOR_TESTS is set: a panic to test that the terminal is restored"
    );
}

/// Draws `browser` into a buffer of `width` × `height` cells (for tests and
/// benchmarks: the same drawing as on a terminal).
pub fn frame(browser: &mut Browser<'_>, view: &mut View, width: u16, height: u16) -> Buffer {
    off_screen(width, height, |f| view.draw(browser, f))
}

/// Like [`frame`], drawn into the middle of a buffer a cell larger on every
/// side: what is drawn past the edges of `width` × `height` shows in the
/// margin (a terminal's own edges would cut it off unseen).
pub fn frame_within(browser: &mut Browser<'_>, view: &mut View, width: u16, height: u16) -> Buffer {
    let inner = ratatui_core::layout::Rect::new(1, 1, width, height);
    off_screen(width.saturating_add(2), height.saturating_add(2), |f| view.draw_in(browser, f, inner))
}

/// Like [`frame`], with the rows as they are (stale after a slow key): what
/// the terminal shows the moment a key is typed.
pub fn frame_as_is(browser: &mut Browser<'_>, view: &mut View, width: u16, height: u16) -> Buffer {
    off_screen(width, height, |f| view.draw_as_is(browser, f))
}

/// Runs `draw` on a frame of ratatui's `TestBackend` and returns what it drew.
fn off_screen(width: u16, height: u16, draw: impl FnOnce(&mut ratatui_core::terminal::Frame<'_>)) -> Buffer {
    let mut terminal = match ratatui_core::terminal::Terminal::new(TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        // TestBackend's error type is Infallible.
        Err(never) => match never {},
    };
    let _ = terminal.draw(draw);
    terminal.backend().buffer().clone()
}

/// The keys `text` types, for tests and for a starting filter.
pub fn keys(text: &str) -> impl Iterator<Item = KeyEvent> + '_ {
    text.chars().map(|c| KeyEvent::from(crossterm::event::KeyCode::Char(c)))
}
