/**
 * Read every YAML pack in `rules/` (sorted, recursively), for the scripts that compile the packs
 * and write their docs. Problems are collected, not thrown, so one run reports all of them.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {PackError, readPack} from '../packages/core/lib/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const rulesDir = path.join(root, 'rules')

async function listYaml(dir) {
  const entries = await fs.readdir(dir, {withFileTypes: true})
  const files = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await listYaml(full)))
    else if (/\.ya?ml$/.test(entry.name)) files.push(full)
  }
  return files
}

/** `{packs, problems}` for every pack file; pack files are named relative to the repo root. */
export async function readRulePacks() {
  const packs = []
  const problems = []
  for (const file of await listYaml(rulesDir)) {
    try {
      packs.push(readPack(await fs.readFile(file, 'utf8'), path.relative(root, file)))
    } catch (error) {
      if (error instanceof PackError) problems.push(...error.problems)
      else throw error
    }
  }
  return {packs, problems}
}
