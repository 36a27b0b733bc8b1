_dryga() {
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
                cmd="dryga"
                ;;
            dryga,b)
                cmd="dryga__subcmd__browse"
                ;;
            dryga,browse)
                cmd="dryga__subcmd__browse"
                ;;
            dryga,check)
                cmd="dryga__subcmd__check"
                ;;
            dryga,completions)
                cmd="dryga__subcmd__completions"
                ;;
            dryga,domains)
                cmd="dryga__subcmd__domains"
                ;;
            dryga,export)
                cmd="dryga__subcmd__export"
                ;;
            dryga,help)
                cmd="dryga__subcmd__help"
                ;;
            dryga,list)
                cmd="dryga__subcmd__list"
                ;;
            dryga,ls)
                cmd="dryga__subcmd__list"
                ;;
            dryga,man)
                cmd="dryga__subcmd__man"
                ;;
            dryga,posts)
                cmd="dryga__subcmd__posts"
                ;;
            dryga,resume)
                cmd="dryga__subcmd__resume"
                ;;
            dryga,schema)
                cmd="dryga__subcmd__schema"
                ;;
            dryga,search)
                cmd="dryga__subcmd__search"
                ;;
            dryga,show)
                cmd="dryga__subcmd__show"
                ;;
            dryga,tags)
                cmd="dryga__subcmd__tags"
                ;;
            dryga__subcmd__help,browse)
                cmd="dryga__subcmd__help__subcmd__browse"
                ;;
            dryga__subcmd__help,check)
                cmd="dryga__subcmd__help__subcmd__check"
                ;;
            dryga__subcmd__help,completions)
                cmd="dryga__subcmd__help__subcmd__completions"
                ;;
            dryga__subcmd__help,domains)
                cmd="dryga__subcmd__help__subcmd__domains"
                ;;
            dryga__subcmd__help,export)
                cmd="dryga__subcmd__help__subcmd__export"
                ;;
            dryga__subcmd__help,help)
                cmd="dryga__subcmd__help__subcmd__help"
                ;;
            dryga__subcmd__help,list)
                cmd="dryga__subcmd__help__subcmd__list"
                ;;
            dryga__subcmd__help,man)
                cmd="dryga__subcmd__help__subcmd__man"
                ;;
            dryga__subcmd__help,posts)
                cmd="dryga__subcmd__help__subcmd__posts"
                ;;
            dryga__subcmd__help,resume)
                cmd="dryga__subcmd__help__subcmd__resume"
                ;;
            dryga__subcmd__help,schema)
                cmd="dryga__subcmd__help__subcmd__schema"
                ;;
            dryga__subcmd__help,search)
                cmd="dryga__subcmd__help__subcmd__search"
                ;;
            dryga__subcmd__help,show)
                cmd="dryga__subcmd__help__subcmd__show"
                ;;
            dryga__subcmd__help,tags)
                cmd="dryga__subcmd__help__subcmd__tags"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        dryga)
            opts="-h -V --color --content-dir --no-pager --width --help --version tags domains resume check export schema completions browse b man list ls posts search show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__browse)
            opts="-h -V --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__check)
            opts="-f -h -V --format --json --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__completions)
            opts="-h -V --color --content-dir --no-pager --width --help --version bash zsh fish powershell elvish"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__domains)
            opts="-f -h -V --format --json --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table plain json ndjson csv" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json ndjson csv" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__export)
            opts="-f -h -V --format --json --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "json ndjson" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "json ndjson" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__help)
            opts="tags domains resume check export schema completions browse man list posts search show help"
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
        dryga__subcmd__help__subcmd__browse)
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
        dryga__subcmd__help__subcmd__check)
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
        dryga__subcmd__help__subcmd__completions)
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
        dryga__subcmd__help__subcmd__domains)
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
        dryga__subcmd__help__subcmd__export)
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
        dryga__subcmd__help__subcmd__help)
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
        dryga__subcmd__help__subcmd__list)
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
        dryga__subcmd__help__subcmd__man)
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
        dryga__subcmd__help__subcmd__posts)
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
        dryga__subcmd__help__subcmd__resume)
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
        dryga__subcmd__help__subcmd__schema)
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
        dryga__subcmd__help__subcmd__search)
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
        dryga__subcmd__help__subcmd__show)
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
        dryga__subcmd__help__subcmd__tags)
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
        dryga__subcmd__list)
            opts="-k -n -f -t -d -h -V --kind --sort --limit --format --json --tag --domain --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kind)
                    COMPREPLY=($(compgen -W "project post all" -- "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -W "project post all" -- "${cur}"))
                    return 0
                    ;;
                --sort)
                    COMPREPLY=($(compgen -W "order title domain" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table plain json ndjson csv" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json ndjson csv" -- "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -W "12-factor acl ad-syndication advertising ai analytics android apache-license api api-gateway architecture auth automation automotive b2b b2c banking benchmarking bill-payments billing blockchain bunnycdn call-recording cassandra chat-integrations cli cloud-storage clubworking cms collaboration compensating-transactions configuration conversion-optimization conversion-tracking cors cost-optimization coworking crm cryptography customer-service data-integrity database databricks datadog decision-engine deployment deposits developer-workflow devops distributed-transactions duckdb e-prescriptions ecto ehealth elastic elixir emr engineering-judgment environment-variables erlang events ewallet facebook-marketplace feedback file-uploads foundation frontend gcp github-actions google-cloud-logging google-summer-of-code government grafana haproxy heroku hiring html idempotency infrastructure-as-code ios json kubernetes landing-pages leads lending local-numbers localization logging low-latency macos maintenance markdown marketing marketplace mastercard merchants messaging metrics migrations mix mnesia mobile mobile-top-up money-transfers mustache night-club october-cms omnichannel open-source otp outsourcing p2p-lending p2p-transfers payday-loans payment-button payment-pages payment-terminals payments pdf performance php plugins postgresql real-time recurring-payments redis regression-detection reimbursements reliability reporting responsive-design rest-api reverse-proxy riak routing rule-tables saas sagas sage sales scalability security self-service sentry signed-urls sms sms-gateway social-network software-engineering spawnfest split-testing storytelling structured-logging system-design template-rendering templates terraform testing top-ups tracking typesense ui ux ux-testing vagrant validation victoriametrics virtual-sales-floor virtualbox voice vpn web-chat web-portal white-label wireguard" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "12-factor acl ad-syndication advertising ai analytics android apache-license api api-gateway architecture auth automation automotive b2b b2c banking benchmarking bill-payments billing blockchain bunnycdn call-recording cassandra chat-integrations cli cloud-storage clubworking cms collaboration compensating-transactions configuration conversion-optimization conversion-tracking cors cost-optimization coworking crm cryptography customer-service data-integrity database databricks datadog decision-engine deployment deposits developer-workflow devops distributed-transactions duckdb e-prescriptions ecto ehealth elastic elixir emr engineering-judgment environment-variables erlang events ewallet facebook-marketplace feedback file-uploads foundation frontend gcp github-actions google-cloud-logging google-summer-of-code government grafana haproxy heroku hiring html idempotency infrastructure-as-code ios json kubernetes landing-pages leads lending local-numbers localization logging low-latency macos maintenance markdown marketing marketplace mastercard merchants messaging metrics migrations mix mnesia mobile mobile-top-up money-transfers mustache night-club october-cms omnichannel open-source otp outsourcing p2p-lending p2p-transfers payday-loans payment-button payment-pages payment-terminals payments pdf performance php plugins postgresql real-time recurring-payments redis regression-detection reimbursements reliability reporting responsive-design rest-api reverse-proxy riak routing rule-tables saas sagas sage sales scalability security self-service sentry signed-urls sms sms-gateway social-network software-engineering spawnfest split-testing storytelling structured-logging system-design template-rendering templates terraform testing top-ups tracking typesense ui ux ux-testing vagrant validation victoriametrics virtual-sales-floor virtualbox voice vpn web-chat web-portal white-label wireguard" -- "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -W "adtech fintech healthtech security communications business-software developer-tools web social hospitality" -- "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -W "adtech fintech healthtech security communications business-software developer-tools web social hospitality" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__man)
            opts="-h -V --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__posts)
            opts="-n -f -t -h -V --sort --limit --format --json --tag --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sort)
                    COMPREPLY=($(compgen -W "order title domain" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table plain json ndjson csv" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json ndjson csv" -- "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -W "12-factor acl ad-syndication advertising ai analytics android apache-license api api-gateway architecture auth automation automotive b2b b2c banking benchmarking bill-payments billing blockchain bunnycdn call-recording cassandra chat-integrations cli cloud-storage clubworking cms collaboration compensating-transactions configuration conversion-optimization conversion-tracking cors cost-optimization coworking crm cryptography customer-service data-integrity database databricks datadog decision-engine deployment deposits developer-workflow devops distributed-transactions duckdb e-prescriptions ecto ehealth elastic elixir emr engineering-judgment environment-variables erlang events ewallet facebook-marketplace feedback file-uploads foundation frontend gcp github-actions google-cloud-logging google-summer-of-code government grafana haproxy heroku hiring html idempotency infrastructure-as-code ios json kubernetes landing-pages leads lending local-numbers localization logging low-latency macos maintenance markdown marketing marketplace mastercard merchants messaging metrics migrations mix mnesia mobile mobile-top-up money-transfers mustache night-club october-cms omnichannel open-source otp outsourcing p2p-lending p2p-transfers payday-loans payment-button payment-pages payment-terminals payments pdf performance php plugins postgresql real-time recurring-payments redis regression-detection reimbursements reliability reporting responsive-design rest-api reverse-proxy riak routing rule-tables saas sagas sage sales scalability security self-service sentry signed-urls sms sms-gateway social-network software-engineering spawnfest split-testing storytelling structured-logging system-design template-rendering templates terraform testing top-ups tracking typesense ui ux ux-testing vagrant validation victoriametrics virtual-sales-floor virtualbox voice vpn web-chat web-portal white-label wireguard" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "12-factor acl ad-syndication advertising ai analytics android apache-license api api-gateway architecture auth automation automotive b2b b2c banking benchmarking bill-payments billing blockchain bunnycdn call-recording cassandra chat-integrations cli cloud-storage clubworking cms collaboration compensating-transactions configuration conversion-optimization conversion-tracking cors cost-optimization coworking crm cryptography customer-service data-integrity database databricks datadog decision-engine deployment deposits developer-workflow devops distributed-transactions duckdb e-prescriptions ecto ehealth elastic elixir emr engineering-judgment environment-variables erlang events ewallet facebook-marketplace feedback file-uploads foundation frontend gcp github-actions google-cloud-logging google-summer-of-code government grafana haproxy heroku hiring html idempotency infrastructure-as-code ios json kubernetes landing-pages leads lending local-numbers localization logging low-latency macos maintenance markdown marketing marketplace mastercard merchants messaging metrics migrations mix mnesia mobile mobile-top-up money-transfers mustache night-club october-cms omnichannel open-source otp outsourcing p2p-lending p2p-transfers payday-loans payment-button payment-pages payment-terminals payments pdf performance php plugins postgresql real-time recurring-payments redis regression-detection reimbursements reliability reporting responsive-design rest-api reverse-proxy riak routing rule-tables saas sagas sage sales scalability security self-service sentry signed-urls sms sms-gateway social-network software-engineering spawnfest split-testing storytelling structured-logging system-design template-rendering templates terraform testing top-ups tracking typesense ui ux ux-testing vagrant validation victoriametrics virtual-sales-floor virtualbox voice vpn web-chat web-portal white-label wireguard" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__resume)
            opts="-f -h -V --full --format --json --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text markdown json-resume html" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text markdown json-resume html" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__schema)
            opts="-h -V --color --content-dir --no-pager --width --help --version list show search export check tags domains"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__search)
            opts="-e -s -i -k -n -f -t -d -h -V --regex --case-sensitive --ignore-case --exact --kind --limit --format --json --tag --domain --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kind)
                    COMPREPLY=($(compgen -W "project post all" -- "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -W "project post all" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text json ndjson" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "text json ndjson" -- "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -W "12-factor acl ad-syndication advertising ai analytics android apache-license api api-gateway architecture auth automation automotive b2b b2c banking benchmarking bill-payments billing blockchain bunnycdn call-recording cassandra chat-integrations cli cloud-storage clubworking cms collaboration compensating-transactions configuration conversion-optimization conversion-tracking cors cost-optimization coworking crm cryptography customer-service data-integrity database databricks datadog decision-engine deployment deposits developer-workflow devops distributed-transactions duckdb e-prescriptions ecto ehealth elastic elixir emr engineering-judgment environment-variables erlang events ewallet facebook-marketplace feedback file-uploads foundation frontend gcp github-actions google-cloud-logging google-summer-of-code government grafana haproxy heroku hiring html idempotency infrastructure-as-code ios json kubernetes landing-pages leads lending local-numbers localization logging low-latency macos maintenance markdown marketing marketplace mastercard merchants messaging metrics migrations mix mnesia mobile mobile-top-up money-transfers mustache night-club october-cms omnichannel open-source otp outsourcing p2p-lending p2p-transfers payday-loans payment-button payment-pages payment-terminals payments pdf performance php plugins postgresql real-time recurring-payments redis regression-detection reimbursements reliability reporting responsive-design rest-api reverse-proxy riak routing rule-tables saas sagas sage sales scalability security self-service sentry signed-urls sms sms-gateway social-network software-engineering spawnfest split-testing storytelling structured-logging system-design template-rendering templates terraform testing top-ups tracking typesense ui ux ux-testing vagrant validation victoriametrics virtual-sales-floor virtualbox voice vpn web-chat web-portal white-label wireguard" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "12-factor acl ad-syndication advertising ai analytics android apache-license api api-gateway architecture auth automation automotive b2b b2c banking benchmarking bill-payments billing blockchain bunnycdn call-recording cassandra chat-integrations cli cloud-storage clubworking cms collaboration compensating-transactions configuration conversion-optimization conversion-tracking cors cost-optimization coworking crm cryptography customer-service data-integrity database databricks datadog decision-engine deployment deposits developer-workflow devops distributed-transactions duckdb e-prescriptions ecto ehealth elastic elixir emr engineering-judgment environment-variables erlang events ewallet facebook-marketplace feedback file-uploads foundation frontend gcp github-actions google-cloud-logging google-summer-of-code government grafana haproxy heroku hiring html idempotency infrastructure-as-code ios json kubernetes landing-pages leads lending local-numbers localization logging low-latency macos maintenance markdown marketing marketplace mastercard merchants messaging metrics migrations mix mnesia mobile mobile-top-up money-transfers mustache night-club october-cms omnichannel open-source otp outsourcing p2p-lending p2p-transfers payday-loans payment-button payment-pages payment-terminals payments pdf performance php plugins postgresql real-time recurring-payments redis regression-detection reimbursements reliability reporting responsive-design rest-api reverse-proxy riak routing rule-tables saas sagas sage sales scalability security self-service sentry signed-urls sms sms-gateway social-network software-engineering spawnfest split-testing storytelling structured-logging system-design template-rendering templates terraform testing top-ups tracking typesense ui ux ux-testing vagrant validation victoriametrics virtual-sales-floor virtualbox voice vpn web-chat web-portal white-label wireguard" -- "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -W "adtech fintech healthtech security communications business-software developer-tools web social hospitality" -- "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -W "adtech fintech healthtech security communications business-software developer-tools web social hospitality" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__show)
            opts="-f -h -V --section --format --json --color --content-dir --no-pager --width --help --version blitz firezone ehealth hammer-corp bullpen talkinto contractbook financial-p2p-marketplace mbill mastercard-moneysend forza best-wallet ipsp-com ecommpay autopayment mobile-cashier sage logger-json confex elixir-bench annon-api-gateway ecto-mnesia-adapter gandalf man vagrant-box-os-x parasport onedayofmine l15 happy-customer trubrain the-real-10x-engineer introducing-sage run-stale-tests-on-file-change-in-elixir runtime-configuration-migrations-and-deployment-for-elixir national-health-service-on-elixir-and-kubernetes bringing-blockchain-properties-to-centralized-government-databases alternative-approach-for-sensitive-file-uploads designing-a-p2p-lending-platform-with-elixir"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --section)
                    COMPREPLY=($(compgen -f "${cur}"))
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
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dryga__subcmd__tags)
            opts="-f -h -V --format --json --color --content-dir --no-pager --width --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table plain json ndjson csv" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json ndjson csv" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --content-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
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
    complete -F _dryga -o nosort -o bashdefault -o default dryga
else
    complete -F _dryga -o bashdefault -o default dryga
fi
