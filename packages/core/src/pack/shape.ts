/**
 * The schema of a rule pack, as data: what keys each mapping allows, what type each value has.
 * Kept as a small shape language (rather than JSON Schema + a validator library) because every
 * error must name the line and column of the offending YAML node, which the walker in
 * `validate.ts` gets directly from the YAML syntax tree.
 */

export type Shape =
  | {kind: 'string'; pattern?: RegExp; hint?: string}
  | {kind: 'number'}
  | {kind: 'enum'; values: readonly string[]}
  | {kind: 'list'; of: Shape}
  /** A string or a list of strings, compiled to a list. */
  | {kind: 'strings'}
  | {kind: 'pair'}
  | {kind: 'object'; fields: Record<string, Field>}

export interface Field {
  shape: Shape
  required?: boolean
}

const id: Shape = {kind: 'string', pattern: /^[a-z\d][a-z\d-]*$/, hint: 'a kebab-case id such as `nmda-receptor`'}
const text: Shape = {kind: 'string'}
const strings: Shape = {kind: 'strings'}
const url: Shape = {kind: 'string', pattern: /^https?:\/\/\S+$/, hint: 'an absolute http(s) URL'}
const status: Shape = {kind: 'enum', values: ['established', 'supported', 'preclinical', 'speculative']}

const entity: Shape = {
  kind: 'object',
  fields: {
    id: {shape: id, required: true},
    label: {shape: text},
    kind: {shape: {kind: 'enum', values: ['drug', 'drug-class', 'treatment', 'procedure', 'substance', 'comparator']}},
    aliases: {shape: strings, required: true},
    parent: {shape: id},
    classes: {shape: strings}
  }
}

const value: Shape = {
  kind: 'object',
  fields: {
    id: {shape: id, required: true},
    label: {shape: text},
    words: {shape: strings, required: true},
    wording: {shape: text}
  }
}

const property: Shape = {
  kind: 'object',
  fields: {
    id: {shape: id, required: true},
    label: {shape: text},
    kind: {shape: {kind: 'enum', values: ['category', 'interval']}},
    cardinality: {shape: {kind: 'enum', values: ['one', 'set']}},
    target: {shape: {kind: 'enum', values: ['receptor', 'form', 'outcome']}},
    values: {shape: {kind: 'list', of: value}},
    excludes: {shape: {kind: 'list', of: {kind: 'pair'}}}
  }
}

const target: Shape = {
  kind: 'object',
  fields: {
    id: {shape: id, required: true},
    kind: {shape: {kind: 'enum', values: ['receptor', 'form', 'outcome']}, required: true},
    label: {shape: text},
    words: {shape: strings, required: true},
    implies: {
      shape: {
        kind: 'object',
        fields: {property: {shape: id, required: true}, value: {shape: id, required: true}, rulesOut: {shape: strings}}
      }
    }
  }
}

const date: Shape = {kind: 'string', pattern: /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, hint: 'a date such as `2019-03-05`, `2019-03` or `2019`'}

/** A fact's scope: the jurisdiction, product, population, dose context and time it holds for. */
const factScope: Shape = {
  kind: 'object',
  fields: {
    /** `US` (the default) or another jurisdiction; `any` for facts of pharmacology that hold everywhere. */
    jurisdiction: {shape: text},
    /** Products or forms (target ids) the fact is about, when not every product of the subject. */
    products: {shape: strings},
    /** Who the fact holds for (`adults`, `ages 12 and up`), as the source words it. */
    population: {shape: text},
    /** Dose context (`sub-anaesthetic`, `single dose`), as the source words it. */
    dose: {shape: text},
    /**
     * Approval facts: the complete set of indications (ids of the `conditions` lexicon) the
     * approvals cover. A claim of approval for a condition outside the set is checked.
     */
    indications: {shape: strings},
    /** The status holds from this date (a withdrawal, a declined application). */
    since: {shape: date},
    /** The status held until this date and no longer. */
    until: {shape: date}
  }
}

const fact: Shape = {
  kind: 'object',
  fields: {
    id: {shape: {kind: 'string', pattern: /^[A-Za-z][\w-]*$/, hint: 'an id such as `MECH-01`'}, required: true},
    subject: {shape: id, required: true},
    property: {shape: id, required: true},
    target: {shape: id},
    value: {shape: id, required: true},
    /** Interval facts: `[low, high]` written as durations such as `1 hour`. */
    range: {shape: {kind: 'pair'}},
    status: {shape: status, required: true},
    statement: {shape: text, required: true},
    expected: {shape: strings},
    source: {shape: text, required: true},
    url: {shape: url},
    /** Approval facts: the dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) the approvals were granted. */
    dates: {shape: strings},
    /** Where, for what and since when the fact holds; a claim outside it is not judged by it. */
    scope: {shape: factScope},
    /** The id of an earlier pack's fact this one replaces; without it, contradicting one is an error. */
    overrides: {shape: {kind: 'string', pattern: /^[A-Za-z][\w-]*$/, hint: 'the id of the fact to replace, such as `MECH-01`'}}
  }
}

const lexiconEntry: Shape = {
  kind: 'object',
  fields: {
    id: {shape: id, required: true},
    phrases: {shape: strings, required: true},
    reason: {shape: text, required: true},
    expected: {shape: strings},
    tags: {shape: strings}
  }
}

const lexicon: Shape = {
  kind: 'object',
  fields: {
    id: {shape: id, required: true},
    description: {shape: text},
    entries: {shape: {kind: 'list', of: lexiconEntry}, required: true}
  }
}

const reference: Shape = {
  kind: 'object',
  fields: {
    id: {shape: id, required: true},
    authors: {shape: strings, required: true},
    year: {shape: {kind: 'number'}, required: true},
    venue: {shape: text, required: true},
    venueAliases: {shape: strings},
    design: {shape: text, required: true},
    topics: {shape: strings, required: true},
    statement: {shape: text, required: true},
    url: {shape: url}
  }
}

/** The whole pack file. */
export const packShape: Shape = {
  kind: 'object',
  fields: {
    pack: {shape: id, required: true},
    description: {shape: text},
    entities: {shape: {kind: 'list', of: entity}},
    properties: {shape: {kind: 'list', of: property}},
    targets: {shape: {kind: 'list', of: target}},
    facts: {shape: {kind: 'list', of: fact}},
    lexicons: {shape: {kind: 'list', of: lexicon}},
    references: {shape: {kind: 'list', of: reference}}
  }
}
