" unspin dictionary files: spun phrasing => original [| alternative] [; field]... (docs/dictionary.md)
if exists('b:current_syntax')
  finish
endif
syntax match unspinComment /^\s*#.*$/
syntax match unspinArrow /=>/
syntax match unspinSeparator /[;|]/
syntax match unspinConfidence /;\s*\zs\(certain\|likely\|possible\)\ze\s*\(;\|$\)/
syntax match unspinKey /;\s*\zs[a-z-]\+:/
syntax region unspinString start=/"/ skip=/\\./ end=/"/ oneline
highlight default link unspinComment Comment
highlight default link unspinArrow Operator
highlight default link unspinSeparator Delimiter
highlight default link unspinConfidence Constant
highlight default link unspinKey Identifier
highlight default link unspinString String
let b:current_syntax = 'unspin'
