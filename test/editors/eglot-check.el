;;; eglot-check.el --- headless Emacs + Eglot smoke test for the OnRecord language server  -*- lexical-binding: t -*-
;; Run by test/editors/emacs.sh: emacs --batch -Q -l eglot-check.el
;; Environment: ONRECORD_CMD (server command, space-separated), ONRECORD_DRAFT (file to open),
;; ONRECORD_MODE: "init" (settings as :initializationOptions), "config" (workspace/configuration through
;; `eglot-workspace-configuration') or "file" (no settings from the editor: .onrecord.json in the workspace).
;; Prints "diag CODE LINE" for each diagnostic, "hover ..." and "ok"/"error ..." lines, exits 0 when the
;; expected diagnostics arrived.
(require 'package)
;; -Q leaves site-lisp out; Debian's elpa-eglot (and the newer project/xref it needs) live here
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'flymake)

(defun onrecord-say (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(defun onrecord-die (fmt &rest args) (onrecord-say "error %s" (apply #'format fmt args)) (kill-emacs 1))

(let ((cmd (split-string (or (getenv "ONRECORD_CMD") (onrecord-die "ONRECORD_CMD is not set"))))
      (mode (or (getenv "ONRECORD_MODE") "init")))
  (onrecord-say "emacs %s, eglot %s, mode %s" emacs-version
                (if (fboundp 'package-get-version) (or (ignore-errors (package-desc-version (cadr (assq 'eglot package-alist)))) "?") "?")
                mode)
  ;; the configuration documented in docs/readme-ci-editors.md ("Emacs (Eglot)")
  (add-to-list 'auto-mode-alist '("\\.md\\'" . text-mode)) ; markdown-mode is not installed here
  (add-to-list 'eglot-server-programs
               `((markdown-mode text-mode) . ,(if (equal mode "init")
                                                  (append cmd '(:initializationOptions (:sourcesPath "wire")))
                                                cmd)))
  (when (equal mode "config")
    (setq-default eglot-workspace-configuration '(:onrecord (:sourcesPath "wire")))))

(setq eglot-sync-connect 30 eglot-connect-timeout 30 eglot-autoshutdown nil)
(find-file (getenv "ONRECORD_DRAFT"))
(unless (eq major-mode 'text-mode) (onrecord-die "draft opened in %s, not text-mode" major-mode))
(condition-case e
    (apply #'eglot (eglot--guess-contact))
  (error (onrecord-die "eglot could not start the server: %S" e)))
(unless (eglot-current-server) (onrecord-die "no eglot server for %s" (buffer-file-name)))
(onrecord-say "connected %s" (plist-get (eglot--server-info (eglot-current-server)) :name))

(defun onrecord-codes ()
  (mapcar (lambda (d)
            (let ((text (flymake-diagnostic-text d)))
              (list (if (string-match "\\[\\([a-z-]+\\)\\]" text) (match-string 1 text) "?")
                    (line-number-at-pos (flymake-diagnostic-beg d))
                    (flymake-diagnostic-type d)
                    text)))
          (flymake-diagnostics)))

;; wait for the pushed diagnostics: the unattributed quote, and the quote-mismatch that needs the wire/ sources
(let ((deadline (+ (float-time) 30)) got)
  (while (and (< (float-time) deadline)
              (progn (setq got (onrecord-codes))
                     (not (and (assoc "unattributed-quote" got) (assoc "quote-mismatch" got)))))
    (accept-process-output nil 0.2)
    (unless flymake-mode (flymake-mode 1))
    (flymake-start))
  (dolist (d got) (onrecord-say "diag %s %d %s %s" (nth 0 d) (nth 1 d) (nth 2 d) (nth 3 d)))
  (unless (assoc "unattributed-quote" got) (onrecord-die "no unattributed-quote diagnostic"))
  (unless (assoc "quote-mismatch" got) (onrecord-die "no quote-mismatch diagnostic (were the wire/ sources read?)")))

;; hover on the mismatched quote, through Eglot's connection
(goto-char (point-min))
(search-forward "The levee")
(let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams)))
       (contents (plist-get hover :contents))
       (text (if (stringp contents) contents (or (plist-get contents :value) (format "%S" contents)))))
  (onrecord-say "hover %s" (replace-regexp-in-string "\n" " " (substring text 0 (min 300 (length text)))))
  (unless (string-match-p "Venn" text) (onrecord-die "hover does not name the speaker")))

(eglot-shutdown (eglot-current-server))
(onrecord-say "ok")
(kill-emacs 0)
