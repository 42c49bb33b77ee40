#!/usr/bin/env node
/**
 * `pnpm eval`: measure claimlint's certainty, claim-strength and overstatement judgements on the
 * labelled development sets in `../shared/data/` (see its README), the whole linter on two folders
 * of real articles (careful Wikipedia prose, where nearly every message is a false alarm, and the
 * ketamine press releases against the gold annotations in `test/eval/annotations/`), and write the
 * figures to `docs/evaluation.md`. Each set is scored as a whole and on two halves split by a hash of the
 * item id, so a figure that holds only on the part that was looked at while tuning shows up.
 *
 * Options: `--slice N` scores only the first N items of each set and the first N files of each
 * folder (a smoke run); `--no-write`
 * prints without writing the docs page; `--json` prints the figures as JSON; `--folders` runs only
 * the two folders of real articles (a few seconds).
 * Needs a build first (`pnpm build`): it reads the compiled packages.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {knowledgeFor} from '@claimlint/packs'
import * as data from './data.js'
import {countsOf, judgeRelease, releaseText, reportsControlledEvidence, wordingRules} from './documents.js'
import {binary, round} from './metrics.js'
import {certaintyTask, exaggerationTask, hedgeTask, strengthTask} from './sentences.js'
import {carefulProse} from './careful-prose.js'
import {lintFolder, readYaml, verdictsOf} from './folders.js'
import {scoreReleases} from './releases.js'
import {folderSummaryRows, renderFolders} from './render-folders.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const sliceAt = args.indexOf('--slice')
const slice = sliceAt >= 0 ? Number(args[sliceAt + 1]) : undefined
const write = !args.includes('--no-write') && slice === undefined
const asJson = args.includes('--json')
const foldersOnly = args.includes('--folders')

const knowledge = knowledgeFor()
const started = Date.now()
const results = {dataDir: data.dataDir, slice: slice ?? null, sets: {}}
const missing = []

const take = (rows) => (slice === undefined ? rows : rows.slice(0, slice))
const parts = (rows) => ({all: rows, 'half a': data.half(rows, 'a'), 'half b': data.half(rows, 'b')})

function load(name, reader) {
  if (foldersOnly) return undefined
  const rows = reader()
  if (!rows) {
    missing.push(name)
    console.warn(`eval: ${name} is absent from ${data.dataDir}; skipped`)
    return undefined
  }
  return take(rows)
}

const pct = (value) => round(value, 3)

// Hedge detection, sentence level (BioScope abstracts).
const bioscope = load('hedge/bioscope-abstracts.dev.tsv', data.bioscope)
if (bioscope) {
  results.sets.hedge = {}
  for (const [part, rows] of Object.entries(parts(bioscope))) {
    const r = hedgeTask(knowledge, rows)
    results.sets.hedge[part] = {n: rows.length, precision: pct(r.precision), recall: pct(r.recall), f1: pct(r.f1), matrix: {tp: r.tp, fp: r.fp, fn: r.fn, tn: r.tn}}
  }
}

/** The figures of a multi-class task: size, macro-F1, accuracy, per class, confusion matrix. */
function classifierFigures(r) {
  return {
    n: r.n,
    macroF1: pct(r.macroF1),
    accuracy: pct(r.accuracy),
    perClass: Object.fromEntries(r.perClass.map((c) => [c.label, {precision: pct(c.precision), recall: pct(c.recall), f1: pct(c.f1)}])),
    labels: r.labels,
    matrix: r.matrix
  }
}

// Claim strength, 4 classes (PubMed conclusions).
const pubmed = load('claim-strength/pubmed-conclusions.dev.csv', data.claimStrength)
if (pubmed) {
  results.sets.strength = {}
  for (const [part, rows] of Object.entries(parts(pubmed))) {
    const r = strengthTask(knowledge, rows)
    results.sets.strength[part] = classifierFigures(r)
  }
}

// Certainty of science findings (1–6).
const findings = load('certainty/science-findings.dev.jsonl', data.scienceFindings)
if (findings) {
  results.sets.certainty = {}
  for (const [part, rows] of Object.entries(parts(findings))) {
    const r = certaintyTask(knowledge, rows)
    results.sets.certainty[part] = {n: r.n, spearman: pct(r.rho)}
  }
}

