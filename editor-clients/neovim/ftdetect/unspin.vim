" unspin dictionary files (docs/dictionary.md): filetype unspin, which the server lints.
autocmd BufRead,BufNewFile *.unspin setfiletype unspin
