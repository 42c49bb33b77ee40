/**
 * The cost of keeping a tree, with no parsing and no linting: `keepTree(words)` builds and returns
 * an nlcst-shaped tree of `words` words (a word node with its text node, a space after it, a
 * position per node, points shared between neighbours as claimlint's tokenizer shares them; four
 * sentences of 25 words to a paragraph). Its cost per word at 1,000,000 words against 10,000 is
 * what the garbage collector and the memory system charge for a large tree's objects when nothing
 * else runs. A retext linter keeps its file's tree while its rules run, so its own ratio carries
 * a share of this (a share, not all: in a lint the collector's background work overlaps the
 * parser's and the rules').
 */

const wordsPerSentence = 25
const sentencesPerParagraph = 4

/** Build and return the tree of about `words` words. */
export function keepTree(words) {
  const paragraphs = []
  let offset = 0
  let start = {line: 1, column: 1, offset}
  const paragraphCount = Math.max(1, Math.round(words / (wordsPerSentence * sentencesPerParagraph)))
  for (let paragraph = 0; paragraph < paragraphCount; paragraph++) {
    const sentences = []
    for (let sentence = 0; sentence < sentencesPerParagraph; sentence++) {
      const children = []
      const sentenceStart = start
      for (let word = 0; word < wordsPerSentence; word++) {
        offset += 6
        const end = {line: 1, column: offset + 1, offset}
        children.push({type: 'WordNode', children: [{type: 'TextNode', value: 'claims', position: {start, end}}], position: {start, end}})
        offset += 1
        const next = {line: 1, column: offset + 1, offset}
        children.push({type: 'WhiteSpaceNode', value: ' ', position: {start: end, end: next}})
        start = next
      }
      sentences.push({type: 'SentenceNode', children, position: {start: sentenceStart, end: start}})
    }
    paragraphs.push({type: 'ParagraphNode', children: sentences, position: {start: sentences[0].position.start, end: start}})
  }
  return {type: 'RootNode', children: paragraphs, position: {start: paragraphs[0].position.start, end: start}}
}