// Press release vs abstract: exaggeration from the two sides' strengths.
const pairs = load('exaggeration/press-release-vs-abstract.dev.jsonl', data.exaggeration)
if (pairs) {
  results.sets.exaggeration = {}
  for (const [part, rows] of Object.entries(parts(pairs))) {
    const r = exaggerationTask(knowledge, rows)
    results.sets.exaggeration[part] = {
      ...classifierFigures(r),
      strengthAccuracy: pct(r.strength.accuracy),
      strengthMacroF1: pct(r.strength.macroF1)
    }
  }
}

// HealthNewsReview "sensational language" per release (document level).
const releases = load('hype/health-press-releases.dev.jsonl', data.pressReleases)
const allRules = ['hype', 'absolute', 'certainty-booster', 'efficacy-overclaim', 'time-course', 'causal-overclaim', 'headline-overclaim']
if (releases) {
  const documents = new Map(
    releases.map((release) => {
      const text = releaseText(release)
      const {counts, messages} = countsOf(text)
      // The same count without quoted or attributed speech (messages reported as information).
      const own = {}
      for (const message of messages) if (message.fatal !== undefined) own[message.ruleId] = (own[message.ruleId] ?? 0) + 1
      const controlled = reportsControlledEvidence(text)
      return [release.id, {counts, controlled, own: {counts: own, controlled}}]
    })
  )
  const scored = (b) => ({precision: pct(b.precision), recall: pct(b.recall), f1: pct(b.f1), accuracy: pct(b.accuracy), matrix: {tp: b.tp, fp: b.fp, fn: b.fn, tn: b.tn}})
  results.sets.sensational = {}
  for (const [part, rows] of Object.entries(parts(releases))) {
    const gold = rows.map((row) => row.sensational)
    const perRule = {}
    for (const id of allRules) {
      const b = binary(gold, rows.map((row) => (documents.get(row.id).counts[id] ?? 0) > 0))
      perRule[id] = {fires: b.tp + b.fp, precision: pct(b.precision), recall: pct(b.recall), f1: pct(b.f1)}
    }
    // The release-level judgement (evidence-aware), and the bare count of messages for comparison.
    const thresholds = {}
    const counts = {}
    for (const threshold of [1, 2, 3]) {
      thresholds[threshold] = scored(binary(gold, rows.map((row) => judgeRelease(documents.get(row.id), threshold))))
      const count = (row) => wordingRules.reduce((sum, id) => sum + (documents.get(row.id).counts[id] ?? 0), 0)
      counts[threshold] = scored(binary(gold, rows.map((row) => count(row) >= threshold)))
    }
    const controlled = rows.filter((row) => documents.get(row.id).controlled)
    const ownOnly = scored(binary(gold, rows.map((row) => judgeRelease(documents.get(row.id).own, 1))))
    // Among the releases the wording rules report on at all: how often the reviewers agreed, with and without a controlled trial.
    const flagged = rows.filter((row) => wordingRules.some((id) => (documents.get(row.id).counts[id] ?? 0) > 0))
    const share = (subset) => ({n: subset.length, positives: subset.filter((row) => row.sensational).length})
    results.sets.sensational[part] = {
      n: rows.length,
      positives: gold.filter(Boolean).length,
      controlled: controlled.length,
      controlledPositives: controlled.filter((row) => row.sensational).length,
      flaggedControlled: share(flagged.filter((row) => documents.get(row.id).controlled)),
      flaggedOther: share(flagged.filter((row) => !documents.get(row.id).controlled)),
      perRule,
      thresholds,
      counts,
      ownOnly
    }
  }
}

// Careful prose: the Wikipedia drug articles, linted as one folder as the CLI does.
const annotationsDir = path.join(root, 'test/eval/annotations')
const carefulDir = path.join(data.dataDir, 'careful-prose/wikipedia-drugs')
const carefulLinted = await lintFolder(carefulDir, slice)
if (carefulLinted) results.sets.careful = carefulProse(carefulLinted, verdictsOf(readYaml(path.join(annotationsDir, 'careful-prose-verdicts.yml'))))
else {
  missing.push('careful-prose/wikipedia-drugs/')
  console.warn(`eval: careful-prose/wikipedia-drugs/ is absent from ${data.dataDir}; skipped`)
}

