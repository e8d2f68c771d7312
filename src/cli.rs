//! The command line, as clap derive definitions; `///` comments are the help text.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Offline guide to signing in to, signing out of and fixing iMessage on iPhone, iPad,
/// iPod touch, Mac and the Apple Account website, per device and OS version.
#[derive(Debug, PartialEq, Parser)]
#[command(
    name = "imsg-guide",
    version,
    propagate_version = true,
    disable_help_subcommand = true,
    after_help = "Exit status: 0 answered, 1 nothing matched, 2 bad usage or input.\n\
                  Environment: NO_COLOR turns color off, CLICOLOR_FORCE turns it on."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, PartialEq, Subcommand)]
pub enum Command {
    /// Sign in to iMessage
    Signin(Filters),
    /// Sign out of iMessage on a device, or on every device with --all-devices
    Signout(SignoutArgs),
    /// Turn iMessage off without signing out
    Deactivate(Filters),
    /// Fix the "iMessage is Signed Out" alert and activation errors
    FixSignedOut(FixArgs),
    /// Questions and answers; with QUERY, only the questions that match it
    Faq(FaqArgs),
    /// Search every guide, step, note and answer, best match first
    Search(SearchArgs),
    /// List the guides, and the devices and OS versions they cover
    List,
    /// Show one guide by id, with every method it has
    Show(ShowArgs),
    /// Check guide files or folders like a linter: one `path:line:column: message` per problem
    Validate(ValidateArgs),
    /// Where each fact comes from: the article, its URL and how sure it is; all facts without ID
    Sources(SourcesArgs),
    /// Print a shell completion script: bash, zsh, fish, powershell or elvish
    Completions(CompletionsArgs),
    /// Print the man page (roff); view it with `imsg-guide man | man -l -`
    Man,
}

#[derive(Debug, PartialEq, Args)]
pub struct FaqArgs {
    /// Words to look for, such as `delete messages`
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct SearchArgs {
    /// Words, a question or an error message, such as `iMessage is Signed Out`
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,

    /// Show at most N results
    #[arg(short = 'n', long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..))]
    pub limit: u16,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct ValidateArgs {
    /// Guide files, or folders whose *.json files are checked
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<std::path::PathBuf>,
}

#[derive(Debug, PartialEq, Args)]
pub struct SourcesArgs {
    /// Fact ids as the steps cite them, such as `S0-8` or `V-iOS-2`
    #[arg(value_name = "ID", value_parser = FactId, hide_possible_values = true)]
    pub ids: Vec<String>,
}

#[derive(Debug, PartialEq, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, PartialEq, Args)]
pub struct SignoutArgs {
    /// Sign out everywhere: remove devices from the account (website, iPhone, iPad, Mac)
    #[arg(long)]
    pub all_devices: bool,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct FixArgs {
    /// Ask one question at a time and show the fix the answers point at
    #[arg(short = 'i', long)]
    pub interactive: bool,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct ShowArgs {
    /// The guide id, as `imsg-guide list` prints it
    #[arg(value_parser = GuideId, hide_possible_values = true)]
    pub id: String,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct Filters {
    /// Only this device (repeatable): iphone, ipad, ipod, mac, web
    #[arg(
        short = 'd',
        long = "device",
        value_name = "DEVICE",
        value_enum,
        ignore_case = true
    )]
    pub devices: Vec<DeviceArg>,

    /// The OS version on that device, such as 17.4, 10.14 or 26; needs --device
    #[arg(
        short = 'o',
        long = "os",
        value_name = "VERSION",
        allow_hyphen_values = true
    )]
    pub os: Option<String>,
}

#[derive(Debug, PartialEq, Args)]
pub struct GlobalArgs {
    /// Output format: text for people, markdown for tickets, json for programs
    #[arg(short = 'f', long, value_enum, global = true, default_value_t = Format::Text)]
    pub format: Format,

    /// Short for --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    /// Markdown with steps as `- [ ]` checklist items, for pasting into a ticket
    #[arg(long, global = true, conflicts_with = "json")]
    pub checklist: bool,

    /// When to color text: auto colors a terminal unless NO_COLOR is set
    #[arg(long, value_enum, value_name = "WHEN", global = true, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// Also read guides from DIR: a guide with a built-in id replaces it, a new id adds one
    #[arg(long, value_name = "DIR", global = true, env = "IMSG_GUIDE_DIR")]
    pub guides_dir: Option<std::path::PathBuf>,

    /// Wrap text at N columns (default: the terminal's width; no wrapping when piped)
    #[arg(long, value_name = "N", global = true, value_parser = clap::value_parser!(u16).range(20..=1000))]
    pub width: Option<u16>,

    /// Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells
    /// where one comes from
    #[arg(long, global = true)]
    pub sources: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DeviceArg {
    #[value(aliases = ["ios"])]
    Iphone,
    #[value(aliases = ["ipados"])]
    Ipad,
    #[value(aliases = ["ipod-touch", "ipodtouch", "ipod_touch"])]
    Ipod,
    #[value(aliases = ["macos", "osx", "os-x", "macbook", "imac"])]
    Mac,
    #[value(aliases = ["browser", "website", "account-website", "apple-account"])]
    Web,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people, colored on a terminal
    Text,
    /// GitHub-flavored Markdown
    #[value(aliases = ["md"])]
    Markdown,
    /// One JSON document, described by schema/output.schema.json
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    #[test]
    fn definition_is_valid() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}

/// Any guide id (custom guides add their own); the built-in ids are offered to shell
/// completion.
#[derive(Clone)]
struct GuideId;

impl clap::builder::TypedValueParser for GuideId {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let ids = crate::guide::builtins().iter().map(|g| g.id.as_ref());
        Some(Box::new(ids.map(clap::builder::PossibleValue::new)))
    }
}

/// Any fact id (the command says which it does not know); the registry's ids are offered
/// to shell completion.
#[derive(Clone)]
struct FactId;

impl clap::builder::TypedValueParser for FactId {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let ids = crate::validate::FACT_IDS.iter().copied();
        Some(Box::new(ids.map(clap::builder::PossibleValue::new)))
    }
}
