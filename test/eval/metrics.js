/**
 * Scores for the evaluation harness: per-class precision, recall and F1, confusion matrices,
 * macro averages, accuracy and Spearman's rank correlation. Plain functions, no dependencies.
 */

/** Precision, recall and F1 of one positive class. */
export function binary(gold, predicted, positive = true) {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  for (let index = 0; index < gold.length; index++) {
    const g = gold[index] === positive
    const p = predicted[index] === positive
    if (g && p) tp++
    else if (p) fp++
    else if (g) fn++
    else tn++
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {tp, fp, fn, tn, precision, recall, f1, accuracy: (tp + tn) / Math.max(1, gold.length)}
}

/** Per-class scores, macro-F1, accuracy and the confusion matrix (rows gold, columns predicted). */
export function multiclass(gold, predicted, labels) {
  const matrix = labels.map(() => labels.map(() => 0))
  let correct = 0
  for (let index = 0; index < gold.length; index++) {
    const g = labels.indexOf(gold[index])
    const p = labels.indexOf(predicted[index])
    if (g < 0 || p < 0) throw new Error(`Unknown label: ${gold[index]} / ${predicted[index]}`)
    matrix[g][p]++
    if (g === p) correct++
  }
  const perClass = labels.map((label) => ({label, ...binary(gold, predicted, label)}))
  const macroF1 = perClass.reduce((sum, c) => sum + c.f1, 0) / labels.length
  return {labels, matrix, perClass, macroF1, accuracy: correct / Math.max(1, gold.length), n: gold.length}
}

function ranks(values) {
  const order = values.map((value, index) => ({value, index})).sort((a, b) => a.value - b.value)
  const result = new Array(values.length)
  let start = 0
  while (start < order.length) {
    let end = start
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end++
    const rank = (start + end) / 2 + 1
    for (let k = start; k <= end; k++) result[order[k].index] = rank
    start = end + 1
  }
  return result
}

function pearson(a, b) {
  const n = a.length
  const meanA = a.reduce((s, x) => s + x, 0) / n
  const meanB = b.reduce((s, x) => s + x, 0) / n
  let num = 0
  let da = 0
  let db = 0
  for (let index = 0; index < n; index++) {
    const x = a[index] - meanA
    const y = b[index] - meanB
    num += x * y
    da += x * x
    db += y * y
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db)
}

/** Spearman's rho, with average ranks for ties. */
export function spearman(a, b) {
  return pearson(ranks(a), ranks(b))
}

export const round = (value, digits = 3) => Number(value.toFixed(digits))
