complete --keep-order --exclusive --command dryga --arguments "(COMPLETE=fish dryga -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