// The ketamine press releases against the gold annotations made by reading them.
const releasesDir = path.join(data.dataDir, 'ketamine-press-releases')
const releaseAnnotations = {
  facts: readYaml(path.join(annotationsDir, 'ketamine-releases-facts.yml')),
  overclaims: readYaml(path.join(annotationsDir, 'ketamine-releases-overclaims.yml'))
}
const releasesLinted = await lintFolder(releasesDir, slice)
if (!releasesLinted) {
  missing.push('ketamine-press-releases/')
  console.warn(`eval: ketamine-press-releases/ is absent from ${data.dataDir}; skipped`)
} else if (!releaseAnnotations.facts || !releaseAnnotations.overclaims) {
  missing.push('test/eval/annotations/ketamine-releases-*.yml')
  console.warn('eval: the ketamine release annotations are absent from test/eval/annotations/; skipped')
} else results.sets.releases = scoreReleases(releasesLinted, releaseAnnotations, verdictsOf(readYaml(path.join(annotationsDir, 'release-verdicts.yml'))))

results.seconds = round((Date.now() - started) / 1000, 1)
results.missing = missing

if (asJson) console.log(JSON.stringify(results, null, 2))
else console.log(render(results))
if (write && foldersOnly) console.log('eval: --folders run; docs/evaluation.md not written (run `pnpm eval` for the whole page)')
else if (write) {
  fs.writeFileSync(path.join(root, 'docs/evaluation.md'), render(results))
  console.log('eval: wrote docs/evaluation.md')
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
}

function matrixTable(labels, matrix) {
  return table(['gold \\ predicted', ...labels], matrix.map((row, index) => [labels[index], ...row]))
}

