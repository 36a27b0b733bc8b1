//! The terminal while the browser runs: raw mode, the alternate screen and
//! bracketed paste (a paste comes as text, not as keys) on the way in; on the way out the main screen, the cursor and cooked mode
//! back exactly as they were — when leaving, on a panic (a panic hook runs
//! before the message is printed, also with `panic = "abort"`), and on
//! SIGTERM, SIGHUP, SIGINT or SIGQUIT (a flag the event loop checks between
//! keys, and a last resort when it cannot: see `signals`; in raw mode Ctrl-C
//! arrives as a key). Ctrl-Z suspends the browser as a shell job.

use std::io::{self, Stdout, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::clipboard::CopyToClipboard;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::{cursor, execute, terminal};
use ratatui_core::terminal::Terminal;
use ratatui_crossterm::CrosstermBackend;

/// Whether the terminal is in the browser's modes: what [`leave`] undoes.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// The terminal in the browser's modes, until dropped.
pub struct Session {
    /// ratatui's terminal, drawing to stdout.
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
    signals: signals::Signals,
}

impl Session {
    /// Listens for signals, installs the panic hook, then turns raw mode on
    /// and enters the alternate screen.
    pub fn start() -> io::Result<Self> {
        install_panic_hook();
        let signals = signals::Signals::register()?;
        enter()?;
        let terminal = match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => terminal,
            Err(err) => {
                leave();
                return Err(err);
            }
        };
        Ok(Session { terminal, signals })
    }

    /// Whether a signal asked the browser to end.
    pub fn signalled(&self) -> bool {
        self.signals.received()
    }

    /// Puts `text` on the clipboard with OSC 52 (the terminal decides whether to allow it).
    pub fn copy(&mut self, text: &str) -> io::Result<()> {
        execute!(self.terminal.backend_mut(), CopyToClipboard::to_clipboard_from(text))
    }

    /// Restores the terminal, stops the process as Ctrl-Z would (the shell
    /// takes over), and takes the terminal again when resumed with `fg`.
    pub fn suspend(&mut self) -> io::Result<()> {
        leave();
        signals::stop();
        enter()?;
        self.terminal.clear()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        leave();
    }
}

/// Raw mode on, the alternate screen, the cursor hidden (the frame shows it
/// where typing goes), bracketed paste on (pasted text arrives as one paste,
/// not as keys: a pasted `q` or newline is text, not a command).
fn enter() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide, EnableBracketedPaste)
}

/// Whether the terminal is in the browser's modes.
fn active() -> bool {
    ACTIVE.load(Ordering::SeqCst)
}

/// Bracketed paste off, back to the main screen, the cursor shown, raw mode off (crossterm puts
/// back the settings it saved). Only the first call after `enter` does
/// anything, so that the panic hook, a signal and `Drop` can all call it.
/// Errors are ignored: there is nothing left to restore with, and a hung-up
/// terminal has no one to tell.
pub fn leave() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(out, DisableBracketedPaste, terminal::LeaveAlternateScreen, cursor::Show);
        let _ = terminal::disable_raw_mode();
        let _ = out.flush();
    }
}

/// Restores the terminal before a panic's message is printed, so that the
/// message lands on the main screen and the shell is usable afterwards.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            leave();
            previous(info);
        }));
    });
}

#[cfg(unix)]
mod signals {
    //! Signals that end the browser: a thread waits for them, raises a flag
    //! the event loop reads, and ends the process itself if the loop does not
    //! (crossterm spins reading a terminal that has hung up).

    use std::io;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::thread;
    use std::time::Duration;

    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    use signal_hook::iterator::{self, Handle};
    use signal_hook::low_level;

    /// How long the event loop has to leave after a signal before the
    /// signal thread restores the terminal and ends the process.
    const GRACE: Duration = Duration::from_millis(500);

    /// The signals caught, and whether one arrived.
    pub(super) struct Signals {
        received: Arc<AtomicBool>,
        handle: Handle,
    }

    impl Signals {
        /// Catches SIGTERM, SIGHUP, SIGINT and SIGQUIT: instead of ending the
        /// process in raw mode on the alternate screen, each raises a flag.
        pub(super) fn register() -> io::Result<Self> {
            let mut caught = iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
            let handle = caught.handle();
            let received = Arc::new(AtomicBool::new(false));
            let flag = Arc::clone(&received);
            thread::Builder::new().name("dryga-signals".into()).spawn(move || {
                if caught.forever().next().is_some() {
                    flag.store(true, Ordering::SeqCst);
                    thread::sleep(GRACE);
                    // Still in the browser's modes: the event loop is stuck (on
                    // a hung-up terminal crossterm reads end-of-file forever).
                    // Restore what can be restored and end here: there is no
                    // other way out of that loop.
                    if super::active() {
                        super::leave();
                        std::process::exit(0);
                    }
                }
            })?;
            Ok(Signals { received, handle })
        }

        /// Whether one of them arrived.
        pub(super) fn received(&self) -> bool {
            self.received.load(Ordering::SeqCst)
        }
    }

    impl Drop for Signals {
        fn drop(&mut self) {
            self.handle.close();
        }
    }

    /// Stops the process as Ctrl-Z does in a shell; returns when it is resumed.
    pub(super) fn stop() {
        let _ = low_level::raise(SIGTSTP);
    }
}

#[cfg(not(unix))]
mod signals {
    //! Elsewhere than Unix, Ctrl-C arrives as a key and there is nothing to catch.

    use std::io;

    /// Nothing registered.
    pub(super) struct Signals;

    impl Signals {
        pub(super) fn register() -> io::Result<Self> {
            Ok(Signals)
        }

        pub(super) fn received(&self) -> bool {
            false
        }
    }

    /// There is no job control to stop for.
    pub(super) fn stop() {}
}
