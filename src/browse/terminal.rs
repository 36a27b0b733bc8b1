//! The terminal while the browser runs: raw mode and the alternate screen on
//! the way in; on the way out the main screen, the cursor and cooked mode
//! back exactly as they were — when leaving, on a panic (a panic hook runs
//! before the message is printed, also with `panic = "abort"`), and on
//! SIGTERM, SIGHUP, SIGINT or SIGQUIT (flags checked between keys; in raw mode
//! Ctrl-C arrives as a key). Ctrl-Z suspends the browser as a shell job.

use std::io::{self, Stdout, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::clipboard::CopyToClipboard;
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
/// where typing goes).
fn enter() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide)
}

/// Back to the main screen, the cursor shown, raw mode off (crossterm puts
/// back the settings it saved). Only the first call after [`enter`] does
/// anything, so that the panic hook, a signal and `Drop` can all call it.
/// Errors are ignored: there is nothing left to restore with, and a hung-up
/// terminal has no one to tell.
pub fn leave() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(out, terminal::LeaveAlternateScreen, cursor::Show);
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
    //! Signals that end the browser, as flags the event loop reads.

    use std::io;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    use signal_hook::{SigId, flag, low_level};

    /// The signals registered, and whether one arrived.
    pub(super) struct Signals {
        received: Arc<AtomicBool>,
        ids: Vec<SigId>,
    }

    impl Signals {
        /// Catches SIGTERM, SIGHUP, SIGINT and SIGQUIT: instead of ending the
        /// process in raw mode on the alternate screen, each sets a flag.
        pub(super) fn register() -> io::Result<Self> {
            let received = Arc::new(AtomicBool::new(false));
            let mut signals = Signals { received, ids: Vec::new() };
            for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
                signals.ids.push(flag::register(signal, Arc::clone(&signals.received))?);
            }
            Ok(signals)
        }

        /// Whether one of them arrived.
        pub(super) fn received(&self) -> bool {
            self.received.load(Ordering::SeqCst)
        }
    }

    impl Drop for Signals {
        fn drop(&mut self) {
            for id in self.ids.drain(..) {
                low_level::unregister(id);
            }
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
