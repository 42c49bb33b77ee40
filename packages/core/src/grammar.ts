/**
 * Closed-class words the ledger reads to decide whose claim it is and whether the article
 * asserts it: negators, clause openers, anaphors, speech verbs. These are grammar, not domain
 * knowledge, so they live in code rather than in a pack.
 */
export const negators = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'without', 'cannot', 'cant', 'dont', 'doesnt', 'didnt', 'isnt',
  'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'hardly', 'fail', 'fails', 'failed', 'lack', 'lacks',
  'instead', 'nothing', 'none'
])

/** Words that open a clause about something else: the entity there is not the main subject. */
export const contrastOpeners = new Set([
  'unlike', 'compared', 'comparison', 'contrast', 'than', 'whereas', 'while', 'whilst', 'versus', 'vs',
  'opposed', 'rather', 'instead'
])

/** Relative pronouns: the clause belongs to the entity just before it. */
export const relativeOpeners = new Set(['which', 'who', 'whose'])

/** Words that start a new main clause. */
export const clauseBreakers = new Set(['but', 'although', 'though', 'however', 'yet', 'whereas'])

/** Punctuation that separates clauses. Parentheses do not: they hold appositions like "(NMDA)". */
export const clausePunctuation = new Set([',', ';', ':', '—', '–', '--', '.', '!', '?'])

/** Anaphors that point back at the article's topic. */
export const topicAnaphors = [
  'it', 'its', 'itself', 'the drug', 'this drug', 'the medication', 'this medication', 'the medicine',
  'this medicine', 'the treatment', 'this treatment', 'the therapy', 'this therapy', 'this novel therapy',
  'this novel treatment', 'the compound', 'this compound', 'the effects', 'its effects', 'the substance',
  // "this miracle drug", "this new medicine": a demonstrative with a word before the noun.
  'this * drug', 'this * medicine', 'this * medication', 'this * treatment', 'this * therapy', 'this * compound'
]

/** Anaphors that point back at the last receptor named. */
export const receptorAnaphors = new Set(['receptor', 'receptors'])
export const receptorDeterminers = new Set(['this', 'these', 'that', 'those', 'the', 'such'])

/** Verbs of speech: what follows or precedes them is someone else's words. */
export const speechVerbs = new Set(['said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'explained', 'explains', 'claimed', 'claims', 'added', 'adds', 'noted', 'notes', 'remarked', 'commented', 'insisted'])

export const conditionalOpeners = new Set(['if', 'unless', 'whether', 'suppose', 'supposing'])

/** Words that make a time expression about an effect the treatment has. */
export const effectWords = new Set([
  'effect', 'effects', 'relief', 'relieve', 'relieves', 'relieved', 'improvement', 'improvements', 'improve',
  'improves', 'improved', 'respond', 'responds', 'response', 'responses', 'result', 'results', 'impact',
  'work', 'works', 'working', 'act', 'acts', 'acting', 'action', 'onset', 'alleviate', 'alleviates',
  'alleviating', 'reduce', 'reduces', 'reduced', 'reduction', 'benefit', 'benefits', 'noticeable', 'noticed',
  'antidepressant', 'symptoms', 'mood', 'feel', 'kick', 'kicks', 'lift', 'lifts', 'ease', 'eases', 'help',
  'helps', 'remission', 'difference', 'exert', 'produce', 'produces', 'show', 'shows', 'begin', 'begins'
])

/** Words that put a time expression on side effects rather than on the treatment's benefit. */
export const sideEffectWords = new Set([
  'dissociation', 'dissociative', 'side', 'adverse', 'sedation', 'sedative', 'nausea', 'dizziness',
  'perceptual', 'hallucinations', 'drowsiness', 'blood', 'pressure', 'anesthesia', 'anaesthesia', 'anesthetic',
  'anaesthetic', 'monitoring', 'monitored', 'observation', 'withdrawal', 'half-life', 'halflife', 'metabolised',
  'metabolized', 'elimination', 'cleared', 'high'
])

/** Nouns after "immediate" that make it an onset claim ("immediate relief", not "immediate danger"). */
export const immediateHeads = new Set([
  'relief', 'effect', 'effects', 'improvement', 'improvements', 'impact', 'response', 'results', 'result',
  'benefit', 'benefits', 'action', 'onset', 'change', 'changes', 'reduction', 'antidepressant', 'mood', 'boost', 'lift'
])

/** Suffixes of drug names, to find subjects no pack knows ("Velorazine"). */
export const drugSuffix =
  /(?:azine|oxetine|etine|apine|azepam|azolam|idone|olone|afil|oxacin|mycin|cillin|prazole|sartan|pril|olol|triptan|tyline|ipramine|pramine|faxine|ketamine|orphan|orphine|adone|oxone|exone|caine|profen|barbital|azodone|ipiprazole|iprazole|oxamine|amfetamine|amphetamine|ibine|umab|izumab|tinib|ciclib|lukast|gliptin|gliflozin|vastatin|dronate|setron|tidine|dipine|semide|thiazide|zosin|terol|sonide|olam|onium|uril|aprine|oxide|ifene|azoline|alone|orex)$/

/** Words that look like drug names but are not (neurotransmitters, ordinary words). */
export const notDrugs = new Set([
  'dopamine', 'histamine', 'serotonin', 'glutamate', 'epinephrine', 'norepinephrine', 'acetylcholine',
  'magazine', 'routine', 'medicine', 'examine', 'determine', 'famine', 'feminine', 'genuine', 'alone',
  'oxide', 'onium', 'stone', 'phone', 'anyone', 'someone', 'everyone', 'ozone', 'hormone', 'hormones',
  'cortisol', 'melatonin', 'oxytocin', 'endorphin', 'testosterone', 'progesterone', 'cortisone', 'tone',
  'backbone', 'cyclone', 'microphone', 'telephone', 'sulfonamide', 'cheerios', 'groundbreaking', 'marine',
  'cuisine', 'machine', 'discipline', 'baseline', 'guideline', 'deadline', 'headline', 'online', 'decline',
  'pipeline', 'timeline', 'alkaline', 'vaccine', 'engine', 'imagine', 'doctrine', 'saline', 'pristine',
  'canine', 'urine', 'cholesterol', 'sterol', 'steroid', 'steroids', 'glycerol', 'dioxide', 'peroxide', 'monoxide', 'intestine', 'nicotine', 'caffeine', 'cocaine', 'novocaine', 'adrenaline', 'amine'
])

/** Verbs after a capitalised word that mark it as the subject of a receptor claim. */
export const actionVerbs = new Set(['blocks', 'activates', 'inhibits', 'stimulates', 'antagonizes', 'antagonises', 'enhances', 'potentiates', 'binds', 'targets', 'acts'])

export const pronouns = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'he', 'she', 'we', 'you', 'i',
  'a', 'an', 'each', 'every', 'some', 'many', 'most', 'such', 'which', 'what', 'who', 'there', 'here',
  'one', 'both', 'all', 'research', 'studies', 'study', 'evidence', 'data', 'nothing', 'everything'
])
