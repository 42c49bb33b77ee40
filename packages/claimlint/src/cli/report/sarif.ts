/**
 * SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers: tool and rule metadata
 * (descriptions, help URLs, default levels), one result per message with its region, the other side
 * of a contradiction as a related location, and stable `partialFingerprints`. Files that could not
 * be read become tool execution notifications.
 */
import {pathToFileURL} from 'node:url'
import {presetRules} from 'retext-preset-claimlint'
import type {Location, Log, Notification, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {createFingerprinter, fingerprintKey} from './fingerprint.js'
import {causeOf, isFileFailure, levelOf, messagesOf, regionOf} from './messages.js'
import {causePath, filePath} from './paths.js'

export interface SarifOptions {
  cwd: string
  version: string
  silent?: boolean | undefined
}

const informationUri = 'https://github.com/claimlint/claimlint'
const rulesBase = 'https://github.com/claimlint/claimlint/blob/main/docs/rules/'
const levels: Record<string, 'error' | 'warning' | 'none'> = {error: 'error', '2': 'error', warn: 'warning', on: 'warning', true: 'warning', '1': 'warning'}

type SarifRule = ReportingDescriptor & {helpUri: string; shortDescription: {text: string}}

function toName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())
}

function ruleFor(id: string, message: VFileMessage | undefined): SarifRule {
  const preset = presetRules.find((rule) => rule.id === id)
  const helpUri = message?.url ?? `${rulesBase}${id}.md`
  const description = preset?.description ?? (message?.source === 'claimlint' ? 'claimlint comments that cannot be applied' : id)
  const text = (description.charAt(0).toUpperCase() + description.slice(1)).replace(/\.$/, '')
  return {
    id,
    name: toName(id),
    shortDescription: {text},
    helpUri,
    help: {text: `${text}. See ${helpUri}`},
    defaultConfiguration: {level: preset ? (levels[String(preset.severity)] ?? 'none') : 'warning'},
    properties: message?.source ? {source: message.source} : {}
  }
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, (bracket) => `\\${bracket}`)
}

function location(uri: string, message: {line?: number | undefined; column?: number | undefined; place?: VFileMessage['place']}): Location {
  const region = regionOf(message)
  return {physicalLocation: {artifactLocation: {uri: encodeURI(uri), uriBaseId: '%SRCROOT%'}, ...(region ? {region} : {})}}
}

/** Render files as a SARIF 2.1.0 log (a JSON string). */
export function sarifReport(files: readonly VFile[], options: SarifOptions): string {
  const rules: SarifRule[] = presetRules.map((rule) => ruleFor(rule.id, undefined))
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const results: Result[] = []
  const notifications: Notification[] = []
  const fingerprint = createFingerprinter()

  for (const file of files) {
    const path = filePath(file, options.cwd)
    for (const message of messagesOf(file, options.silent ?? false)) {
      if (isFileFailure(message)) {
        notifications.push({level: 'error', message: {text: message.reason}, locations: [location(path, {})]})
        continue
      }
      const ruleId = message.ruleId ?? message.source ?? 'claimlint'
      let index = ruleIndex.get(ruleId)
      if (index === undefined) {
        index = rules.length
        rules.push(ruleFor(ruleId, message))
        ruleIndex.set(ruleId, index)
      } else if (message.url && rules[index]!.helpUri !== message.url) {
        rules[index] = {...rules[index]!, helpUri: message.url, help: {text: `${rules[index]!.shortDescription.text}. See ${message.url}`}}
      }
      const cause = causeOf(message)
      const otherPath = cause ? causePath(cause, file, options.cwd) : undefined
      const result: Result = {
        ruleId,
        ruleIndex: index,
        level: levelOf(message),
        message: {text: cause ? `${escapeLinkText(message.reason)} ([the other side](1))` : message.reason},
        locations: [location(path, message)],
        partialFingerprints: {
          [fingerprintKey]: fingerprint({ruleId, path, message})
        },
        properties: {
          ...(message.source ? {source: message.source} : {}),
          ...(message.actual === undefined ? {} : {actual: message.actual}),
          ...(message.expected ? {expected: message.expected} : {}),
          ...(message.note ? {note: message.note} : {})
        }
      }
      if (cause && otherPath) {
        result.relatedLocations = [{id: 1, message: {text: cause.reason}, ...location(otherPath, cause)}]
      }
      results.push(result)
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'claimlint', version: options.version, semanticVersion: options.version, informationUri, rules}},
        originalUriBaseIds: {'%SRCROOT%': {uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}`}},
        columnKind: 'utf16CodeUnits',
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        results
      }
    ]
  }
  return JSON.stringify(log, undefined, 2)
}
