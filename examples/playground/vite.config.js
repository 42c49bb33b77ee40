/**
 * Vite build of the playground: a static page in `dist/` (`base: './'`, so it can be served from
 * any folder or opened from a file server). The build fails if anything it bundles imports a Node
 * built-in: the core, the rules and the packs must run in a browser as they are.
 */
import {builtinModules} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vite'

const root = path.dirname(fileURLToPath(import.meta.url))
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])

/** @type {import('vite').Plugin} */
const noNodeBuiltins = {
  name: 'claimlint:no-node-builtins',
  enforce: 'pre',
  resolveId(id, importer) {
    if (builtins.has(id) || id.startsWith('node:')) {
      this.error(`${importer ? path.relative(process.cwd(), importer) : 'an entry'} imports the Node built-in \`${id}\`; the playground's packages must run in a browser`)
    }
    return null
  }
}

export default defineConfig(({command}) => ({
  root,
  base: './',
  // The dev server prints its URL (at `info`); builds print warnings only.
  logLevel: command === 'serve' ? 'info' : 'warn',
  plugins: [noNodeBuiltins],
  build: {outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2048}
}))
