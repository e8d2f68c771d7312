# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_imsg_guide_global_optspecs
    string join \n f/format= json checklist color= guides-dir= width= paging= h/help V/version
end

function __fish_imsg_guide_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_imsg_guide_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_imsg_guide_using_subcommand
    set -l cmd (__fish_imsg_guide_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "signin" -d 'Sign in to iMessage'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "signout" -d 'Sign out of iMessage on a device, or on every device with --all-devices'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "deactivate" -d 'Turn iMessage off without signing out'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "fix-signed-out" -d 'Fix the "iMessage is Signed Out" alert and activation errors'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "faq" -d 'Questions and answers; with QUERY, only the questions that match it'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "search" -d 'Search every guide, step, note and answer, best match first'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "list" -d 'List the guides, and the devices and OS versions they cover'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "show" -d 'Show one guide by id, with every method it has'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "validate" -d 'Check guide files or folders like a linter: one `path:line:column: message` per problem'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "completions" -d 'Print a shell completion script: bash, zsh, fish, powershell or elvish'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "man" -d 'Print the man page (roff); view it with `imsg-guide man | man -l -`'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "schema" -d 'Print a JSON Schema: `guide` for guide files, `output` for what --json prints'
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -s d -l device -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web' -r -f -a "iphone\t''
ios\t'same as iphone'
ipad\t''
ipados\t'same as ipad'
ipod\t''
ipod-touch\t'same as ipod'
ipodtouch\t'same as ipod'
ipod_touch\t'same as ipod'
mac\t''
macos\t'same as mac'
osx\t'same as mac'
os-x\t'same as mac'
macbook\t'same as mac'
imac\t'same as mac'
web\t''
browser\t'same as web'
website\t'same as web'
account-website\t'same as web'
apple-account\t'same as web'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -s o -l os -d 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -s d -l device -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web' -r -f -a "iphone\t''
ios\t'same as iphone'
ipad\t''
ipados\t'same as ipad'
ipod\t''
ipod-touch\t'same as ipod'
ipodtouch\t'same as ipod'
ipod_touch\t'same as ipod'
mac\t''
macos\t'same as mac'
osx\t'same as mac'
os-x\t'same as mac'
macbook\t'same as mac'
imac\t'same as mac'
web\t''
browser\t'same as web'
website\t'same as web'
account-website\t'same as web'
apple-account\t'same as web'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -s o -l os -d 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -l all-devices -d 'Sign out everywhere: remove devices from the account (website, iPhone, iPad, Mac)'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -s d -l device -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web' -r -f -a "iphone\t''
ios\t'same as iphone'
ipad\t''
ipados\t'same as ipad'
ipod\t''
ipod-touch\t'same as ipod'
ipodtouch\t'same as ipod'
ipod_touch\t'same as ipod'
mac\t''
macos\t'same as mac'
osx\t'same as mac'
os-x\t'same as mac'
macbook\t'same as mac'
imac\t'same as mac'
web\t''
browser\t'same as web'
website\t'same as web'
account-website\t'same as web'
apple-account\t'same as web'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -s o -l os -d 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -s d -l device -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web' -r -f -a "iphone\t''
ios\t'same as iphone'
ipad\t''
ipados\t'same as ipad'
ipod\t''
ipod-touch\t'same as ipod'
ipodtouch\t'same as ipod'
ipod_touch\t'same as ipod'
mac\t''
macos\t'same as mac'
osx\t'same as mac'
os-x\t'same as mac'
macbook\t'same as mac'
imac\t'same as mac'
web\t''
browser\t'same as web'
website\t'same as web'
account-website\t'same as web'
apple-account\t'same as web'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -s o -l os -d 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -s i -l interactive -d 'Ask one question at a time and show the fix the answers point at'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -s d -l device -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web' -r -f -a "iphone\t''
ios\t'same as iphone'
ipad\t''
ipados\t'same as ipad'
ipod\t''
ipod-touch\t'same as ipod'
ipodtouch\t'same as ipod'
ipod_touch\t'same as ipod'
mac\t''
macos\t'same as mac'
osx\t'same as mac'
os-x\t'same as mac'
macbook\t'same as mac'
imac\t'same as mac'
web\t''
browser\t'same as web'
website\t'same as web'
account-website\t'same as web'
apple-account\t'same as web'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -s o -l os -d 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -s n -l limit -d 'Show at most N results' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -s d -l device -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web' -r -f -a "iphone\t''
ios\t'same as iphone'
ipad\t''
ipados\t'same as ipad'
ipod\t''
ipod-touch\t'same as ipod'
ipodtouch\t'same as ipod'
ipod_touch\t'same as ipod'
mac\t''
macos\t'same as mac'
osx\t'same as mac'
os-x\t'same as mac'
macbook\t'same as mac'
imac\t'same as mac'
web\t''
browser\t'same as web'
website\t'same as web'
account-website\t'same as web'
apple-account\t'same as web'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -s o -l os -d 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -l ids -d 'Only the guide ids, one per line, for scripts and fzf'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -s d -l device -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web' -r -f -a "iphone\t''
ios\t'same as iphone'
ipad\t''
ipados\t'same as ipad'
ipod\t''
ipod-touch\t'same as ipod'
ipodtouch\t'same as ipod'
ipod_touch\t'same as ipod'
mac\t''
macos\t'same as mac'
osx\t'same as mac'
os-x\t'same as mac'
macbook\t'same as mac'
imac\t'same as mac'
web\t''
browser\t'same as web'
website\t'same as web'
account-website\t'same as web'
apple-account\t'same as web'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -s o -l os -d 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -l raw -d 'Print the guide file itself (guide JSON), to start a custom guide from'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "signin" -d 'Sign in to iMessage'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "signout" -d 'Sign out of iMessage on a device, or on every device with --all-devices'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "deactivate" -d 'Turn iMessage off without signing out'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "fix-signed-out" -d 'Fix the "iMessage is Signed Out" alert and activation errors'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "faq" -d 'Questions and answers; with QUERY, only the questions that match it'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "search" -d 'Search every guide, step, note and answer, best match first'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "list" -d 'List the guides, and the devices and OS versions they cover'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "show" -d 'Show one guide by id, with every method it has'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "validate" -d 'Check guide files or folders like a linter: one `path:line:column: message` per problem'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "completions" -d 'Print a shell completion script: bash, zsh, fish, powershell or elvish'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "man" -d 'Print the man page (roff); view it with `imsg-guide man | man -l -`'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "schema" -d 'Print a JSON Schema: `guide` for guide files, `output` for what --json prints'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate completions man schema" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'

# Positional arguments.
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -f -a "deactivate
deregister-number
fix-signed-out
messages-in-icloud
signin
signout
why-sign-out"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -f -a "bash
elvish
fish
powershell
zsh"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -f -a "guide\t'The guide files read by --guides-dir and validate'
output\t'The documents --json prints'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help" -f
