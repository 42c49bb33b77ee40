/**
 * The configuration the language server shares with the CLI: the same file names and the same
 * `configTransform` (from `cli/transform.ts`). Contradictions across files need a whole run, which
 * an editor does not have, so each document gets a fresh corpus and no per-run plugin.
 */
import {createCorpus} from 'retext-claim-contradiction'
import type {ConfigTransform} from 'unified-engine'
import {createConfigTransform} from '../cli/transform.js'

export const rcName = '.claimlintrc'
export const packageField = 'claimlint'
export const ignoreName = '.claimlintignore'

function perRun(): undefined {
  return undefined
}

export const configTransform: ConfigTransform = (raw, filePath) => createConfigTransform(createCorpus(), perRun)(raw, filePath)
