//! Starting the pager on Unix with `fork` and `execvp`, as `std::process` would, without
//! the 37 symbols `std::process` brings for the dynamic loader to look up on every run.
//! Pipes, moving a descriptor and waiting are system calls through `rustix`, which on
//! Linux makes them itself: no symbol to look up, and safe between `fork` and `exec`.
//!
//! The child does only what is safe between `fork` and `exec`: it moves the pipe to its
//! standard input, sets SIGPIPE back to the default the binary turned off, and executes
//! the program. Whether that worked comes back through a second pipe that `exec` closes:
//! nothing to read means it is running, four bytes are the error of a failed `exec`.
//! The signal mask is passed on as it is, where `std::process` clears it: nothing in the
//! binary blocks a signal.

use std::ffi::{c_char, c_int, CString};
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::OwnedFd;
use std::ptr;

/// `imsg_guide::Spawn` for Unix: see the module's comment.
pub fn spawn(argv: &[&str], text: &[u8]) -> Option<io::Result<()>> {
    // Everything the child needs is made before `fork`: it must not allocate.
    let args: Vec<CString> = argv
        .iter()
        .map(|a| CString::new(*a).ok())
        .collect::<Option<_>>()?;
    let mut pointers: Vec<*const c_char> = args.iter().map(|a| a.as_ptr()).collect();
    pointers.push(ptr::null());
    let (read_end, write_end) = pipe().ok()?;
    let (status_read, status_write) = pipe().ok()?;

    // SAFETY: the process has one thread here (the pager is never started beside the
    // walk's signal thread), and between `fork` and `exec` the child calls only
    // async-signal-safe functions on memory prepared above.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // SAFETY: as above; `pointers` ends in a null and its strings outlive the call.
        unsafe {
            let _ = if raw(&read_end) == 0 {
                // Standard input was closed, so the pipe took its place: `dup2` onto
                // itself would leave the pipe to close on `exec`.
                rustix::io::fcntl_setfd(&read_end, rustix::io::FdFlags::empty())
            } else {
                rustix::stdio::dup2_stdin(&read_end)
            };
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::execvp(pointers[0], pointers.as_ptr());
            let errno = *libc::__errno_location();
            libc::write(raw(&status_write), (&raw const errno).cast(), 4);
            libc::_exit(127);
        }
    }
    drop((read_end, status_write));
    if pid < 0 {
        return None;
    }
    let mut failed = [0; 4];
    let started = File::from(status_read).read_exact(&mut failed).is_err();
    let written = if started {
        imsg_guide::feed_pager(File::from(write_end), text)
    } else {
        Ok(())
    };
    let waited = wait(pid);
    started.then(|| written.and(waited))
}

fn raw(fd: &OwnedFd) -> c_int {
    use std::os::fd::AsRawFd;
    fd.as_raw_fd()
}

/// A pipe whose ends close on `exec`.
fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    Ok(rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?)
}

/// Waits for the child to exit, through interruptions by signals.
fn wait(pid: libc::pid_t) -> io::Result<()> {
    let Some(pid) = rustix::process::Pid::from_raw(pid) else {
        return Ok(());
    };
    loop {
        match rustix::process::waitpid(Some(pid), rustix::process::WaitOptions::empty()) {
            Err(rustix::io::Errno::INTR) => continue,
            done => return done.map(drop).map_err(io::Error::from),
        }
    }
}
