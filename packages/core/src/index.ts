export type {
  Assertion,
  Certainty,
  Claim,
  ClaimLedger,
  EntityDef,
  FactDef,
  FactScope,
  FactStatus,
  Interval,
  Lexicon,
  LexiconEntry,
  Mention,
  Pack,
  PackOrigin,
  PropertyDef,
  ReferenceDef,
  ScopeKind,
  ScopeSpan,
  SentenceRecord,
  Structure,
  Strength,
  TargetDef,
  ValueDef
} from './types.js'
export type {StudyDesign, StudyEvidence} from './types.js'
export {describeEvidence, evidenceLexicons, evidenceOf} from './evidence.js'
export {readPack, PackError, type PackProblem} from './pack/validate.js'
export {packShape, type Shape, type Field} from './pack/shape.js'
export {createKnowledge, factKey, type Knowledge, type ValueSense} from './knowledge.js'
export {ledgerOf, recordFinder} from './ledger.js'
export {paragraphsOf} from './paragraphs.js'
export {PairCache} from './pair-cache.js'
export {extractLedger, type PointAt} from './extract.js'
export {assessSentence, type SentenceAssessment} from './certainty.js'
export {findTimes, type TimeExpression} from './time.js'
export {parseDuration, unitOf, unitSeconds} from './duration.js'
export {shiftTokens, spanText, tokenize, tokenizeText, normalize, type Token} from './tokens.js'
export {PhraseIndex, type PhraseMatch} from './phrase.js'
export {segment, type Segment, type SegmentRole} from './segments.js'
export {kindsAt, scopeAt, scopeKinds, scopeLexicons, scopeOf, scopeSpans, type TokenScope} from './scope.js'
export {claimKey, comparisonKey, conflicts, contradictsFact, factsFor, overlaps, valueLabel} from './values.js'
export {fitMessage, fitWording, inlineSpansOf, type Fitted, type InlineSpan} from './fix.js'
export {booleanOption, choiceOption, optionProblem, packsOption, stringsOption, type OptionSpec} from './options.js'
