#!/usr/bin/env node
/**
 * claimlint's language server: `claimlint-language-server --stdio`.
 * Reads the same `.claimlintrc`, `package.json#claimlint` and `.claimlintignore` files as the CLI.
 */
import {startLanguageServer} from '../lib/lsp.js'

startLanguageServer()
