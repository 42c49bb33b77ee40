/**
 * The ketamine press releases against the gold annotations made by reading them
 * (`test/eval/annotations/ketamine-releases-facts.yml` and `…-overclaims.yml`).
 *
 * A message matches an annotation entry when it is in the same file, within one line of it, and its
 * rule is compatible with the entry's kind (`compatible` below). Per rule group:
 * - precision: the share of the group's warnings and errors that are right. A message is right when
 *   it matches an entry, or when `release-verdicts.yml` says so; a verdict there wins over the match
 *   (so a contradiction message with no entry counts as false unless a verdict says it is right).
 * - recall: the share of the group's entries found, each message finding at most one entry (nearest
 *   line first), so two hype words on one line need two messages.
 * Information messages (quoted or attributed speech) are listed but left out of the main figures,
 * as in the careful prose measure; `withInfo` gives the figures with them counted. Every figure is given on the whole set and on the halves (hash of the file name).
 */
import {groups, halfOf, staleVerdicts, verdictFor} from './folders.js'

/** Which annotation kinds a message of each rule can rightly point at. */
const factKinds = ['fact', 'contradiction', 'evidence-status', 'class', 'regulatory-term']
export const compatible = {
  'claim-fact': factKinds,
  citation: factKinds,
  'claim-contradiction': factKinds,
  'claim-contradiction-across-files': factKinds,
  hype: ['hype', 'headline-overclaim', 'guarantee'],
  'headline-overclaim': ['headline-overclaim', 'hype'],
  absolute: ['absolute', 'guarantee', 'lasting-benefit'],
  'certainty-booster': ['certainty-booster', 'causal-overclaim'],
  'efficacy-overclaim': ['guarantee', 'certainty-booster', 'absolute', 'preclinical-as-human'],
  'causal-overclaim': ['causal-overclaim', 'preclinical-as-human', 'certainty-booster'],
  'time-course': ['time-course', 'lasting-benefit', 'guarantee']
}

/** The measured groups: their rules and the annotation set they are scored against. */
export const releaseGroups = [
  {name: 'fact and citation', rules: groups['fact and citation'], set: 'facts', target: {precision: 0.9, recall: 0.8}},
  {name: 'contradiction and fact', rules: groups['contradiction and fact'], set: 'facts', target: {precision: 0.9}},
  {name: 'overstatement', rules: groups.overstatement, set: 'overclaims', target: {precision: 0.9, recall: 0.8}}
]

/** Score one part (a list of file names) of the linted releases against the annotations. */
function score(group, files, entries, verdicts, withInfo = false) {
  const names = new Set(files.map((file) => file.name))
  const gold = entries.filter((entry) => names.has(entry.file))
  const messages = files.flatMap((file) => file.messages.filter((message) => (withInfo || !message.info) && group.rules.includes(message.ruleId)).map((message) => ({...message, file: file.name})))
  const fits = (message, entry) => entry.file === message.file && Math.abs(entry.line - message.line) <= 1 && (compatible[message.ruleId] ?? []).includes(entry.kind)
  const judged = messages.map((message) => {
    const verdict = verdictFor(verdicts, message.file, message)
    const matches = gold.some((entry) => fits(message, entry))
    return {...message, right: verdict ? verdict.verdict === 'right' : matches, verdict: verdict?.verdict, reason: verdict?.reason}
  })
  // One message finds one entry: pair them nearest line first, then the kind the rule names first
  // (a hype message finds the hype entry of its line before a guarantee entry of the same line).
  const pairs = []
  for (const message of judged) {
    if (message.verdict === 'false alarm') continue
    for (const entry of gold) if (fits(message, entry)) pairs.push({message, entry, distance: Math.abs(entry.line - message.line), rank: compatible[message.ruleId].indexOf(entry.kind)})
  }
  pairs.sort((a, b) => a.distance - b.distance || a.rank - b.rank)
  const usedMessages = new Set()
  const found = new Set()
  for (const {message, entry} of pairs) {
    if (usedMessages.has(message) || found.has(entry)) continue
    usedMessages.add(message)
    found.add(entry)
  }
  const right = judged.filter((message) => message.right).length
  const byKind = {}
  for (const entry of gold) {
    byKind[entry.kind] ??= {entries: 0, found: 0}
    byKind[entry.kind].entries++
    if (found.has(entry)) byKind[entry.kind].found++
  }
  return {
    messages: judged.length,
    right,
    precision: judged.length === 0 ? null : right / judged.length,
    entries: gold.length,
    found: found.size,
    recall: gold.length === 0 ? null : found.size / gold.length,
    byKind,
    misses: gold.filter((entry) => !found.has(entry)),
    falseAlarms: judged.filter((message) => !message.right)
  }
}

/** The figures for the releases: per group, per part; and the trap lines a false alarm fell on. */
export function scoreReleases(linted, annotations, verdicts) {
  const parts = {all: linted.files, 'half a': linted.files.filter((file) => halfOf(file.name) === 'a'), 'half b': linted.files.filter((file) => halfOf(file.name) === 'b')}
  const traps = [...(annotations.facts?.traps ?? []), ...(annotations.overclaims?.traps ?? [])]
  const trapAt = (file, line) => traps.find((trap) => trap.file === file && Math.abs(trap.line - line) <= 1)
  const results = {}
  for (const group of releaseGroups) {
    const entries = annotations[group.set]?.entries ?? []
    results[group.name] = {}
    for (const [part, files] of Object.entries(parts)) {
      const r = score(group, files, entries, verdicts)
      for (const message of r.falseAlarms) message.trap = trapAt(message.file, message.line)?.note
      // The same with information messages (quoted or attributed speech) counted as findings too.
      const withInfo = score(group, files, entries, verdicts, true)
      r.withInfo = {messages: withInfo.messages, right: withInfo.right, precision: withInfo.precision, found: withInfo.found, recall: withInfo.recall}
      results[group.name][part] = r
    }
  }
  const info = linted.files.flatMap((file) => file.messages.filter((message) => message.info).map((message) => ({...message, file: file.name})))
  return {
    seconds: Math.round(linted.seconds * 10) / 10,
    files: linted.files.length,
    stale: staleVerdicts(verdicts, linted.files.flatMap((file) => file.messages.map((message) => ({file: file.name, message})))),
    halves: {a: parts['half a'].length, b: parts['half b'].length},
    entries: {facts: annotations.facts?.entries.length ?? 0, overclaims: annotations.overclaims?.entries.length ?? 0, traps: traps.length},
    groups: results,
    info
  }
}
