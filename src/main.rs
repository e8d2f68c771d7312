//! The imsg-guide binary: the library does the work.

fn main() -> std::process::ExitCode {
    imsg_guide::main()
}
