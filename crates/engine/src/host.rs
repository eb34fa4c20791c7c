//! What a running program needs from the place it runs in: the browser worker or a terminal.

/// Which output stream a piece of text was written to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// The outside world of one running program. The engine calls these from inside the interpreter,
/// so they may block (reading a line, sleeping) but must not call back into Python.
pub trait Host {
    /// Text the program printed, as soon as it is written (not only at the end).
    fn write(&self, stream: Stream, text: &str);
    /// One line typed by the user, without its line ending; `Ok(None)` at end of input
    /// (EOFError). `Err` says why input can't be read here; the program gets an OSError with it.
    fn read_line(&self) -> Result<Option<String>, String>;
    /// Block for `seconds` (already checked to be finite and non-negative).
    fn sleep(&self, seconds: f64);
    /// Wall-clock time in seconds since the Unix epoch.
    fn time(&self) -> f64;
    /// Seconds on a clock that never goes backwards (perf_counter, monotonic).
    fn monotonic(&self) -> f64;
    /// A seed for `random` before the program starts, so that checking a program that uses
    /// random numbers (a quiz picking a random question) gives the same run every time.
    /// `None` (normal runs) leaves `random` seeded by the operating system.
    fn random_seed(&self) -> Option<u64> {
        None
    }
    /// Changes to the program's drawing (pyplay's tkinter, and turtle on top of it), in order
    /// with what [`Host::write`] gets: Tk's `update()` hands over what changed since the last
    /// one. A host that shows no drawings ignores them (the default).
    fn draw(&self, ops: Vec<pyplay_drawing::Op>) {
        let _ = ops;
    }
    /// Keys and clicks on the drawing since the last call, waiting up to `wait` seconds for the
    /// first if there are none (tkinter's `mainloop`; `update()` asks with 0). `Ok(None)`: no
    /// events can ever come here (a terminal, a check), so `mainloop` ends once its timers are
    /// done (tkinter then sleeps until its next timer itself). `Err` says why events can't
    /// reach the program. The default: `None`, at once.
    fn events(&self, wait: f64) -> Result<Option<Vec<pyplay_drawing::Event>>, String> {
        let _ = wait;
        Ok(None)
    }
    /// A check runs this program (not a learner): turtle's own arrows are hidden when it ends,
    /// so a drawing check compares what was drawn, not where the turtle stopped.
    fn checking(&self) -> bool {
        false
    }
    /// Asked after every write: `Some(why)` stops the program there with a KeyboardInterrupt
    /// saying why (a check stops a program that prints without end). Give it once: the
    /// traceback that follows is written too.
    fn stop_reason(&self) -> Option<String> {
        None
    }
}

/// The host of a terminal: real stdio, real clocks. Used by `pyplay run`.
#[cfg(not(target_arch = "wasm32"))]
pub struct TerminalHost {
    start: std::time::Instant,
}

#[cfg(not(target_arch = "wasm32"))]
impl Default for TerminalHost {
    fn default() -> Self {
        Self {
            start: std::time::Instant::now(),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Host for TerminalHost {
    fn write(&self, stream: Stream, text: &str) {
        use std::io::Write;
        // Ignore a closed pipe: the program keeps its own exit status.
        let _ = match stream {
            Stream::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes()).and_then(|()| out.flush())
            }
            Stream::Stderr => std::io::stderr().lock().write_all(text.as_bytes()),
        };
    }

    fn read_line(&self) -> Result<Option<String>, String> {
        let mut line = String::new();
        Ok(match std::io::stdin().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Some(line)
            }
        })
    }

    fn sleep(&self, seconds: f64) {
        std::thread::sleep(std::time::Duration::from_secs_f64(seconds));
    }

    fn time(&self) -> f64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0)
    }

    fn monotonic(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
}
