/**
 * Rule `efficacy-overclaim`: a plain claim that a treatment has shown efficacy for a condition
 * where the fact sheets rate the evidence as small, mixed or absent ("has shown efficacy in
 * treating PTSD"). The conditions and their evidence come from the `limited-evidence` lexicon.
 */
import {matchesOf, negatedAt, textOf} from './context.js'
import {createRule, q} from './rule.js'

export const ruleId = 'efficacy-overclaim'

const efficacyOverclaim = createRule(ruleId, (context) => {
  const {knowledge, view} = context
  const root = (id: string): string => {
    let current = id
    const seen = new Set<string>()
    while (!seen.has(current)) {
      seen.add(current)
      const parent = knowledge.entities.get(current)?.parent
      if (!parent) break
      current = parent
    }
    return current
  }
  const claimsIndex = knowledge.lexiconIndex('efficacy-claims')
  // The entities mentioned in each sentence, gathered when a sentence first needs them.
  let mentionsBySentence: Map<number, string[]> | undefined
  for (const sentence of view.sentences) {
    const found = matchesOf(view, sentence, 'limited-evidence')
    if (found.length === 0) continue
    const subjects = new Set<string>()
    if (!mentionsBySentence) {
      mentionsBySentence = new Map()
      for (const mention of view.ledger.mentions) {
        const list = mentionsBySentence.get(mention.sentence)
        if (list) list.push(mention.entity)
        else mentionsBySentence.set(mention.sentence, [mention.entity])
      }
    }
    for (const entity of mentionsBySentence.get(sentence.record.index) ?? []) subjects.add(root(entity))
    if (view.ledger.topic) subjects.add(root(view.ledger.topic))
    const relevant = found.filter((match) =>
      match.values[0]!.tags.every((tag) => !tag.startsWith('subject:') || subjects.has(tag.slice('subject:'.length)))
    )
    if (relevant.length === 0) continue
    for (const claim of claimsIndex.search(sentence.tokens)) {
      // A hedge right before the claim ("may have shown efficacy", "potential efficacy") calibrates it.
      const hedged = sentence.hedges.some((h) => h.to < claim.from && claim.from - h.to <= 4 && sentence.segmentOf[h.from] === sentence.segmentOf[claim.from])
      if (hedged || negatedAt(sentence, claim.from)) continue
      if (sentence.segments[sentence.segmentOf[claim.from]]?.role === 'conditional') continue
      const entries = relevant.map((match) => match.values[0]!)
      const names = relevant.map((match) => textOf(sentence, match.from, match.to, context.file))
      const actual = textOf(sentence, claim.from, claim.to, context.file)
      context.report(sentence, claim.from, claim.to, {
        reason: `Unexpected ${q(actual)} for ${names.map(q).join(', ')}, where the evidence is small or mixed`,
        expected: entries.flatMap((entry) => entry.expected),
        note: entries.map((entry) => entry.reason).join(' ')
      })
      break
    }
  }
}, ['limited-evidence'])

export default efficacyOverclaim
