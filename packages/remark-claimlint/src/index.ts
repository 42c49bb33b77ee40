/**
 * remark-claimlint: claimlint as a remark plugin, usable by name from a `.remarkrc`
 * (`"plugins": ["remark-claimlint"]` or `[["remark-claimlint", {"rules": {…}}]]`). It lints the
 * Markdown tree remark parsed, honours `<!--claimlint …-->` comments, and under remark-cli checks
 * the files of one run against each other.
 */
import {remarkClaimlint as plugin, type BridgeOptions} from 'claimlint/bridge'
import type {Root} from 'mdast'
import type {Plugin} from 'unified'

/** Options: the fields of `.claimlintrc` (`rules`, `packs`, `ignore`). */
export type Options = BridgeOptions

/** Lint Markdown with claimlint's rules. */
const remarkClaimlint = plugin as unknown as Plugin<[(Readonly<Options> | null | undefined)?], Root>

export default remarkClaimlint
