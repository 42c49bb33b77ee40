/**
 * Stable SARIF `partialFingerprints`: a hash of what a finding is about (rule, file, the flagged
 * words), not where it is, so a finding keeps its identity when lines move above it or when the
 * other side of a contradiction changes; identical findings in one file are told apart by order.
 */
import {createHash} from 'node:crypto'
import type {VFileMessage} from 'vfile-message'

export const fingerprintKey = 'claimlintFinding/v1'

function squash(text: string | undefined): string {
  return (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim()
}

export interface FingerprintInput {
  ruleId: string
  path: string
  message: VFileMessage
}

/** Make a fingerprinter for one run; call it in report order. */
export function createFingerprinter() {
  const seen = new Map<string, number>()
  return function fingerprint(input: FingerprintInput): string {
    const what = squash(input.message.actual) || squash(input.message.reason.replace(/\d+:\d+|line \d+/g, ''))
    const parts = [input.ruleId, input.path, what]
    const hash = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
    const count = (seen.get(hash) ?? 0) + 1
    seen.set(hash, count)
    return `${hash}:${count}`
  }
}
