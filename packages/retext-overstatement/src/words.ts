/** Content words of a sentence, to tell whether two sentences are about the same thing. */
import type {Token} from '@claimlint/core'

const stop = new Set([
  'about', 'after', 'again', 'against', 'among', 'because', 'before', 'being', 'below', 'between', 'both', 'could',
  'during', 'each', 'every', 'found', 'from', 'further', 'having', 'here', 'into', 'itself', 'might', 'more', 'most',
  'other', 'over', 'people', 'research', 'researchers', 'should', 'shows', 'showed', 'since', 'some', 'study', 'studies',
  'such', 'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'under', 'until',
  'very', 'were', 'what', 'when', 'where', 'which', 'while', 'whose', 'with', 'within', 'without', 'would', 'years',
  'causes', 'cause', 'caused', 'prevents', 'prevent', 'reduces', 'reduce', 'lowers', 'risk', 'associated', 'linked',
  'higher', 'lower', 'rates', 'people', 'adults', 'patients', 'participants', 'group', 'groups', 'results', 'finds',
  'according', 'suggests', 'suggest', 'likely', 'less', 'also', 'just', 'only', 'like', 'many', 'much', 'well'
])

/** Stems (first six letters) of the content words. */
export function contentStems(tokens: readonly Token[]): Set<string> {
  const stems = new Set<string>()
  for (const token of tokens) {
    if (token.kind !== 'word' || token.norm.length < 4 || stop.has(token.norm) || /^\d/.test(token.norm)) continue
    stems.add(token.norm.slice(0, 6))
  }
  return stems
}

export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0
  for (const stem of a) if (b.has(stem)) count++
  return count
}
