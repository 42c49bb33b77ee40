/**
 * The configuration the language server shares with the CLI: the same file names and the same
 * `configTransform` (from `cli/transform.ts`). Contradictions across files are judged against the
 * workspace's articles after each lint (`lsp/workspace.ts`): the corpus here only records what the
 * rule gives it, and there is no per-run plugin.
 */
import type {Corpus} from 'retext-claim-contradiction'
import type {VFile} from 'vfile'
import type {ConfigTransform} from 'unified-engine'
import {createConfigTransform} from '../cli/transform.js'

export const rcName = '.claimlintrc'
export const packageField = 'claimlint'
export const ignoreName = '.claimlintignore'

function perRun(): undefined {
  return undefined
}

/** What the rule across files handed its corpus for a document: judged against the workspace later. */
const captured = new WeakMap<VFile, Parameters<Corpus['add']>>()

/** A corpus that keeps the document's ledger and the rule's settings (`lsp/workspace.ts` judges). */
function capturingCorpus(): Corpus {
  return {
    size: 0,
    add(...entry) {
      captured.set(entry[0], entry)
    },
    judge() {}
  }
}

/** The ledger, knowledge and message settings the rule across files recorded for `file`, if it is on. */
export function capturedFor(file: VFile): Parameters<Corpus['add']> | undefined {
  return captured.get(file)
}

export const configTransform: ConfigTransform = (raw, filePath) => createConfigTransform(capturingCorpus(), perRun)(raw, filePath)
