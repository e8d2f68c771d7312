_imsg__guide() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="imsg__guide"
                ;;
            imsg__guide,completions)
                cmd="imsg__guide__subcmd__completions"
                ;;
            imsg__guide,deactivate)
                cmd="imsg__guide__subcmd__deactivate"
                ;;
            imsg__guide,faq)
                cmd="imsg__guide__subcmd__faq"
                ;;
            imsg__guide,fix-signed-out)
                cmd="imsg__guide__subcmd__fix__subcmd__signed__subcmd__out"
                ;;
            imsg__guide,help)
                cmd="imsg__guide__subcmd__help"
                ;;
            imsg__guide,list)
                cmd="imsg__guide__subcmd__list"
                ;;
            imsg__guide,man)
                cmd="imsg__guide__subcmd__man"
                ;;
            imsg__guide,schema)
                cmd="imsg__guide__subcmd__schema"
                ;;
            imsg__guide,search)
                cmd="imsg__guide__subcmd__search"
                ;;
            imsg__guide,show)
                cmd="imsg__guide__subcmd__show"
                ;;
            imsg__guide,signin)
                cmd="imsg__guide__subcmd__signin"
                ;;
            imsg__guide,signout)
                cmd="imsg__guide__subcmd__signout"
                ;;
            imsg__guide,sources)
                cmd="imsg__guide__subcmd__sources"
                ;;
            imsg__guide,validate)
                cmd="imsg__guide__subcmd__validate"
                ;;
            imsg__guide__subcmd__help,completions)
                cmd="imsg__guide__subcmd__help__subcmd__completions"
                ;;
            imsg__guide__subcmd__help,deactivate)
                cmd="imsg__guide__subcmd__help__subcmd__deactivate"
                ;;
            imsg__guide__subcmd__help,faq)
                cmd="imsg__guide__subcmd__help__subcmd__faq"
                ;;
            imsg__guide__subcmd__help,fix-signed-out)
                cmd="imsg__guide__subcmd__help__subcmd__fix__subcmd__signed__subcmd__out"
                ;;
            imsg__guide__subcmd__help,help)
                cmd="imsg__guide__subcmd__help__subcmd__help"
                ;;
            imsg__guide__subcmd__help,list)
                cmd="imsg__guide__subcmd__help__subcmd__list"
                ;;
            imsg__guide__subcmd__help,man)
                cmd="imsg__guide__subcmd__help__subcmd__man"
                ;;
            imsg__guide__subcmd__help,schema)
                cmd="imsg__guide__subcmd__help__subcmd__schema"
                ;;
            imsg__guide__subcmd__help,search)
                cmd="imsg__guide__subcmd__help__subcmd__search"
                ;;
            imsg__guide__subcmd__help,show)
                cmd="imsg__guide__subcmd__help__subcmd__show"
                ;;
            imsg__guide__subcmd__help,signin)
                cmd="imsg__guide__subcmd__help__subcmd__signin"
                ;;
            imsg__guide__subcmd__help,signout)
                cmd="imsg__guide__subcmd__help__subcmd__signout"
                ;;
            imsg__guide__subcmd__help,sources)
                cmd="imsg__guide__subcmd__help__subcmd__sources"
                ;;
            imsg__guide__subcmd__help,validate)
                cmd="imsg__guide__subcmd__help__subcmd__validate"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        imsg__guide)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-f -h -V --format --json --checklist --color --guides-dir --width --sources --paging --help --version signin signout deactivate fix-signed-out faq search list show validate sources completions man schema help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__completions)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-f -h -V --format --json --checklist --color --guides-dir --width --sources --paging --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__deactivate)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-d -o -f -h -V --device --os --format --json --checklist --color --guides-dir --width --sources --paging --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --device)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                --os)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -o)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__faq)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-d -o -f -h -V --device --os --format --json --checklist --color --guides-dir --width --sources --paging --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --device)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                --os)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -o)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__fix__subcmd__signed__subcmd__out)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-i -d -o -f -h -V --interactive --device --os --format --json --checklist --color --guides-dir --width --sources --paging --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --device)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                --os)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -o)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="signin signout deactivate fix-signed-out faq search list show validate sources completions man schema help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__completions)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__deactivate)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__faq)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__fix__subcmd__signed__subcmd__out)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__help)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__list)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__man)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__schema)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__search)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__show)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__signin)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__signout)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__sources)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__list)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-f -h -V --ids --format --json --checklist --color --guides-dir --width --sources --paging --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__man)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-f -h -V --format --json --checklist --color --guides-dir --width --sources --paging --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__schema)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-f -h -V --format --json --checklist --color --guides-dir --width --sources --paging --help --version guide output"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__search)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-n -d -o -f -h -V --limit --device --os --format --json --checklist --color --guides-dir --width --sources --paging --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -n)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --device)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                --os)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -o)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__show)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-d -o -f -h -V --raw --device --os --format --json --checklist --color --guides-dir --width --sources --paging --help --version apple-account-sign-out apple-watch-vision-pro deactivate deregister-number different-account-for-imessage fix-signed-out leave-iphone lost-or-stolen-iphone messages-in-icloud phone-number-on-ipad-mac reachable-addresses sell-or-give-away sign-out-greyed-out signin signout stop-calls-messages-on-other-devices two-factor-codes why-sign-out"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --device)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                --os)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -o)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__signin)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-d -o -f -h -V --device --os --format --json --checklist --color --guides-dir --width --sources --paging --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --device)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                --os)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -o)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__signout)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-d -o -f -h -V --all-devices --device --os --format --json --checklist --color --guides-dir --width --sources --paging --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --device)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -W "iphone ios ipad ipados ipod ipod-touch ipodtouch ipod_touch mac macos osx os-x macbook imac web browser website account-website apple-account" -- "${cur}"))
                    return 0
                    ;;
                --os)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -o)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__sources)
            [[ "${BASH_VERSINFO[0]}" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null
            opts="-f -h -V --format --json --checklist --color --guides-dir --width --sources --paging --help --version J-Acct-1 J-Acct-10 J-Acct-11 J-Acct-12 J-Acct-13 J-Acct-14 J-Acct-15 J-Acct-16 J-Acct-17 J-Acct-18 J-Acct-2 J-Acct-3 J-Acct-4 J-Acct-5 J-Acct-6 J-Acct-7 J-Acct-8 J-Acct-9 J-Block-1 J-Block-2 J-Block-3 J-Block-4 J-Block-5 J-Block-6 J-Block-7 J-Fwd-1 J-Fwd-2 J-Fwd-3 J-Fwd-4 J-Fwd-5 J-Lost-1 J-Lost-2 J-Lost-3 J-Lost-4 J-Lost-5 J-Mac-1 J-Mac-10 J-Mac-2 J-Mac-3 J-Mac-4 J-Mac-5 J-Mac-6 J-Mac-7 J-Mac-8 J-Mac-9 J-Num-1 J-Num-10 J-Num-2 J-Num-3 J-Num-4 J-Num-5 J-Num-6 J-Num-7 J-Num-8 J-Num-9 J-Sell-1 J-Sell-2 J-Sell-3 J-Sell-4 J-Sell-5 J-Sell-6 J-Sell-7 J-Sell-8 J-Sell-9 J-Watch-1 J-Watch-2 J-Watch-3 J-Watch-4 J-Watch-5 S0-1 S0-10 S0-11 S0-12 S0-13 S0-14 S0-15 S0-2 S0-3 S0-4 S0-5 S0-6 S0-7 S0-8 S0-9 S1-1 S1-2 S1-3 S1-4 S1-5 S1-6 S1-7 S1-F1 S1-F10 S1-F2 S1-F3 S1-F4 S1-F5 S1-F6 S1-F7 S1-F8 S1-F9 S2-1 S2-2 S2-3 S2-4 S2-5 S2-6 S2-7 V-Act-1 V-Act-10 V-Act-2 V-Act-3 V-Act-4 V-Act-5 V-Act-6 V-Act-7 V-Act-8 V-Act-9 V-Dev-1 V-Dev-10 V-Dev-11 V-Dev-12 V-Dev-13 V-Dev-14 V-Dev-2 V-Dev-3 V-Dev-4 V-Dev-5 V-Dev-6 V-Dev-7 V-Dev-8 V-Dev-9 V-Mac-1 V-Mac-2 V-Mac-3 V-Mac-4 V-Mac-5 V-Mac-6 V-Mac-7 V-Mac-8 V-Mac-9 V-iCloud-1 V-iCloud-10 V-iCloud-11 V-iCloud-12 V-iCloud-13 V-iCloud-14 V-iCloud-15 V-iCloud-2 V-iCloud-3 V-iCloud-4 V-iCloud-5 V-iCloud-6 V-iCloud-7 V-iCloud-8 V-iCloud-9 V-iOS-1 V-iOS-10 V-iOS-11 V-iOS-12 V-iOS-13 V-iOS-14 V-iOS-15 V-iOS-2 V-iOS-3 V-iOS-4 V-iOS-5 V-iOS-6 V-iOS-7 V-iOS-8 V-iOS-9"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        imsg__guide__subcmd__validate)
            opts="-f -h -V --format --json --checklist --color --guides-dir --width --sources --paging --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --guides-dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --width)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _imsg__guide -o nosort -o bashdefault -o default imsg-guide
else
    complete -F _imsg__guide -o bashdefault -o default imsg-guide
fi
