
use builtin;
use str;

set edit:completion:arg-completer[dryga] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'dryga'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'dryga'= {
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand tags 'List every tag with how many items carry it'
            cand domains 'List every domain with how many projects it holds'
            cand resume 'The résumé: on one screen, or as Markdown, JSON Resume or a printable HTML page'
            cand check 'Validate the content and list every problem as path:line:column: message'
            cand export 'Print the whole corpus (profile, projects, posts) with bodies, for scripts'
            cand schema 'Print the JSON Schema of a command''s JSON output'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand browse 'Browse the portfolio full-screen: fuzzy filter, search, preview, résumé'
            cand b 'Browse the portfolio full-screen: fuzzy filter, search, preview, résumé'
            cand man 'Print the man page (roff), e.g. `dryga man | man -l -`'
            cand list 'List projects (or posts) with filters'
            cand ls 'List projects (or posts) with filters'
            cand posts 'List the blog posts (same as `list --kind post`)'
            cand search 'Search titles, tags, summaries and bodies'
            cand show 'Show one project or post in full'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dryga;tags'= {
            cand -f 'Output format [default: table on a terminal, plain otherwise]'
            cand --format 'Output format [default: table on a terminal, plain otherwise]'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;domains'= {
            cand -f 'Output format [default: table on a terminal, plain otherwise]'
            cand --format 'Output format [default: table on a terminal, plain otherwise]'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;resume'= {
            cand -f 'Output format [default: text]'
            cand --format 'Output format [default: text]'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --full 'Text: show every project, key result and post in full, not one screen (other formats always show all)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;check'= {
            cand -f 'Output format [default: text]'
            cand --format 'Output format [default: text]'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;export'= {
            cand -f 'Output format [default: json]'
            cand --format 'Output format [default: json]'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;schema'= {
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;completions'= {
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;browse'= {
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;b'= {
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;man'= {
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;list'= {
            cand -k 'Which kinds of item to list [default: project]'
            cand --kind 'Which kinds of item to list [default: project]'
            cand --sort 'How to sort [default: order]'
            cand -n 'Show at most N items'
            cand --limit 'Show at most N items'
            cand -f 'Output format [default: table on a terminal, plain otherwise]'
            cand --format 'Output format [default: table on a terminal, plain otherwise]'
            cand -t 'Only items with this tag (case-insensitive; repeat to require all)'
            cand --tag 'Only items with this tag (case-insensitive; repeat to require all)'
            cand -d 'Only projects in this domain (case-insensitive; repeat to allow any of them)'
            cand --domain 'Only projects in this domain (case-insensitive; repeat to allow any of them)'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;ls'= {
            cand -k 'Which kinds of item to list [default: project]'
            cand --kind 'Which kinds of item to list [default: project]'
            cand --sort 'How to sort [default: order]'
            cand -n 'Show at most N items'
            cand --limit 'Show at most N items'
            cand -f 'Output format [default: table on a terminal, plain otherwise]'
            cand --format 'Output format [default: table on a terminal, plain otherwise]'
            cand -t 'Only items with this tag (case-insensitive; repeat to require all)'
            cand --tag 'Only items with this tag (case-insensitive; repeat to require all)'
            cand -d 'Only projects in this domain (case-insensitive; repeat to allow any of them)'
            cand --domain 'Only projects in this domain (case-insensitive; repeat to allow any of them)'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;posts'= {
            cand --sort 'How to sort [default: order]'
            cand -n 'Show at most N items'
            cand --limit 'Show at most N items'
            cand -f 'Output format [default: table on a terminal, plain otherwise]'
            cand --format 'Output format [default: table on a terminal, plain otherwise]'
            cand -t 'Only items with this tag (case-insensitive; repeat to require all)'
            cand --tag 'Only items with this tag (case-insensitive; repeat to require all)'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;search'= {
            cand -k 'Which kinds of item to search [default: all]'
            cand --kind 'Which kinds of item to search [default: all]'
            cand -n 'Show at most N hits'
            cand --limit 'Show at most N hits'
            cand -f 'Output format [default: text]'
            cand --format 'Output format [default: text]'
            cand -t 'Only items with this tag (case-insensitive; repeat to require all)'
            cand --tag 'Only items with this tag (case-insensitive; repeat to require all)'
            cand -d 'Only projects in this domain (case-insensitive; repeat to allow any of them)'
            cand --domain 'Only projects in this domain (case-insensitive; repeat to allow any of them)'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand -e 'Treat the query as a regular expression (Rust regex syntax), case-insensitive unless it has an upper-case letter (smart case)'
            cand --regex 'Treat the query as a regular expression (Rust regex syntax), case-insensitive unless it has an upper-case letter (smart case)'
            cand -s 'Match case exactly: words as written, without stemming'
            cand --case-sensitive 'Match case exactly: words as written, without stemming'
            cand -i 'Ignore case, even in a --regex with upper-case letters'
            cand --ignore-case 'Ignore case, even in a --regex with upper-case letters'
            cand --exact 'Never correct a word that matches nothing (by default, a clear typo of a tag or title word is corrected)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;show'= {
            cand --section 'Only the section whose heading best matches TEXT (its words, in any case, as search matches them), with its sub-sections'
            cand -f 'Output format [default: text]'
            cand --format 'Output format [default: text]'
            cand --color 'When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never'
            cand --content-dir 'Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`)'
            cand --width 'Wrap and fit output to N columns (default: the terminal''s width, or 80 when not a terminal)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-pager 'Never send output through a pager (by default, long output on a terminal goes to $PAGER)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dryga;help'= {
            cand tags 'List every tag with how many items carry it'
            cand domains 'List every domain with how many projects it holds'
            cand resume 'The résumé: on one screen, or as Markdown, JSON Resume or a printable HTML page'
            cand check 'Validate the content and list every problem as path:line:column: message'
            cand export 'Print the whole corpus (profile, projects, posts) with bodies, for scripts'
            cand schema 'Print the JSON Schema of a command''s JSON output'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand browse 'Browse the portfolio full-screen: fuzzy filter, search, preview, résumé'
            cand man 'Print the man page (roff), e.g. `dryga man | man -l -`'
            cand list 'List projects (or posts) with filters'
            cand posts 'List the blog posts (same as `list --kind post`)'
            cand search 'Search titles, tags, summaries and bodies'
            cand show 'Show one project or post in full'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dryga;help;tags'= {
        }
        &'dryga;help;domains'= {
        }
        &'dryga;help;resume'= {
        }
        &'dryga;help;check'= {
        }
        &'dryga;help;export'= {
        }
        &'dryga;help;schema'= {
        }
        &'dryga;help;completions'= {
        }
        &'dryga;help;browse'= {
        }
        &'dryga;help;man'= {
        }
        &'dryga;help;list'= {
        }
        &'dryga;help;posts'= {
        }
        &'dryga;help;search'= {
        }
        &'dryga;help;show'= {
        }
        &'dryga;help;help'= {
        }
    ]
    $completions[$command]
}
