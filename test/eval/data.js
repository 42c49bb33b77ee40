/**
 * Readers for the labelled development sets in `../shared/data/` (see its README). Each reader
 * returns `undefined` when its file is absent, so the harness can say so and carry on.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Where the data lives: `CLAIMLINT_DATA`, else `../shared/data` next to the repository. */
export const dataDir = process.env.CLAIMLINT_DATA ?? path.resolve(here, '../../../shared/data')

function read(relative) {
  const file = path.join(dataDir, relative)
  return fs.existsSync(file) ? {file, text: fs.readFileSync(file, 'utf8')} : undefined
}

function jsonl(relative) {
  const found = read(relative)
  if (!found) return undefined
  return found.text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++
      row.push(field)
      field = ''
      if (row.some((cell) => cell !== '')) rows.push(row)
      row = []
    } else field += char
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  const [header, ...body] = rows
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])))
}

/** BioScope abstracts: `{text, speculative, cues}` per sentence. */
export function bioscope() {
  const found = read('hedge/bioscope-abstracts.dev.tsv')
  if (!found) return undefined
  const [header, ...lines] = found.text.split(/\r?\n/).filter((line) => line.trim())
  const columns = header.split('\t')
  return lines.map((line) => {
    const cells = line.split('\t')
    const row = Object.fromEntries(columns.map((name, index) => [name, cells[index] ?? '']))
    return {
      id: `${row.doc_id}/${row.sent_id}`,
      text: row.text,
      speculative: row.has_speculation === '1',
      cues: row.speculation_cues ? row.speculation_cues.split('|') : []
    }
  })
}

/** PubMed conclusion sentences with a claim-strength class. */
export function claimStrength() {
  const found = read('claim-strength/pubmed-conclusions.dev.csv')
  if (!found) return undefined
  return parseCsv(found.text).map((row, index) => ({id: index, text: row.sentence, label: row.label}))
}

/** Science findings with the annotators' mean certainty (1–6). */
export function scienceFindings() {
  return jsonl('certainty/science-findings.dev.jsonl')?.map((row) => ({id: row.id, text: row.finding, certainty: row.certainty_1_to_6}))
}

/** Press-release conclusion paired with its abstract's conclusion. */
export function exaggeration() {
  return jsonl('exaggeration/press-release-vs-abstract.dev.jsonl')?.map((row) => ({
    id: row.original_file_id,
    release: row.press_release_conclusion,
    abstract: row.abstract_conclusion,
    releaseStrength: row.press_release_strength,
    abstractStrength: row.abstract_strength,
    label: row.exaggeration_label
  }))
}

/** Health press releases with the HealthNewsReview "sensational language" verdict. */
export function pressReleases() {
  return jsonl('hype/health-press-releases.dev.jsonl')?.map((row) => ({
    id: row.id,
    title: row.title,
    text: row.text,
    sensational: row.sensational_language === 'Not Satisfactory',
    explanation: row.sensational_language_explanation
  }))
}

/**
 * Split a set into two halves by a stable hash of each item's id, so the figures can be checked
 * on a part that was not looked at while tuning.
 */
export function half(items, which) {
  return items.filter((item) => {
    let hash = 2166136261
    for (const char of String(item.id)) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
    return ((hash >>> 0) % 2 === 0) === (which === 'a')
  })
}
