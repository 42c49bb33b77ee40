import {claims} from 'claimlint'
import fs from 'node:fs'
const t = fs.readFileSync(process.argv[2], 'utf8')
const r = await claims(t, {format: process.argv[2].endsWith('.md') ? 'markdown' : 'text'})
const re = new RegExp(process.argv[3] ?? '.', 'i')
console.log('topic', r.topic)
for (const s of r.sentences) if (re.test(s.text)) console.log(JSON.stringify({text: s.text.slice(0, 150), structure: s.structure, assertion: s.assertion, scopes: s.scopes, claims: s.claims}, null, 0).slice(0, 1500))
