/**
 * The built-in packs as data (compiled from `rules/*.yml` by `scripts/build-packs.js`; the browser
 * never parses YAML) and the knowledge base built from them.
 */
import {createKnowledge, type Knowledge, type Pack} from '@claimlint/core'
import {packs} from './generated.js'

export const builtinPacks: readonly Pack[] = packs

let builtin: Knowledge | undefined
const combined = new WeakMap<readonly Pack[], Knowledge>()

/**
 * Knowledge from the built-in packs plus `extra` user packs; the same array of extra packs gets
 * the same knowledge object, so the ledger is built once per file.
 */
export function knowledgeFor(extra?: readonly Pack[] | null): Knowledge {
  if (!extra || extra.length === 0) {
    builtin ??= createKnowledge(builtinPacks)
    return builtin
  }
  let knowledge = combined.get(extra)
  if (!knowledge) {
    knowledge = createKnowledge([...builtinPacks, ...extra])
    combined.set(extra, knowledge)
  }
  return knowledge
}
