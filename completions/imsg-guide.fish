# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_imsg_guide_global_optspecs
    string join \n f/format= json checklist color= guides-dir= width= sources paging= h/help V/version
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
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_needs_command" -f -a "sources" -d 'Where each fact comes from: the article, its URL and how sure it is; all facts without ID'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand validate" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -s f -l format -d 'Output format: text for people, markdown for tickets, json for programs' -r -f -a "text\t'Text for people, colored on a terminal'
markdown\t'GitHub-flavored Markdown'
json\t'One JSON document, described by `imsg-guide schema output`'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -l color -d 'When to color text: auto colors a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -l guides-dir -d 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one' -r -f -a "(__fish_complete_directories)"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -l width -d 'Wrap text at N columns (default: the terminal\'s width; no wrapping when piped)' -r -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -l paging -d 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`' -r -f -a "auto\t'Page text that does not fit the terminal'
always\t'Page everything written to a terminal'
never\t''"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -l json -d 'Short for --format json'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -l checklist -d 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -s V -l version -d 'Print version'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
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
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -l sources -d 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -s V -l version -d 'Print version'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "signin" -d 'Sign in to iMessage'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "signout" -d 'Sign out of iMessage on a device, or on every device with --all-devices'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "deactivate" -d 'Turn iMessage off without signing out'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "fix-signed-out" -d 'Fix the "iMessage is Signed Out" alert and activation errors'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "faq" -d 'Questions and answers; with QUERY, only the questions that match it'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "search" -d 'Search every guide, step, note and answer, best match first'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "list" -d 'List the guides, and the devices and OS versions they cover'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "show" -d 'Show one guide by id, with every method it has'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "validate" -d 'Check guide files or folders like a linter: one `path:line:column: message` per problem'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "sources" -d 'Where each fact comes from: the article, its URL and how sure it is; all facts without ID'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "completions" -d 'Print a shell completion script: bash, zsh, fish, powershell or elvish'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "man" -d 'Print the man page (roff); view it with `imsg-guide man | man -l -`'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "schema" -d 'Print a JSON Schema: `guide` for guide files, `output` for what --json prints'
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from signin signout deactivate fix-signed-out faq search list show validate sources completions man schema" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'

# Positional arguments.
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signin" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand signout" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand deactivate" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand fix-signed-out" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand faq" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand search" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand list" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand show" -f -a "apple-account-sign-out
apple-watch-vision-pro
deactivate
deregister-number
different-account-for-imessage
fix-signed-out
leave-iphone
lost-or-stolen-iphone
messages-in-icloud
phone-number-on-ipad-mac
reachable-addresses
sell-or-give-away
sign-out-greyed-out
signin
signout
stop-calls-messages-on-other-devices
two-factor-codes
why-sign-out"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand sources" -f -a "J-Acct-1
J-Acct-10
J-Acct-11
J-Acct-12
J-Acct-13
J-Acct-14
J-Acct-15
J-Acct-16
J-Acct-17
J-Acct-18
J-Acct-2
J-Acct-3
J-Acct-4
J-Acct-5
J-Acct-6
J-Acct-7
J-Acct-8
J-Acct-9
J-Block-1
J-Block-2
J-Block-3
J-Block-4
J-Block-5
J-Block-6
J-Block-7
J-Fwd-1
J-Fwd-2
J-Fwd-3
J-Fwd-4
J-Fwd-5
J-Lost-1
J-Lost-2
J-Lost-3
J-Lost-4
J-Lost-5
J-Mac-1
J-Mac-10
J-Mac-2
J-Mac-3
J-Mac-4
J-Mac-5
J-Mac-6
J-Mac-7
J-Mac-8
J-Mac-9
J-Num-1
J-Num-10
J-Num-2
J-Num-3
J-Num-4
J-Num-5
J-Num-6
J-Num-7
J-Num-8
J-Num-9
J-Sell-1
J-Sell-2
J-Sell-3
J-Sell-4
J-Sell-5
J-Sell-6
J-Sell-7
J-Sell-8
J-Sell-9
J-Watch-1
J-Watch-2
J-Watch-3
J-Watch-4
J-Watch-5
S0-1
S0-10
S0-11
S0-12
S0-13
S0-14
S0-15
S0-2
S0-3
S0-4
S0-5
S0-6
S0-7
S0-8
S0-9
S1-1
S1-2
S1-3
S1-4
S1-5
S1-6
S1-7
S1-F1
S1-F10
S1-F2
S1-F3
S1-F4
S1-F5
S1-F6
S1-F7
S1-F8
S1-F9
S2-1
S2-2
S2-3
S2-4
S2-5
S2-6
S2-7
V-Act-1
V-Act-10
V-Act-2
V-Act-3
V-Act-4
V-Act-5
V-Act-6
V-Act-7
V-Act-8
V-Act-9
V-Dev-1
V-Dev-10
V-Dev-11
V-Dev-12
V-Dev-13
V-Dev-14
V-Dev-2
V-Dev-3
V-Dev-4
V-Dev-5
V-Dev-6
V-Dev-7
V-Dev-8
V-Dev-9
V-Mac-1
V-Mac-2
V-Mac-3
V-Mac-4
V-Mac-5
V-Mac-6
V-Mac-7
V-Mac-8
V-Mac-9
V-iCloud-1
V-iCloud-10
V-iCloud-11
V-iCloud-12
V-iCloud-13
V-iCloud-14
V-iCloud-15
V-iCloud-2
V-iCloud-3
V-iCloud-4
V-iCloud-5
V-iCloud-6
V-iCloud-7
V-iCloud-8
V-iCloud-9
V-iOS-1
V-iOS-10
V-iOS-11
V-iOS-12
V-iOS-13
V-iOS-14
V-iOS-15
V-iOS-2
V-iOS-3
V-iOS-4
V-iOS-5
V-iOS-6
V-iOS-7
V-iOS-8
V-iOS-9"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand completions" -f -a "bash
elvish
fish
powershell
zsh"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand man" -f
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand schema" -f -a "guide\t'The guide files read by --guides-dir and validate'
output\t'The documents --json prints'"
complete -c imsg-guide -n "__fish_imsg_guide_using_subcommand help" -f
