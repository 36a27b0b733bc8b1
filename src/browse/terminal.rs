//! The terminal while the browser runs: raw mode, the alternate screen and
//! bracketed paste (a paste comes as text, not as keys) on the way in; on the way out the main screen, the cursor and cooked mode
//! back exactly as they were — when leaving, on a panic (a panic hook runs
//! before the message is printed, also with `panic = "abort"`), and on
//! a signal that ends a process (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1,
//! SIGUSR2, SIGALRM: a flag the event loop checks between keys, and a last
//! resort when it cannot: see `signals`; in raw mode Ctrl-C arrives as a
//! key), after which the process ends by that signal, as it would have
//! (a shell sees 143 for SIGTERM, not 0). Ctrl-Z suspends the browser as a
//! shell job, the terminal restored; continued (SIGCONT, after a SIGSTOP or
//! a SIGTSTP from elsewhere too, which stop it where it is), it takes the
//! terminal again and draws the whole screen. SIGTSTP is not caught: raised
//! with its own action, it is dropped in a process group no shell can
//! resume (`setsid`, a terminal's first program), where a SIGSTOP, which
//! a caught one would have to be, stops the browser for good.

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
        self.signals.received().is_some()
    }

    /// The signal that asked the browser to end, if one did.
    pub fn ending_signal(&self) -> Option<i32> {
        self.signals.received()
    }

    /// Takes the terminal again if the process was continued since the
    /// last call ([`Session::resume`]); whether it was (the screen is then
    /// to be drawn whole).
    pub fn follow_signals(&mut self) -> io::Result<bool> {
        let resumed = self.signals.take_resumed();
        if resumed {
            self.resume()?;
        }
        Ok(resumed)
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
        // Its own SIGCONT asks for nothing more: the terminal is taken here.
        let _ = self.signals.take_resumed();
        enter()?;
        self.terminal.clear()
    }

    /// Takes the terminal again after the process was stopped and continued
    /// by another (SIGSTOP, or SIGTSTP from elsewhere: the shell put the
    /// terminal back in its own modes, and drew over the screen): raw mode
    /// and the alternate screen again, and the whole screen drawn anew.
    pub fn resume(&mut self) -> io::Result<()> {
        // crossterm keeps raw mode on as it believes it is: off, then on.
        let _ = terminal::disable_raw_mode();
        ACTIVE.store(false, Ordering::SeqCst);
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
    //! Signals: a thread waits for them. One that ends a process raises a
    //! flag the event loop reads, and ends the process itself, by that
    //! signal, if the loop does not (crossterm spins reading a terminal that
    //! has hung up); SIGCONT raises a flag the loop follows.

    use std::io;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
    use std::thread;
    use std::time::Duration;

    use signal_hook::consts::{SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2};
    use signal_hook::iterator::{self, Handle};
    use signal_hook::low_level;

    /// How long the event loop has to leave after a signal before the
    /// signal thread restores the terminal and ends the process.
    const GRACE: Duration = Duration::from_millis(500);

    /// The signals that end a process by default, caught to restore the
    /// terminal first.
    const ENDING: [i32; 7] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM];

    /// What the signal thread has seen.
    #[derive(Default)]
    struct Seen {
        /// The signal that asked to end (0: none).
        ending: AtomicI32,
        /// SIGCONT, not followed yet.
        resumed: AtomicBool,
    }

    /// The signals caught, and what arrived.
    pub(super) struct Signals {
        seen: Arc<Seen>,
        handle: Handle,
    }

    impl Signals {
        /// Catches the [`ENDING`] signals (instead of ending the process in
        /// raw mode on the alternate screen, each raises a flag) and SIGCONT.
        pub(super) fn register() -> io::Result<Self> {
            let mut caught = iterator::Signals::new(ENDING.iter().copied().chain([SIGCONT]))?;
            let handle = caught.handle();
            let seen = Arc::new(Seen::default());
            let flags = Arc::clone(&seen);
            thread::Builder::new().name("dryga-signals".into()).spawn(move || {
                for signal in caught.forever() {
                    match signal {
                        SIGCONT => flags.resumed.store(true, Ordering::SeqCst),
                        signal => {
                            flags.ending.store(signal, Ordering::SeqCst);
                            thread::sleep(GRACE);
                            // Still in the browser's modes: the event loop is stuck (on
                            // a hung-up terminal crossterm reads end-of-file forever).
                            // Restore what can be restored and end here: there is no
                            // other way out of that loop.
                            if super::active() {
                                super::leave();
                                end_by(signal);
                            }
                            return;
                        }
                    }
                }
            })?;
            Ok(Signals { seen, handle })
        }

        /// The signal that asked to end, if one did.
        pub(super) fn received(&self) -> Option<i32> {
            Some(self.seen.ending.load(Ordering::SeqCst)).filter(|&s| s != 0)
        }

        /// Whether a SIGCONT arrived since the last call.
        pub(super) fn take_resumed(&self) -> bool {
            self.seen.resumed.swap(false, Ordering::SeqCst)
        }
    }

    impl Drop for Signals {
        fn drop(&mut self) {
            self.handle.close();
        }
    }

    /// Stops the process as Ctrl-Z does in a shell (SIGTSTP, with its own
    /// action: dropped where no shell could resume it); returns when it is
    /// continued.
    pub(super) fn stop() {
        let _ = low_level::raise(SIGTSTP);
    }

    /// Ends the process by `signal`, as it would have ended had it not been
    /// caught (a shell sees 128 and its number); `exit` with that code should
    /// the signal not end it.
    pub(super) fn end_by(signal: i32) -> ! {
        let _ = low_level::emulate_default_handler(signal);
        std::process::exit(128 + signal);
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

        pub(super) fn received(&self) -> Option<i32> {
            None
        }

        pub(super) fn take_resumed(&self) -> bool {
            false
        }
    }

    /// There is no job control to stop for.
    pub(super) fn stop() {}

    /// No signal ends the process here.
    pub(super) fn end_by(signal: i32) -> ! {
        std::process::exit(128 + signal);
    }
}

/// Ends the process by `signal` (the terminal restored first), as it
/// would have ended had the browser not caught it.
pub fn end_by(signal: i32) -> ! {
    leave();
    signals::end_by(signal)
}
