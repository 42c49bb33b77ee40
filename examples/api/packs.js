/**
 * Extra rule packs through the API: a clinic's own fact sheet for a drug the built-in packs do not
 * know, checked against an article. `readPack` (from `@claimlint/core`) validates the YAML and
 * reports problems with line and column; `.claimlintrc` does the same with `"packs": ["file.yml"]`.
 * Run from the repository root after `pnpm build`: `node examples/api/packs.js`.
 */
import {readPack} from '@claimlint/core'
import {lint} from 'claimlint'

const pack = readPack(
  `pack: northside-formulary
description: Drugs of the Northside clinic formulary that the built-in packs do not cover.

entities:
  - id: velorazine
    label: velorazine
    kind: drug
    aliases: [velorazine]

facts:
  - id: NS-01
    subject: velorazine
    property: receptor-action
    target: dopamine-d2
    value: antagonist
    status: established
    statement: Velorazine blocks dopamine D2 receptors.
    expected: [blocks dopamine D2 receptors]
    source: Northside clinic formulary, 2026 edition
`,
  'northside-formulary.yml'
)

const article = 'Velorazine calms agitation because it activates dopamine D2 receptors.\n'

const without = await lint(article)
const withPack = await lint(article, {packs: [pack]})

console.log(`built-in packs only: ${without.messages.length} messages`)
for (const message of withPack.messages) {
  console.log(`with the formulary: ${message.ruleId}: ${message.reason}`)
  console.log(`  suggested: ${message.expected?.join(' | ')}`)
  console.log(`  note: ${message.note}`)
}
