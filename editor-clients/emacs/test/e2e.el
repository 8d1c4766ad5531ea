;;; e2e.el --- End-to-end test of unspin.el in a real Emacs (batch) with eglot  -*- lexical-binding: t; -*-

;; Run by editor-clients/test-all.sh as: emacs -Q --batch -l test/e2e.el
;; with the environment variables PLUGIN (this package's folder), UNSPIN_JAR, SPUN, EXPECTED, EXPECTED_CERTAIN,
;; FIX_LINE, FIX_SPUN, FIX_TITLE, EMOJI, EMOJI_EXPECTED, DICT, DICT_EXPECTED, DICT_SPUN, DICT_FIXED,
;; HOVER_LINE and HOVER_TEXT (see ../neovim/test/e2e.lua and ../test-all.sh).
;; Batch Emacs runs no idle timers, so flymake is started and didChange sent by hand.
;; Any failure exits with code 1 and a message on stderr.

;;; Code:

(setq package-directory-list '("/usr/share/emacs/site-lisp/elpa"))
(package-initialize)
(require 'cl-lib)
(require 'eglot)

(defun e2e-env (name)
  (let ((value (getenv name)))
    (unless (and value (> (length value) 0)) (error "Environment variable %s is not set" name))
    value))

(add-to-list 'load-path (e2e-env "PLUGIN"))
(require 'unspin)

(defun e2e-log (format-string &rest args)
  (princ (concat "emacs: " (apply #'format format-string args) "\n") #'external-debugging-output))

(defvar e2e-raw (make-hash-table :test #'equal) "URI -> (VERSION DIAGNOSTICS) as the server published them.")

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics version &allow-other-keys)
  (puthash uri (list version (append diagnostics nil)) e2e-raw))

(defun e2e-read-expected (path)
  (with-temp-buffer
    (insert-file-contents path)
    (cl-loop for line in (split-string (buffer-string) "\n" t)
             collect (let ((f (split-string line "\t")))
                       (list :start (list :line (string-to-number (nth 0 f)) :character (string-to-number (nth 1 f)))
                             :end (list :line (string-to-number (nth 2 f)) :character (string-to-number (nth 3 f)))
                             :id (nth 4 f) :spun (nth 5 f))))))

(defun e2e-range-string (start end)
  (format "%d:%d-%d:%d" (plist-get start :line) (plist-get start :character)
          (plist-get end :line) (plist-get end :character)))

(defun e2e-uri () (eglot--path-to-uri buffer-file-name))

(defun e2e-wait (what &optional predicate)
  "Wait until the server published diagnostics for this buffer's version satisfying PREDICATE."
  (let ((deadline (+ (float-time) 30)) entry)
    (while (and (< (float-time) deadline)
                (not (and (setq entry (gethash (e2e-uri) e2e-raw))
                          (equal (car entry) eglot--versioned-identifier)
                          (or (null predicate) (funcall predicate (cadr entry))))))
      (accept-process-output nil 0.05))
    (unless (and entry (equal (car entry) eglot--versioned-identifier)
                 (or (null predicate) (funcall predicate (cadr entry))))
      (error "Timed out waiting for %s (last publish: version %s, %s diagnostics; buffer version %s)"
             what (car entry) (length (cadr entry)) eglot--versioned-identifier))
    (cadr entry)))

(defun e2e-flymake (count)
  "Start flymake and wait until it shows COUNT diagnostics from eglot; return them in buffer order."
  (flymake-start)
  (let ((deadline (+ (float-time) 30)) diags)
    (while (and (< (float-time) deadline)
                (/= (length (setq diags (e2e-eglot-diags))) count))
      (accept-process-output nil 0.05))
    (unless (= (length diags) count)
      (error "Flymake shows %d eglot diagnostics, expected %d" (length diags) count))
    (sort diags (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))

(defun e2e-eglot-diags ()
  (cl-remove-if-not (lambda (d) (eq (flymake-diagnostic-backend d) 'eglot-flymake-backend)) (flymake-diagnostics)))

(defun e2e-open (path &optional mode)
  (find-file path)
  (unless (eq major-mode (or mode 'text-mode)) (error "%s opened in %s, not %s" path major-mode (or mode 'text-mode)))
  (setq-local require-final-newline nil) ; the seed has no final newline: keep the bytes as they are
  (unless (eglot-current-server)
    (let ((eglot-sync-connect t)) ; wait for initialize (up to `eglot-connect-timeout'), however slow the machine
      (apply #'eglot (eglot--guess-contact))))
  (unless (eglot-current-server) (error "eglot did not start the unspin server"))
  (current-buffer))

(defun e2e-check-all (diagnostics expected what)
  (unless (= (length diagnostics) (length expected))
    (error "%s: %d diagnostics, but the engine finds %d" what (length diagnostics) (length expected)))
  (cl-loop for d in diagnostics for e in expected for i from 1
           for range = (plist-get d :range)
           do (unless (and (equal (plist-get range :start) (plist-get e :start))
                           (equal (plist-get range :end) (plist-get e :end))
                           (equal (plist-get d :source) "unspin")
                           (equal (plist-get d :code) (plist-get e :id)))
                (error "%s: diagnostic %d is %s at %s, the engine says %s at %s (%s)" what i
                       (plist-get d :code) (e2e-range-string (plist-get range :start) (plist-get range :end))
                       (plist-get e :id) (e2e-range-string (plist-get e :start) (plist-get e :end))
                       (plist-get e :spun)))))

(defun e2e-flush ()
  "Send the pending didChange now (an idle timer would, outside batch mode)."
  (eglot--signal-textDocument/didChange))

(defun e2e-read-dict-expected (path)
  "The one finding of `unspin dict check' in DICT: (:line :col :severity :code :message), 1-based."
  (with-temp-buffer
    (insert-file-contents path)
    (let ((rows (split-string (buffer-string) "\n" t)))
      (unless (= (length rows) 1) (error "%s should hold exactly one finding" path))
      (let ((f (split-string (car rows) "\t")))
        (list :line (string-to-number (nth 0 f)) :col (string-to-number (nth 1 f))
              :severity (nth 2 f) :code (nth 3 f) :message (nth 4 f))))))

(defun e2e-check-dictionary ()
  "A dictionary file: its lint diagnostic, the entry hover, and no diagnostic once fixed."
  (let ((e (e2e-read-dict-expected (e2e-env "DICT_EXPECTED"))))
    (with-current-buffer (e2e-open (e2e-env "DICT") 'unspin-dictionary-mode)
      (unless (equal (eglot--language-id (eglot-current-server)) "unspin")
        (error "Eglot sends language id %s for the dictionary" (eglot--language-id (eglot-current-server))))
      (let* ((diagnostics (e2e-wait "the dictionary lint"))
             (d (car diagnostics))
             (start (plist-get (plist-get d :range) :start))
             (shown (car (e2e-flymake 1)))
             (marked (buffer-substring-no-properties (flymake-diagnostic-beg shown) (flymake-diagnostic-end shown))))
        (unless (= (length diagnostics) 1)
          (error "The dictionary has %d diagnostics, `unspin dict check' finds 1: %S" (length diagnostics) diagnostics))
        (unless (and (= (plist-get start :line) (1- (plist-get e :line)))
                     (= (plist-get start :character) (1- (plist-get e :col))))
          (error "The lint diagnostic starts at %S, `unspin dict check' says line %d column %d"
                 start (plist-get e :line) (plist-get e :col)))
        (unless (and (equal (plist-get d :source) "unspin") (equal (plist-get d :code) (plist-get e :code))
                     (equal (plist-get d :message) (plist-get e :message))
                     (eql (plist-get d :severity) (if (equal (plist-get e :severity) "error") 1 2)))
          (error "Diagnostic %S, expected unspin %s %s "%s"" d (plist-get e :severity) (plist-get e :code)
                 (plist-get e :message)))
        (unless (equal marked (e2e-env "DICT_SPUN"))
          (error "Flymake marks "%s", not the spun phrasing %s" marked (e2e-env "DICT_SPUN")))
        (unless (string-search (plist-get e :message) (flymake-diagnostic-text shown))
          (error "Flymake says "%s"" (flymake-diagnostic-text shown)))
        (e2e-log "dictionary: %s at %s, \"%s\"" (plist-get d :code)
                 (e2e-range-string start (plist-get (plist-get d :range) :end)) (plist-get d :message)))
      (let* ((line (string-to-number (e2e-env "HOVER_LINE")))
             (hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                     (list :textDocument (eglot--TextDocumentIdentifier)
                                           :position (list :line (1- line) :character 2))))
             (contents (plist-get hover :contents))
             (text (replace-regexp-in-string "[`*]" "" (if (stringp contents) contents (or (plist-get contents :value) "")))))
        (unless (string-search (e2e-env "HOVER_TEXT") text)
          (error "The hover on line %d does not say \"%s\": %S" line (e2e-env "HOVER_TEXT") hover))
        (e2e-log "hover on line %d: %s" line (e2e-env "HOVER_TEXT")))
      (goto-char (point-min))
      (forward-line (1- (plist-get e :line)))
      (delete-region (line-beginning-position) (line-end-position))
      (insert (e2e-env "DICT_FIXED"))
      (e2e-flush)
      (e2e-wait "no lint diagnostics after fixing the entry" (lambda (ds) (= (length ds) 0)))
      (e2e-flymake 0)
      (e2e-log "fixed line %d: no diagnostics left" (plist-get e :line))
      (set-buffer-modified-p nil)
      (eglot-shutdown (eglot-current-server)))))

(defun e2e-settings-change (expected)
  "Set minConfidence certain in `eglot-workspace-configuration', reload, and back; EXPECTED: every finding."
  (let ((certain (e2e-read-expected (e2e-env "EXPECTED_CERTAIN"))))
    (setq-default eglot-workspace-configuration '(:unspin (:minConfidence "certain")))
    (unspin-reload)
    (e2e-check-all (e2e-wait "the certain findings after a settings change"
                             (lambda (ds) (= (length ds) (length certain))))
                   certain "minConfidence certain")
    ;; No configuration at all: eglot sends settings {} and answers the server's pull with [null].
    (setq-default eglot-workspace-configuration nil)
    (unspin-reload)
    (e2e-check-all (e2e-wait "every finding after the settings change back"
                             (lambda (ds) (= (length ds) (length expected))))
                   expected "settings back to none")
    (e2e-log "settings: minConfidence certain gives %d diagnostics, none %d again" (length certain) (length expected))
    ;; checkOn manual: an edit is checked when `unspin-check' asks; then back to checking on change.
    (setq-default eglot-workspace-configuration '(:unspin (:checkOn "manual")))
    (unspin-reload)
    (goto-char (point-min))
    (insert "An added line.\n")
    (e2e-flush)
    (unspin-check)
    (let* ((shifted (e2e-wait "the check `unspin-check' asked for" (lambda (ds) (= (length ds) (length expected)))))
           (first (plist-get (plist-get (plist-get (car shifted) :range) :start) :line)))
      (unless (= first (1+ (plist-get (plist-get (car expected) :start) :line)))
        (error "After a line was added the first finding is on line %d" first))
      (goto-char (point-min))
      (delete-region (point-min) (line-beginning-position 2))
      (e2e-flush)
      (setq-default eglot-workspace-configuration nil)
      (unspin-reload)
      (e2e-check-all (e2e-wait "the diagnostics after checkOn change again") expected "checkOn change again")
      (e2e-log "checkOn manual: unspin-check published the edited version, %d diagnostics" (length shifted)))))

(defun e2e-code-actions-at-point (diagnostics fix-line)
  "Ask for the code actions at point as `M-x eglot-code-actions' does, on the middle one of a line's
phrasings (not on FIX-LINE), and take the default entry; DIAGNOSTICS are the current ones."
  (let* ((by-line (make-hash-table))
         (line (cl-loop for d in diagnostics
                        for range = (plist-get d :range)
                        for l = (plist-get (plist-get range :start) :line)
                        when (and (/= l fix-line) (= l (plist-get (plist-get range :end) :line)))
                        do (puthash l (append (gethash l by-line) (list d)) by-line)
                        finally return (cl-loop for k being the hash-keys of by-line using (hash-values ds)
                                                when (>= (length ds) 3) minimize k)))
         (at (nth 1 (gethash line by-line)))
         (spun (plist-get (plist-get at :data) :spun))
         (original (aref (plist-get (plist-get at :data) :replacements) 0))
         (wanted (format "Replace “%s” with “%s”" spun original))
         menu)
    (goto-char (eglot--lsp-position-to-point (plist-get (plist-get at :range) :start)))
    (forward-char 1)
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt collection &rest args)
                 (setq menu (mapcar #'car collection))
                 (nth 4 args)))) ; the default, which Enter takes
      (let ((last-nonmenu-event ?\r))
        (call-interactively #'eglot-code-actions)))
    (unless (equal (car menu) wanted)
      (error "The first code action at point is %S, not %S; menu: %S" (car menu) wanted menu))
    (dolist (title menu)
      (when (and (string-prefix-p "Replace " title) (not (string-prefix-p (format "Replace “%s”" spun) title)))
        (error "The menu at point offers a fix for another phrasing: %s" title)))
    (e2e-flush)
    (e2e-wait "diagnostics after the fix at point" (lambda (ds) (= (length ds) (- (length diagnostics) 1))))
    (unless (string-search original (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
      (error "Line %d does not read %S after the fix" (1+ line) original))
    (e2e-log "code actions at %d:%d: %d entries, the first \"%s\", applied" line
             (plist-get (plist-get (plist-get at :range) :start) :character) (length menu) wanted)))

(defun e2e-main ()
  (setq unspin-server-jar (e2e-env "UNSPIN_JAR"))
  ;; The dictionary's diagnostics alone (initializationOptions, which later settings leave in place):
  ;; the expected findings are the engine's, and the contextual restorer has tests of its own.
  (setq unspin-settings '(:contextual :json-false))
  (unspin-eglot-setup)
  ;; 1. The spun article: every diagnostic where the engine says, in order.
  (let* ((expected (e2e-read-expected (e2e-env "EXPECTED")))
         (n (length expected)))
    (when (= n 0) (error "The engine finds nothing in %s" (e2e-env "SPUN")))
    (with-current-buffer (e2e-open (e2e-env "SPUN"))
      (let* ((diagnostics (e2e-wait "the first diagnostics"))
             (shown (progn (e2e-check-all diagnostics expected "spun article") (e2e-flymake n)))
             (fix-line (1- (string-to-number (e2e-env "FIX_LINE"))))
             (fix-spun (e2e-env "FIX_SPUN"))
             target)
        (e2e-log "%d diagnostics, all at the engine's ranges; flymake shows %d" (length diagnostics) (length shown))
        (e2e-settings-change expected)
        ;; 2. The known range: FIX_SPUN on line FIX_LINE, and the buffer text flymake marks.
        (cl-loop for d in diagnostics for f in shown
                 when (and (= (plist-get (plist-get (plist-get d :range) :start) :line) fix-line)
                           (equal (plist-get (plist-get d :data) :spun) fix-spun))
                 do (setq target f))
        (unless target (error "No diagnostic for \"%s\" on line %d" fix-spun (1+ fix-line)))
        (let ((text (buffer-substring-no-properties (flymake-diagnostic-beg target) (flymake-diagnostic-end target))))
          (unless (equal text fix-spun) (error "Flymake marks \"%s\", expected \"%s\"" text fix-spun)))
        (e2e-log "\"%s\" is flagged on line %d" fix-spun (1+ fix-line))
        ;; 3. One quick fix, chosen by title.
        (let* ((actions (eglot-code-actions (flymake-diagnostic-beg target) (flymake-diagnostic-end target) "quickfix"))
               (chosen (cl-find (e2e-env "FIX_TITLE") actions :key (lambda (a) (plist-get a :title)) :test #'equal)))
          (unless chosen
            (error "No quick fix titled %s among: %s" (e2e-env "FIX_TITLE")
                   (mapconcat (lambda (a) (plist-get a :title)) actions " | ")))
          (eglot--apply-workspace-edit (plist-get chosen :edit))
          (e2e-flush)
          (e2e-wait "diagnostics after the quick fix" (lambda (ds) (= (length ds) (1- n))))
          (e2e-log "quick fix \"%s\" applied; %d diagnostics left" (plist-get chosen :title) (1- n)))
        (e2e-code-actions-at-point (e2e-wait "the diagnostics after the quick fix") fix-line)
        ;; 4. Restore all with the package's command (the server's source.fixAll.unspin), save.
        (unspin-restore-buffer)
        (e2e-flush)
        (e2e-wait "no diagnostics after restoring all" (lambda (ds) (= (length ds) 0)))
        (e2e-flymake 0)
        (let ((score (unspin-spin-score)))
          (unless (and (= (plist-get score :findings) 0) (> (plist-get score :words) 500))
            (error "Unexpected spin score %S" score)))
        (save-buffer)
        (e2e-log "restored all and saved %s" buffer-file-name))))
  ;; 5. Non-BMP characters before a spun phrasing.
  (let ((expected (e2e-read-expected (e2e-env "EMOJI_EXPECTED"))))
    (unless (= (length expected) 1) (error "The emoji document should have exactly one finding"))
    (with-current-buffer (e2e-open (e2e-env "EMOJI"))
      (let* ((diagnostics (e2e-wait "the emoji document's diagnostics"))
             (shown (progn (e2e-check-all diagnostics expected "emoji document") (e2e-flymake 1)))
             (text (buffer-substring-no-properties (flymake-diagnostic-beg (car shown))
                                                   (flymake-diagnostic-end (car shown)))))
        (unless (equal text (plist-get (car expected) :spun))
          (error "Eglot maps the range to \"%s\", expected \"%s\"" text (plist-get (car expected) :spun)))
        (unspin-restore-buffer)
        (e2e-flush)
        (e2e-wait "no diagnostics in the emoji document" (lambda (ds) (= (length ds) 0)))
        (save-buffer)
        (e2e-log "emoji document: range %s covers \"%s\"; restored and saved"
                 (e2e-range-string (plist-get (plist-get (car diagnostics) :range) :start)
                                   (plist-get (plist-get (car diagnostics) :range) :end))
                 text)
        (eglot-shutdown (eglot-current-server)))))
  ;; 6. A dictionary file (unspin-dictionary-mode from auto-mode-alist), with a server of its own.
  (e2e-check-dictionary))

(condition-case failure
    (progn
      (let ((inhibit-message t)) (e2e-main))
      (e2e-log "all checks passed")
      (kill-emacs 0))
  (error
   (e2e-log "FAIL: %s" (error-message-string failure))
   (kill-emacs 1)))

;;; e2e.el ends here
