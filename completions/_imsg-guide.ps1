
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'imsg-guide' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'imsg-guide'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'imsg-guide' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('signin', 'signin', [CompletionResultType]::ParameterValue, 'Sign in to iMessage')
            [CompletionResult]::new('signout', 'signout', [CompletionResultType]::ParameterValue, 'Sign out of iMessage on a device, or on every device with --all-devices')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Turn iMessage off without signing out')
            [CompletionResult]::new('fix-signed-out', 'fix-signed-out', [CompletionResultType]::ParameterValue, 'Fix the "iMessage is Signed Out" alert and activation errors')
            [CompletionResult]::new('faq', 'faq', [CompletionResultType]::ParameterValue, 'Questions and answers; with QUERY, only the questions that match it')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search every guide, step, note and answer, best match first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the guides, and the devices and OS versions they cover')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one guide by id, with every method it has')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check guide files or folders like a linter: one `path:line:column: message` per problem')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'Where each fact comes from: the article, its URL and how sure it is; all facts without ID')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script: bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff); view it with `imsg-guide man | man -l -`')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print a JSON Schema: `guide` for guide files, `output` for what --json prints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imsg-guide;signin' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;signout' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--all-devices', '--all-devices', [CompletionResultType]::ParameterName, 'Sign out everywhere: remove devices from the account (website, iPhone, iPad, Mac)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;deactivate' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;fix-signed-out' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Ask one question at a time and show the fix the answers point at')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Ask one question at a time and show the fix the answers point at')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;faq' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;search' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N results')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N results')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'Only the guide ids, one per line, for scripts and fzf')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;show' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the guide file itself (guide JSON), to start a custom guide from')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;validate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;sources' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;completions' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;man' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;schema' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text for people, markdown for tickets, json for programs')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color text: auto colors a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--guides-dir', '--guides-dir', [CompletionResultType]::ParameterName, 'Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces it, a new id adds one')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap text at N columns (default: the terminal''s width; no wrapping when piped)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'Markdown with steps as `- [ ]` checklist items, for pasting into a ticket')
            [CompletionResult]::new('--sources', '--sources', [CompletionResultType]::ParameterName, 'Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells where one comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imsg-guide;help' {
            [CompletionResult]::new('signin', 'signin', [CompletionResultType]::ParameterValue, 'Sign in to iMessage')
            [CompletionResult]::new('signout', 'signout', [CompletionResultType]::ParameterValue, 'Sign out of iMessage on a device, or on every device with --all-devices')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Turn iMessage off without signing out')
            [CompletionResult]::new('fix-signed-out', 'fix-signed-out', [CompletionResultType]::ParameterValue, 'Fix the "iMessage is Signed Out" alert and activation errors')
            [CompletionResult]::new('faq', 'faq', [CompletionResultType]::ParameterValue, 'Questions and answers; with QUERY, only the questions that match it')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search every guide, step, note and answer, best match first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the guides, and the devices and OS versions they cover')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one guide by id, with every method it has')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check guide files or folders like a linter: one `path:line:column: message` per problem')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'Where each fact comes from: the article, its URL and how sure it is; all facts without ID')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script: bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff); view it with `imsg-guide man | man -l -`')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print a JSON Schema: `guide` for guide files, `output` for what --json prints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imsg-guide;help;signin' {
            break
        }
        'imsg-guide;help;signout' {
            break
        }
        'imsg-guide;help;deactivate' {
            break
        }
        'imsg-guide;help;fix-signed-out' {
            break
        }
        'imsg-guide;help;faq' {
            break
        }
        'imsg-guide;help;search' {
            break
        }
        'imsg-guide;help;list' {
            break
        }
        'imsg-guide;help;show' {
            break
        }
        'imsg-guide;help;validate' {
            break
        }
        'imsg-guide;help;sources' {
            break
        }
        'imsg-guide;help;completions' {
            break
        }
        'imsg-guide;help;man' {
            break
        }
        'imsg-guide;help;schema' {
            break
        }
        'imsg-guide;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
