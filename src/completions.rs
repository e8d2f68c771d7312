//! Shell completion scripts, generated from the clap definition.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The script for `shell`, as bytes: clap_complete panics on a failed write, so it writes
/// to memory and the caller copies that to stdout, where a closed pipe is harmless.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "imsg-guide", &mut script);
    if shell == Shell::Bash {
        // clap_complete names the subcommand cases `imsg__subcmd__guide__subcmd__X` but
        // dispatches on `imsg__guide__subcmd__X` when the binary name has a hyphen, so no
        // subcommand's options or values would complete.
        let text = String::from_utf8_lossy(&script)
            .replace("imsg__subcmd__guide__subcmd__", "imsg__guide__subcmd__");
        script = text.into_bytes();
    }
    script
}
