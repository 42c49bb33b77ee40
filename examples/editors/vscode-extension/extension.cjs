// A minimal VS Code extension for claimlint: start `claimlint-language-server --stdio` for
// Markdown, HTML and text. Install its dependency (`npm install`), then open this folder in VS Code
// and press F5, or package it with `npx @vscode/vsce package`.
const vscode = require('vscode')
const {LanguageClient} = require('vscode-languageclient/node')

let client

function activate() {
  const [command, ...args] = vscode.workspace.getConfiguration('claimlint').get('command')
  client = new LanguageClient(
    'claimlint',
    'claimlint',
    {command, args, options: {shell: process.platform === 'win32'}},
    {
      documentSelector: ['markdown', 'html', 'plaintext'].map((language) => ({language})),
      synchronize: {configurationSection: 'claimlint', fileEvents: vscode.workspace.createFileSystemWatcher('**/{.claimlintrc*,.claimlintignore,package.json}')}
    }
  )
  return client.start()
}

function deactivate() {
  return client ? client.stop() : undefined
}

module.exports = {activate, deactivate}
