/**
 * Every package is ready to publish: a readme with the sections of unified's packages in their
 * order, a license file, and `repository`, `files`, `keywords` (the plugin keywords that fit),
 * `exports` with types, and `license` in its manifest. Packing and installing the tarballs is
 * `scripts/pack-check.js` (run in CI after the tests, too slow for jest).
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from '@jest/globals'

const packagesDir = path.resolve('packages')
const sections = ['What is this?', 'When should I use this?', 'Install', 'Use', 'API', 'Messages', 'Types', 'Compatibility', 'Related', 'Contribute', 'License']

describe('packages', () => {
  for (const name of fs.readdirSync(packagesDir).sort()) {
    const dir = path.join(packagesDir, name)
    it(`${name} is ready to publish`, () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
      const readme = fs.readFileSync(path.join(dir, 'readme.md'), 'utf8')
      const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]).filter((heading) => heading !== 'Contents')
      expect(headings).toEqual(sections)
      expect(fs.readFileSync(path.join(dir, 'license'), 'utf8')).toMatch(/MIT License/)
      expect(manifest.license).toBe('MIT')
      expect(manifest.repository).toMatchObject({type: 'git', url: 'git+https://github.com/claimlint/claimlint.git', directory: `packages/${name}`})
      expect(manifest.files).toContain('lib/')
      expect(manifest.exports['.'].types).toBeDefined()
      const keywords: string[] = manifest.keywords
      if (name.startsWith('retext-')) expect(keywords).toEqual(expect.arrayContaining(['retext-plugin', 'unified-plugin']))
      if (name.startsWith('remark-')) expect(keywords).toEqual(expect.arrayContaining(['remark-plugin', 'unified-plugin']))
      if (name.startsWith('rehype-')) expect(keywords).toEqual(expect.arrayContaining(['rehype-plugin', 'unified-plugin']))
    })
  }
})
