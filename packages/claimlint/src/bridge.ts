/**
 * claimlint inside a remark or rehype processor (`remark-claimlint`, `rehype-claimlint`): the
 * Markdown or HTML tree the processor parsed becomes nlcst (as the claimlint parser does), the
 * preset runs on it, and `<!--claimlint …-->` comments and `ignore` phrases control the messages.
 *
 * Under unified-engine (remark-cli, rehype-cli, a `.remarkrc`), the plugin receives the run's
 * `FileSet`: one corpus per set collects every file's claims, and a completer judges them after the
 * last file, so articles are checked against each other as the `claimlint` CLI does.
 *
 * Written here rather than with remark-retext / rehype-retext because those take a processor
 * object, which a JSON or YAML configuration file cannot hold, and they do not keep the source tree
 * that message control reads.
 */
import path from 'node:path'
import type {Pack} from '@claimlint/core'
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Corpus} from 'retext-claim-contradiction'
import retextPresetClaimlint, {type RuleConfig} from 'retext-preset-claimlint'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {checkConfig} from './cli/config.js'
import {createSortedCorpus} from './cli/sorted-corpus.js'
import claimlintControl, {controlLate} from './control.js'
import {nlcstFromHast, nlcstFromMdast} from './parse.js'

/** Options of `remark-claimlint` and `rehype-claimlint`: the fields of `.claimlintrc`. */
export interface BridgeOptions {
  /** Severity and options per rule id: `false`, `'warn'`, `'error'` or `['warn', {…}]`. */
  rules?: Readonly<Record<string, RuleConfig>> | null | undefined
  /** Extra rule packs: paths to YAML packs (relative to the working directory) or `Pack` objects. */
  packs?: ReadonlyArray<string | Pack> | null | undefined
  /** Phrases whose messages are dropped. */
  ignore?: readonly string[] | null | undefined
}

/** What unified-engine passes plugins as their second parameter. */
interface FileSetLike {
  valueOf(): VFile[]
  use(completer: (set: FileSetLike) => unknown): unknown
}

const corpora = new WeakMap<object, Corpus>()

/** The run's corpus, made (with its completer) for the first file of a set. */
function corpusFor(fileSet: FileSetLike): Corpus {
  let corpus = corpora.get(fileSet)
  if (corpus) return corpus
  const made = createSortedCorpus()
  corpora.set(fileSet, made)
  fileSet.use(function claimlintAcrossFiles(set: FileSetLike) {
    made.judge()
    for (const file of set.valueOf()) if (file.data.claimlintSource) controlLate(file)
  })
  corpus = made
  return corpus
}

/** Check options as the CLI checks `.claimlintrc`, so mistakes get the same clear messages. */
function checkOptions(options: Readonly<BridgeOptions> | null | undefined, name: string) {
  const objects = (options?.packs ?? []).filter((pack): pack is Pack => typeof pack !== 'string')
  const paths = (options?.packs ?? []).filter((pack): pack is string => typeof pack === 'string')
  const config = checkConfig({rules: options?.rules ?? undefined, packs: paths, ignore: options?.ignore ?? undefined}, path.join(process.cwd(), `${name} options`))
  return {...config, packs: [...config.packs, ...objects]}
}

/** Make the plugin for trees of one kind. */
export function createBridge<Tree extends MdastRoot | HastRoot>(name: string, toNlcst: (tree: Tree, file: VFile) => ReturnType<typeof nlcstFromMdast>) {
  return function (this: Processor<any, any, any, any, any>, options?: Readonly<BridgeOptions> | null, fileSet?: FileSetLike): undefined {
    const config = checkOptions(options, name)
    const corpus = fileSet && typeof fileSet.use === 'function' ? corpusFor(fileSet) : undefined
    const retext = unified().use(retextPresetClaimlint, {rules: config.rules, packs: config.packs, corpus})
    const lint = async (tree: Tree, file: VFile): Promise<undefined> => {
      await retext.run(toNlcst(tree, file), file)
      return undefined
    }
    this.use((() => lint) as never)
    this.use(claimlintControl, {ignore: config.ignore})
  }
}

/** remark plugin: lint the Markdown tree with claimlint. */
export const remarkClaimlint = createBridge<MdastRoot>('remark-claimlint', nlcstFromMdast)
/** rehype plugin: lint the HTML tree with claimlint. */
export const rehypeClaimlint = createBridge<HastRoot>('rehype-claimlint', nlcstFromHast)
