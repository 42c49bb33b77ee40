/**
 * Everything the packs say, merged and indexed once: phrase indexes for entities, value words and
 * targets, facts by (subject, property, target), and lexicons by id. Cross-pack references are
 * checked here, so a fact naming an unknown property is an error with its file and line.
 */
import {PackError, type PackProblem} from './pack/validate.js'
import {PhraseIndex} from './phrase.js'
import type {EntityDef, FactDef, Lexicon, LexiconEntry, Pack, PropertyDef, ReferenceDef, TargetDef} from './types.js'

/** What a value word can mean: a property and one of its values. */
export interface ValueSense {
  property: string
  value: string
}

export interface Knowledge {
  packs: readonly Pack[]
  entities: ReadonlyMap<string, EntityDef>
  properties: ReadonlyMap<string, PropertyDef>
  targets: ReadonlyMap<string, TargetDef>
  references: readonly ReferenceDef[]
  lexicons: ReadonlyMap<string, Lexicon>
  /** Entity aliases → entity ids. */
  entityIndex: PhraseIndex<string>
  /** Value words → senses. */
  valueIndex: PhraseIndex<ValueSense>
  /** Target words → target ids. */
  targetIndex: PhraseIndex<string>
  /** Facts keyed by `factKey(subject, property, target)`. */
  facts: ReadonlyMap<string, FactDef[]>
  /** Facts of later packs that replace an earlier pack's fact (`overrides`), in pack order. */
  overrides: ReadonlyArray<{fact: FactDef; replaced: FactDef}>
  /** Every fact, in pack order. */
  allFacts: readonly FactDef[]
  /** Lexicon phrase index, per lexicon id, built on first use. */
  lexiconIndex(id: string): PhraseIndex<LexiconEntry>
  /** Do two values of a category property exclude each other? */
  excludes(property: string, a: string, b: string): boolean
}

/** Key of the facts map. */
export function factKey(subject: string, property: string, target: string | undefined): string {
  return `${subject}\u0000${property}\u0000${target ?? ''}`
}

