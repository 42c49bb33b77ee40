/**
 * Small generated articles for the reliability run (`node test/bench/reliability.js`): a folder of
 * `count` Markdown articles of about 2 kB each, written from a few sentence patterns in the
 * project's own words, with claims that agree and disagree across articles (receptor action, route,
 * onset) and some overstatement, so the run does every step it does on a real site.
 */
import fs from 'node:fs'
import path from 'node:path'

const drugs = ['Ketamine', 'Esketamine', 'Sertraline', 'Fluoxetine', 'Bupropion', 'Psilocybin']
const receptor = ['blocks NMDA receptors', 'is an NMDA receptor antagonist', 'activates NMDA receptors']
const route = ['is given as an intravenous infusion', 'is taken as a nasal spray', 'is given by intramuscular injection']
const onset = ['Its effect on mood begins within hours.', 'Patients notice the effect on mood within days.', 'The effect on mood takes weeks to appear.']
const hype = ['This miracle treatment changes everything.', 'Researchers call the results promising.', 'It always works for every patient.']
const filler = [
  'The clinic keeps a record of each visit and of how the patient feels the next morning.',
  'Doctors weigh the benefit against the side effects before a second dose is planned.',
  'Some people feel dizzy for a short while, and a nurse stays with them until it passes.',
  'The study followed its volunteers for six months and met them once a fortnight.',
  'Questions about cost and access come up at almost every meeting with families.'
]

/** A fixed pseudo-random sequence, so every run writes the same articles. */
function sequence(seed) {
  let state = seed
  return (n) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return Math.floor((state / 2_147_483_648) * n)
  }
}

/**
 * The text of article `index`. Each article is about one drug and mostly agrees with itself; one
 * in ten says both things about the NMDA receptor, one in five overstates, and articles about one
 * drug disagree with each other on the route and the onset (contradictions across files).
 */
export function article(index) {
  const pick = sequence(index + 1)
  const drug = drugs[index % drugs.length]
  const action = receptor[pick(2)]
  const paragraphs = [`# Notes on ${drug.toLowerCase()}, part ${index}`]
  for (let section = 0; section < 4; section++) {
    const sentences = []
    if (section === 0) sentences.push(`${drug} ${action}.`, `It ${route[pick(route.length)]}.`, onset[pick(onset.length)])
    if (section === 1 && index % 10 === 3) sentences.push(`${drug} ${receptor[2]}.`)
    if (section === 2 && index % 5 === 1) sentences.push(hype[pick(hype.length)])
    for (let more = 0; more < 5; more++) sentences.push(filler[pick(filler.length)])
    paragraphs.push(sentences.join(' '))
  }
  return `${paragraphs.join('\n\n')}\n`
}

/** Write `count` articles into `folder` (in subfolders of 1,000), returning the bytes written. */
export function writeArticles(folder, count) {
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const sub = path.join(folder, String(Math.floor(index / 1000)).padStart(3, '0'))
    if (index % 1000 === 0) fs.mkdirSync(sub, {recursive: true})
    const text = article(index)
    bytes += Buffer.byteLength(text)
    fs.writeFileSync(path.join(sub, `article-${String(index).padStart(6, '0')}.md`), text)
  }
  return bytes
}