function render(r) {
  const out = []
  out.push('# Evaluation')
  out.push('')
  out.push(
    'Generated by `pnpm eval` (`test/eval/run.js`) from the labelled development sets in `../shared/data/` and two folders of real articles there (careful Wikipedia prose; the ketamine press releases, scored against the annotation in `test/eval/annotations/`); do not edit by hand. ' +
      'Every figure is given on the whole development set and on two halves split by a hash of the item id (`half a`, `half b`): ' +
      'the rules were tuned while looking at errors on half a, so half b is the fairer estimate of what a new set will show. ' +
      'No model is trained or downloaded: everything below comes from the lexicons in `rules/` and the rules in ' +
      '`packages/core/src/certainty.ts` and `packages/retext-overstatement`.'
  )
  out.push('')
  out.push(`Run time: ${r.seconds} s.${r.missing.length ? ` Skipped (absent): ${r.missing.join(', ')}.` : ''}`)
  const s = r.sets
  const summary = []
  const verdict = (ok) => (ok ? 'met' : '**not met**')
  if (s.hedge) summary.push(['Hedge detection (BioScope), sentence F1', '≥ 0.85', `${s.hedge.all.f1} (a ${s.hedge['half a'].f1}, b ${s.hedge['half b'].f1})`, verdict(Math.min(s.hedge.all.f1, s.hedge['half a'].f1, s.hedge['half b'].f1) >= 0.85)])
  if (s.strength) summary.push(['Claim strength (PubMed), macro-F1', '≥ 0.75', `${s.strength.all.macroF1} (a ${s.strength['half a'].macroF1}, b ${s.strength['half b'].macroF1})`, verdict(Math.min(s.strength.all.macroF1, s.strength['half a'].macroF1, s.strength['half b'].macroF1) >= 0.75)])
  if (s.certainty) summary.push(['Certainty of findings, Spearman ρ', 'report', `${s.certainty.all.spearman} (a ${s.certainty['half a'].spearman}, b ${s.certainty['half b'].spearman})`, '—'])
  if (s.exaggeration) summary.push(['Release vs abstract exaggeration, accuracy / macro-F1', 'report', `${s.exaggeration.all.accuracy} / ${s.exaggeration.all.macroF1}`, '—'])
  if (s.sensational) {
    const at = (part) => s.sensational[part].thresholds
    const best = Object.entries(at('all')).find(([, t]) => t.recall >= 0.5)
    const halves = ['half a', 'half b'].map((part) => `${part.slice(-1)} ${at(part)['1'].precision} / ${at(part)['1'].recall}`).join(', ')
    const heldOut = ['half a', 'half b'].filter((part) => !(at(part)['1'].recall >= 0.5 && at(part)['1'].precision >= 0.6))
    summary.push([
      'Sensational language (HealthNewsReview), precision at recall ≥ 0.5',
      '≥ 0.6',
      best
        ? `${best[1].precision} at k = ${best[0]} (recall ${best[1].recall}; at k = 1, precision / recall on the halves: ${halves})`
        : `recall stays below 0.5; at k = 1: precision ${at('all')['1'].precision}, recall ${at('all')['1'].recall} (${halves})`,
      best && best[1].precision >= 0.6 ? `met on the dev set${heldOut.length ? `; **not met** on ${heldOut.join(' and ')} (recall)` : ''}` : verdict(false)
    ])
  }
  summary.push(...folderSummaryRows(s))
  if (summary.length > 0) {
    out.push('', '## Summary', '')
    out.push(table(['measure', 'target', 'dev set (halves)', 'status'], summary))
    out.push(
      '',
      'Notes on the figures: the claim-strength lexicon was tuned on half a; late in tuning the conditional-causal errors of half b were also read, so half b is not a clean held-out estimate for that class (the held-out sets kept outside the project are). The hype lexicons and their exceptions were refined by reading what the rules flagged in satisfactory releases of both halves, so neither half of the press-release set is held out. ' +
        (s.sensational
          ? 'The HealthNewsReview label judges a whole release, including its quotes, its headline and whether its claims fit the quality of the evidence; the overstatement rules only see wording and stay quiet on hedged hype ("could be a game changer", "a potential cure") by design, which the reviewers sometimes count against a release. ' +
            'The lexicon entries added for this measure (wonder words, "works wonders", "offers hope", "major advance", "landmark study", "world-class", "huge impact", disease-conquering metaphors, patient-testimonial phrases, "only mild side effects") are general English hype patterns chosen by reading the reviewers\' explanations on half a only, never phrases copied from one release; half b was used to check them. The allowance for a controlled trial (below) follows from the label\'s wording ("unjustifiable"); its effect was looked at on both halves before it was adopted. ' +
            `The judgement flags ${Math.round((100 * (s.sensational.all.thresholds['1'].matrix.tp + s.sensational.all.thresholds['1'].matrix.fp)) / s.sensational.all.n)}% of the releases, against a base rate of ${Math.round((100 * s.sensational.all.positives) / s.sensational.all.n)}% not satisfactory; ` +
            'on half a, 25 of the reviewers\' 61 explanations of a fault discuss the headline, often a plain claim ("improves survival", "detects early cancer") that the study cannot support rather than a hype word, which no word list finds. ' +
            (s.sensational['half b'].thresholds['1'].recall < 0.5 ? `Half b has fewer hype words to find, and its recall is ${s.sensational['half b'].thresholds['1'].recall}. ` : '') +
            'The judgement is a useful signal for editors, not a substitute for the reviewers\' judgement.'
          : '')
    )
  }
  if (s.hedge) {
    out.push('', '## Hedge detection, sentence level (BioScope abstracts)', '')
    out.push('A sentence is predicted speculative when `assessSentence` grades it `hedged` (a hedge cue outside the `not-hedges` phrases; approximators such as "partly" do not count). Target: F1 ≥ 0.85 (the best CoNLL-2010 systems reached about 0.85).', '')
    out.push(table(['part', 'n', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'TN'], Object.entries(s.hedge).map(([part, x]) => [part, x.n, x.precision, x.recall, x.f1, x.matrix.tp, x.matrix.fp, x.matrix.fn, x.matrix.tn])))
  }
  if (s.strength) {
    out.push('', '## Claim strength, 4 classes (PubMed conclusions)', '')
    out.push('The `strength` of `assessSentence`: direct causal, conditional causal ("may reduce"), correlational, none. Target: macro-F1 ≥ 0.75 (the data authors\' fine-tuned BERT: 0.88).', '')
    out.push(table(['part', 'n', 'macro-F1', 'accuracy', ...s.strength.all.labels.map((l) => `F1 ${l}`)], Object.entries(s.strength).map(([part, x]) => [part, x.n, x.macroF1, x.accuracy, ...x.labels.map((l) => x.perClass[l].f1)])))
    out.push('', 'Per class on the whole set:', '')
    out.push(table(['class', 'precision', 'recall', 'F1'], s.strength.all.labels.map((l) => [l, s.strength.all.perClass[l].precision, s.strength.all.perClass[l].recall, s.strength.all.perClass[l].f1])))
    out.push('', 'Confusion matrix (whole set):', '', matrixTable(s.strength.all.labels, s.strength.all.matrix))
  }
  if (s.certainty) {
    out.push('', '## Certainty of science findings (1–6)', '')
    out.push('Spearman correlation between `certaintyScore` (1–6, from hedges, boosters and strength) and the annotators\' mean certainty.', '')
    out.push(table(['part', 'n', 'Spearman ρ'], Object.entries(s.certainty).map(([part, x]) => [part, x.n, x.spearman])))
  }
  if (s.exaggeration) {
    out.push('', '## Press release vs abstract: exaggeration', '')
    out.push('Each side\'s strength is the strongest sentence strength (0 none … 3 direct causal); the release exaggerates when its strength is higher, downplays when lower.', '')
    out.push(table(['part', 'n', 'accuracy', 'macro-F1', 'strength accuracy (0–3)', 'strength macro-F1'], Object.entries(s.exaggeration).map(([part, x]) => [part, x.n, x.accuracy, x.macroF1, x.strengthAccuracy, x.strengthMacroF1])))
    out.push('', 'Confusion matrix (whole set):', '', matrixTable(s.exaggeration.all.labels, s.exaggeration.all.matrix))
  }
  if (s.sensational) {
    const all = s.sensational.all
    const rate = (x) => `${x.positives} of ${x.n} (${Math.round((100 * x.positives) / Math.max(1, x.n))}%)`
    out.push('', '## HealthNewsReview "sensational language", per release', '')
    out.push(
      'The release-level judgement: a release (title + body) is sensational when the wording rules (`hype`, `absolute`, `certainty-booster`, `headline-overclaim`) report at least *k* times, or at least *k* + 1 times when the release reports a randomised, placebo-controlled or blinded trial or a regulator\'s approval (the `controlled-evidence` lexicon in `rules/overstatement/evidence.yml`; ' +
        `${all.controlled} of the ${all.n} releases). Target: precision ≥ 0.6 at recall ≥ 0.5. The code is \`judgeRelease\` in \`test/eval/documents.js\`.`,
      '',
      `- **Quoted speech counts.** claimlint reports hype inside quotation marks or attributed speech ("…, said the lead author") as information (\`info\`, \`fatal: undefined\`) by default, because it is not the writer's own claim. The reviewers, though, judge the whole release: it is responsible for the quotes it chooses to print, and much of the hype they object to ("a game changer", "a wonder drug") is in the researchers' or the company's quoted words. So the judgement counts the \`info\` messages too; without them, at k = 1, precision would be ${all.ownOnly.precision} and recall ${all.ownOnly.recall} (half b: ${s.sensational['half b'].ownOnly.precision} / ${s.sensational['half b'].ownOnly.recall}).`,
      '- **Soft entries count.** The run uses `soft: true`, which adds the looser entries ("a ray of hope", "world-class", "striking", "huge impact"); the preset leaves them off, so they do not add noise to the default output.',
      `- **A controlled trial earns one more word.** The label asks whether the language is *unjustifiable*, so the same word weighs differently with different evidence behind it. Of the releases the rules report on at all, the reviewers faulted ${rate(all.flaggedOther)} when the release reports no controlled trial or approval, and ${rate(all.flaggedControlled)} when it does (half a: ${rate(s.sensational['half a'].flaggedOther)} and ${rate(s.sensational['half a'].flaggedControlled)}; half b: ${rate(s.sensational['half b'].flaggedOther)} and ${rate(s.sensational['half b'].flaggedControlled)}). The table after the per-half ones gives the bare count without this allowance, for comparison.`,
      ''
    )
    for (const [part, x] of Object.entries(s.sensational)) {
      out.push(`**${part}** (${x.n} releases, ${x.positives} not satisfactory; ${x.controlled} report a controlled trial or approval, ${x.controlledPositives} of them not satisfactory):`, '')
      out.push(table(['k', 'precision', 'recall', 'F1', 'accuracy', 'TP', 'FP', 'FN', 'TN'], Object.entries(x.thresholds).map(([k, t]) => [k, t.precision, t.recall, t.f1, t.accuracy, t.matrix.tp, t.matrix.fp, t.matrix.fn, t.matrix.tn])))
      out.push('')
    }
    out.push('The bare count, without the allowance for a controlled trial (a release is sensational when the wording rules report at least *k* times):', '')
    out.push(
      table(
        ['part', 'k', 'precision', 'recall', 'F1', 'TP', 'FP'],
        Object.entries(s.sensational).flatMap(([part, x]) => Object.entries(x.counts).map(([k, t]) => [part, k, t.precision, t.recall, t.f1, t.matrix.tp, t.matrix.fp]))
      )
    )
    out.push('')
    out.push('Per rule (whole set): a release counts as flagged by a rule when the rule reports at least once.', '')
    out.push(table(['rule', 'releases flagged', 'precision', 'recall', 'F1'], Object.entries(all.perRule).map(([id, x]) => [id, x.fires, x.precision, x.recall, x.f1])))
  }
  out.push(...renderFolders(s))
  out.push('')
  return out.join('\n')
}
