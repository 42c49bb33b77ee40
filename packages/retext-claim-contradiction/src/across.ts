/**
 * Rule `claim-contradiction-across-files`: the same check as `claim-contradiction`, over every file
 * of one run. Written by hand instead of with `unified-lint-rule` because its messages are added
 * after all files are read (in a `FileSet` completer), which `unified-lint-rule` cannot express; it
 * takes the same `false | 'warn' | 'error' | [level, options]` configuration.
 */
import {ledgerOf} from '@claimlint/core'
import {knowledgeFor} from '@claimlint/packs'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {createCorpus, type Corpus} from './corpus.js'
import {docsBase, source, type Options} from './options.js'

export const ruleId = 'claim-contradiction-across-files'
const url = `${docsBase}${ruleId}.md`

/** What unified-engine passes plugins as their second parameter (only `use` is needed). */
interface FileSetLike {
  use(completer: (set: unknown) => void): unknown
}

type Config = Options | boolean | number | string | [number | string, (Options | null | undefined)?] | null | undefined

/** Read `false | 'warn' | 'error' | [level, options]` like unified-lint-rule does. */
export function coerce(config: Config): {severity: 0 | 1 | 2; options: Options | undefined} {
  const level = (value: unknown): 0 | 1 | 2 | undefined => {
    if (value === false || value === 0 || value === 'off') return 0
    if (value === true || value === 1 || value === 'on' || value === 'warn') return 1
    if (value === 2 || value === 'error') return 2
    return undefined
  }
  if (Array.isArray(config)) {
    const severity = level(config[0])
    if (severity === undefined) throw new Error(`Incorrect severity \`${String(config[0])}\` for \`${ruleId}\`, expected 0, 1, 2, off, on, warn or error`)
    return {severity, options: config[1] ?? undefined}
  }
  const severity = level(config)
  if (severity !== undefined) return {severity, options: undefined}
  return {severity: 1, options: (config as Options | null | undefined) ?? undefined}
}

const corpora = new WeakMap<object, Corpus>()

const claimContradictionAcrossFiles: Plugin<[Config?, FileSetLike?], Root> = function (config, fileSet) {
  const {severity, options} = coerce(config)
  if (severity === 0) return
  let corpus = options?.corpus ?? undefined
  if (!corpus && fileSet) {
    corpus = corpora.get(fileSet)
    if (!corpus) {
      const made = createCorpus()
      corpora.set(fileSet, made)
      fileSet.use(() => made.judge())
      corpus = made
    }
  }
  if (!corpus) return
  const target = corpus
  const meta = {ruleId, source, url, fatal: severity === 2 ? true : false}
  return function (tree: Root, file: VFile) {
    const knowledge = knowledgeFor(options?.packs)
    target.add(file, ledgerOf(tree, file, knowledge), knowledge, meta)
  }
}

export default claimContradictionAcrossFiles
