;;; unspin-dictionary-mode.el --- Major mode for unspin phrase dictionaries (*.unspin)  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages

;;; Commentary:

;; `unspin-dictionary-mode' for the phrase dictionary files of unspin (docs/dictionary.md):
;;   spun phrasing => original [| alternative ...] [; field]...
;; with `#' comment lines.  Opened for `*.unspin' files.  `unspin-eglot-setup' (unspin.el)
;; registers the unspin language server for it, which lints the file and shows where an entry is
;; attested on hover.

;;; Code:

(defvar unspin-dictionary-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    table)
  "Syntax table of `unspin-dictionary-mode'.")

(defconst unspin-dictionary--syntax-propertize
  ;; `#' starts a comment only at the start of a line (after blanks), not inside an entry.
  (syntax-propertize-rules ("^[ \t]*\\(#\\)" (1 "<")))
  "Marks the `#' of comment lines.")

(defconst unspin-dictionary-font-lock-keywords
  '(("=>" . font-lock-keyword-face)
    ("[;|]" . font-lock-builtin-face)
    (";[ \t]*\\(certain\\|likely\\|possible\\)[ \t]*\\(?:;\\|$\\)" 1 font-lock-constant-face)
    (";[ \t]*\\([a-z-]+:\\)" 1 font-lock-variable-name-face))
  "Highlighting: the arrow, separators, confidence words and field keys.")

;;;###autoload
(define-derived-mode unspin-dictionary-mode prog-mode "unspin-dict"
  "Major mode for unspin phrase dictionary files (*.unspin).
Each line is an entry, spun phrasing => original [; field]..., or a
# comment."
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "^[ \t]*#+[ \t]*")
  (setq-local comment-end "")
  (setq-local syntax-propertize-function unspin-dictionary--syntax-propertize)
  (setq-local font-lock-defaults '(unspin-dictionary-font-lock-keywords)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.unspin\\'" . unspin-dictionary-mode))

(provide 'unspin-dictionary-mode)
;;; unspin-dictionary-mode.el ends here
