;;; claimlint's language server in Emacs: Eglot (built in since Emacs 29) or lsp-mode.

;;; Eglot
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((markdown-mode gfm-mode html-mode mhtml-mode text-mode)
                 . ("claimlint-language-server" "--stdio"))))
(dolist (hook '(markdown-mode-hook gfm-mode-hook html-mode-hook mhtml-mode-hook))
  (add-hook hook #'eglot-ensure))

;;; lsp-mode (instead of Eglot). `:add-on? t' lets it run next to another Markdown server.
;; (with-eval-after-load 'lsp-mode
;;   (add-to-list 'lsp-language-id-configuration '(markdown-mode . "markdown"))
;;   (add-to-list 'lsp-language-id-configuration '(gfm-mode . "markdown"))
;;   (lsp-register-client
;;    (make-lsp-client
;;     :new-connection (lsp-stdio-connection '("claimlint-language-server" "--stdio"))
;;     :activation-fn (lsp-activate-on "markdown" "html" "plaintext")
;;     :server-id 'claimlint
;;     :add-on? t)))
;; (add-hook 'markdown-mode-hook #'lsp-deferred)
