
use builtin;
use str;

set edit:completion:arg-completer[imsg-guide] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'imsg-guide'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'imsg-guide'= {
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand signin 'Sign in to iMessage'
            cand signout 'Sign out of iMessage on a device, or on every device with --all-devices'
            cand deactivate 'Turn iMessage off without signing out'
            cand fix-signed-out 'Fix the "iMessage is Signed Out" alert and activation errors'
            cand faq 'Questions and answers; with QUERY, only the questions that match it'
            cand search 'Search every guide, step, note and answer, best match first'
            cand list 'List the guides, and the devices and OS versions they cover'
            cand show 'Show one guide by id, with every method it has'
            cand validate 'Check guide files or folders like a linter: one `path:line:column: message` per problem'
            cand sources 'Where each fact comes from: the article, its URL and how sure it is; all facts without ID'
            cand completions 'Print a shell completion script: bash, zsh, fish, powershell or elvish'
            cand man 'Print the man page (roff); view it with `imsg-guide man | man -l -`'
            cand schema 'Print a JSON Schema: `guide` for guide files, `output` for what --json prints'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'imsg-guide;signin'= {
            cand -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand --device 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand -o 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand --os 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;signout'= {
            cand -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand --device 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand -o 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand --os 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --all-devices 'Sign out everywhere: remove devices from the account (website, iPhone, iPad, Mac)'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;deactivate'= {
            cand -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand --device 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand -o 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand --os 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;fix-signed-out'= {
            cand -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand --device 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand -o 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand --os 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand -i 'Ask one question at a time and show the fix the answers point at'
            cand --interactive 'Ask one question at a time and show the fix the answers point at'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;faq'= {
            cand -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand --device 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand -o 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand --os 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;search'= {
            cand -n 'Show at most N results'
            cand --limit 'Show at most N results'
            cand -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand --device 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand -o 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand --os 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;list'= {
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --ids 'Only the guide ids, one per line, for scripts and fzf'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;show'= {
            cand -d 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand --device 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web'
            cand -o 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand --os 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"'
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --raw 'Print the guide file itself (guide JSON), to start a custom guide from'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;validate'= {
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;sources'= {
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;completions'= {
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;man'= {
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;schema'= {
            cand -f 'Output format: text for people, markdown for tickets, json for programs'
            cand --format 'Output format: text for people, markdown for tickets, json for programs'
            cand --color 'When to color text: auto colors a terminal unless NO_COLOR is set'
            cand --guides-dir 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one'
            cand --width 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)'
            cand --paging 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`'
            cand --json 'Short for --format json'
            cand --checklist 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket'
            cand --sources 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'imsg-guide;help'= {
            cand signin 'Sign in to iMessage'
            cand signout 'Sign out of iMessage on a device, or on every device with --all-devices'
            cand deactivate 'Turn iMessage off without signing out'
            cand fix-signed-out 'Fix the "iMessage is Signed Out" alert and activation errors'
            cand faq 'Questions and answers; with QUERY, only the questions that match it'
            cand search 'Search every guide, step, note and answer, best match first'
            cand list 'List the guides, and the devices and OS versions they cover'
            cand show 'Show one guide by id, with every method it has'
            cand validate 'Check guide files or folders like a linter: one `path:line:column: message` per problem'
            cand sources 'Where each fact comes from: the article, its URL and how sure it is; all facts without ID'
            cand completions 'Print a shell completion script: bash, zsh, fish, powershell or elvish'
            cand man 'Print the man page (roff); view it with `imsg-guide man | man -l -`'
            cand schema 'Print a JSON Schema: `guide` for guide files, `output` for what --json prints'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'imsg-guide;help;signin'= {
        }
        &'imsg-guide;help;signout'= {
        }
        &'imsg-guide;help;deactivate'= {
        }
        &'imsg-guide;help;fix-signed-out'= {
        }
        &'imsg-guide;help;faq'= {
        }
        &'imsg-guide;help;search'= {
        }
        &'imsg-guide;help;list'= {
        }
        &'imsg-guide;help;show'= {
        }
        &'imsg-guide;help;validate'= {
        }
        &'imsg-guide;help;sources'= {
        }
        &'imsg-guide;help;completions'= {
        }
        &'imsg-guide;help;man'= {
        }
        &'imsg-guide;help;schema'= {
        }
        &'imsg-guide;help;help'= {
        }
    ]
    $completions[$command]
}
