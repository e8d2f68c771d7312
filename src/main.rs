//! The imsg-guide binary: the library does the work.
//!
//! On Linux with glibc the binary has its own C `main` instead of Rust's start-up code.
//! That code spends about 100,000 instructions on every run (a third of a typical answer)
//! reading `/proc/self/maps` to place a guard page for the main thread's stack, and sets
//! up a handler that only turns a stack overflow into a message. Of what it does, the
//! tool needs one thing, that a closed pipe comes back as an error to handle rather than
//! a signal that kills it: `main` sets that up itself. The arguments are still read by
//! `std::env::args_os`, which glibc hands to the standard library before `main` runs; on
//! other systems the standard library learns them only in its start-up code, so they
//! keep it.
//!
//! The allocator is this binary's too (`arena.rs`): a bump arena for the first megabyte;
//! and so is starting the pager on Unix (`spawn.rs`).
//!
//! These three files hold the only unsafe code in the project; the library forbids it.

#![cfg_attr(all(target_os = "linux", target_env = "gnu", not(test)), no_main)]
#![allow(unsafe_code)]

mod arena;
#[cfg(unix)]
mod spawn;

/// How the pager is started: by the binary itself on Unix (`spawn.rs`).
#[cfg(unix)]
const SPAWN: imsg_guide::Spawn = spawn::spawn;
#[cfg(not(unix))]
const SPAWN: imsg_guide::Spawn = imsg_guide::spawn_std;

#[global_allocator]
static ALLOCATOR: arena::Arena = arena::Arena;

#[cfg(all(target_os = "linux", target_env = "gnu", not(test)))]
#[unsafe(no_mangle)]
extern "C" fn main(
    _argc: std::ffi::c_int,
    _argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    // SAFETY: ignoring SIGPIPE installs no handler and touches no memory; it is what
    // Rust's own start-up does, so writes to a closed pipe fail with EPIPE instead.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    imsg_guide::run_main(SPAWN)
}

#[cfg(any(test, not(all(target_os = "linux", target_env = "gnu"))))]
fn main() -> std::process::ExitCode {
    // Exit codes are 0–130, so they fit a byte.
    std::process::ExitCode::from(imsg_guide::run_main(SPAWN) as u8)
}