/** Merge and index packs. Later packs may add to, but not redefine, ids of earlier ones. */
export function createKnowledge(packs: readonly Pack[]): Knowledge {
  const problems: PackProblem[] = []
  const entities = new Map<string, EntityDef>()
  const properties = new Map<string, PropertyDef>()
  const targets = new Map<string, TargetDef>()
  const lexicons = new Map<string, Lexicon>()
  const references: ReferenceDef[] = []
  const allFacts: FactDef[] = []

  const problem = (origin: {file: string; line: number}, reason: string): void => {
    problems.push({file: origin.file, line: origin.line, column: 1, reason})
  }

  const define = <T extends {id: string; origin: {file: string; line: number}}>(
    map: Map<string, T>,
    kind: string,
    item: T
  ): void => {
    const previous = map.get(item.id)
    if (previous) {
      problem(item.origin, `${kind} \`${item.id}\` is already defined in ${previous.origin.file}:${previous.origin.line}`)
      return
    }
    map.set(item.id, item)
  }

  for (const pack of packs) {
    for (const entity of pack.entities) define(entities, 'entity', entity)
    for (const property of pack.properties) define(properties, 'property', property)
    for (const target of pack.targets) define(targets, 'target', target)
    for (const lexicon of pack.lexicons) {
      const existing = lexicons.get(lexicon.id)
      // Lexicons with the same id extend each other: a user pack can add hype phrases.
      if (existing) lexicons.set(lexicon.id, {...existing, entries: [...existing.entries, ...lexicon.entries]})
      else lexicons.set(lexicon.id, lexicon)
    }
    references.push(...pack.references)
    allFacts.push(...pack.facts)
  }

  for (const entity of entities.values()) {
    if (entity.parent && !entities.has(entity.parent)) problem(entity.origin, `entity \`${entity.id}\` has unknown parent \`${entity.parent}\``)
  }

  for (const target of targets.values()) {
    if (!target.implies) continue
    const property = properties.get(target.implies.property)
    if (!property) problem(target.origin, `target \`${target.id}\` implies unknown property \`${target.implies.property}\``)
    else if (!property.values.some((v) => v.id === target.implies!.value)) {
      problem(target.origin, `target \`${target.id}\` implies \`${target.implies.value}\`, which is not a value of \`${property.id}\``)
    }
  }

  // Fact ids are unique across packs; a fact may replace an earlier pack's fact only by saying so.
  const byId = new Map<string, FactDef>()
  const overrides: Array<{fact: FactDef; replaced: FactDef}> = []
  for (const fact of allFacts) {
    const previous = byId.get(fact.id)
    if (previous) problem(fact.origin, `fact \`${fact.id}\` is already defined in ${previous.origin.file}:${previous.origin.line}`)
    else byId.set(fact.id, fact)
    if (fact.overrides === undefined) continue
    const replaced = byId.get(fact.overrides)
    if (!replaced || replaced === fact) problem(fact.origin, `fact \`${fact.id}\` overrides \`${fact.overrides}\`, which no earlier pack defines`)
    else if (replaced.origin.file === fact.origin.file) problem(fact.origin, `fact \`${fact.id}\` overrides \`${fact.overrides}\` of its own pack; edit that fact instead`)
    else if (factKey(replaced.subject, replaced.property, replaced.target) !== factKey(fact.subject, fact.property, fact.target)) {
      problem(fact.origin, `fact \`${fact.id}\` overrides \`${fact.overrides}\`, which is about another subject, property or target`)
    } else overrides.push({fact, replaced})
  }
  const replacedFacts = new Set(overrides.map((entry) => entry.replaced))
  const contradict = (a: FactDef, b: FactDef): boolean => {
    if (a.interval && b.interval) return a.interval[1] < b.interval[0] || b.interval[1] < a.interval[0]
    const property = properties.get(a.property)
    return a.value !== b.value && Boolean(property?.excludes.some(([x, y]) => (x === a.value && y === b.value) || (x === b.value && y === a.value)))
  }

  const facts = new Map<string, FactDef[]>()
  for (const fact of allFacts) {
    if (replacedFacts.has(fact)) continue
    if (!entities.has(fact.subject)) problem(fact.origin, `fact \`${fact.id}\` names unknown subject \`${fact.subject}\``)
    const property = properties.get(fact.property)
    if (!property) problem(fact.origin, `fact \`${fact.id}\` names unknown property \`${fact.property}\``)
    else if (property.kind === 'category' && !property.values.some((v) => v.id === fact.value)) {
      problem(fact.origin, `fact \`${fact.id}\` has value \`${fact.value}\`, which is not a value of \`${fact.property}\``)
    } else if (property.kind === 'interval' && !fact.interval) {
      problem(fact.origin, `fact \`${fact.id}\` is about \`${fact.property}\`, a time property, and needs a \`range\``)
    }
    if (fact.target && !targets.has(fact.target)) problem(fact.origin, `fact \`${fact.id}\` names unknown target \`${fact.target}\``)
    for (const product of fact.scope.products) {
      if (!targets.has(product)) problem(fact.origin, `fact \`${fact.id}\` scopes to unknown product \`${product}\``)
    }
    const conditions = lexicons.get('conditions')?.entries
    for (const indication of fact.scope.indications) {
      if (!conditions?.some((entry) => entry.id === indication)) {
        problem(fact.origin, `fact \`${fact.id}\` names indication \`${indication}\`, which is not an entry of the \`conditions\` lexicon`)
      }
    }
    const key = factKey(fact.subject, fact.property, fact.target)
    const list = facts.get(key)
    // A later pack's fact that contradicts an earlier pack's would silence the check on both sides.
    const against = list?.find((other) => other.origin.file !== fact.origin.file && contradict(other, fact))
    if (against) {
      problem(
        fact.origin,
        `fact \`${fact.id}\` contradicts fact \`${against.id}\` of ${against.origin.file}:${against.origin.line}; to replace it, add \`overrides: ${against.id}\``
      )
    }
    if (list) list.push(fact)
    else facts.set(key, [fact])
  }

  if (problems.length > 0) throw new PackError(problems)

  const entityIndex = new PhraseIndex<string>()
  for (const entity of entities.values()) {
    for (const alias of entity.aliases) entityIndex.add(alias, entity.id)
  }

  const valueIndex = new PhraseIndex<ValueSense>()
  const exclusions = new Set<string>()
  for (const property of properties.values()) {
    for (const value of property.values) {
      for (const word of value.words) valueIndex.add(word, {property: property.id, value: value.id})
    }
    for (const [a, b] of property.excludes) {
      exclusions.add(`${property.id}\u0000${a}\u0000${b}`)
      exclusions.add(`${property.id}\u0000${b}\u0000${a}`)
    }
  }

  const targetIndex = new PhraseIndex<string>()
  for (const target of targets.values()) {
    for (const word of target.words) targetIndex.add(word, target.id)
  }

  const lexiconIndexes = new Map<string, PhraseIndex<LexiconEntry>>()

  return {
    packs,
    entities,
    properties,
    targets,
    references,
    lexicons,
    entityIndex,
    valueIndex,
    targetIndex,
    facts,
    overrides,
    allFacts: replacedFacts.size === 0 ? allFacts : allFacts.filter((fact) => !replacedFacts.has(fact)),
    lexiconIndex(id) {
      let index = lexiconIndexes.get(id)
      if (!index) {
        index = new PhraseIndex<LexiconEntry>()
        for (const entry of lexicons.get(id)?.entries ?? []) {
          for (const phrase of entry.phrases) index.add(phrase, entry)
        }
        lexiconIndexes.set(id, index)
      }
      return index
    },
    excludes(property, a, b) {
      return exclusions.has(`${property}\u0000${a}\u0000${b}`)
    }
  }
}
