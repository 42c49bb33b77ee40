/**
 * Read one YAML rule pack: check it against `packShape`, then the rules a shape cannot say
 * (duplicate ids, a value that excludes itself, references to values that do not exist).
 * Every problem is reported with file, line and column; nothing in a pack is executed.
 */
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import {parseDuration} from '../duration.js'
import type {
  EntityDef,
  FactDef,
  FactScope,
  Lexicon,
  Pack,
  PackOrigin,
  PropertyDef,
  ReferenceDef,
  TargetDef,
  ValueDef
} from '../types.js'
import {packShape, type Shape} from './shape.js'

/** One problem in a pack. */
export interface PackProblem {
  file: string
  line: number
  column: number
  reason: string
}

/** Thrown when a pack cannot be used; `problems` lists everything found, not just the first. */
export class PackError extends Error {
  readonly problems: PackProblem[]
  constructor(problems: PackProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.reason}`).join('\n'))
    this.name = 'PackError'
    this.problems = problems
  }
}

/** A plain value with the line and column it came from. */
interface Located {
  value: unknown
  line: number
  column: number
}

type Raw = Record<string, unknown> & {$at: Located}

/**
 * Parse and validate the YAML text of one pack.
 *
 * @param text YAML source.
 * @param file Path or name used in messages.
 */
export function readPack(text: string, file: string): Pack {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false})
  const problems: PackProblem[] = []

  const at = (node: YamlNode | null | undefined): {line: number; column: number} => {
    const offset = node?.range?.[0] ?? 0
    const pos = lineCounter.linePos(offset)
    return {line: pos.line, column: pos.col}
  }

  const problem = (where: {line: number; column: number}, reason: string): void => {
    problems.push({file, line: where.line, column: where.column, reason})
  }

  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? {line: 1, col: 1}
    problem({line: pos.line, column: pos.col}, `YAML syntax: ${error.message.split('\n')[0]}`)
  }

  if (problems.length > 0) throw new PackError(problems)

  const walk = (node: YamlNode | null | undefined, shape: Shape, path: string): unknown => {
    const where = at(node)
    switch (shape.kind) {
      case 'string':
      case 'number':
      case 'enum': {
        if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
          problem(where, `\`${path}\` must be a ${shape.kind === 'number' ? 'number' : 'string'}`)
          return undefined
        }
        if (shape.kind === 'number') {
          if (typeof node.value !== 'number') problem(where, `\`${path}\` must be a number`)
          return node.value
        }
        const value = String(node.value)
        if (shape.kind === 'enum' && !shape.values.includes(value)) {
          problem(where, `\`${path}\` is \`${value}\`, expected one of ${shape.values.map((v) => '`' + v + '`').join(', ')}`)
        }
        if (shape.kind === 'string' && shape.pattern && !shape.pattern.test(value)) {
          problem(where, `\`${path}\` is \`${value}\`, expected ${shape.hint ?? shape.pattern.source}`)
        }
        if (value.trim() === '') problem(where, `\`${path}\` is empty`)
        return value
      }
      case 'strings': {
        if (isScalar(node) && typeof node.value === 'string') return [walk(node, {kind: 'string'}, path)]
        if (!isSeq(node)) {
          problem(where, `\`${path}\` must be a string or a list of strings`)
          return []
        }
        return node.items.map((item, index) => walk(item as YamlNode, {kind: 'string'}, `${path}[${index}]`))
      }
      case 'pair': {
        if (!isSeq(node) || node.items.length !== 2) {
          problem(where, `\`${path}\` must be a list of exactly two items`)
          return undefined
        }
        return node.items.map((item, index) => walk(item as YamlNode, {kind: 'string'}, `${path}[${index}]`))
      }
      case 'list': {
        if (!isSeq(node)) {
          problem(where, `\`${path}\` must be a list`)
          return []
        }
        return node.items.map((item, index) => walk(item as YamlNode, shape.of, `${path}[${index}]`))
      }
      case 'object': {
        if (!isMap(node)) {
          problem(where, `\`${path}\` must be a mapping`)
          return undefined
        }
        const out: Raw = {$at: {value: node, ...where}}
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
          // Own keys only: `constructor` or `toString` in a pack is an unknown key, not Object's.
          const field = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined
          const keyPath = path ? `${path}.${key}` : key
          if (!field) {
            const known = Object.keys(shape.fields).map((k) => '`' + k + '`').join(', ')
            problem(at(pair.key as YamlNode), `unknown key \`${keyPath}\`; expected one of ${known}`)
            continue
          }
          out[key] = walk(pair.value as YamlNode, field.shape, keyPath)
          out['$' + key] = at((pair.value ?? pair.key) as YamlNode)
        }
        for (const [key, field] of Object.entries(shape.fields)) {
          if (field.required && !(key in out)) problem(where, `\`${path || 'pack'}\` is missing \`${key}\``)
        }
        return out
      }
    }
  }

  const raw = walk(doc.contents as YamlNode, packShape, '') as Raw | undefined
  if (problems.length > 0 || !raw) {
    if (!raw && problems.length === 0) problem({line: 1, column: 1}, 'a pack must be a YAML mapping')
    throw new PackError(problems)
  }

  const origin = (item: Raw): PackOrigin => ({file, line: item.$at.line})
  const list = (item: Raw, key: string): Raw[] => (Array.isArray(item[key]) ? (item[key] as Raw[]).filter(Boolean) : [])
  const strs = (item: Raw, key: string): string[] =>
    Array.isArray(item[key]) ? (item[key] as unknown[]).filter((v): v is string => typeof v === 'string') : []
  const str = (item: Raw, key: string): string | undefined => (typeof item[key] === 'string' ? (item[key] as string) : undefined)

  const seen = new Map<string, number>()
  const unique = (kind: string, item: Raw): void => {
    const key = `${kind}:${String(item.id)}`
    const previous = seen.get(key)
    if (previous === undefined) seen.set(key, item.$at.line)
    else problem(item.$at, `duplicate ${kind} id \`${String(item.id)}\` (first defined on line ${previous})`)
  }

  const entities: EntityDef[] = list(raw, 'entities').map((item) => {
    unique('entity', item)
    return {
      id: String(item.id),
      label: str(item, 'label') ?? String(item.id),
      kind: str(item, 'kind') ?? 'drug',
      aliases: strs(item, 'aliases'),
      parent: str(item, 'parent'),
      classes: strs(item, 'classes'),
      origin: origin(item)
    }
  })

  const properties: PropertyDef[] = list(raw, 'properties').map((item) => {
    unique('property', item)
    const values: ValueDef[] = list(item, 'values').map((value) => {
      unique(`value of ${String(item.id)}`, value)
      return {
        id: String(value.id),
        label: str(value, 'label') ?? String(value.id),
        words: strs(value, 'words'),
        wording: str(value, 'wording')
      }
    })
    const ids = new Set(values.map((v) => v.id))
    const excludes: Array<[string, string]> = []
    const pairs = Array.isArray(item.excludes) ? (item.excludes as Array<[string, string] | undefined>) : []
    for (const pair of pairs) {
      if (!pair) continue
      const where = (item.$excludes as {line: number; column: number} | undefined) ?? item.$at
      if (pair[0] === pair[1]) problem(where, `value \`${pair[0]}\` of \`${String(item.id)}\` cannot exclude itself`)
      for (const v of pair) {
        if (!ids.has(v)) problem(where, `\`excludes\` names \`${v}\`, which is not a value of \`${String(item.id)}\``)
      }
      excludes.push(pair)
    }
    return {
      id: String(item.id),
      label: str(item, 'label') ?? String(item.id),
      kind: (str(item, 'kind') as PropertyDef['kind'] | undefined) ?? 'category',
      cardinality: (str(item, 'cardinality') as PropertyDef['cardinality'] | undefined) ?? 'one',
      target: str(item, 'target') as PropertyDef['target'],
      values,
      excludes,
      origin: origin(item)
    }
  })

  const targets: TargetDef[] = list(raw, 'targets').map((item) => {
    unique('target', item)
    const implies = item.implies as Raw | undefined
    return {
      id: String(item.id),
      kind: str(item, 'kind') as TargetDef['kind'],
      label: str(item, 'label') ?? String(item.id),
      words: strs(item, 'words'),
      implies: implies
        ? {property: String(implies.property), value: String(implies.value), rulesOut: Array.isArray(implies.rulesOut) ? implies.rulesOut.map(String) : []}
        : undefined,
      origin: origin(item)
    }
  })

  const factScope = (item: Raw | undefined): FactScope => ({
    jurisdiction: (item && str(item, 'jurisdiction')) ?? 'US',
    products: item ? strs(item, 'products') : [],
    population: item && str(item, 'population'),
    dose: item && str(item, 'dose'),
    indications: item ? strs(item, 'indications') : [],
    since: item && str(item, 'since'),
    until: item && str(item, 'until')
  })

  const facts: FactDef[] = list(raw, 'facts').map((item) => {
    unique('fact', item)
    let interval: [number, number] | undefined
    const range = item.range as [string, string] | undefined
    if (range) {
      const low = parseDuration(range[0])
      const high = parseDuration(range[1])
      const where = (item.$range as {line: number; column: number} | undefined) ?? item.$at
      if (low === undefined || high === undefined) {
        problem(where, '`range` must hold two durations such as `1 hour` and `1 day`')
      } else if (low > high) {
        problem(where, '`range` must go from the shorter to the longer duration')
      } else interval = [low, high]
    }
    return {
      id: String(item.id),
      subject: String(item.subject),
      property: String(item.property),
      target: str(item, 'target'),
      value: String(item.value),
      interval,
      status: str(item, 'status') as FactDef['status'],
      statement: String(item.statement),
      expected: strs(item, 'expected'),
      source: String(item.source),
      url: str(item, 'url'),
      dates: strs(item, 'dates').filter((date) => {
        if (/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(date)) return true
        const where = (item.$dates as {line: number; column: number} | undefined) ?? item.$at
        problem(where, `\`dates\` holds \`${date}\`, expected a date such as \`2019-03-05\`, \`2019-03\` or \`2019\``)
        return false
      }),
      scope: factScope(item.scope as Raw | undefined),
      overrides: str(item, 'overrides'),
      origin: origin(item)
    }
  })

  const lexicons: Lexicon[] = list(raw, 'lexicons').map((item) => {
    unique('lexicon', item)
    return {
      id: String(item.id),
      description: str(item, 'description') ?? '',
      entries: list(item, 'entries').map((entry) => {
        unique(`entry of lexicon ${String(item.id)}`, entry)
        return {
          id: String(entry.id),
          phrases: strs(entry, 'phrases'),
          reason: String(entry.reason),
          expected: strs(entry, 'expected'),
          tags: strs(entry, 'tags'),
          origin: origin(entry)
        }
      }),
      origin: origin(item)
    }
  })

  const references: ReferenceDef[] = list(raw, 'references').map((item) => {
    unique('reference', item)
    return {
      id: String(item.id),
      authors: strs(item, 'authors'),
      year: Number(item.year),
      venue: String(item.venue),
      venueAliases: strs(item, 'venueAliases'),
      design: String(item.design),
      topics: strs(item, 'topics'),
      statement: String(item.statement),
      url: str(item, 'url'),
      origin: origin(item)
    }
  })

  if (problems.length > 0) throw new PackError(problems)

  return {
    name: String(raw.pack),
    description: str(raw, 'description') ?? '',
    file,
    entities,
    properties,
    targets,
    facts,
    lexicons,
    references
  }
}
