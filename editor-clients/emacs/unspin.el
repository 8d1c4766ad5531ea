;;; unspin.el --- Restore spun articles with the unspin language server and eglot  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))
;; Keywords: convenience, languages

;;; Commentary:

;; Registers the unspin language server (`java -jar unspin.jar lsp') with eglot for text-mode,
;; markdown-mode and html-mode buffers and for dictionary files (`unspin-dictionary-mode', *.unspin),
;; and adds four commands:
;; `unspin-restore-buffer', `unspin-reload', `unspin-check' and `unspin-status'.  See README.md.
;;
;;   (require 'unspin)
;;   (setq unspin-server-jar "/path/to/unspin.jar")
;;   (unspin-eglot-setup)
;;   (add-hook 'text-mode-hook #'eglot-ensure)   ; optional: start it automatically
;;   (add-hook 'unspin-dictionary-mode-hook #'eglot-ensure)

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'flymake)
(require 'unspin-dictionary-mode)

(defgroup unspin nil
  "Find and restore the phrasings a synonym spinner put into an article."
  :group 'tools
  :prefix "unspin-")

(defcustom unspin-server-jar (getenv "UNSPIN_JAR")
  "The unspin server jar (for example cli/target/unspin.jar of a checkout)."
  :type '(choice (const :tag "None" nil) file))

(defcustom unspin-java-program nil
  "The java executable; nil means $JAVA_HOME/bin/java, then java on `exec-path'."
  :type '(choice (const :tag "Find it" nil) file))

(defcustom unspin-java-args '("-XX:+UseSerialGC" "-XX:TieredStopAtLevel=1" "-Xms32m" "-Xmx256m" "-XX:TrimNativeHeapInterval=2000")
  "JVM options put before -jar (these are what docs/language-server.md suggests)."
  :type '(repeat string))

(defcustom unspin-settings nil
  "The server's configuration as a plist, sent as initializationOptions.
For example (:minConfidence \"likely\" :ignoredEntries [\"said\"]).
The keys are those of docs/language-server.md; per project,
`eglot-workspace-configuration' with an :unspin section overrides them."
  :type 'plist)

(defcustom unspin-modes
  '((text-mode :language-id "plaintext")
    (markdown-mode :language-id "markdown")
    (gfm-mode :language-id "markdown")
    (html-mode :language-id "html")
    (mhtml-mode :language-id "html"))
  "The major modes the server is registered for, with the language id eglot sends."
  :type '(repeat sexp))

(defconst unspin-dictionary-modes '((unspin-dictionary-mode :language-id "unspin"))
  "Dictionary files, with the language id the server lints them for.
A server of their own: eglot 1.9 sends one language id for all of a
server's buffers (the id of the mode that started it), so sharing one
with `unspin-modes' would send articles as \"unspin\", which the server
lints as dictionaries.")

(defconst unspin-minimum-java 17 "The oldest Java the server runs on.")
(defconst unspin-fix-all-kind "source.fixAll.unspin" "The server's restore-all code action kind.")

(defvar unspin--java-versions (make-hash-table :test #'equal) "Java executable -> major version.")

(defun unspin--java-major (output)
  "The Java major version in `java -version' OUTPUT, or nil.
17.0.15 gives 17, 1.8.0_402 gives 8."
  (when (string-match "version \"\\([0-9]+\\)\\(?:\\.\\([0-9]+\\)\\)?" output)
    (let ((first (string-to-number (match-string 1 output)))
          (second (match-string 2 output)))
      (if (and (= first 1) second) (string-to-number second) first))))

(defun unspin--find-java ()
  "The java executable to run the server with.
Signals a `user-error' saying why when there is none."
  (let* ((home (getenv "JAVA_HOME"))
         (candidates (if unspin-java-program
                         (list unspin-java-program)
                       (delq nil (list (and home (> (length home) 0)
                                            (expand-file-name "bin/java" home))
                                       (executable-find "java"))))))
    (cl-loop for java in candidates
             when (file-executable-p java)
             do (let ((major (or (gethash java unspin--java-versions)
                                 (puthash java (unspin--java-major
                                                (with-output-to-string
                                                  (with-current-buffer standard-output
                                                    (call-process java nil t nil "-version"))))
                                          unspin--java-versions))))
                  (cond ((null major) (user-error "unspin: cannot read the version of %s" java))
                        ((< major unspin-minimum-java)
                         (user-error "unspin needs Java %d or newer, but %s is Java %d: set `unspin-java-program' to a JDK %d+"
                                     unspin-minimum-java java major unspin-minimum-java))
                        (t (cl-return java))))
             finally (user-error "unspin needs Java %d or newer and found none: install one or set `unspin-java-program'"
                                 unspin-minimum-java))))

(defun unspin-server-command (&optional _interactive)
  "The eglot contact for the unspin server.
That is java [args] -jar JAR lsp, with `unspin-settings' as
initializationOptions."
  (unless (and unspin-server-jar (file-readable-p unspin-server-jar))
    (user-error "unspin: set `unspin-server-jar' to the server jar (now %s)" unspin-server-jar))
  `(,(unspin--find-java) ,@unspin-java-args "-jar" ,(expand-file-name unspin-server-jar) "lsp"
    :initializationOptions ,(or unspin-settings eglot--{})))

;;;###autoload
(defun unspin-eglot-setup ()
  "Register the unspin server with eglot for `unspin-modes' and dictionary files."
  (add-to-list 'eglot-server-programs (cons unspin-dictionary-modes #'unspin-server-command))
  (add-to-list 'eglot-server-programs (cons unspin-modes #'unspin-server-command)))

(defun unspin--server ()
  (or (eglot-current-server) (user-error "unspin: no server manages this buffer (M-x eglot)")))

;;;###autoload
(defun unspin-restore-buffer ()
  "Restore every spun phrasing in the buffer with the server's fix-all code action."
  (interactive)
  (unspin--server)
  (eglot-code-actions (point-min) (point-max) unspin-fix-all-kind t))

;;;###autoload
(defun unspin-reload ()
  "Make the server reload its settings and dictionaries."
  (interactive)
  (eglot-signal-didChangeConfiguration (unspin--server))
  (message "unspin: dictionaries reloaded"))

;;;###autoload
(defun unspin-check ()
  "Make the server check every document it has open now.
For the setting checkOn \"save\" or \"manual\" (docs/language-server.md)."
  (interactive)
  (eglot-execute-command (unspin--server) "unspin.check" [])
  (message "unspin: checked"))

(defun unspin-spin-score ()
  "The buffer's spun phrasings, words and spin score, as a plist.
The score is phrasings per 1,000 words.  The server does not report
it, so it is computed here from the buffer's flymake diagnostics from
eglot and `count-words'."
  (let ((findings (cl-count-if (lambda (d) (eq (flymake-diagnostic-backend d) 'eglot-flymake-backend))
                               (flymake-diagnostics)))
        (words (count-words (point-min) (point-max))))
    (list :findings findings :words words :score (if (= words 0) 0.0 (/ (* 1000.0 findings) words)))))

;;;###autoload
(defun unspin-status ()
  "Show the server and the buffer's spin score."
  (interactive)
  (let ((server (unspin--server))
        (s (unspin-spin-score)))
    (message "unspin: %s, pid %s; %d spun phrasing(s) in %d words, spin score %.1f per 1,000 words"
             (eglot--project-nickname server)
             (process-id (jsonrpc--process server))
             (plist-get s :findings) (plist-get s :words) (plist-get s :score))))

(provide 'unspin)
;;; unspin.el ends here
