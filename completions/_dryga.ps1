
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'dryga' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'dryga'
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
        'dryga' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'List every tag with how many items carry it')
            [CompletionResult]::new('domains', 'domains', [CompletionResultType]::ParameterValue, 'List every domain with how many projects it holds')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'The résumé: on one screen, or as Markdown, JSON Resume or a printable HTML page')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the content and list every problem as path:line:column: message')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the whole corpus (profile, projects, posts) with bodies, for scripts')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a command''s JSON output')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'Browse the portfolio full-screen: fuzzy filter, search, preview, résumé')
            [CompletionResult]::new('b', 'b', [CompletionResultType]::ParameterValue, 'Browse the portfolio full-screen: fuzzy filter, search, preview, résumé')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), e.g. `dryga man | man -l -`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects (or posts) with filters')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List projects (or posts) with filters')
            [CompletionResult]::new('posts', 'posts', [CompletionResultType]::ParameterValue, 'List the blog posts (same as `list --kind post`)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search titles, tags, summaries and bodies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one project or post in full')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dryga;tags' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;domains' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;resume' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: text]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Text: show every project, key result and post in full, not one screen (other formats always show all)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: text]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;export' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: json]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;schema' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;browse' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;b' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;man' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;list' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Which kinds of item to list [default: project]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which kinds of item to list [default: project]')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'How to sort [default: order]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N items')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N items')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only items with this tag (case-insensitive; repeat to require all)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only items with this tag (case-insensitive; repeat to require all)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only projects in this domain (case-insensitive; repeat to allow any of them)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Only projects in this domain (case-insensitive; repeat to allow any of them)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;ls' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Which kinds of item to list [default: project]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which kinds of item to list [default: project]')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'How to sort [default: order]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N items')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N items')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only items with this tag (case-insensitive; repeat to require all)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only items with this tag (case-insensitive; repeat to require all)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only projects in this domain (case-insensitive; repeat to allow any of them)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Only projects in this domain (case-insensitive; repeat to allow any of them)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;posts' {
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'How to sort [default: order]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N items')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N items')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain otherwise]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only items with this tag (case-insensitive; repeat to require all)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only items with this tag (case-insensitive; repeat to require all)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;search' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Which kinds of item to search [default: all]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which kinds of item to search [default: all]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N hits')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N hits')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: text]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only items with this tag (case-insensitive; repeat to require all)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only items with this tag (case-insensitive; repeat to require all)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only projects in this domain (case-insensitive; repeat to allow any of them)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Only projects in this domain (case-insensitive; repeat to allow any of them)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Treat the query as a regular expression (Rust regex syntax), case-insensitive unless it has an upper-case letter (smart case)')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Treat the query as a regular expression (Rust regex syntax), case-insensitive unless it has an upper-case letter (smart case)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Match case exactly: words as written, without stemming')
            [CompletionResult]::new('--case-sensitive', '--case-sensitive', [CompletionResultType]::ParameterName, 'Match case exactly: words as written, without stemming')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Ignore case, even in a --regex with upper-case letters')
            [CompletionResult]::new('--ignore-case', '--ignore-case', [CompletionResultType]::ParameterName, 'Ignore case, even in a --regex with upper-case letters')
            [CompletionResult]::new('--exact', '--exact', [CompletionResultType]::ParameterName, 'Never correct a word that matches nothing (by default, a clear typo of a tag or title word is corrected)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;show' {
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Only the section whose heading best matches TEXT (its words, in any case, as search matches them), with its sub-sections')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: text]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never')
            [CompletionResult]::new('--content-dir', '--content-dir', [CompletionResultType]::ParameterName, 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dryga;help' {
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'List every tag with how many items carry it')
            [CompletionResult]::new('domains', 'domains', [CompletionResultType]::ParameterValue, 'List every domain with how many projects it holds')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'The résumé: on one screen, or as Markdown, JSON Resume or a printable HTML page')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the content and list every problem as path:line:column: message')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the whole corpus (profile, projects, posts) with bodies, for scripts')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a command''s JSON output')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'Browse the portfolio full-screen: fuzzy filter, search, preview, résumé')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), e.g. `dryga man | man -l -`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects (or posts) with filters')
            [CompletionResult]::new('posts', 'posts', [CompletionResultType]::ParameterValue, 'List the blog posts (same as `list --kind post`)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search titles, tags, summaries and bodies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one project or post in full')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dryga;help;tags' {
            break
        }
        'dryga;help;domains' {
            break
        }
        'dryga;help;resume' {
            break
        }
        'dryga;help;check' {
            break
        }
        'dryga;help;export' {
            break
        }
        'dryga;help;schema' {
            break
        }
        'dryga;help;completions' {
            break
        }
        'dryga;help;browse' {
            break
        }
        'dryga;help;man' {
            break
        }
        'dryga;help;list' {
            break
        }
        'dryga;help;posts' {
            break
        }
        'dryga;help;search' {
            break
        }
        'dryga;help;show' {
            break
        }
        'dryga;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
