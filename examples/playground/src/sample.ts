/** An article written for the playground, with the kinds of problems claimlint finds. */
export const sample = `# Ketamine for hard-to-treat depression

Ketamine has been used in operating theatres for decades. Some clinics now offer it, at much lower doses, to people whose depression has not lifted after two or more antidepressants.

## How it acts

Ketamine is an NMDA receptor antagonist: it blocks a glutamate receptor found on nerve cells. Early research suggests that this may set off a wave of new connections between neurons.

In short, the drug lifts mood because it activates NMDA receptors in the brain's emotional centres.

## What to expect

Many patients feel instant relief after their very first session. In clinical trials, mood usually improved within hours, and the benefit often faded after a week or two.

Ketamine is a miracle cure for depression, and it has no side effects.

## How it is given

Each session is an infusion into a vein that lasts about forty minutes. Nurses check blood pressure before and after every intramuscular infusion. `
