/**
 * The starter scenario `rapport new` writes: small, commented, valid as
 * written, with rubric examples and scenario tests that pass, so a trainer
 * starts from something that works and changes it one step at a time.
 */

/** What {@link starterScenario} needs. */
export interface StarterOptions {
  id: string;
  category: string;
  /** Where the JSON Schema is, relative to the new file (for the editor modeline). */
  schema: string;
  /** Where the authoring guide is, for the header comment (default: docs/authoring.md). */
  guide?: string;
  /**
   * The new file as the trainer names it from where they run `rapport new`
   * (what it prints after "Created"), for the commands in the header comment
   * (default: `scenarios/<id>.yaml`, where `rapport new` writes by default).
   */
  file?: string;
}

/** The column the starter's end-of-line comments start in (0-based). */
const COMMENT_COLUMN = 32;

/**
 * A `key: value` line with its comment in the starter's comment column; a
 * line too long for that column gets its comment on the line above instead,
 * so a long id does not push it out of line with the others.
 */
function commented(line: string, comment: string): string {
  return line.length < COMMENT_COLUMN ? `${line.padEnd(COMMENT_COLUMN)}# ${comment}` : `# ${comment}\n${line}`;
}

/** A path as a shell word: quoted when it has spaces or other characters a shell would split or expand. */
function shellWord(file: string): string {
  return /^[\w@%+=:,./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}

/** A title from an id: `late-parcel` → `Late parcel`. */
export function titleFromId(id: string): string {
  const words = id.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The text of a new scenario file.
 * @example starterScenario({ id: 'late-parcel', category: 'irate-customer', schema: '../schema/scenario.schema.json' })
 */
export function starterScenario({ id, category, schema, guide = 'docs/authoring.md', file = `scenarios/${id}.yaml` }: StarterOptions): string {
  const shown = shellWord(file);
  return `# yaml-language-server: $schema=${schema}
#
# A starter scenario from \`rapport new\`, valid as written. From the folder you ran it in:
#   rapport validate ${shown}    check it (schema, graph, rubric examples)
#   rapport test ${shown}        run the tests at the bottom
#   rapport paths ${shown}       the shortest way to each ending
# Change it one step at a time and re-run those three. The guide is
# ${guide}; every key is also described in the JSON Schema, so an
# editor with YAML support completes and checks it as you type.

${commented(`id: ${id}`, 'lower-case words and dashes; the file is named after it')}
title: ${titleFromId(id)}
category: ${category}
difficulty: 1                   # 1 (gentle) to 5 (hard)
description: One sentence for the scenario list.

persona:
  name: Sam Carter
  tier: standard                # standard, premium, enterprise, …
  mood: 35                      # 0 furious … 100 delighted; lines and branches can depend on it
  traits: [busy, fair-minded]
  situation: >-
    What the trainee reads before the conversation starts: who the customer
    is, what happened, and anything the trainee can see on their screen.

# How much each skill counts towards the session score: all three weights, each from 0 to 1
# (0 for a skill that should not count; only their proportions matter).
rubric: { empathy: 0.4, positivity: 0.3, followThrough: 0.3 }
maxTurns: 8                     # after this many replies the customer gives up (ending "lost")

# Goals are checked on every reply; the debrief lists which were met.
goals:
  - { id: acknowledge, description: Acknowledge how the customer feels, when: { intent: [apology, empathy-statement, reflection] } }
  - { id: commit, description: Promise who does what by when, when: { specific: true } }

start: opening
states:
  opening:
    # Variants: one is picked by mood (and the session seed). Keep comparisons
    # such as ">=30" in quotes, and any text with ": " in it ("Tip: …").
    say:
      - { text: "Hi. I've been waiting all week for this to be sorted and nothing has happened.", mood: ">=30" }
      - { text: "A whole week and still nothing. Is anyone actually dealing with this?", mood: "<30" }
    # Silence costs mood: after 45 s without a reply the customer nudges.
    after: { seconds: 45, mood: -10, say: "Hello? Are you there?" }
    # Branches are tried top to bottom; the first whose "when" holds wins.
    # Put the strictest conditions first and "otherwise" last: without an
    # "otherwise", a reply no branch takes gets no answer at all.
    # A branch back to its own state says only its reaction: give it two or
    # three lines, never picked twice in a row, so a repeated mistake is not
    # answered word for word each time.
    on:
      - when: { intent: [blame, dismissal, sarcasm, refusal, policy-hiding] }
        mood: -20
        goto: upset
        note: blaming or brushing the customer off
      - when: { intent: [apology, empathy-statement, reflection] }
        mood: +15
        goto: listening
        note: acknowledging the frustration
      - otherwise: true
        mood: -5
        say: ["That doesn't really help me.", "Sorry, how does that help?", "I still don't know where this leaves me."]
        goto: opening

  listening:
    say: "Thanks. I just need to know what happens next, and when."
    on:
      - { when: { intent: [blame, dismissal, sarcasm, refusal] }, mood: -20, goto: upset }
      - when: { specific: true }
        mood: +20
        goto: resolved
        note: a promise the customer can check
      - when: { intent: vague-promise }
        mood: -10
        say: ["Someone, sometime? That's what I heard last week.", "That's what they told me last time. Who, and when?"]
        goto: listening
        note: a promise nobody owns
      - otherwise: true
        say: ["Okay, but what will actually happen?", "And what happens next, exactly?"]
        goto: listening

  upset:
    say: "I don't need attitude. Either help me or get me someone who will."
    on:
      - { when: { intent: escalation }, goto: escalated, note: handing over to a manager }
      - when: { intent: apology, notIntent: [blame, sarcasm] }
        mood: +10
        goto: listening
        note: a sincere apology
      - { otherwise: true, mood: -10, goto: lost }

  # An ending: "end" names its kind (resolved, escalated, lost, or your own word such as gave-up).
  resolved:
    end: resolved
    say: "Good, that's clear. Thank you."
    summary: You acknowledged the frustration and made a promise the customer can check.
  escalated:
    end: escalated
    say: "Fine, I'll wait for your manager."
    summary: A manager now has to step in; an apology and a plan could have kept it with you.
  lost:
    end: lost
    say: "Forget it. I'll take my business elsewhere."
    summary: The customer left after being brushed off.

# Rubric examples: \`rapport validate\` checks these replies score as stated.
examples:
  - { reply: "I'm so sorry about the wait, that sounds really frustrating.", empathy: ">=50", intent: apology }
  - { reply: "Calm down, that's not my problem.", empathy: "<30", intent: dismissal, why: a brush-off must never read as empathy }

# Scenario tests: \`rapport test\` plays the replies and checks the outcome.
tests:
  - name: acknowledging, then a specific promise, resolves it
    replies:
      - "I'm so sorry about the wait, that sounds really frustrating."
      - "I will email you the tracking number by 5 pm today."
    expect:
      states: [opening, listening, resolved]
      ending: resolved
      score: { min: 50 }
      goals: [acknowledge, commit]
  - name: a brush-off twice loses the customer
    replies:
      - "Calm down, that's not my problem."
      - "Whatever."
    expect:
      states: [opening, upset, lost]
      ending: lost
      score: { max: 40 }
      notGoals: [commit]
`;
}
