/**
 * The customer's situation said back to them, for a tip's example: the first
 * plain statement of what went wrong in their message, turned from their point
 * of view to the agent's ("I've been charged twice" → "you've been charged
 * twice", "your app crashes" → "our app crashes").
 */
import { afinnLexicon } from '../nlp.js';
import type { Prepared } from './tokens.js';

/** Longest situation, in words, before it is cut where a clause joins. */
const MAX_WORDS = 14;
/** Words before the statement proper: greetings, "Look,", "Honestly,". */
const OPENERS = /^(?:(?:hi|hello|hey|look|listen|honestly|seriously|well|so|and|but|ok|okay|right|yes|yeah|no|sorry|again|basically|anyway|um|erm)\b[,!.]?\s+)+/iu;
/** Feeling and judgement words (and "fed up"): from there the clause says how they feel, not what happened. */
const FEELING = /^(?:sorry|ashamed|embarrassed|sad|miserable|hurt|hurts|lonely|depressed|hate|hates|fuck\w*|shit\w*|damn\w*|frustrat\w*|upset|annoy\w*|angry|furious|livid|fed|disappointed|stressed|worried|concerned|confused|irritat\w*|exhausted|anxious|overwhelmed|scared|unhappy|mad|sick|tired|ridiculous|unacceptable|joke|outrageous|disgust\w*|appall\w*|shock\w*)[.!,]*$/iu;
/** Words that tell something went wrong, beside AFINN's negative words: "twice", "never", "keeps dropping". */
const PROBLEM = /^(?:not|never|nobody|nothing|none|without|twice|again|still|keeps|kept|late|missing|lost|broken|broke|wrong|dropp\w*|crash\w*|fail\w*|cancel+\w*|charg\w*|overcharg\w*|wait\w*|stuck|locked|damaged|faulty|refused|denied|ignored|error|down|empty|third|\w+n['’]t)$/iu;
/** AFINN words too common to tell of a problem on their own ("a yes or a no"). */
const NOT_A_PROBLEM: ReadonlySet<string> = new Set(['no']);
/** A statement of what happened opens with who or what it is about ("I've been…", "The parcel…", "Nobody…"). */
const SUBJECT =
  /^(?:i|i['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|you|you['’](?:re|ve|d|ll)|my|our|your|the|a|an|this|that|that['’]s|these|those|it|it['’]s|its|there|there['’]s|nobody|no one|someone|somebody|everyone|nothing|one|two|three|twice|both|every|each)\s/iu;
/** What they want, think or hope is not what happened: "I just need a yes or a no", "I hope I'm not…". */
const WANTS =
  /^(?:i|we)(?:['’]d| would| just| really| only| still| do| don['’]t| didn['’]t)* (?:need|want|hope|care|think|guess|suppose|like|might|may|wonder|feel|expect|assume|wish|trust|believe|know|mean|see|understand)\b/iu;
/** What they say they are ("I'm a failure", "I'm just a waste of space") is no situation to say back, whatever happened. */
const IDENTITY = /^(?:i['’]m|i am|im) (?:just |such |really |so |basically |literally |only |nothing but )*(?:a|an|the|nothing|worthless|useless|pathetic|stupid|ugly|broken|depressed|lonely|alone)\b/iu;
/** A judgement with no referent ("It's not a trick question", "This is exactly the problem") says nothing that happened. */
const JUDGEMENT = /^(?:it['’]s|it is|this is|this['’]s) (?:not|exactly|just|really|so|such|a|an|absurd|beyond)\b/iu;
/** Openers lowered after "I'm sorry": a name keeps its capital. */
const COMMON_OPENER = /^(?:The|This|That|These|Those|It|Its|It's|There|Nobody|No|Someone|Somebody|Everyone|Nothing|Every|Each|Both|One|Two|Three|Twice|A|An)\b/u;
const CLAUSE_BREAKS = /\s*[,;:–—]\s*/u;
const JOINING = /^(?:and|but|so|because)$/iu;
/** Where a feeling's clause joins the rest ("…and I'm so upset": not at the "so" before the feeling). */
const FEELING_JOIN = /^(?:and|but|because)$/iu;

/** Each word from the customer's side to the agent's; "you" to the customer is the company. */
const SWAPS: ReadonlyMap<string, string> = new Map([
  ["i'm", "you're"], ['i’m', 'you’re'], ["i've", "you've"], ['i’ve', 'you’ve'], ["i'd", "you'd"], ['i’d', 'you’d'], ["i'll", "you'll"], ['i’ll', 'you’ll'],
  ['me', 'you'], ['my', 'your'], ['mine', 'yours'], ['myself', 'yourself'],
  ["we're", "you're"], ['we’re', 'you’re'], ["we've", "you've"], ['we’ve', 'you’ve'], ['our', 'your'], ['ours', 'yours'], ['ourselves', 'yourselves'],
  ['your', 'our'], ['yours', 'ours'], ["you're", "we're"], ['you’re', 'we’re'], ["you've", "we've"], ['you’ve', 'we’ve'], ["you'll", "we'll"], ['you’ll', 'we’ll'], ["you'd", "we'd"], ['you’d', 'we’d'],
]);
/** After "I" turned into "you": "I was" → "you were", "I am" → "you are". */
const AGREE: ReadonlyMap<string, string> = new Map([['am', 'are'], ['was', 'were'], ["wasn't", "weren't"], ['wasn’t', 'weren’t']]);
/** Words after which "you" (the company) is a subject again, "we": "…and you charged me"; elsewhere it is "us": "I told you". */
const BEFORE_SUBJECT = /^(?:and|but|so|because|if|when|that|then|after|before|since|until|while|or)$/iu;

function swapPronouns(clause: string): string {
  let previous = '';
  return clause.replace(/[\p{L}'’]+/gu, (word) => {
    const lower = word.toLowerCase();
    let out: string;
    if (lower === 'i' || lower === 'we') out = 'you';
    else if (lower === 'you') out = previous === '' || BEFORE_SUBJECT.test(previous) ? 'we' : 'us';
    else if ((previous === 'i' || previous === 'we') && AGREE.has(lower)) out = AGREE.get(lower)!;
    else out = SWAPS.get(lower) ?? word;
    previous = lower;
    return out;
  });
}

/** The clause with its words bared for a lexicon look-up. */
function tellsOfAProblem(words: readonly string[]): boolean {
  const lexicon = afinnLexicon();
  return words.some((w) => {
    const bare = w.toLowerCase().replace(/[^\p{L}'’]/gu, '');
    return PROBLEM.test(bare) || (!NOT_A_PROBLEM.has(bare) && (lexicon.get(bare) ?? 0) < 0);
  });
}

/**
 * The first clause of a statement (not a question, a feeling, a wish, nor
 * background with nothing wrong in it) of at least four words, from the
 * agent's side and with no closing punctuation; null when there is none.
 */
export function situationIn(prep: Prepared): string | null {
  const { tokens, text } = prep;
  for (const s of prep.sentences) {
    let sentence = text.slice(tokens[s.first]!.start, tokens[s.last]!.end).replace(/\s+/gu, ' ');
    // Shouted words are said back calmly.
    if (prep.capsWords >= 2) sentence = sentence.replace(/\b\p{Lu}[\p{Lu}'’]+\b/gu, (w) => w.toLowerCase());
    const parts = sentence.split(CLAUSE_BREAKS);
    // A question's last clause asks; what comes before it can tell ("I was charged twice, could you look into it?").
    if (s.question) parts.pop();
    for (const part of parts) {
      let words = part.replace(OPENERS, '').trim().split(' ');
      // "I care that nobody told me": what happened is the clause after the "that".
      const that = words.findIndex((w, i) => i > 0 && i <= 4 && w.toLowerCase() === 'that');
      if (that > 0 && WANTS.test(words.slice(0, that).join(' ')) && words.length - that - 1 >= 3) words = words.slice(that + 1);
      // "…and I'm furious": the clause stops before the feeling, which the tip's example names already.
      const feeling = words.findIndex((w) => FEELING.test(w));
      if (feeling >= 0) {
        let join = feeling;
        while (join > 0 && !FEELING_JOIN.test(words[join]!)) join--;
        words = words.slice(0, join);
      }
      // "…I'm sad because": a clause left hanging on its joining word loses it.
      while (words.length > 0 && JOINING.test(words[words.length - 1]!)) words.pop();
      if (words.length > MAX_WORDS) {
        // Cut where a new clause joins ("…for the same renewal | and I was told…"), else after MAX_WORDS.
        let join = MAX_WORDS;
        while (join > 4 && !JOINING.test(words[join]!)) join--;
        words = words.slice(0, join > 4 ? join : MAX_WORDS);
      }
      const said = words.join(' ');
      // Three words say something only with a real subject: "you're locked out", "nobody told me", not "that isn't one".
      if (words.length === 3 && /^(?:that|this|it|there)\b/iu.test(said)) continue;
      if (words.length < 3 || !SUBJECT.test(`${said} `) || WANTS.test(said) || JUDGEMENT.test(said) || IDENTITY.test(said) || !tellsOfAProblem(words)) continue;
      // "a callback that never came" is a thing; said after "I'm sorry" it needs its verb: "a callback never came".
      const swapped = swapPronouns(said.replace(/^((?:the|a|an|your|my|our) (?:[\p{L}'’-]+ ){1,3})(?:that|which|who) /iu, '$1'));
      return COMMON_OPENER.test(swapped) ? swapped.charAt(0).toLowerCase() + swapped.slice(1) : swapped;
    }
  }
  return null;
}
