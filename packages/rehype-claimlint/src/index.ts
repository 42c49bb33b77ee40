/**
 * rehype-claimlint: claimlint as a rehype plugin, usable by name from a `.rehyperc`
 * (`"plugins": ["rehype-claimlint"]` or `[["rehype-claimlint", {"rules": {…}}]]`). It lints the
 * HTML tree rehype parsed, honours `<!--claimlint …-->` comments, and under rehype-cli checks
 * the files of one run against each other.
 */
import {rehypeClaimlint as plugin, type BridgeOptions} from 'claimlint/bridge'
import type {Root} from 'hast'
import type {Plugin} from 'unified'

/** Options: the fields of `.claimlintrc` (`rules`, `packs`, `ignore`). */
export type Options = BridgeOptions

/** Lint HTML with claimlint's rules. */
const rehypeClaimlint = plugin as unknown as Plugin<[(Readonly<Options> | null | undefined)?], Root>

export default rehypeClaimlint
