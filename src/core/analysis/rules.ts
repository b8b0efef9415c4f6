/**
 * The phrase rules, as data. Each rule has a stable id (`skill.name`), the
 * skill it scores (or null when it only marks an intent), signed points, the
 * intent it marks, a note for the trainee, and for rules that cost points a
 * better phrasing. Pattern syntax is documented in `matcher.ts`; contractions
 * are split before matching, so "I'm" is written "i am" and "can't" "can not".
 *
 * The rules encode general knowledge of how people show empathy (emotional
 * reactions, interpretations, explorations), politeness (gratitude, please,
 * indirect requests, hedges, greetings, apologies; against direct commands,
 * "you" openings, factuality) and follow-through (first-person future
 * commitments with a time and a channel). They are not fitted to any corpus.
 */
import type { Intent, Skill } from '../types.js';
import type { Topic } from './topic.js';

/** How to do better than the matched phrase. */
export interface RuleTip {
  /** One sentence: what to change. */
  message: string;
  /** Words to put in place of the matched span; the rest of the sentence is kept. */
  replace?: string;
  /** A whole better sentence, used when a drop-in replacement would not read well. */
  example?: string;
  /** Words to delete from the matched span, keeping the rest of the sentence ("did you even read" → "did you read"). */
  remove?: readonly string[];
  /** A better sentence for what the conversation is about (a cancellation, a price, an outage…), used instead of `example`. */
  examples?: Partial<Record<Topic, string>>;
}

export interface PhraseRule {
  id: string;
  skill: Skill | null;
  points: number;
  intent?: Intent;
  /** Further intents the phrase shows ("I'm sorry to hear that" is also an apology). */
  also?: Intent[];
  /** Points the same phrase earns or costs on other skills (blame also hurts positivity). */
  extra?: { skill: Skill; points: number }[];
  note: string;
  patterns: readonly string[];
  tip?: RuleTip;
  /** A word-level cue that leaves its words to the valence scoring (they are not "explained" by it). */
  transparent?: boolean;
  /** Only in sentences that are not questions ("Check the box." is an order, "Check the box?" is not). */
  statementOnly?: boolean;
  /** Only in sentences that end with a question mark ("You did what?"). */
  questionOnly?: boolean;
  /** Not in a sentence that names a time ("they will call you within 24 hours" is a dated handover). */
  untimed?: boolean;
  /** Only in a sentence that names a time ("the refund will show within 5 working days"). */
  timed?: boolean;
  /** Not right after a negation: "I can't bend the rules" refuses what "bend the rules" offers. */
  unlessNegated?: boolean;
  /** Only when a comma, dash or sentence end follows: an interjection ("No, …"), not a determiner ("No one…", "No stress"). */
  pause?: boolean;
  /** Not on a sentence-opening "No," that answers the customer's yes/no question ("Do I need it?" — "No, you're covered"). */
  unlessAnswer?: boolean;
  /** Only answering a customer message that tells no good news: "Good for you" answering a complaint is sarcasm, answering good news it is warmth. */
  answeringComplaint?: boolean;
  /** Only without an exclamation mark after it: a flat "Good for you." mocks, "Good for you!" is enthusiasm. */
  flat?: boolean;
  /** Not across a colon, semicolon or dash: the words must belong to one clause. */
  oneClause?: boolean;
  /** Not after one of these words in the same clause (within three words): "until it's fixed" is not done. */
  notAfter?: readonly string[];
  /** Not right before one of these words in the same clause: "Fine, thanks" answers "how are you?", it concedes nothing. */
  notBefore?: readonly string[];
  /** Not on the first word of a sentence, where another rule reads it ("Please send…" is please-start's). */
  notFirst?: boolean;
  /** Not after a claim the writer declines to make: "I can't promise I can waive it", "I'm not sure we can", "I doubt we can". */
  undisclaimed?: boolean;
}

const FEEL = '(@very|) @feel';
/** Saying sorry, with or without "I'm" ("I'm so sorry", "we apologise", "sorry"), so a longer reading can contain the whole apology. */
const SORRY = '(i am|we are|i|we|i do|we do|i really|i just|) (@very|) (sorry|~apologize|apologise|apologising)';
/** Actions a representative offers to take for the customer ("Shall I rebook it?"). */
const OFFER_VERBS =
  '(call|ring|phone|email|text|send|book|rebook|arrange|schedule|refund|credit|cancel|reset|replace|order|reorder|set up|transfer|put you through|check|look into|process|sort|fix|escalate|reserve|hold|upgrade|change|update|add|waive|issue|reissue|resend|switch|open|raise|log|chase|expedite|organise|organize)';
/** A colleague, another team or a partner: "the courier", "the other department", "our warehouse team", "the delivery company". */
const OTHERS =
  '(the|that|those|their|another|the other|a different) (other|) ((*|) (*|) (@staff|@party)|(delivery|courier|shipping|postal|parcel|payment|hosting|repair|removal|installation) (company|firm|service|people|guys|partner))';

/** What happens to the customer's order or service, which the representative does not control: "it", "your parcel". */
const OUTCOME = '(it|this|that|they|everything|your (*|) @item|the (*|) @item|your (parcel|package|delivery|order|service|internet|connection|dashboard|account))';

/** What has been done for the customer ("I've refunded…", "I've just called the courier"). */
const DONE =
  'refunded|paged|issued|sent|processed|credited|cancelled|canceled|updated|fixed|escalated|booked|rebooked|scheduled|arranged|emailed|reset|replaced|placed|applied|added|corrected|changed|checked|confirmed|found|reversed|waived|resolved|removed|reissued|resent|restored|unlocked|reactivated|spoken|talked|looked|investigated|raised|logged|filed|ordered|shipped|dispatched|sorted|organised|organized|finished|completed|done|heard|received|tested|released|submitted|moved|noted|paid|approved|expedited|upgraded|got|called|rung|phoned|contacted|chased|messaged|texted|notified|informed|requested|authorised|authorized|switched|turned|blocked|frozen|closed|renewed|extended|reserved|secured|flagged|forwarded|transferred|assigned|cleared|unblocked|activated|deactivated|paused|stopped|deleted|amended|adjusted|generated';
/** The same, said of the thing: "your refund has been processed", "Engineer booked", "Refund's done". */
const DONE_PASSIVE =
  'refunded|fixed|sorted|resolved|processed|done|on its way|sent|resent|shipped|dispatched|cancelled|canceled|updated|credited|approved|booked|rebooked|arranged|scheduled|confirmed|reset|unlocked|restored|reactivated|back|issued|reversed|waived|removed|closed|renewed|extended|reserved|activated|paused|stopped|raised|logged|placed|applied|upgraded|replaced|expedited|sorted out|all set|in place';

/** Work done for the customer, as it is being done ("Refunding now", "I'm chasing the courier now"). */
const DOING =
  '(refunding|booking|rebooking|chasing|processing|sending|resending|escalating|resetting|cancelling|canceling|arranging|calling|ringing|phoning|emailing|texting|messaging|fixing|raising|logging|issuing|reissuing|pushing|crediting|reversing|ordering|reordering|shipping|dispatching|contacting|transferring|unlocking|restoring|scheduling|expediting|waiving|upgrading|replacing)';

/**
 * "You should have a look at the FAQ": a suggestion for now, not blame about the
 * past ("you should have looked"). Longer than the blame rule's "you should
 * have", so it wins; it costs what "you should check out…" costs (advice,
 * directive), no more.
 */
/**
 * Verbs that make "Just …" an order ("Just clear your cookies"); "Just to recap", "Just so you know",
 * "Just checking" and "Just what we needed" order nothing. Exact words: "checking" is not "check".
 */
const IMPERATIVE_VERBS =
  '(send|give|tell|provide|fill|read|go|call|email|stop|wait|make|look|listen|answer|explain|fix|use|click|restart|update|quit|leave|calm|clear|try|check|log|sign|reset|enter|open|close|hold|follow|type|select|choose|press|tap|pick|turn|unplug|plug|reinstall|install|delete|remove|refresh|reboot|download|upload|pay|return|bring|take|keep|put|add|copy|paste|change|set|ask|contact|reply|write|scroll|visit|head|hit|drop|grab|pop|switch|connect|disconnect|confirm|accept|ignore|forget|relax|deal|move|be|do|get|find|search|google|sit|hang|come|power|cancel|attach|print|ring|phone|text|resend|retry|double|submit|bear)';

const SUGGEST_HAVE_A =
  'you (should|must) have a (quick|closer|proper|good|little|) (look|read|go|try|think|browse|glance|peek|chat|word|listen|watch|search|scroll|play)';

/** What can be done, for the conversation's topic: the way forward a refusal or an "Unfortunately…" should lead with. */
const WHAT_I_CAN_DO: Partial<Record<Topic, string>> = {
    loss: 'What I can do is take care of the whole closure for you, so there is nothing more you need to do.',
    cancel: 'What I can do is switch off the renewal today, so nothing more is taken after this term.',
    tier: 'What I can do is look at your ticket myself right now and call you back within the hour.',
    price: 'What I can do is show you everything our price includes, so you can compare like for like.',
    access: 'What I can do is verify you another way right now and get you back into your account.',
    visit: 'What I can do is book the first free visit now and text you the engineer’s name and arrival window today.',
    outage: 'What I can do is log this as urgent now and update you every 30 minutes until it’s back.',
    faulty: 'What I can do is send you a replacement today, free of charge.',
    delivery: 'What I can do is send a replacement today by express delivery.',
    billing: 'What I can do is go through the charges with you now and correct anything that is wrong today.',
  };

export const PHRASE_RULES: readonly PhraseRule[] = [
  // ── Empathy: apology, emotional reaction, interpretation, exploration ──────────
  {
    id: 'empathy.apology',
    skill: 'empathy',
    points: 12,
    intent: 'apology',
    extra: [{ skill: 'positivity', points: 8 }],
    note: 'Apologises.',
    patterns: [
      '(i|we) am (@very|) sorry',
      '(i|we) are (@very|) sorry',
      '(i|we) (@very|) (~apologize|apologise|apologising|must apologise|must apologize|do apologise|do apologize)',
      '(my|our) (sincere|sincerest|deepest|) ~apology',
      '^ (@very|) sorry',
      '^ apologies',
      'sorry (about|for)',
      // Longer than sympathy's "sorry for your…": "sorry for your inconvenience" names nothing that happened.
      'sorry (about|for) your (inconvenience|trouble|hassle)',
      'please accept (my|our) (sincere|) ~apology',
      '^ (excuse me|pardon me|pardon)',
      // Strong apologies that read as negations or as wants: "I can't apologise enough", "I want to apologise".
      '(i|we) (can not|could not) (~apologize|apologise|say sorry) enough',
      '(i|we) (could not|can not) be (more|any) (sorry|sorrier)',
      '(i|we) (could not|can not) be sorrier',
      '(sincere|sincerest|deepest|heartfelt|profound|humble|many|my) ~apology',
      '(i|we) owe you (an|my|our|a big|a huge|) ~apology',
      '(i|we) (want|would like|wanted|need|have) to (~apologize|apologise|say sorry)',
      '(i|we) (@very|deeply|sincerely|truly|) regret (that|the|this|any|what|how)',
      // Said on the way ("I'm calling to apologise about Friday") or tagged on ("…, so sorry."), and chat spellings.
      '(calling|writing|ringing|here|reaching out|getting in touch|contacting you|messaging) to (~apologize|apologise|say sorry)',
      '(so|terribly|awfully|truly|really|very) sorry $',
      '^ (sry|soz|srry)',
    ],
  },
  {
    id: 'empathy.sympathy',
    skill: 'empathy',
    points: 18,
    intent: 'empathy-statement',
    also: ['apology'],
    note: 'Reacts to what happened to the customer, not only to the request.',
    patterns: [
      'sorry to (hear|see|read|learn)',
      'sorry (that|) you (are|have|had|were|went|got|feel|felt|did|have been|had to)',
      // Longer than "you have to", so the directive and advice readings give way: it is sympathy, not an order.
      'sorry (that|) you (have|had|are having|will have|have had|now have|still have|also have) to',
      'sorry (that|) (this|that|it) (happened|has happened|is happening|happens)',
      'sorry (that|) (this|that|it) (was|is|has been) (@very|) @feel',
      // "Sorry for the inconvenience / the trouble" names nothing that happened: a plain apology (`empathy.apology`).
      'sorry for (the|your|all the) (@very|) (@plight|wait|delay|mix|mess|confusion)',
      // "Sorry for any inconvenience / confusion / upset" is the non-apology's: regret for a trouble that may not have happened.
      'sorry for any (@very|) (wait|delay|mix|mess)',
      'sorry for (what|everything|whatever|however) (long|) you',
      // "Sorry things are so hard right now": sorry about what is happening, not for a mistake.
      'sorry (that|) (things|life|everything|people|he|she|they) (are|is|was|were|have|has|had|went|got|did|do|does|can|could|would|will)',
      'sorry (that|) your',
      'sorry (about|for) your',
      // Condolences.
      '(my|our|) (@very|sincere|sincerest|deepest|heartfelt|) (condolences|sympathies)',
      '(my|our) (@very|sincere|sincerest|deepest|heartfelt|) sympathy',
      '(please accept|you have|with) (my|our) (@very|sincere|sincerest|deepest|heartfelt|) (condolences|sympathies|sympathy)',
      'sorry (about|for|to hear about) your (*|) loss',
    ],
  },
  {
    // Feeling for the customer without saying sorry: sympathy, but no apology a scenario's "apologise" goal can count.
    id: 'empathy.reaction',
    skill: 'empathy',
    points: 18,
    intent: 'empathy-statement',
    note: 'Reacts to what happened to the customer ("Oh no", "what a pain", "that sucks"), without an apology.',
    patterns: [
      '(what|such) a (@very|) (@feel|pain|shame)',
      '(my|) heart (goes out|breaks)',
      '(sending|send) (you|) (hugs|love|strength|support)',
      '~hug',
      '(love|miss) you',
      '^ (hugs|oof|ugh|aw|aww|damn)',
      '^ oh no',
      '(that|this|it) (really|) (sucks|stinks)',
      // Reacting to how bad it is: "that's the worst", "what a shame", "how sad".
      '(that is|this is|it is|that was|it was) (@very|) the worst',
      'the worst (feeling|part)',
      '(that|this|it) (is|was|sounds like) (a|such a) (@very|) (shame|pity|bummer)',
      '^ how (@very|) (sad|awful|terrible|horrible|tragic|heartbreaking|painful|unfair)',
      '(that|this) feeling when',
    ],
  },
  {
    // Sorry for what we did, named: the apology a complaint needs ("sorry we charged you twice",
    // "apologies for the double charge"). As polite as any apology, and as specific as sympathy.
    id: 'empathy.named-apology',
    skill: 'empathy',
    points: 18,
    intent: 'apology',
    also: ['empathy-statement'],
    extra: [{ skill: 'positivity', points: 8 }],
    note: 'Apologises for what went wrong, naming it.',
    patterns: [
      'sorry (that|) (we|i|our (*|) (team|system|engineer|technician|courier|staff|website|app|store|shop)) (have|has|had|) (@very|) (not|never|) (charged|billed|sent|missed|lost|broke|forgot|kept|let|gave|made|did|put|left|took|overcharged|cancelled|canceled|mixed|messed|dropped|failed|shipped|told|promised|booked|closed|deleted|caused|wasted|ignored|double)',
      '(sorry|apologies|~apologize|apologise) (about|for) (the|our|this|that) (*|) (*|) (mistake|error|charge|charges|problem|issue|outage|mix|mess|bill|fee|damage|oversight|muddle|downtime|mistakes|errors)',
    ],
  },
  {
    id: 'empathy.acknowledge-feeling',
    skill: 'empathy',
    points: 18,
    intent: 'empathy-statement',
    note: 'Names how the customer feels.',
    patterns: [
      `(that|this|it) (@very|) (sounds|must be|must have been|would be|is|was|has been|seems|can be|looks) ${FEEL}`,
      `(that|this|it) (sounds|must be|must have been|seems) (@very|) (like a|) (@feel|lot|pain|hassle|nightmare|ordeal|mess)`,
      `you (must|might|may) (be|feel|have been|have felt) ${FEEL}`,
      `(is|was|has been|sounds|must be|must have been|must feel|feels) (@very|) @feel`,
      `you (are|were|have been|feel|felt|seem|sound) (@very|) @feel`,
      `(i|we) (@very|can|do|) (understand|see|hear|get|know) (how|why) (@very|) (@feel|upsetting|hard|much)`,
      // "I know how you feel", "I understand how this must feel", "I see why that matters": about them, not "how it works".
      `(i|we) (@very|can|do|) (understand|see|hear|get|know) (how|why) (this|that|it|you|the|your|all this|all that) (*|* *|) (feel|feels|felt|feeling|must|would|might|could|matters|matter|affects|affected|hurts|hurt|worries|upset|upsets)`,
      // What is at stake for them: "I completely understand how critical the morning run is for you".
      `(i|we) (@very|can|do|) (understand|see|know|appreciate|realise|realize) (how|that) (@very|) (important|critical|urgent|vital|crucial|serious|big a deal|much (this|that|it) matters)`,
      `(i|we) (@very|can|do|) (understand|see|hear|get|appreciate) (your|the|that) (@very|) (@feel|point|situation|worry|position)`,
      `(i|we) can (@very|) (only|) imagine`,
      `(i|we) can (@very|) (see|hear) (that|) (this|that|it|you)`,
      // "I can tell you're worried" reads the customer; "I can tell you what you get" offers information.
      `(i|we) can (@very|) tell (that|) (this|that|it) (is|was|has|must)`,
      `(i|we) can (@very|) tell (that|) you (are|were|have|feel|felt|must)`,
      `(your|that|the) (@feel|reaction|feeling|feelings) (is|are|makes) (@very|) (understandable|valid|justified|sense|normal|reasonable)`,
      `(it is|that is|it) (@very|) (understandable|natural|normal|okay|ok|fine|valid) to (feel|be)`,
      `(anyone|anybody|i|we) would (be|feel) (@very|) @feel`,
      `you (have|had) every right`,
      `no wonder you`,
      // Validating the reaction: "you're right to be fed up", "I'd be livid too", "I don't blame you".
      `you (are|were) (@very|completely|absolutely|quite|totally|entirely|) right to (be|feel)`,
      `you (are|were) not (wrong|unreasonable|overreacting|being unreasonable) (to|for) (be|feel|being|feeling)`,
      `you have every (reason|right) to (be|feel)`,
      `(i|we|anyone|anybody) would (be|feel) (@very|) @feel (too|as well|)`,
      `(i|we|anyone|anybody|nobody) would (not|) (be|feel) (@very|) (happy|pleased|thrilled|impressed|satisfied) (either|about (that|this|it)|with (that|this|it)|)`,
      `(i|we) (do not|can not|could not) blame you`,
      `(that is|it is|this is) (@very|completely|totally|perfectly|entirely|) (understandable|fair enough|reasonable)`,
      `(that is|this is|it is|that was|this was|it was) (@very|just|simply|really|) not (good enough|okay|ok|acceptable|on)`,
      // Owning a failure in the customer's favour: "you shouldn't have had to ask three times", "not the service you should have had".
      `you (should not|should never|never should|should not ever) have (had|needed) to`,
      `(not|never|hardly) (the|what|the kind of|the sort of) (experience|service|treatment|standard|level of service|welcome) (you|anyone|any customer) (should|ought to|deserve to|deserved to|would) (have|be|expect|get|receive)`,
      `(not|hardly) what (you|anyone|any customer) (should|would|ought to|can) (expect|have expected|be able to expect)`,
      // The same, from the company's side: "that's really not the experience we want you to have".
      `(not|never|hardly) (the|what|the kind of|the sort of) (experience|service|treatment|standard|level of service) (we|i) (want|wanted|aim|expect|would want|would like) (you|our customers|customers|anyone) to (have|get|receive|expect)`,
    ],
  },
  {
    id: 'empathy.interpretation',
    skill: 'empathy',
    points: 14,
    intent: 'empathy-statement',
    note: 'Shows it understands the experience from the inside.',
    patterns: [
      '(it|that) (sounds|seems) like',
      // The subject is often left out in chat: "Sounds like a rough week."
      '^ (sounds|seems) like',
      // Reading the other person's state: "what you're going through", "you must feel".
      '(what|everything|all|all that|all this) you (are|have been|were|went|have gone) (going|gone|) through',
      'you (must|probably|likely) (feel|be feeling|have felt|have been feeling)',
      '(i bet|i imagine|i can imagine) (that|) (you|it|that|this)',
      '(i|we) know (the|that|this) (feeling|pain|struggle|feel)',
      '(i|we) (know|understand) (exactly|) (how|what) (you|it|that) (feel|feels|are|is|mean|re)',
      '(i|we) (have|had) been (there|through)',
      '(i|we) (have|had) (the same|a similar|similar|this|that)',
      '(i|we) (went|go|am going|was going) through',
      '(i|we) (used to|also|too) (have|had|feel|felt|struggle|struggled|deal|be|was)',
      '(i|we) feel (the same|you|for you|your)',
      '(same|me) (here|too)',
      '(i|we) (@very|) (can|) (@very|) relate',
      'you are not (alone|the only one)',
      '(we|us) all',
      '(many|most|all|some|none|lots|a lot|plenty) of us',
      '(i|we) (hear|see|get) you',
      '(i|we) (get|understand) (it|that)',
      '(if i|let me see if i) (understand|understood|have this right)',
    ],
  },
  {
    id: 'empathy.shared-experience',
    skill: 'empathy',
    points: 14,
    intent: 'empathy-statement',
    note: 'Shares a similar experience, showing the feeling is understood from the inside.',
    patterns: [
      '^ i (was|felt|went|used to|struggled|suffered|dealt|remember|had|lost|tried|know what|also|too|still|often|sometimes|always)',
      '^ i (have|had) (been|had|felt|gone|dealt|struggled|suffered|experienced|done|seen|lived|found|learned|learnt|tried|noticed|lost|always|also|never)',
      '^ i do (it|that|this|the same|too)',
      'i (@very|also|too|still|just|often|sometimes|always|never|really|even|personally|kind of|used to|once|have|had|have been|have always|can|could|do|did|do not|did not|) @exp',
      // (Not "I'm not upset/confused/unhappy": denying a feeling shares none.)
      'i (am|was|have been|get|got) (@very|also|too|still|often|sometimes|always|really|) (@very|also|too|) (@feel|#emo|in the same|in a similar|the same)',
      '(makes|made|make|making) me (feel|want|think|cry|sad|happy|angry)',
      'for me (too|as well|also|)',
      '(it|this|that|) (happened|happens|happen) to me',
      '(for|to|with) me (too|as well|also)',
      'in my (case|experience)',
      'my (own|) (experience|story)',
      '^ (same|me too|ditto)',
      'when i was',
      // Being in the same situation as the other person.
      '(in|on) the same boat',
      '^ (exactly|pretty much|) the same',
      '(i am|i was|i feel) (@very|much|pretty much|very much|) the same',
      '(me|i am|i do|i have|i did|i was|i feel) (that way|this way|) as well',
      'join the club',
      '(we are|all|) in this together',
      // The same situation as the customer's, marked with "too": "I work from home too", "I had that too".
      'i (work|live|have|had|use|used|am|was|got|get|went|go|lost|own|travel|study|rely|depend|commute) (*|) (*|) (*|) too ($|so|and|but)',
    ],
  },
  {
    id: 'empathy.warmth',
    skill: 'empathy',
    points: 8,
    intent: 'empathy-statement',
    note: 'Shows warmth or care towards the customer.',
    // "…which is no good for you", "I don't care about you": negated, it is no warmth.
    unlessNegated: true,
    patterns: [
      '(care|cares|cared) (about|for) you',
      '(we|i) care',
      'good for you',
      'way to go',
      'keep it up',
      '~congratulate',
      '(congratulations|congrats)',
      'happy (birthday|holidays|new year)',
      'you (are|look|sound|seem) (@very|) (beautiful|amazing|awesome|wonderful|great|kind|smart|lovely|brave|strong|worth|valuable|capable)',
      '(you|it) (did|are doing|sounds) (great|amazing|awesome|wonderful|well)',
      'you are seen',
      'please (stay|reach out|talk)',
      // Comfort ("please don't worry", "please don't give up"), not a demand ("please don't shout at me").
      'please (do not|never) (worry|hesitate|give up|hurt|do it|do anything|feel|blame|be|stress|panic|apologise|apologize|fret|lose hope|think)',
    ],
  },
  {
    id: 'empathy.personal',
    skill: 'empathy',
    points: 6,
    note: 'Speaks personally, in the first person, rather than as an institution.',
    patterns: ['i', 'me', 'my', 'myself', 'mine'],
    transparent: true,
  },
  {
    // Telling a worried customer their worry or caution is reasonable ("Not silly at all", "you're right to check")
    // shows it was heard and takes the embarrassment out of asking.
    id: 'empathy.validation',
    skill: 'empathy',
    points: 10,
    intent: 'empathy-statement',
    extra: [{ skill: 'positivity', points: 6 }],
    note: 'Tells the customer their worry or question is reasonable.',
    patterns: [
      '(it is|that is|this is|) not (@very|) (silly|stupid|dumb|daft|a silly question|a stupid question|a dumb question|a daft question) (at all|)',
      '(it|that) makes (total|complete|perfect|a lot of|) sense (to be|to ask|to check|to want|to wait|to worry|that you|you would|you are|you want)',
      '(a|such a|) (very|really|perfectly|completely|) (sensible|reasonable|smart|wise|fair|good) (thing to ask|thing to check|thing to do|question to ask|to ask|to check|to be careful|to be cautious)',
      '(you are|you were|you are quite|you were quite) right to (ask|check|call|be careful|be cautious|worry|question|wait|double check)',
    ],
  },
  {
    id: 'empathy.support',
    skill: 'empathy',
    points: 12,
    intent: 'empathy-statement',
    note: 'Offers warmth and support.',
    patterns: [
      '(i am|we are|i will be|we will be) (always|still|right|) (here|there) (for you|to help|with you|if you|whenever you|when you|to listen|to talk)',
      '(i am|we are) (always|) right here',
      // Lifting blame off the customer: "it wasn't your fault at all", "none of this is your fault".
      '(it is|it was|that is|that was|this is|this was) not (at all|really|in any way|) your (fault|doing|mistake) (at all|)',
      'none of (this|that|it) (is|was) your (fault|doing|mistake)',
      '(you did|you have done) nothing wrong',
      // An offer to listen, not an order: "if you need to talk".
      'if you (ever|) (need|want|have) to (talk|vent|chat)',
      '^ (i am|) (always|) here to (listen|talk|help)',
      '(i am|we are) (always|also|) available (to talk|to listen|if you|for you|as well|too)',
      '(i am|we are) with you',
      '(i|we) (@very|) support you',
      // Hope for the other person, said with "hopefully".
      'hopefully (they|it|things|you|this|that|everything|someone|somebody) (can|will|gets|get|works|helps|help|goes|turns)',
      // Reassurance: "it's okay" typed without the apostrophe ("its" is not expanded).
      '^ (hey|) its (ok|okay|alright|all right|fine)',
      'you are (not|never) (truly|really|) (alone|worthless|a burden|broken|weak|a failure|the bad guy|the only one)',
      // Standing by someone against what others say ("who cares what they think") is not a dismissal.
      'who cares what (they|people|others|other people|anyone|everyone) (say|says|said|think|thinks)',
      '(i|we) (@very|) (hope|wish) (that|) (you|your|things|it|everything|this|that) (feel|get|gets|will|work|works|turn|turns|go|goes|is|are|improve|day|week|find|have|can)',
      'hope (you|things|it|everything) (feel|get|gets|will|works|turn|improve)',
      '(take|taking) care of yourself',
      '(stay|be) strong',
      '(you|it) (will|is going to) be (ok|okay|alright|all right|fine)',
      '(i am|we are) (@very|) (glad|happy|relieved) (you|that you|to hear)',
      '(you|it) (deserve|deserves) (better|to)',
      '(you are|you have been) (@very|) (brave|strong|patient|understanding)',
      'you (did|are doing) (the right thing|nothing wrong|your best|great|well)',
      '(it is|that is) not your fault',
      '(do not|never) (blame|be hard on) yourself',
      'hang in there',
      '(you|we) (can|will|are going to) (get|make it|pull|come) through',
      'you (can|will) (do it|do this|make it|get there|manage|overcome)',
      'you (are|were) (@very|) (loved|not alone|worth it|worthy|enough|valued|important|strong|doing great|doing well|special|amazing)',
      '(be|so|very|really) proud of (you|yourself)',
      '(keep|stay) (going|fighting|strong|at it|positive|safe|pushing|hopeful)',
      '(you have|you) got this',
      '(i|we) believe in you',
      '(do not|never) give up',
      '^ (but|and|) (do not|no need to) worry',
      '(things|it|life|everything) (will|can|does|is going to|) (get|gets|getting) better',
      '(keep|hold) (the|your|) (faith|head up|chin up)',
      '^ (head|chin) up',
      '(rooting|praying) for you',
      '(good|best of) luck',
      '(all the best|wishing you|wish you|wish u|sending you) (the best|luck|well|all the best|love|strength|)',
      '(i|we) (@very|) (wish|am wishing|are wishing) (you|u) (the best|luck|well|all the best|love|strength)',
      '(feel free|you are welcome|you are more than welcome) to (message|dm|pm|reach|talk|contact|write|call|vent)',
      '^ (message|dm|pm) me',
      '(message|dm|pm|inbox|text) me (anytime|any time|if|whenever|when)',
      '(i|we) am (always|) (here|around|available|happy) (for you|to talk|to listen|if you)',
      '(it is|that is) (ok|okay|alright|fine|normal|understandable|natural|valid|human)',
      'you (matter|deserve)',
    ],
  },
  {
    id: 'empathy.explore',
    skill: 'empathy',
    points: 14,
    intent: 'question',
    note: 'Asks about the customer’s situation or feelings.',
    // "I have no idea what's going on" and "not sure what happened" admit not knowing; they ask nothing.
    // "I can see what happened", "sorry about what happened", "let me check what went wrong" tell or investigate; they ask nothing.
    notAfter: ['idea', 'clue', 'sure', 'certain', 'see', 'saw', 'know', 'knew', 'understand', 'explain', 'found', 'find', 'out', 'check', 'checking', 'about', 'for', 'investigate', 'investigating', 'into', 'realise', 'realize'],
    patterns: [
      'how (are|have) you (feeling|doing|holding up|coping|been)',
      'how (do|did|does|is) (you|that|this|it) (feel|make you feel|affect|going)',
      'how you (are|have been|were|re) (feeling|doing|holding up|coping|managing|getting on)',
      'how (has|is|did|does|have) (this|that|it|all this|all that|the) (*|) (affected|affecting|affect|impacted|impacting|hit|left)',
      'what (happened|has happened|went wrong|is going on|is happening)',
      // ("Can you tell me which card you used?" asks for a detail, not about the customer.)
      '(can|could|would) you tell me (more|a bit|a little|what|about|how|when|where|why)',
      'tell me (more|a bit more|a little more|what happened|about|your story|what is going on|how you)',
      '(do|would) you (want|like) to (talk|tell|share|say)',
      'what (would|will|could) (help|make this|be most|be the best|work best)',
      'what (do|did|would) you (need|mean|think|feel|want|prefer|like)',
      'is there anything (in particular|specific|you)',
      '(have|did) you (talked|talk|spoken)',
      'what (are|is) (you|your) (looking for|hoping|main|biggest|goal|priority|budget)',
      'how (can|may|could) (i|we) help',
      '(anything|something) (specific|in particular|) you (want|would like|need) to (talk|tell|share)',
      'what (is|was) (the matter|bothering you|on your mind|troubling you)',
      'how (did|does|has) (that|this|it|all this|all that) (happen|start|come about|begin)',
      // Open invitations to say more.
      '^ (so|hey|hi|) what is up $',
      '^ how so $',
      'in what way (is|was|did|does|has|are|were)',
      'what (can|could) (i|we) do (to help|for you|to make)',
    ],
  },
  {
    id: 'empathy.formulaic',
    skill: 'empathy',
    points: 5,
    // No empathy-statement intent: a bare "I understand" acknowledges nothing a scenario can count on.
    note: '"I understand" on its own is formulaic: say what you understand.',
    patterns: ['(i|we) (@very|) understand', '(i|we) (@very|) (see|hear)', 'i know'],
    tip: {
      message: 'Say what you understand about their situation instead of a bare "I understand".',
      example: 'I can see why this has been so frustrating for you.',
    },
  },
  {
    id: 'empathy.apology-undone',
    skill: 'empathy',
    points: -12,
    note: 'An apology followed by "but" takes the apology back.',
    patterns: [
      'sorry (but|however|although|though)',
      '(i|we) (am|are) (@very|) sorry (but|however|although|though)',
      '(i|we|) (@very|do|must|) (~apologize|apologise) (but|however|although|though)',
      'sorry (for|about|to hear about) (the|your|any|this|that) (*|) (*|) (but|however|although|though)',
      'i understand (but|however|although|though)',
      '(i|we) (@very|can|do|) understand (your|the|that) (@feel|point|situation|concern|position) (but|however|although|though)',
    ],
    tip: {
      message: 'Drop the "but": finish the apology, then say what you will do.',
      example: 'I’m sorry this happened. Here is what I’ll do to fix it.',
    },
  },
  {
    // "I'm sorry you feel that way", "sorry if you were upset", "sorry for any inconvenience this may
    // have caused": regret for the customer's reaction, or for a trouble that may not have happened,
    // instead of for what happened. Longer than the apology and feeling readings inside it, so it wins
    // and leaves no apology intent behind.
    id: 'empathy.non-apology',
    skill: 'empathy',
    points: -10,
    note: 'A non-apology: regrets the customer\'s feelings (or a trouble that "may" have happened), not what happened.',
    patterns: [
      `${SORRY} (that|) (you|u) (feel|felt|think|thought|see it|took it) (that way|like that|so)`,
      // Regret for the customer's reaction to us (not for a hardship: "sorry you're so lonely" is sympathy).
      `${SORRY} (that|) you (are|were|got|have been|feel|felt|seem|sound) (@very|) (upset|offended|annoyed|bothered|unhappy|disappointed|frustrated|angry|confused|mad|dissatisfied|displeased) (by|about|with|at|)`,
      `${SORRY} if (you|u|anyone) (*|) (*|) (@feel|offended|bothered|upset|unhappy|confused|mad|dissatisfied|let down)`,
      `${SORRY} if (that|this|it|my|our|we|i) (*|) (*|) (*|) (offended|upset|bothered|confused|came across|caused|inconvenienced)`,
      `${SORRY} for any (@feel|trouble|confusion|inconvenience|upset|offence|offense|misunderstanding)`,
      `${SORRY} (that|) (that|this|it) (is|was) how it (came|comes|sounded|sounds|seemed|seems|felt|was taken)`,
    ],
    tip: {
      message: 'Apologise for what happened, not for how the customer feels about it, and say you own it.',
      example: 'I’m sorry this happened; it was our mistake, and I’ll put it right today.',
    },
  },
  {
    id: 'empathy.dismissal',
    skill: 'empathy',
    points: -25,
    intent: 'dismissal',
    extra: [{ skill: 'positivity', points: -12 }],
    note: 'Brushes off the customer’s feelings.',
    patterns: [
      'calm down',
      '^ relax',
      // "It's not a big deal" brushes the problem off; "it's not a problem (at all)" is the no-problem idiom.
      '(it is|that is|this is|it was|that was) (not|really not|not really) (a|such a|that big a|that big of a|much of a) (big|) deal',
      'no big deal',
      '(it is|that is) not that (bad|serious|hard|important|big)',
      'you are (overreacting|over reacting|being (dramatic|silly|unreasonable|hysterical|difficult|emotional))',
      '(stop|quit) (complaining|whining|overreacting|being)',
      // Judging self-pity, not an apology ("sorry for" inside it is no apology).
      '(feel|feeling|felt) sorry for (yourself|urself)',
      '^ (ok|okay|fine|yeah|alright|sure|) whatever (man|dude|then|you say|you want)',
      'get over it',
      // Imperative or obligation only: "I can't deal with it" tells of one's own struggle.
      '^ (just|) deal with it',
      'you (will|will just|just|) (have|need|got) to (just|) deal with it',
      '(so|and) what if',
      '(i|we) do not care',
      '^ who cares',
      '(it|these things|stuff) happens $',
      '^ (it|these things|stuff) happens',
      '(these|such) things (happen|do happen)',
      '(no one|nobody|no body) (is|will be|is going to be) stopping you',
      // "You'll have to wait like everyone else": the customer is one of the queue, nothing more.
      '(wait|queue|pay|line up|take your turn|be patient|follow the rules|follow the process) (*|) (like|same as|the same as|just like) (everyone|everybody|anyone) else',
      '(that is|such is) life',
      'not (my|our) problem',
      // Told to move on; "you can move on from this" is encouragement.
      '^ (just|) move on',
      '(you need|you have|you should|you got|you just need|you just have|time) to (just|) move on',
      'it could (be|have been) worse',
      '(you|people) (always|never) (complain|read)',
    ],
    tip: {
      message: 'Acknowledge the feeling before moving to the fix.',
      example: 'I can hear how upsetting this is, and I want to help put it right.',
    },
  },
  {
    // Doubting the customer's experience: they are the only one, nobody else has complained, it works
    // here, it only felt long. A trainer calls it invalidation; to the customer it says "you're wrong".
    id: 'empathy.invalidation',
    skill: 'empathy',
    points: -20,
    intent: 'dismissal',
    extra: [{ skill: 'positivity', points: -10 }],
    note: 'Doubts or plays down what the customer experienced.',
    patterns: [
      // "I don't understand why you're upset": the feeling is named only to be doubted.
      '(i|we) (do not|can not|really do not|honestly do not) (understand|see|get|know) why (you are|you were|you would be|you) (@very|) (@feel|so @feel|this @feel|angry|upset|shouting|complaining)',
      '(i am|we are) not (@very|) sorry',
      'you are the only (one|person|customer|user|client) (who|that|to|) (has|have|had|is|was|reported|complained|having|with|experiencing|seeing|reporting|complaining|affected|mentioned)',
      '(nobody|no one|no body) else (has|have|) (ever|) (complained|reported|had (this|that|the|any|a) (problem|issue|trouble)|mentioned|raised|noticed|said|complaining|reporting)',
      // "…and nobody noticed" owns a failure; "nobody has complained" doubts the customer.
      '(nobody|no one|no other (customer|customers|user|users|client|clients)|none of (our|the) (other|) (customers|users|clients)) (has|have) (ever|) (complained|reported|mentioned|raised|had (this|that|any|a) (problem|issue|trouble))',
      '(no other (customer|customers|user|users|client|clients)|none of (our|the) (other|) (customers|users|clients)) (ever|) (complained|reported|mentioned|raised)',
      '(everyone|everybody|all our other customers|our other customers|other customers|most people|most customers|most users) (else|) (seems to|seem to|) (manage|manages|cope|copes|have no (trouble|problem|problems|issue|issues)|has no (trouble|problem|problems|issue|issues))',
      '(it|that|this|everything|the (site|website|app|system|page|service|dashboard|link)) (works|worked|is working|seems to work|seems to be working|looks|is|was) (fine|ok|okay|perfectly|great|normal|fine and) (for me|on my end|on our end|my end|our end|from here|from my end|from our end|on my side|on our side|here|on mine|for us)',
      '^ (works|working) (fine|ok|okay|perfectly|great) (for me|on my end|on our end|my end|our end|from here|here|for us)',
      'i am sure it (felt|seemed|feels|seems) like',
      '(i|we) (can|) (assure|promise) you (that|) (the|our|your|it|this|everything|there) (*|) (is|are|was|were) (working|fine|ok|okay|up|running|correct|right|online|not|nothing)',
      '(it is|this is|that is|it|this|that) not the end of the world',
      '(i am not sure|i do not know|i do not see|i can not see|not sure) why you are (so|this|that|) (worked up|upset|angry|annoyed|bothered|cross|mad|stressed|wound up|het up)',
      'let us not get (carried away|too excited|worked up|ahead of ourselves)',
      // "Most customers don't have this problem", "we've had no other complaints".
      '(most|other|our other|all our other) (customers|people|users|clients) (do not|have not|never|did not) (have|had|get|got|complain|report|see|notice|run into) (this|that|the|any|a)',
      '(we have|we have had|we had|we have received|we received|there have been) no other (complaints|reports|problems|issues|calls)',
      '(nobody|no one) else (has|have|had) (had|reported) (any|a|the|this|that|) (trouble|problem|problems|issue|issues|difficulty)',
    ],
    tip: {
      message: 'Take what the customer experienced as real, even if you cannot see it yet; check it rather than doubting it.',
      example: 'I’m sorry you’ve had this trouble; let me check what is happening on your account right now.',
    },
  },
  {
    id: 'empathy.advice',
    skill: 'empathy',
    points: -6,
    note: 'Tells the customer what they should do before showing it understands them.',
    // The same spans as positivity.directive's, so neither rule hides the other.
    patterns: ['you (should|must)', 'you (need|have|will have|will need|would need) to', SUGGEST_HAVE_A],
    statementOnly: true,
    tip: {
      message: 'Show you understand the situation first; then offer the step as help, not an instruction.',
      example: 'One thing that could help is the step below — shall I walk you through it?',
    },
  },
  {
    id: 'empathy.laughing',
    skill: 'empathy',
    points: -8,
    note: 'Laughs ("lol", "haha"), which reads as not taking the problem seriously.',
    patterns: ['(lol|lmao|lmfao|rofl|haha|hahaha|hahah|hehe|xd)'],
    // Not transparent: the laugh is explained here, so AFINN's +3 for "lol" does not also count as positive wording.
    tip: {
      message: 'Leave the laugh out: the customer is not joking about their problem.',
      remove: ['lol', 'lmao', 'lmfao', 'rofl', 'hahaha', 'hahah', 'haha', 'hehe', 'xd'],
    },
  },
  {
    id: 'empathy.blame',
    skill: 'empathy',
    points: -25,
    intent: 'blame',
    extra: [{ skill: 'positivity', points: -12 }],
    note: 'Blames the customer.',
    patterns: [
      // ("You should have received an email" and "you should have it by Friday" are expectations: see intent.expectation.
      // "You shouldn't have been charged twice" and "you should have had a callback" take the customer's side: only
      // what the customer should have done is blame.)
      'you (should|must|ought to) (have|not have|never have) had a (look|read|check|think|word|go)',
      'you (should|must|ought to) (have|not have|never have) (read|checked|known|called|looked|noticed|followed|done|seen|asked|entered|paid|clicked|kept|saved|contacted|reported|returned|cancelled|canceled|ordered|waited|listened|thought|realised|realized|updated|used|tried|mentioned|said|brought|filled|selected|chosen|picked|typed|let us know|told us|sent us|double checked|backed up|logged|booked|registered|signed|changed|opened|installed|bought|taken|made|gone|rung|phoned|emailed|written|replied|come|raised|complained|spoken|insured|packed|measured|printed)',
      '(it is|that is|this is|it was|that was) (@very|) your (own|) (fault|problem|mistake|responsibility|error)',
      'your (own|) fault',
      'you (did not|failed to|forgot to|neglected to|never) (read|follow|check|enter|click|update|call|pay|save|tell|ask|look|fill|submit|notice|confirm|bother|listen)',
      'if (only|) you (had|would have) (read|followed|checked|listened|called|looked|paid|told)',
      'you (clearly|obviously) (did|do|have|are|were|did not)',
      'you must have (done|entered|clicked|typed|deleted|broken|forgotten|missed|made)',
      'user error',
      'that is on you',
      'you (did|entered|typed|clicked|chose|picked|ordered|set|put|filled) (it|that|this|the|something|them|everything) (in|up|out|) (wrong|incorrectly)',
      'you (entered|typed|put|chose|picked|ordered|set|filled|gave|sent|used|wrote|selected|clicked) (the|your|a|an|it|that|this) (*|) (wrong|incorrectly|incorrect)',
      'you (gave|sent|used|entered|typed|chose|picked|ordered|selected|clicked) (the|a|an) wrong',
      // The customer's own act, stressed or held against them: "you did order the wrong size", "technically you agreed to the terms".
      'you did (enter|type|put|choose|pick|order|select|click|tick|agree|accept|sign|opt|authorise|authorize|approve|confirm) (*|* *|) (wrong|incorrectly|incorrect|to)',
      '(technically|strictly speaking|legally) you (agreed|accepted|signed|ticked|chose|ordered|opted|authorised|authorized|approved|confirmed|clicked)',
      // A negative why-question is an accusation ("why didn't you…"); a plain one can be curiosity.
      '^ why (did not|do not|have not|would not|could not|were not|are not|is not|does not) you',
      // A guess at the customer's mistake is still blame: "You probably clicked renew twice", "perhaps you missed it".
      'you (probably|maybe|perhaps|likely|might have|may have|must have|could have) (clicked|entered|typed|pressed|ordered|selected|chose|chosen|deleted|missed|forgot|forgotten|dropped|broke|broken|put|set|misread|ignored|skipped)',
      '(perhaps|maybe|probably) you (clicked|entered|typed|pressed|ordered|selected|chose|deleted|missed|forgot|dropped|broke|put|set|misread|ignored|skipped|did not)',
      // (Not "it may be your router": in troubleshooting that is a hypothesis to test together.)
      // Doubting the customer's account of a fault: "screens don't crack on their own", "it must have been dropped".
      '(do not|does not|did not|would not) (crack|break|stop working|fall apart|shatter|snap|bend) (on|by) (their|its|themselves|itself) (own|)',
      '(it|this|that|the (*|) (screen|item|product|device|phone|unit)) must have been (dropped|damaged|broken|misused|mishandled|knocked|sat on|stepped on)',
      // "…if you'd bothered to check": the customer's effort, doubted.
      '(if|had) you (had|would|would have|) (bothered|cared|taken the time|taken a minute) to',
      // Advice about the customer's care in future ("we recommend opening parcels carefully in future") puts the damage on them.
      // (Advice to the customer only: "we'll pack it more carefully next time" is the company's promise.)
      '(recommend|suggest|advise|please|try to|remember to|make sure you|you should|you need to) (*|* *|* * *) (carefully|with more care|with care) (in|next) (future|the future|time)',
      'next time (please|) (be more careful|take more care|read|check|make sure you)',
      'why would you (ever|even)',
      'why on earth',
      'you (are|were) (wrong|mistaken|confused)',
    ],
    tip: {
      message: 'Leave out who is at fault and say what happens next.',
      example: 'Let’s get this sorted together: here’s what I’ll do now to put it right.',
    },
  },
  {
    // Pointing at a colleague or partner ("the courier messed up") instead of owning the problem:
    // to the customer the company is one, and the blame reads as an excuse.
    id: 'empathy.blame-others',
    skill: 'empathy',
    points: -15,
    intent: 'blame',
    extra: [
      { skill: 'positivity', points: -8 },
      { skill: 'followThrough', points: -8 },
    ],
    note: 'Blames a colleague, another team or a partner instead of owning the problem.',
    patterns: [
      `${OTHERS} (@very|really|totally|completely|) (messed|screwed|mucked|cocked|fouled) (it|this|that|things|your order|) up`,
      `${OTHERS} (made|make) (a|an|the) (@very|big|huge|) (mistake|error|mess|blunder|mix up)`,
      `${OTHERS} (got|have got|has got) (it|this|that|your order|the order|the address) wrong`,
      `${OTHERS} (dropped|has dropped|have dropped) the ball`,
      `${OTHERS} (should|should not|should never|ought to) have (@handled|been)`,
      `${OTHERS} (failed|forgot|neglected|did not bother) to`,
      `${OTHERS} (is|are|was|were) (to blame|at fault)`,
      '(it is|that is|this is|it was|that was) (all|) (the|their|that|those|your) (*|) (*|) (@staff|@party) (fault|mistake|error|doing|problem|screw up)',
      '(i|we) (@very|) blame (the|that|those|our) (*|) (*|) (@staff|@party)',
      'you can blame (the|our|that|those) (*|) (*|) (@staff|@party)',
      'blame (it|this|that) on (the|our|their|that) (*|) (*|) (@staff|@party)',
      // Denying the company's fault points it somewhere else.
      '(it is|that is|this is|it was|that was|this was) not (really|actually|strictly|) (my|our|the company|the store|the shop) fault',
      'not (really|actually|) (my|our) fault',
      '(fault|mistake) not (ours|mine|us)',
      // Putting it on the customer's bank: "It's probably your bank", "that's the bank showing it twice, not us".
      '(it is|that is|this is|it will be|that will be|it must be|that must be|it has to be) (probably|likely|most likely|just|only|) (your|the) (bank|card company|card issuer|payment provider)',
      'not (us|on us|on our end|on our side|from us|our end|our side) $',
    ],
    tip: {
      message: 'Own it for the company instead of pointing at a colleague or partner: apologise and say what you will do.',
      example: 'I’m sorry this happened; let me put it right.',
    },
  },
  {
    // What went wrong explained away as beyond anyone's power: to the customer it is an excuse, and scenarios
    // read it as the blame it shifts (onto a sick engineer, the weather, "the system").
    id: 'empathy.excuse',
    skill: 'empathy',
    points: -15,
    intent: 'blame',
    extra: [
      { skill: 'positivity', points: -8 },
      { skill: 'followThrough', points: -8 },
    ],
    note: 'Explains the failure away ("there was nothing we could do") instead of owning it.',
    patterns: [
      '(there is|there was|) nothing (i|we|anyone|anybody) could (do|have done)',
      '(there is|there was|there is really|there was really) not (much|a lot|anything) (more|else|) (i|we|anyone|anybody) (could) (do|have done)',
      '(was|is|were|are) (@very|completely|totally|just|simply|really|) (out of|beyond) (our|my) (control|hands)',
      // "…, which was outside our control", "beyond our control", "out of our hands", said of what went wrong.
      '(was|is|were|are|been) (@very|completely|totally|just|simply|really|entirely|) (outside|outside of) (our|my) (control|hands|remit)',
      '(something|things|circumstances|events|factors|issues|reasons) (that are|that were|) (outside|outside of|beyond|out of) (our|my) control',
      '^ (unfortunately|sadly|) (it is|this is|that is|it was|this was|that was|) (completely|totally|entirely|) (outside|outside of|beyond|out of) our control',
      // Making the failure sound normal: "our billing system sometimes does that", "techs get double booked
      // sometimes", "it happens from time to time", "that can happen with couriers".
      '(sometimes|occasionally|often) (does|do|did) (that|this) $',
      '(does|do) (that|this) (sometimes|occasionally|from time to time|now and then|every now and then|every so often) $',
      '(that|this|it) (does|can|will|) (sometimes|occasionally|often) happen',
      '(that|this|it) (can|does|do) happen (sometimes|occasionally|from time to time|now and then|every now and then|every so often)',
      '(that|this|it|these things|things|mistakes|glitches|errors|delays|mix ups|mixups) (happen|happens) (sometimes|occasionally|from time to time|now and then|every now and then|every so often|all the time|a lot)',
      '(get|gets|got|can get|do get) (double booked|double-booked|overbooked|delayed|held up|mixed up|lost|missed|dropped|bumped) (sometimes|occasionally|from time to time|now and then|every now and then|every so often|all the time|a lot)',
      '(sometimes|occasionally|often) (get|gets|got) (double booked|double-booked|overbooked|delayed|held up|mixed up|lost|missed|dropped|bumped)',
    ],
    tip: {
      message: 'Own what went wrong instead of explaining it away, then say what you will do now.',
      example: 'That shouldn’t have happened, and I’m sorry. Here’s what I’ll do now to put it right.',
    },
  },
  {
    id: 'empathy.lecture',
    skill: 'empathy',
    points: -15,
    intent: 'dismissal',
    extra: [{ skill: 'positivity', points: -8 }],
    note: 'Lectures or talks down.',
    patterns: [
      '(as|like) (i|we) (already|) (said|told you|mentioned|explained|stated)',
      '(as|) per my (last|previous|earlier) (email|message|reply|note|call)',
      '(i|we) (already|have already|have) (told|explained|said) (you|this|that)',
      'read the (manual|faq|terms|instructions|fine print|policy|website|email)',
      // "It clearly says…", "like it says on the website": pointing at what the customer should have read.
      // (A plain "It says delivered" reports what the tracking shows.)
      '(it|the website|the page|the email|the policy|the terms) clearly (says|states|explains)',
      '(like|as) (it|the website|the page|the email|the policy|the terms) (says|states|explains) (on|in) (the|your|our)',
      'for the (last|second|third|hundredth|umpteenth|final) time',
      'you need to understand',
      'let me be (clear|very clear)',
      '(as|like) (everyone|anyone|anybody) (knows|would know)',
      'it is (not|really not) that (hard|difficult|complicated)',
      'if you (had|would) (just|) (listen|listened|read)',
      '^ (just|) pay attention',
      'you (need to|have to|should|must) (really|) pay attention',
      // Calling the reader's question trivial, or doubting they understand, talks down to them.
      '(it is|that is|this is|it was|that was) (@very|just|pretty|) (trivial|elementary)',
      '(is|was) (a|an|such a) (@very|pretty|) (trivial|elementary|basic|simple|obvious|easy|silly|stupid|dumb|lazy|broad) (question|problem|request|mistake)',
      '(your|this|that|the) (question|problem|request|mistake) is (@very|just|pretty|) (trivial|elementary|basic|simple|obvious|easy|silly|stupid|dumb)',
      '(just|simply|go) (google|search) (it|for it|that|this)',
      'do your (own|) (research|homework)',
      '(i|we) (can not|could not) (stress|emphasise|emphasize) (this|that|it|) enough',
      '(do|did) you (even|) (understand|know) (how|what)',
    ],
    tip: {
      message: 'Explain again as if for the first time, without pointing out that you already did.',
      example: 'Let me go through it once more, step by step.',
    },
  },
  {
    // Talking down: the problem is trivial, anyone could fix it, the customer should be patient, or
    // their plan is beneath a quick answer.
    id: 'empathy.talking-down',
    skill: 'empathy',
    points: -15,
    intent: 'dismissal',
    extra: [{ skill: 'positivity', points: -8 }],
    note: 'Talks down to the customer: calls the problem trivial, them slow, or the request homework.',
    patterns: [
      '(let me|i will|i am going to|i will have to|i need to|i have to|) (explain|say|spell|go through|repeat) (this|it|that) (out|again|) (really|very|nice and|) slowly',
      '(explain|say|spell|put) (this|it|that) (out|) in (small|simple|little|easy) words',
      'not (exactly|really|) (rocket science|brain surgery)',
      '(pretty|dead|really|quite|very|) (simple|easy|obvious|straightforward) really',
      '(anyone|anybody|a child|a kid|a five year old|even a child|even a kid) (can|could) do (it|this|that)',
      'patience is a virtue',
      // "It's very simple." said as a whole sentence judges the task; "It's very simple to fix, I'll do it now" reassures.
      '^ (it is|that is|this is|it) (@very|really|pretty|quite|super|so|dead|actually|) (simple|easy|obvious|basic) $',
      '^ (it is|that is|this is|it is really|) not that (hard|difficult|complicated) $',
      'literally the (first|top|only|main|biggest|big) (option|thing|button|link|item|tab|setting)',
      '(you are|you) (only|just) on (the|our|a) (basic|free|cheapest|standard|lowest|entry|starter|cheap) (plan|tier|package|level|account|subscription)',
      // Suspecting the reader of wanting their work done for them ("Is this homework?") treats the request as laziness.
      '(is|was) (this|it|that) (@very|) (a|your|for|for a|for your|) homework',
      '(looks|sounds|smells|seems|reads) (@very|a lot|suspiciously|rather|) like (a|your|) homework',
      'homework (question|problem|assignment|help)',
      '(do|doing|write|writing|answer|answering) your (homework|work|job) for you',
    ],
    tip: {
      message: 'Leave out the judgement of how easy it is or what the customer should put up with; explain the step plainly.',
      example: 'Here’s the quickest fix, step by step, and I’ll stay with you while you try it.',
    },
  },
  {
    // Telling the customer off for their tone; the boundary is fair, the reprimand is not.
    id: 'empathy.reprimand',
    skill: 'empathy',
    points: -15,
    intent: 'dismissal',
    extra: [{ skill: 'positivity', points: -8 }],
    note: 'Tells the customer off for how they are speaking.',
    patterns: [
      '(there is|) no need to be (so|that|) (rude|nasty|aggressive|abusive|snippy|sarcastic|like that|difficult|dramatic)',
      '(shouting|yelling|swearing|screaming|getting angry|getting upset|being rude|raising your voice|losing your temper) (will not|does not|is not going to|never|is not) (help|helps|helping|get you anywhere|solve anything|change anything|going to help)',
      '(please|) (do not|stop) (shout|shouting|yell|yelling|swear|swearing|scream|screaming|raise your voice|raising your voice) (at me|at us|)',
      '(please|) (do not|stop) (be|being) (rude|nasty|aggressive|abusive|sarcastic|difficult)',
    ],
    tip: {
      message: 'Name the boundary calmly and keep helping, without telling the customer off.',
      example: 'I want to help you sort this out, and I need us to keep it respectful.',
    },
  },

  // ── Positivity: polite, positive, willing framing ─────────────────────────────
  {
    id: 'positivity.gratitude',
    skill: 'positivity',
    points: 15,
    intent: 'gratitude',
    note: 'Thanks the customer.',
    patterns: [
      'thank you',
      '^ thanks',
      'thanks (for|so much|a lot|again|very much)',
      '(many|big|huge) thanks',
      '(i|we) (@very|) (appreciate|am grateful|are grateful|value)',
      '(grateful|thankful) (for|that|to)',
      '(i|we) can not thank you enough',
      'thanks in advance',
      // "Cheers" is thanks, wherever it stands ("cheers. the link takes…"), not a sign-off.
      '^ (cheers|ta) (for|mate|)',
    ],
  },
  {
    id: 'positivity.please',
    skill: 'positivity',
    points: 8,
    intent: 'polite-request',
    note: 'Says "please" inside a request.',
    // The word alone, so a "please" never covers the word before it ("…eventually, please wait" keeps its "eventually").
    patterns: ['please', 'if you please', '(pls|plz)'],
    notFirst: true,
  },
  {
    id: 'positivity.please-start',
    skill: 'positivity',
    points: 0,
    intent: 'polite-request',
    note: 'Opens with "please" (an instruction with a courtesy word).',
    patterns: ['^ (please|pls|plz)'],
    // Opening with "please" makes an instruction, which people rate no more polite than average.
  },
  {
    id: 'positivity.indirect-request',
    skill: 'positivity',
    points: 10,
    intent: 'polite-request',
    note: 'Asks indirectly ("could you", "would you mind"), leaving the customer a choice.',
    patterns: [
      '(could|would) you (please|kindly|possibly|perhaps|maybe|be able|be willing|mind|like|help|check|send|tell|confirm|take|try|let|give|look|share|provide|do)',
      '^ (could|would) you',
      '(would|do) you mind',
      'if you (do not mind|would not mind|have a moment|get a chance|can|could|would|like|prefer|want)',
      'when you (have|get) a (moment|chance|minute|second)',
      '(i|we) (was|were|am|are) (just|) wondering',
      '(i|we) wonder (if|whether)',
      '(would|will) it be (possible|ok|okay|alright|all right)',
      'is it (possible|ok|okay|alright)',
      '(i|we) would (like|love|appreciate|be grateful)',
      '(i|we) would (be|) (happy|glad) if',
      '(might|may) (i|we) (ask|suggest|have)',
    ],
  },
  {
    id: 'positivity.modal-request',
    skill: 'positivity',
    points: 4,
    intent: 'polite-request',
    note: 'Asks with "can you" / "will you" rather than ordering.',
    patterns: [
      '^ (can|will) (you|someone|anyone|somebody|anybody)',
      '^ (is|are) (there|you able)',
      '^ any (chance|idea|ideas|suggestions|thoughts)',
      // Asking leave to ask: "Hi Marcus, can I take a few details?", "May I ask your postcode?"
      '(hi|hello|hey|morning|afternoon|evening|thanks|sure|ok|okay|so|first|firstly|^) (*|) (can|may|could) (i|we) (please|just|quickly|) (take|have|get|grab|ask|check|confirm|start with|verify|note)',
    ],
  },
  {
    id: 'positivity.we',
    skill: 'positivity',
    points: 3,
    note: 'Speaks as "we", making it a joint effort.',
    patterns: ['^ (we|let us)', '(could|can|shall|should) we', 'together'],
  },
  {
    id: 'positivity.indirect',
    skill: 'positivity',
    points: 4,
    note: 'Eases in indirectly ("by the way").',
    patterns: ['by the way', '^ (btw|incidentally)'],
  },
  {
    id: 'positivity.hedge',
    skill: 'positivity',
    points: 5,
    note: 'Softens a claim or suggestion (a hedge), which reads as polite.',
    patterns: [
      '(i|we) (think|believe|suppose|guess|feel|suspect)',
      '^ (perhaps|maybe|possibly)',
      '(i|we) (would|might|could) (suggest|recommend|say|propose)',
      '(it|that) (seems|appears|might|may)',
      'in my (opinion|view|experience)',
      '(sort of|kind of|a bit|a little|somewhat)',
      '(i am|we are) not (sure|certain) (if|whether|that)',
    ],
  },
  {
    // Humbling oneself before a question or a correction (a negative-politeness strategy): the
    // speaker takes the possible mistake on themself instead of putting it on the reader. Longer
    // than the insult reading of "a stupid question", so a self-deprecating one is not an insult.
    id: 'positivity.humility',
    skill: 'positivity',
    points: 6,
    note: 'Takes a possible mistake on itself ("correct me if I\'m wrong", "I may be missing something"), which softens a question or a correction.',
    patterns: [
      'correct me if (i am|i have got|i got|i have|i) (wrong|mistaken|misunderstood|misunderstanding|missing)',
      '(i|i am) (may|might|could) (be|have) (wrong|mistaken|misunderstood|missed|got it wrong)',
      '(i|i may|i might|i could) (be|am) (probably|possibly|perhaps|) missing something',
      'unless (i am|i have) (missing|misunderstood|misreading|misread|mistaken|wrong)',
      '(forgive|pardon|excuse) (my|me for my) (ignorance|naivety|naivete|inexperience)',
      'at the risk of (sounding|asking|being|seeming|looking) (stupid|dumb|silly|naive|ignorant|pedantic|picky|rude|obvious|)',
      '(i|i will|i may|i might|this may|this might|it may|it might) (sound|sounds|seem|seems|look|looks|be) (stupid|dumb|silly|naive|ignorant)',
      '(probably|maybe|perhaps|possibly|might be|may be|could be|this is|this may be|this might be|sorry for|sorry if this is|sorry for the|apologies for the) (a|an|the|) (stupid|dumb|silly|naive|newbie|noob|basic|obvious) question',
      '(i am|i am still|i am fairly|i am quite|i am pretty|i am very) (new|a beginner|a newbie|no expert|not an expert) (to|at|in|with|on|here)',
      // Checking one's own understanding leaves the reader room to correct it.
      '(is|was) (that|this|it) (right|correct)',
      'am i (right|correct|understanding|reading) (this|that|you|it|)',
      '(if|as far as) i (understand|understood) (you|it|this|that|) (correctly|right)',
      '(if|as far as) i (understand|understood) (the|your) (problem|issue|question|situation)',
      'did i (understand|get) (that|this|it|you) (right|correctly)',
    ],
  },
  {
    id: 'positivity.greeting',
    skill: 'positivity',
    points: 10,
    intent: 'greeting',
    note: 'Greets the customer.',
    patterns: [
      '^ (hi|hello|hey|hiya|greetings|dear|howdy|welcome)',
      '^ good (morning|afternoon|evening|day)',
      '(nice|good|great|lovely) to (meet|hear from|see|talk to|speak with) you',
      '(thanks|thank you) for (reaching out|contacting|getting in touch|calling|writing|your message|your email)',
    ],
  },
  {
    id: 'positivity.willing',
    skill: 'positivity',
    points: 14,
    intent: 'solution',
    note: 'Sounds willing and glad to help.',
    patterns: [
      '(i|we) (would|will|am|are|would be|will be|be) (@very|) (happy|glad|delighted|pleased|keen|thrilled|eager) to',
      '(happy|glad|delighted) to (help|assist|do|look|check|sort|take|explain)',
      '(i|we) (would|will) love to',
      '(my|our) pleasure',
      'with pleasure',
      '^ of course',
      '^ (absolutely|certainly|definitely|sure)',
      'sure thing',
      '(i|we) can not wait to',
      '^ can not wait to',
      '(can not|could not) (be happier|ask for more)',
      '(i|we) (will|would) (gladly|happily)',
    ],
  },
  {
    id: 'positivity.no-problem',
    skill: 'positivity',
    points: 8,
    note: 'A reassuring idiom ("no problem", "no worries").',
    patterns: [
      'no (problem|problems|worries|worry|trouble|bother)',
      'not a (problem|bother|worry|trouble)',
      '(it|that|this) (will not|would not|should not|is not going to) be (a|an|any) (problem|issue|trouble|bother)',
      '(it is|that is|this is|it was|that was) (no|not) (a|any) (problem|trouble|bother|issue)',
      '(do not|no need to) (worry|~apologize|apologise|be sorry)',
      'nothing to (worry|apologize|apologise)',
      'not (at all|a bad idea)',
      'no (harm|harm done)',
      'no (rush|hurry|pressure|stress|sweat|fuss|biggie)',
      // "It happens to the best of us" reassures someone who apologised; a bare "it happens" brushes off.
      '(it|that|this|these things|mistakes) (happens|happen) to (the best of us|everyone|everybody|anyone|all of us)',
      '(there is|) no need to (rush|hurry|decide (now|today|right now))',
      'take (all|) (your|the) time (you need|you like|)',
      '(it is|that is|this is|) not (@very|) (an imposition|a nuisance) (at all|)',
      // "No, that's fine": an answer that lets the customer off, not a contradiction.
      '^ (no|nope) (that is|it is|you are) (fine|ok|okay|alright|all right|no problem|all good)',
    ],
  },
  {
    id: 'positivity.can-do',
    skill: 'positivity',
    points: 15,
    intent: 'solution',
    note: 'Frames what can be done.',
    patterns: [
      'what (i|we) can (do|offer|try) (is|instead)',
      'here is what (i|we) can (do|offer|try)',
      '(i|we) can (certainly|definitely|absolutely|totally|really|also|still|easily|) (offer|help|arrange|do|get|send|fix|sort|set up|give|replace|refund|change|upgrade|book|add|reset|try|show|make|waive|credit|order|schedule|move|extend|switch|reissue|resend|reschedule|rebook|cancel|unlock|restore|reactivate|expedite|repair|deliver|hold|cover|match)',
      'the good news is',
      '(one|another|a better|the best|a quick|an easy|the quickest) (option|alternative|way|fix|solution|choice) (is|would be|could be|might be)',
      '(i|we) (could|can) (also|) (suggest|recommend|offer)',
      '^ instead',
      'let us (see|find|figure|work|get|sort|try|look|fix)',
      // A joint suggestion, not a challenge: "why don't we try…".
      'why (do not|not) we (try|just|start|give|see|check|look|go|do|set|book|switch|use|get|call|run|reset)',
      'let me (see|find|help|show|walk|fix|sort|get|try|check|look|explain)',
      'you (can|could) (also|simply|easily|still|always) (try|use|get|choose|pick|return|exchange|switch|upgrade|change)',
      '(we|i) (have|offer) (a|an|some|the) (option|alternative|solution|plan|choice)',
      'there (is|are) (a|an|some|a few|two|several) (option|options|ways|way|alternatives|alternative|solutions|solution)',
      // What the customer gets instead: "We can't match it, but ours includes a three-year warranty".
      'but (ours|our (*|) (price|plan|deal|offer|model|product|service|version)) (includes|include|comes with|come with|gives you|has|adds)',
      '(what you get|what you would get|what you do get|you do get|you would get|you will get) (with us|from us|here|) (is|are|includes|)',
      '(with us|from us|here) (you|you will|you would) (also|) (get|have|receive)',
      // What the customer's plan includes: "As a Premier customer you get a dedicated engineer".
      '^ as a (*) (*|) (customer|member|client|subscriber) (you|you will|you would) (also|) (get|have|receive)',
      'if you (buy|order|sign up) (it|one|) (here|from us|with us) (you|you will|you would) (also|) (get|have|receive)',
      // A recommendation answers "what would suit me?": "I'd recommend the Starter plan", "go with Starter".
      '(i|we) would (recommend|suggest) (*)',
      '^ (i would|) (go|start) (with|for|on) (the|our|) (*)',
      // How the customer gets it done: "you can upgrade whenever", "you just sign up on our website".
      'you (can|could|just|simply) (upgrade|downgrade|switch|change|cancel|return|exchange|move up|move down|sign up|register|order|book) (any time|anytime|whenever|at any time|later|online|on|at|through|via|from|in|$)',
    ],
    undisclaimed: true,
  },
  {
    id: 'positivity.deference',
    skill: 'positivity',
    points: 10,
    unlessNegated: true,
    note: 'Compliments or agrees with the customer.',
    patterns: [
      '(great|good|excellent|fair|interesting|valid) (question|point|idea|catch|thought|suggestion|spot)',
      // From "agree" on, so "I" still counts as speaking personally; "I don't agree" is negated.
      '(@very|completely|fully|entirely|) agree (with you|with that|with this|with what|that)',
      '(@very|completely|fully|entirely|) agree $',
      '(nice|great|good|excellent|fantastic|amazing|brilliant) (work|job|effort)',
      'you (are|were) (right|correct|absolutely right|quite right)',
      // "No, you're right": the "no" agrees, it contradicts nothing.
      '^ (no|nope) you (are|were) (right|correct|absolutely right|quite right|completely right|totally right)',
      '(you|that) (make|makes|raise|raises) a (good|fair|great|valid) point',
      '(i|we) (could not|can not) agree (more|with you more)',
      'well (done|said|put)',
    ],
  },
  {
    id: 'positivity.dont-know',
    skill: 'positivity',
    points: -8,
    note: 'A bare "I don\'t know" ends the road; say how you will find out.',
    patterns: ['^ (i|we) (really|honestly|just|) (do not|did not) know $', // Not knowing yet, not a refusal: "I don't have an ETA (yet)", "we don't have an update at the moment".
      '(i|we) (really|honestly|just|) (do not|does not|did not) (have|have got|know) (an|a|any|the) (exact|firm|precise|confirmed|new|further|) (eta|update|updates|time frame|timeframe|timescale|timeline|estimate|answer|date|time|news|information|info|details|fix time|arrival time|delivery date)', '(i|we) (have|have got) no (eta|update|updates|time frame|timeframe|timescale|timeline|estimate|news|information|info|further information|further details) (yet|at the moment|right now|so far|for you|as yet|$)', '^ (i|we) (have|have got) no (idea|clue) $', '^ (i|we) (have|have got) no (idea|clue) (what|why|how|where|when|who|if|whether)', '^ (no|not a) (idea|clue) $', '^ dunno $', '^ idk', '^ (i am|i am just|i am really) not sure $'],
    tip: { message: 'Say how you will find out instead of stopping at not knowing.', example: 'Let me find out for you. I’ll come back to you by 3 pm today.' },
  },
  {
    id: 'positivity.refusal',
    skill: 'positivity',
    points: -15,
    intent: 'refusal',
    note: 'Says what cannot be done.',
    patterns: [
      '(i|we) (can not|could not|am not able to|are not able to|am unable to|are unable to|will not be able to|will not) (@very|just|simply|really|) @grant',
      '(i|we) (do not|does not) (do|offer|allow|accept|provide|give|support|sell|refund|take|cover|make exceptions)',
      // "I don't have" refuses only what the customer asks for (that, stock, access, the authority…): "I don't have a car" is no refusal.
      '(i|we) (do not|does not) have (that|this|those|these|it|them|one|any|anything|stock|access|authority|permission|availability|capacity|space|room|slots|discretion)',
      '(i|we) (do not|does not) have (the|a|an|that|any) (authority|power|ability|option|options|access|permission|budget|stock|means|discretion|capacity|availability|slot|slots|space|room|way|discount|exception|loan|loaner|replacement|spare|spares|model|size|colour|color)',
      // "We don't price match", "we do not match prices": the no a price question most often gets.
      '(i|we) (do not|does not|can not|will not) (price match|price-match|pricematch|match (prices|other prices|competitor prices|competitors))',
      // Chat style, the subject left out: "Can't help without an ID.", "Cannot refund that."
      '^ (can not|could not) (@very|just|simply|really|) @grant',
      '(that is|it is|this is|that would be|it would be) (not possible|impossible|out of the question|not an option)',
      '(there is|it is) (nothing|not much|not a lot) (i|we) can do',
      '^ (nothing|not much|not a lot) (more|else|) (i|we) can do',
      // "That's not something I can do": a no about the request, not passing it on.
      'not (something|anything) (i|we) (can|am able to|are able to) (do|offer|help with|arrange|agree to)',
      '^ no (way|chance|can do)',
      'absolutely not',
      '(not|no|never) (going to|gonna) happen',
      '(the answer is|my answer is) no',
      '(you|customers) (can not|are not allowed to|may not) (have|get|return|do)',
      '(we|i) (do not|never) (give|issue|make) (refunds|exceptions|credits)',
      // Declining to do what the customer is waiting for: "I won't be calling you back", "I'll never refund this".
      '(i|we) (will not|am not going to|are not going to|will never) (be|) (calling|call|ringing|ring|phoning|phone|emailing|email|contacting|contact|refunding) (you|it|this|that) (back|)',
      '(i|we) (will|would|are going to|am going to) never @grant',
      'no refunds',
      // A bare "I can't" to end on: "I'd love to help, but I can't."
      '(but|sorry|afraid|unfortunately) (i|we) (really|just|simply|) (can not|could not|am not able to|are not able to) $',
    ],
    tip: {
      message: 'Lead with what you can do rather than what you can’t.',
      // With no situation to go on, nothing that assumes one (a replacement assumes a faulty product).
      example: 'What I can do is look into your options myself right now and call you back with them by 4 pm today.',
      examples: WHAT_I_CAN_DO,
    },
  },
  {
    // A grudging "Fine," or "Whatever," before giving the customer what they asked for: the yes sounds given under protest.
    id: 'positivity.grudging',
    skill: 'positivity',
    points: -5,
    note: 'Opens with a grudging "Fine," or "Whatever,", which makes the yes sound given under protest.',
    patterns: ['^ (fine|ok fine|okay fine|alright fine|all right fine|fine then|whatever|yeah whatever|ok whatever|okay whatever)'],
    pause: true,
    notBefore: ['thanks', 'thank', 'thx', 'ty', 'and', 'how'],
    tip: { message: 'Drop the grudging "Fine,": say yes as if you are glad to help.', remove: ['ok fine', 'okay fine', 'alright fine', 'all right fine', 'fine then', 'yeah whatever', 'ok whatever', 'okay whatever', 'fine', 'whatever'] },
  },
  {
    // The classic negative-language opener: it tells the customer bad news is coming before anything can be done.
    // Not beside an apology or sympathy ("Unfortunately your flight was cancelled, I'm so sorry"): see analyze.ts.
    id: 'positivity.unfortunately',
    skill: 'positivity',
    points: -4,
    note: 'Opens with "Unfortunately", which announces bad news before anything that can be done.',
    patterns: ['^ (unfortunately|regrettably)'],
    transparent: true,
    tip: {
      message: 'Lead with what you can do; "Unfortunately" tells the customer bad news is coming.',
      example: 'What I can do is look into your options myself right now and call you back with them by 4 pm today.',
      examples: WHAT_I_CAN_DO,
    },
  },
  {
    // Words of the inside of the company, which the customer has to translate: "tier 2", "action it", "the SLA",
    // "per our records", "pending settlement". General internal-process words, not one product's names.
    id: 'positivity.jargon',
    skill: 'positivity',
    points: -4,
    note: 'Uses internal jargon ("tier 2", "action it", "SLA", "per our records", "pending settlement") the customer has to translate.',
    patterns: [
      'tier (1|2|3|one|two|three) (support|team|agent|agents|engineer|engineers|queue|escalation|)',
      '(second|third) line (support|team|engineer|engineers|queue)',
      '(action|actioned|actioning) (it|this|that|your|the|them|these|those|$)',
      '(will be|has been|have been|was|were|be|get|gets|got) actioned',
      '(the|our|an|your|within|within the|outside the|per the|under the|breach the|breached the) (sla|slas)',
      '^ sla',
      '(per|as per) (our|the) (records|system|systems|notes|logs|account notes|terms)',
      '(pending|awaiting|in) (settlement|clearance|reconciliation|provisioning|fulfilment|fulfillment)',
      '(settlement|reconciliation|provisioning) (period|window|date|process|team|queue)',
      '(ticket|case|request) (has been|was|is) (triaged|assigned to the queue|dispatched to|routed)',
      '(in|into|to) the (backlog|back office|back-office|backend|back end|queue system)',
      // "Your payment was successfully processed": system-speak; the word earns no positive-language points.
      'successfully (processed|submitted|completed|updated|actioned|applied|actioned|cancelled|canceled|created|raised|logged|received)',
    ],
    tip: {
      message: 'Say it in the customer\u2019s words, not the company\u2019s: what happens, who does it, and when.',
      example: 'I’ve passed this to our specialist team, and I’ll call you by 3 pm today with what they find.',
    },
  },
  {
    id: 'positivity.policy-hiding',
    skill: 'positivity',
    points: -15,
    intent: 'policy-hiding',
    note: 'Hides behind policy or the system instead of explaining.',
    patterns: [
      '(it is|that is|this is|it was) (just|simply|) (our|the|company|store) (policy|rules|procedure|rule)',
      '(it is|that is|this is) (just|simply|) (policy|procedure) $',
      // "It's policy that I can't reset it."
      '(it is|that is|this is) (just|simply|) (our|company|store|) (policy|procedure) that (i|we|you)',
      '(company|store|our|the) policy (says|states|is|does not|prevents|forbids)',
      '(rules|policy) (is|are) (rules|policy)',
      '(those|these) are the rules',
      '(i|we) (just|only) (work here|follow the rules|follow policy|do what)',
      '(i am|we are) (just|only|simply) (following|doing) (the|our|company) (process|procedure|rules|policy|protocol|system)',
      '(that is|this is|it is) (just|simply|) (how|the way) (it|things|the system|this|that) (works|work|is done|goes|is)',
      '(i|we) do not make the (rules|policy|policies)',
      'my hands are tied',
      '(the|our) system (will not|does not|can not|won|doesn|would not) (let|allow|accept|permit)',
      '(that is|it is) (above my pay grade|not up to me|out of my hands)',
      'according to (our|the|company) (policy|rules|terms)',
      '(policy|procedure|protocol) (is|says) (that|)',
      // Policy as the whole answer: "per our policy", "outside / against company policy", "policy states",
      // "the terms and conditions say", "I'm not allowed to", "I have no control over it", "the computer says no".
      '(as|) per (our|the|company|store|) (policy|policies|rules|procedure|terms)',
      '(outside|against|beyond|not within|not covered by) (our|the|company|store|) (policy|policies|rules|terms)',
      '(policy|procedure|protocol|the rules|our rules) (states|dictates|requires|says|does not allow|does not permit|forbids|prevents|is clear)',
      '(our|the) (terms and conditions|terms of service|terms|small print|fine print) (say|says|state|states|are clear|clearly say|clearly state|do not allow|do not cover|specify|stipulate|require)',
      '(i am|we are) not (allowed|permitted|authorised|authorized|able under the rules) to',
      '(i|we) (have|has) (no|zero) (control|say|power|influence) over (it|this|that|the (system|process|queue|priority|priorities|timing|decision|policy|rules|order))',
      '(i|we) (do not|can not) (have|) (any|) control (over|of) (it|this|that)',
      '(the|our) (computer|system) says no',
      '(the|our) computer (will not|does not|can not|would not) (let|allow|accept|permit)',
      '(i|we) (have to|must|need to|are required to|have got to|just have to) follow (the|our|company|) (procedure|procedures|policy|rules|process|protocol)',
    ],
    tip: {
      message: 'Explain the reason behind the rule and what the customer can do within it.',
      example: 'We do it this way to protect your account, and here is what we can do for you instead.',
      examples: {
        loss: 'We ask for the certificate so nobody else can close the account; once I have it, I’ll take care of everything else.',
        cancel: 'The contract runs to the end of its term so the price stays fixed; what I can do is stop it renewing, so nothing more is taken after that.',
        tier: 'Premier clients pay for a one-hour response, which is why their calls come first; what I can do is look at your ticket myself now and call you back within the hour.',
        premier: 'Your Premier plan is there to put you first, so I’m taking this on myself now and will call you back within the hour.',
        price: 'Our price includes setup and a 30-day return, which is where the difference goes; I can walk you through exactly what that covers.',
        access: 'We check who you are before any reset so nobody else can get into your account; what I can do is verify you another way now and get you back in.',
        visit: 'Engineers’ rounds are planned the day before; what I can do is book you the first free slot now and text you the time and the engineer’s name.',
        outage: 'We fix outages in order of how many customers they affect; what I can do is log yours as urgent now and update you every 30 minutes.',
        faulty: 'We ask for a photo of the fault so we can claim it back rather than charge you; once I have it, I’ll send the replacement the same day.',
        delivery: 'We wait for the courier’s search so you aren’t charged twice; what I can do is chase them now and text you by 3 pm with an answer.',
        billing: 'Refunds go back to the card that paid, which is why they take a few days; I’ll email you the moment yours is sent.',
      },
    },
  },
  {
    id: 'positivity.sarcasm',
    skill: 'positivity',
    points: -20,
    intent: 'sarcasm',
    extra: [{ skill: 'empathy', points: -10 }],
    note: 'Sarcasm: the words say one thing and mean another.',
    patterns: [
      'yeah (right|sure)',
      'good luck with that',
      '^ oh (great|wonderful|perfect|brilliant|joy|really|sure|good)',
      '(as|which) (you|anyone|everyone) (would|should|could|must) (obviously|clearly|) know',
      'sure you (did|do|have|are|were)',
      'must be nice',
      'if you (say|insist) so',
      '(big|what a|such a) surprise',
      'thanks for nothing',
      // Thanks for an attack: "Wow, thanks for yelling at me."
      '(thanks|thank you) (so much|) for (yelling|shouting|screaming|swearing|being rude|the abuse|your attitude|wasting my time|nothing)',
      '^ (great|wonderful|perfect|brilliant|fantastic|lovely|marvellous) (just|) (great|wonderful|perfect|brilliant|fantastic|lovely|marvellous) $',
      'sorry not sorry',
      'nice try',
      'slow clap',
      'well duh',
      '^ duh',
      'how (shocking|surprising)',
      '(i am|i was) (sure|certain) you (did|do|were|are)',
      // Agreeing in words while meaning the opposite: "Sure, because that's totally our fault", "Sure, we're useless".
      '^ (sure|yeah|yes|right|oh sure|oh yeah|oh right|of course) because',
      // …and the mocked admission with it, so "that's totally our fault" is no ownership.
      '^ (sure|yeah|yes|right|oh sure|oh yeah|oh right|of course) because (that is|it is|this is|it was|that was|we are|i am) (totally|completely|entirely|all|so|obviously|clearly|) (our|my|the company) (fault|problem|doing|mistake)',
      '^ (sure|yeah|right|fine|ok|okay|whatever) (we are|i am|we|i) (@very|totally|completely|just|so|) (@insult|the worst|terrible|awful|hopeless|rubbish|to blame)',
      // Praise for trouble: "Congratulations, you've found our only bug", "Someone's having a great day".
      '(congratulations|congrats|well done|bravo|nice one|good job|great job) (you have|you|you have just|you just|you have managed to|you managed to) (found|broken|broke|discovered|managed|crashed|hit|locked|deleted|break|crash|lock)',
      '(someone|somebody) (is|) having a (great|good|lovely|wonderful|fun|nice|fantastic|brilliant|super) (day|morning|time|week|afternoon)',
    ],
    tip: {
      message: 'Say what you mean plainly; sarcasm reads as contempt in writing.',
      example: 'I see what you mean, and I’d like to help.',
    },
  },
  {
    // "Good for you." answering a complaint is sarcasm; answering good news it is warmth (empathy.warmth).
    // The same span: inside sarcasm the warm reading earns nothing (see analyze.ts).
    id: 'positivity.sarcasm-praise',
    skill: 'positivity',
    points: -20,
    intent: 'sarcasm',
    extra: [{ skill: 'empathy', points: -10 }],
    note: 'Praise answering a complaint ("Good for you.") is sarcasm.',
    patterns: ['^ (well|oh|) (good for you|well done you|lucky you|how lovely|how nice|how nice for you|nice for you)'],
    answeringComplaint: true,
    flat: true,
    tip: {
      message: 'Say what you mean plainly; praise answering a complaint reads as sarcasm.',
      example: 'I’m sorry you’ve had such a frustrating time; let me sort it out for you.',
    },
  },
  {
    id: 'positivity.directive',
    skill: 'positivity',
    points: -8,
    note: 'Orders the customer about ("you need to", "you have to").',
    patterns: [
      'you (need|have|will have|will need|would need|must|are going) to',
      'you (must|should) (not|)',
      SUGGEST_HAVE_A,
      '^ (send|give|tell|provide|fill|read|go|call|email|stop|wait|make|look|listen|answer|explain|fix|use|click|restart|update|quit|leave|calm)',
      // The bare orders of a curt service reply: "Submit a ticket.", "Check the status page.", "Buy it there then."
      '^ (submit|check|buy|contact|visit|enter|type|log|sign|select|choose|pick|reboot|reinstall|install|download|attach|forward|resend|return|bring|pay|ring|phone|text|refer|raise|file|complete|print|scan|clear|delete|remove|reset|unplug|plug|resubmit|reapply|apply|order|book)',
      // A request with its subject and verb left out: "Need your employee ID.", "Need the order number."
      '^ need (your|the|a|an|to)',
      `^ just ${IMPERATIVE_VERBS}`,
    ],
    statementOnly: true,
    tip: {
      message: 'Turn the order into a request, and say why when it is not obvious.',
      replace: 'Could you please',
    },
  },
  {
    // Sending the customer to a competitor ("Buy it there then", "Feel free to shop elsewhere"): polite or not, the sale and
    // the customer are let go without a word about what we can offer.
    id: 'positivity.sends-away',
    skill: 'positivity',
    points: -12,
    note: 'Sends the customer elsewhere ("buy it there then", "feel free to shop elsewhere") instead of saying what we can offer.',
    patterns: [
      '^ (then|so|well|just|) (buy|get|order) (it|one|them|that) (there|elsewhere|somewhere else|from them|from there|from the other (shop|store|site|place|company)|at the other (shop|store|site|place))',
      '^ (then|so|well|just|) (go|shop|look|try) (elsewhere|somewhere else)',
      'take your (business|money|custom) (elsewhere|somewhere else)',
      // Said to the customer, not of the writer's own search ("I'll look elsewhere for the part").
      '(feel free to|by all means|you are welcome to|you (can|could|might|may|will have to|would have to|need to|should|might want to|may want to|are better off|would be better off) (always|just|then|) (go and|)) (go|shop|look|try|buy it|buy one|buy them|get it|order it|get one|going|shopping|looking|buying it|getting it) (there|elsewhere|somewhere else|from them|with them|at the other (shop|store))',
      '^ (then|so|well|just|) (go|try) (to|with|) (them|the other (shop|store|site|place|company)|the competitor)',
    ],
    tip: {
      message: 'Say what we can offer before the customer goes: what our price includes, or what you can do about it.',
      example: 'Before you decide, let me tell you what you’d get with us, so you can compare like for like.',
    },
  },
  {
    id: 'positivity.you-start',
    skill: 'positivity',
    points: -6,
    note: 'Opens a sentence with "you", which reads as pointing at the customer.',
    patterns: ['^ (you|u)'],
  },
  {
    id: 'positivity.factuality',
    skill: 'positivity',
    points: -10,
    note: 'Asserts facts bluntly ("actually", "in fact", "obviously").',
    patterns: [
      '^ (actually|obviously|clearly|frankly|seriously|look|listen)',
      // Tagged on at the end: "Just click forgot password, obviously."
      'obviously $',
      '(in fact|the fact is|the point is|the reality is|the truth is that)',
      // Announces a contradiction: no respect is being shown, so "respect" earns nothing as a positive word.
      'with (all|) (due|the greatest|the utmost|) respect',
    ],
    tip: {
      message: 'Leave out the emphatic opener.',
      remove: ['with all due respect', 'with the greatest respect', 'with the utmost respect', 'with due respect', 'with respect', 'actually', 'obviously', 'clearly', 'frankly', 'seriously', 'look', 'listen', 'in fact'],
    },
  },
  {
    // A flat "No," opening a sentence contradicts the reader. "No one…", "No stress" use "no" as a word
    // of the sentence, and "No, you're already covered" answers the customer's own yes/no question.
    id: 'positivity.flat-no',
    skill: 'positivity',
    points: -10,
    note: 'Opens with a flat "No," which reads as contradicting the customer.',
    patterns: ['^ (no|nope|nah)'],
    pause: true,
    unlessAnswer: true,
    tip: { message: 'Leave out the flat "No": say what is true instead.', remove: ['nope', 'nah', 'no'] },
  },
  {
    id: 'positivity.direct-question',
    skill: 'positivity',
    points: -5,
    note: 'A blunt direct question ("what is…", "why…").',
    patterns: ['^ (what|who|where|which|whats)'],
  },
  {
    // "What day suits you best?" hands the customer the choice: considerate, not blunt. Longer
    // than direct-question's "what", so that reading gives way; its words keep their valence.
    id: 'positivity.choice-question',
    skill: 'positivity',
    points: 3,
    note: 'Offers the customer a choice ("what suits you", "which would you prefer").',
    patterns: [
      '^ (what|which|whichever) (*|) (*|) (suits|suit|would suit|works|work|would work) (best|better|) (for you|you)',
      '^ (what|which|whichever) (*|) (*|) (is|are|would be|sounds|would sound|seems|looks) (best|better|easiest|easier|good|convenient|most convenient|more convenient) (for you|to you)',
      '^ (what|which|whichever) (*|) (*|) (works|work|would work|suits|suit|would suit) best',
      '^ (what|which) (*|) (*|) (would|do) you (prefer|rather|like)',
    ],
    questionOnly: true,
    transparent: true,
  },
  {
    id: 'positivity.why',
    skill: 'positivity',
    points: -8,
    note: '"Why" asks the reader to justify themselves; ask what happened instead.',
    patterns: ['why', 'how come'],
    tip: { message: 'Ask about the situation rather than the reason, which can sound like a challenge.', example: 'Could you tell me a bit more about what happened?' },
  },
  {
    id: 'positivity.negation',
    skill: 'positivity',
    points: -4,
    note: 'Negative phrasing ("not", "never"); say what is rather than what is not.',
    patterns: ['not', 'never', 'no', 'nothing', 'nobody', 'nowhere', 'neither', 'nor'],
    transparent: true,
    unlessAnswer: true,
  },
  {
    id: 'positivity.emphasis',
    skill: 'positivity',
    points: -8,
    note: 'Emphatic "even", "actually", "really?" read as doubt or impatience.',
    patterns: [
      '(did|do|does|have|has|can|could|would|will|are|is) (you|they|he|she|it|anyone|anybody) (even|actually|really)',
      '(is|are|do|does|did|was|were) (you|it|this|that|they|there) (really|seriously|honestly)',
      'not even',
      '^ (actually|seriously|really)',
      'really (need|want|think|mean|expect)',
    ],
    tip: { message: 'Leave out the word that adds doubt or impatience.', remove: ['even', 'actually', 'really', 'seriously', 'honestly'] },
  },
  {
    id: 'positivity.challenge',
    skill: 'positivity',
    points: -12,
    note: 'Challenges the reader to justify themselves ("why did you…").',
    patterns: [
      '^ (why|how come)',
      'what (were|are) you (thinking|doing)',
      'did you (even|actually|really) (read|look|check|try)',
      // A negative yes/no question presumes the answer ("Isn't it obvious?", "Why don't you…").
      // It opens its clause: "It's not you, it's us" is a statement.
      '^ (is|are|do|does|did|can|could|would|should|have|has|was|were|will) not (it|that|this|there|you|they|he|she|we)',
      '(why|how|what|where|who|so|and|but|or|then|well|also) (is|are|do|does|did|can|could|would|should|have|has|was|were|will) not (it|that|this|there|you|they|he|she|we)',
      'why not',
      // Demanding precision or the point reads as impatience.
      'what (exactly|precisely)',
      '(what|where) is the (point|use|sense)',
      'what is your (point|problem|issue)',
      'what (are|were) you (even|) (talking|going on|on) about',
      'what you are (even|) talking about',
      '(is|was) (that|this|it) supposed to',
      // "…, so what did you expect?" puts the fault on the customer's choice.
      'what (did|else did) you (expect|think would happen) $',
      'what (were|else were) you expecting $',
      '(what|how|who) (on earth|in the world)',
      '^ since when',
      // Telling people what they should already know talks down to them.
      '^ surely (you|u) (have|had|did|do|are|were|can|could|know|knew|read|checked|tried|saw|realise|realize|understand|must|would)',
      // Saying the customer left you to guess ("or do we have to guess?") mocks how they asked.
      '(do|should|must|shall|will) (we|i) (have to|) guess',
      '(am i|are we) (supposed|meant|expected) to (guess|read your mind|know)',
      '(expect|want) (me|us) to (guess|read your mind)',
      '(i am|we are) not (a|) (mind reader|mind readers|psychic|psychics)',
      'you (do|did) (know|realize|realise|understand) (that|about|)',
      'you (should|ought to) (know|realize|realise|have known|have read|have checked|have tried|understand)',
    ],
    // "I won't pretend it isn't - they're fifty cheaper": a challenge is one clause, never read across a dash.
    oneClause: true,
    tip: { message: 'Ask about the situation, not for a justification.', example: 'Could you walk me through what happened, so I can help?' },
  },
  {
    id: 'positivity.doubt',
    skill: 'positivity',
    points: -6,
    note: 'An intensifier inside a question ("is that really…?") or a negative tag ("…, don\'t you?") adds doubt, which reads as disbelief.',
    patterns: ['(even|really|seriously|honestly|actually|surely)', '(is|are|do|does|did|can|could|would|should|have|has|was|were|will) not (it|that|this|there|you|they|he|she|we) $'],
    questionOnly: true,
    tip: { message: 'Leave out the word that adds doubt.', remove: ['even', 'actually', 'really', 'seriously', 'honestly', 'surely'] },
  },
  {
    id: 'positivity.incredulous',
    skill: 'positivity',
    points: -10,
    note: 'A one-word question ("What?", "Really?") or a question ending in "what?" sounds incredulous.',
    patterns: ['^ (what|huh|really|seriously|how|so|and|sorry|eh) $', '* what $', '^ (you|they) (what|did what) $'],
    questionOnly: true,
    tip: { message: 'Ask the full question calmly, so it reads as wanting to understand.', example: 'Could you tell me a bit more about what you mean?' },
  },
  {
    id: 'positivity.clarify',
    skill: 'positivity',
    points: 6,
    note: 'Says why it asks ("just to clarify"), so a question reads as wanting to help rather than a demand.',
    patterns: [
      // Opening the sentence or with "just": "in touch to confirm" is a purpose, not a reason for asking.
      '^ to (clarify|confirm|double check|double-check|be clear|be sure|make sure)',
      'just to (clarify|confirm|double check|double-check|be clear|be sure|make sure)',
      '^ to (make sure|be sure) (i|we) (understand|understood|have|got|heard)',
      'just to (make sure|be sure) (i|we) (understand|understood|have|got|heard)',
      'just (checking|to check|so i understand|so we are clear)',
      'so (that|) (i|we) (can|could) (help|understand|answer|see|find|check|get)',
      '(i am|i was|i ask|i asked|i am only|i am just) (asking|wondering) (because|since|as|in case)',
      // Curiosity, said openly, makes a question a wish to learn rather than a demand for reasons.
      '(just|only|i am just|i am) curious',
      'out of (curiosity|interest)',
    ],
  },
  {
    id: 'positivity.conditional',
    skill: 'positivity',
    points: 5,
    note: 'Leaves room for the other person ("if so", "if possible") instead of presuming.',
    patterns: ['if (so|possible|that is the case|that is possible|that helps|that works|needed|necessary|that is ok|that is okay|applicable)'],
  },
  {
    id: 'positivity.direct-start',
    skill: 'positivity',
    points: -6,
    note: 'Opens with "so", "and", "but" or "then", which reads as abrupt.',
    patterns: ['^ (so|and|but|then|anyway|anyways|well)'],
    tip: { message: 'Start with the point itself rather than an abrupt opener.', remove: ['so', 'and', 'but', 'then', 'anyway', 'anyways', 'well'] },
  },
  {
    // Judging how the customer asked ("confusing question", "you haven't given me enough information")
    // puts the problem on them; asking for what is missing does not.
    id: 'positivity.criticism',
    skill: 'positivity',
    points: -12,
    intent: 'blame',
    extra: [{ skill: 'empathy', points: -8 }],
    note: 'Criticises how the customer asked or wrote, which puts the problem on them.',
    patterns: [
      '(your|this|that|the) (question|request|message|email|description|explanation|complaint|title|post|note|letter) (is|was) (@very|really|pretty|quite|a bit|a little|rather|kind of|so|too|) (confusing|unclear|vague|incomprehensible|hard to follow|hard to understand|impossible to follow|impossible to understand|badly written|poorly written|a mess|messy|terrible|awful|rubbish|useless|pointless)',
      '(is|was) (a|an|such a) (@very|really|pretty|rather|) (confusing|unclear|vague|incomprehensible|badly written|poorly written|terrible|awful|bad|poor|pointless|useless|rubbish) (question|request|message|email|description|explanation|complaint|title|post)',
      '^ (terrible|bad|poor|confusing|vague|unclear|awful|useless) (question|request|title|description|explanation|message|email)',
      '(your|this|that|the) (question|request|message|email|description|explanation|complaint|post) (makes|made) (no|little) sense',
      '(far|way|) (too little|not nearly enough) (information|info|detail|details|context)',
      'you (have not|did not|do not|never) (give|given|gave|provide|provided|include|included|tell|told|say|said) (me|us|) (enough|much|any) (information|info|detail|details|context)',
    ],
    // "We gave you too little information", "our page has too little detail": our failing, not theirs.
    notAfter: ['gave', 'given', 'got', 'sent', 'received', 'provided', 'offered', 'our', 'we', 'us', 'i', 'me'],
    tip: {
      message: 'Ask for what you need without judging how the customer asked.',
      example: 'Could you tell me a little more about what happened, so I can find the right fix?',
    },
  },
  {
    id: 'positivity.insult',
    skill: 'positivity',
    points: -35,
    intent: 'dismissal',
    extra: [{ skill: 'empathy', points: -20 }],
    note: 'Insults the customer.',
    patterns: [
      'you (are|were|sound|look|seem|act|must be) (@very|) (a|an|such a|) (@very|) (@insult|crazy|blind|deaf|rude|annoying)',
      'you (@very|) @insult',
      '(what|such) (a|an) (@very|) @insult',
      'are you (@very|) (@insult|serious|kidding|crazy|blind|deaf)',
      '(do not|stop) (be|being) (so|) @insult',
      '@insult (customer|customers|person|people|question|request|idea)',
      'shut up',
      'what is wrong with you',
      'get a life',
      'grow up',
    ],
    tip: { message: 'Remove the insult; describe the problem, not the person.', example: 'This part is confusing, so let me explain it another way.' },
  },
  {
    id: 'positivity.profanity',
    skill: 'positivity',
    points: -40,
    intent: 'profanity',
    note: 'Swears.',
    patterns: ['@swear', 'screw (you|this|that|it|them)', 'what the (hell|heck|f)', 'for (god|christ|pete) sake'],
    tip: { message: 'Swearing at or near a customer is never acceptable.', example: 'I understand this is annoying, and I’ll sort it out.' },
  },
  {
    id: 'positivity.pressure',
    skill: 'positivity',
    points: -15,
    intent: 'pressure',
    note: 'Pressures the customer to decide.',
    patterns: [
      'you (need|have|must|should|had better|better) (to|) (decide|buy|act|sign|order|commit|hurry|upgrade|purchase)',
      // Urging the customer: an imperative ("Buy now", "Order yours today"), not "I'll place the order now".
      '^ (so|just|please|) (buy|order|sign up|act|decide|upgrade|purchase|commit|grab|book) (it|one|yours|them|this|that|) (now|today|right now|immediately|quickly|fast|before|while)',
      'you (ought to|want to|will want to) (buy|order|sign up|act|decide|upgrade|purchase|commit|grab|book) (it|one|yours|them|this|that|) (now|today|right now|immediately|quickly|fast|before|while)',
      // The same with the product named: "Just buy Business Pro before the price goes up", "Upgrade to Pro today".
      '^ (so|just|please|) (buy|sign up for|upgrade to|purchase|go for) (*) (*|) (*|) (now|today|right now|immediately|quickly|before|while)',
      // Urgency from a price about to change: "before the price goes up".
      '(before|until|or) (the|our|this|that|) (price|prices|offer|deal|discount) (go|goes|going|is going|are going) (up|away)',
      // Pushing an add-on as what everyone does or as required: "everyone gets it", "it's basically required".
      '(everyone|everybody|all our customers|most people) (gets|get|buys|buy|takes|take|adds|add|goes for|go for) (it|one|this|that|them|the)',
      '(it is|that is|this is|it) (basically|practically|pretty much|virtually|more or less) (required|mandatory|compulsory|essential|a must)',
      // A deal that holds only if the customer decides at once: "…if you order now".
      // "If you order today (or now), it ships tomorrow" says what happens; a deal that lasts only if the
      // customer decides at once presses: "…if you order now", "if you sign today you get 10% off".
      '(if|as long as|provided) you (order|buy|sign up|sign|book|decide|commit|upgrade|purchase|pay) (it|one|yours|them|this|that|) (today|now|right now|immediately|this minute) (*|) (*|) (*|) (discount|off|free|deal|price|offer|save|saving|cheaper|knock)',
      '(if|as long as|provided) you (order|buy|sign up|sign|book|decide|commit|upgrade|purchase|pay) (it|one|yours|them|this|that|) (today|now|right now|immediately|this minute) (*|) (only|) $',
      // "If you order today I can throw in a free descaling kit": a sweetener that lasts only if they decide at once.
      '(if|as long as|provided) you (order|buy|sign up|sign|book|decide|commit|upgrade|purchase|pay) (it|one|yours|them|this|that|) (today|now|right now|immediately|this minute) (i|we) (can|will|could|would|am able to|are able to) (throw in|add|include|give you|knock|take|do you|offer you)',
      // Fear as a sales argument: "get the extended warranty, these machines break all the time".
      '(these|they|the|this|it|machines|models|units|devices) (*|) (break|breaks|fail|fails|die|dies|go wrong|goes wrong|break down|breaks down|pack up|packs up) (all the time|constantly|a lot|really often|every other (week|month|year))',
      '(this|the|our) (offer|deal|price|discount) (ends|expires|will not last|goes away|is only)',
      'limited (time|offer|stock)',
      '(last|final) chance',
      '(only|just) (a few|one|two|three|#num) (left|remaining)',
      '(before|or) it is (too late|gone)',
      '(everyone|everybody) (is buying|is getting|has one|else has)',
      // An add-on as a must: "you must add the warranty, everyone does", "you'll regret it if you don't".
      'you (must|have to|need to|should really|really should|really need to) (add|get|take|buy|have|go for) (the|a|an|our|this|that) (*|) (warranty|insurance|cover|protection|add on|extra|upgrade|bundle|plan)',
      '(everyone|everybody|most people|all our customers) (does|do|did) $',
      'you (will|would|are going to) regret (it|not)',
      'you (will not|would not|are not going to) regret (it|this|that|buying|ordering|getting|upgrading|signing|going|choosing|taking|adding)',
      'you (would|will) be (crazy|foolish|silly|mad) (not|to)',
      'take it or leave it',
      'what (are you|is there to) (waiting for|think about)',
      // An imperative urging the customer to buy or decide. "…so you don't wait any longer" spares them
      // waiting, and "Don't wait on hold next time" is advice: neither is pressure.
      '^ (so|just|please|) do not (miss out|think too long|think about it too long)',
      '^ (so|just|please|) do not (wait|delay|hesitate|leave it) (too long|any longer|) (to|and) (buy|order|sign|decide|upgrade|book|grab|act|purchase|commit|lock|secure|get|subscribe|renew|switch|claim)',
      '^ (so|just|please|) do not (wait|delay) (too long|any longer|) $',
      '^ (so|just|please|) do not (wait|delay) (too long|any longer|) (buy|order|sign up|upgrade|book|grab|act|decide|purchase|subscribe|renew|switch|claim)',
    ],
    tip: { message: 'Give the customer room to decide; offer information, not urgency.', example: 'Take the time you need; I’m happy to answer any questions first.' },
  },
  {
    id: 'positivity.closing',
    skill: 'positivity',
    points: 5,
    intent: 'closing',
    note: 'Closes warmly.',
    patterns: [
      'have a (great|good|nice|lovely|wonderful|fantastic|pleasant|brilliant) (day|evening|weekend|one|night|afternoon|morning|week|time)',
      '^ (take care|all the best|best wishes|kind regards|best regards|regards|enjoy)',
      '(glad|happy|pleased) (that|) (i|we) (could|was able to|were able to|managed to) (help|sort|fix|assist)',
      'hope (that|this) (helps|helped|answers|clears)',
    ],
  },

  // ── Follow-through: ownership, next steps, recap, closing check ───────────────
  {
    id: 'followThrough.ownership',
    skill: 'followThrough',
    points: 12,
    intent: 'ownership',
    note: 'Takes ownership of the problem.',
    patterns: [
      '(i will|let me|i am going to|i am|we will) (personally|) (take care of|handle|own|look after|sort out|deal with|take charge of|take ownership of|see to) (this|it|that|your)',
      // "I'll take care of closing the account for you", "I'll handle everything else".
      '(i will|let me|i am going to) (personally|) (take care of|handle|look after|sort out|deal with|see to) (closing|cancelling|canceling|arranging|sorting|updating|everything|all of (it|this|that)|the rest|all the rest)',
      'leave (it|this|that) with me',
      // "I'll refund it myself", "I will personally…": the speaker owns it, not "the team".
      // The verb comes first: "I can't refund it myself" is no ownership.
      'i (will|am going to|can|shall) (personally|) @act (*|* *|* * *|* * * *|) myself',
      'i (will|am going to) personally',
      '(i|we) (will|am going to) (make sure|ensure|see to it)',
      '(i|we) (take|am taking|are taking|will take|have taken) (full|complete|total|) (responsibility|ownership)',
      // "It's not you, it's us": the fault is taken, not the customer's.
      '(it is|it was|that is|that was) not (you|your fault) (it is|it was|that is|that was) (us|me|ours|mine|our fault|my fault)',
      '(this|that|it) (is|was) (our|my) (fault|mistake|error|responsibility|doing|failure|failing|slip|oversight)',
      // With an adverb, another subject, or the other way round: "that was entirely our fault", "Friday was our fault".
      '(is|was) (all|entirely|completely|totally|wholly|definitely|absolutely) (our|my) (fault|mistake|error|responsibility|doing)',
      '(*) (is|was) (our|my) (fault|mistake|error|doing)',
      'the (fault|mistake|error|blame) (is|was|lies) (ours|mine|with us|with me)',
      '(that|this) (one|) is on (us|me)',
      '(we|i) (let you down|failed you|got (it|this|that) wrong)',
      'i (own|am owning) (this|it|that)',
      '(we|i) (made|dropped) (a|the) (mistake|error|ball)',
      '(we|i) (messed|slipped) up',
      'i am (on it|taking care of|handling|looking into)',
      '(i|we) (have|) got (this|it|you)',
      '(i|we) (should|could) have (done|caught|told|called|sent)',
      '(that|this) (should not|should never) have happened',
      '(that is|this is|it is|that was|this was|it was|which is|which was) (all|completely|entirely|) on (us|me)',
      // "I won't let this drop until it's fixed": a pledge to see it through, not a refusal.
      '(i|we) (will not|am not going to|are not going to) (let|leave) (this|it|that) (drop|go|slide|rest|lie)',
    ],
  },
  {
    id: 'followThrough.done',
    skill: 'followThrough',
    points: 15,
    intent: 'solution',
    note: 'Reports something already done for the customer.',
    // "I don't know when it'll be fixed", "until it's fixed", "make sure it's refunded": not done yet.
    notAfter: ['when', 'whenever', 'until', 'till', 'once', 'if', 'unless', 'whether', 'before', 'after', 'sure', 'ensure', 'soon', 'hope', 'hopefully'],
    patterns: [
      `(i|we) (have|have already|have just|have now|have also|also|already|just|now) (${DONE})`,
      '(i|we) (refunded|issued|credited|cancelled|canceled|fixed|escalated|booked|scheduled|arranged|emailed|reversed|waived|resolved|reissued|resent|restored|unlocked|reactivated|shipped|dispatched|approved|expedited|upgraded|replaced|processed|rebooked|authorised|authorized)',
      // "I've gone ahead and applied a credit", "I went ahead and cancelled it": done, not a shared experience.
      `(i|we) (have|had|) (just|already|also|now|) (gone|went) ahead and (${DONE})`,
      // "I've started the refund", "we've just opened a claim": under way, so done as far as the writer goes.
      '(i|we) (have|have already|have just|have now|already|just|) (started|begun|kicked off|initiated|opened|raised) (the|a|an|your) (new|line|full|formal|) (@item|process|claim|investigation|test|check|complaint)',
      // Perfect or present passives only: "it'll be fixed" is a forecast, and "it was dispatched on Monday" a past fact.
      `(it|this|that|everything|all|your (@item|issue) (of #num|for #num|) (#num|)) (is|has been|is all) (now|already|just|all|) (${DONE_PASSIVE})`,
      // Written without the verb: "Engineer booked for tomorrow 8-12", "Refund's done", "Reset link sent".
      `^ (your|the|a|an|) (new|reset|replacement|duplicate|second|extra|full|return|prepaid|password|) (@item|@staff) (is|has been|) (now|already|just|all|) (${DONE_PASSIVE})`,
      '^ all (done|sorted|set)',
      // Mid-sentence too, in chat: "sorry for the hassle, refund done, ref is RF-2231".
      '(@item) (is|) (now|already|just|all|) (done|sorted|sent|issued|processed|booked|cancelled|canceled|fixed|reset)',
      // Progress made: "the engineer has found the cause", "we've traced the fault".
      '(has|have) (now|already|just|) (found|identified|located|traced|pinpointed|isolated) (the|what|a) (cause|problem|issue|fault|bug|culprit|error)',
      '(good|great) news',
      // Stopping a payment, or trying to reach the customer, is work done for them ("I've stopped the direct debit", "I tried calling you twice").
      '(i|we) (have|had|) (just|already|now|also|) (stopped|cancelled|canceled|paused|frozen) (the|your|it|this|that|those|these|all|any)',
      '(i|we) (have|had|) (just|already|also|) tried (calling|emailing|ringing|phoning|contacting|reaching|texting|messaging|to call|to reach|to contact|to email|to ring|to phone|to text) (you|your)',
      // Any named thing of the customer's, in the present perfect passive: "your basket has been restored".
      `(your|the) (*|* *|* * *) (has been|have been) (now|already|just|all|) (${DONE_PASSIVE}|reshipped|re-sent|reinstated|refreshed|reconnected|recovered)`,
      // Said of the customer: "you're booked in for Thursday", "you've been refunded".
      '(you are|you have been) (now|already|just|all|) (booked|rebooked|refunded|credited|registered|confirmed|upgraded|unlocked|reconnected|signed up|set up)',
    ],
  },
  {
    id: 'followThrough.report-back',
    skill: 'followThrough',
    points: 10,
    intent: 'solution',
    note: 'Comes back with news, as a kept promise does.',
    patterns: [
      'as (promised|i promised|i said i would)',
      '(i am|i have) (just|) (back|got back|come back)',
      '(i|we) (have|have got|got) (an|some|the) (update|news|answer|results|information)',
      'here is (the|an|your|what i found|the latest)',
      '(i|we) (have|) (looked into|checked on|followed up|heard back|found out|got an answer|got back)',
      '(i|we) (found|discovered|learned|confirmed) (that|the|out|what|why)',
      '(quick|an|a short|small) update',
      // "Update on your order: …", not the order "Update it."
      '^ update (on|for|from|here|$)',
    ],
  },
  {
    id: 'followThrough.next-steps',
    skill: 'followThrough',
    points: 10,
    intent: 'solution',
    note: 'Explains what happens next.',
    // "I guarantee it'll be with you tomorrow" over-promises; it is no plan.
    notAfter: ['guarantee', 'guaranteed', 'promise', 'swear', '100'],
    patterns: [
      '(the|your|our) next (step|steps) (is|are|will be|would be)',
      'here is what (happens|will happen|i will do|we will do|i am going to do|we are going to do|to expect) (next|now|)',
      'what (happens|will happen) (next|now) is',
      '(in the meantime|meanwhile)',
      '^ (first|firstly|second|secondly|then|after that|once that is done|next|finally)',
      'step (one|two|1|2)',
      '(you will|you should) (receive|get|see|hear)',
      '(once|as soon as) (i|we|it|that|this|the) (have|has|is|hear|receive|get)',
      // "once I've spoken to the warehouse" is still to come, not a report of something done.
      '(once|as soon as|when|after) (i|we) (have|have got) *',
      'you should have (it|them|the *|your *|a *|an *) (by|within|in|before|tomorrow|today|on|soon|shortly|early|first thing)',
      // Saying what you are doing while the customer waits ("Please hold while I check that").
      '(while|whilst|as) (i|we) (check|look|pull up|find|confirm|sort|process|contact|speak to|call|look into|set up|reset|update|fix)',
      // "I'm looking at your account now": the work is under way as the customer reads.
      // The stock "we're looking into it" names nothing and stays vague.
      '(i am|we are) (now|just|already|) (looking at|looking into|checking|reviewing|pulling up|processing|arranging|booking|fixing|resetting|escalating|raising|sending|issuing|refunding|updating|setting up|sorting out|sorting|working on|contacting|calling) (your|the|now|right)',
      // A dated forecast of the outcome: "The duplicate will be refunded within 5 working days".
      `(it|this|that|the (*|) @item|your (*|) @item) (will be|is going to be) (${DONE_PASSIVE}|with you) (within|by|before|today|tomorrow|tonight|on|this|next|in #num)`,
      // Doing it as the customer reads, the subject left out or not: "Refunding now.", "chasing the courier now",
      // "I'm escalating this to our billing lead now".
      `${DOING} (*|* *|* * *|* * * *|) (now|right now|as we speak|straight away|right away|immediately)`,
    ],
  },
  {
    id: 'followThrough.reference',
    skill: 'followThrough',
    points: 8,
    note: 'Gives a reference the customer can quote.',
    patterns: ['(reference|ticket|case|confirmation|tracking|claim|incident|order|return) (number|#|id|code)', '(your|the) (reference|ticket|case) (is|will be)'],
    // Asking for the customer's number ("What's the order number?", "Please send me your order number") gives nothing to quote.
    statementOnly: true,
    notAfter: ['send', 'give', 'tell', 'provide', 'share', 'need', 'confirm', 'enter', 'find', 'check', 'without', 'read', 'spell', 'quote'],
  },
  {
    id: 'followThrough.recap',
    skill: 'followThrough',
    points: 10,
    intent: 'recap',
    note: 'Recaps or confirms understanding.',
    patterns: [
      'to (recap|summarise|summarize|sum up|sum it up)',
      '^ to (confirm|make sure i|be sure|clarify|double check)',
      'just to (confirm|make sure i|be sure|clarify|double check)',
      '^ (so|ok|okay|right|alright|then) to (confirm|recap|summarise|summarize|sum up)',
      'let me (confirm|make sure i|recap|summarise|summarize|repeat|read that back|check i)',
      'so to be clear',
      '(if i|let me see if i|to make sure i) (understand|understood|have this right|have got this right|heard you)',
      'so what (i am|i) (hearing|hear) is',
      '(you are|you) (saying|telling me|asking) (that|whether|if|for)',
      '(in short|in summary|to summarise|to summarize)',
      '(so|) (you would|you want|you would like) (me|us) to',
    ],
    // "What exactly do you want me to do?" asks, impatiently; it confirms nothing.
    notAfter: ['what', 'exactly', 'else'],
  },
  {
    id: 'followThrough.closing-check',
    skill: 'followThrough',
    points: 8,
    intent: 'closing',
    extra: [{ skill: 'positivity', points: 8 }],
    note: 'Checks the customer has what they need.',
    patterns: [
      '(is there|was there|anything) (anything|) else (i|we) can',
      // The whole offer, so "I can help" inside it is not read as a separate can-do statement.
      '(is there|was there|anything) (anything|) (else|more) (that|) (i|we) (can|could|may|might) (help|do|assist|sort|check|look)',
      '(can|could|may) (i|we) (help|assist) (you|) (with|) (anything|something) (else|more)',
      '(can|could|may) (i|we) (do|check|sort) (anything|something) (else|more)',
      'how else (can|could|may) (i|we)',
      '(is there|was there) anything else',
      '(does|did|has|have|will|would) (that|this|it) (help|answer|work|make sense|solve|resolve|cover|helped|answered|worked|solved|resolved)',
      '(please|) (let me|let us) know (if|whether|when|how)',
      '(feel free|do not hesitate) to (contact|reach|call|ask|get in touch|write|email|come back|let)',
      '(is|does) (that|this) (ok|okay|alright|all right|sound good|work for you|suit you)',
      'anything else (you need|i can|we can)',
      'if (there is|you need|you have|you think of) anything (else|more)',
      // Asked in chat with nothing around it: "Thanks for your patience, anything else?" (not "I don't need anything else").
      'anything else $',
    ],
    notAfter: ['need', 'needed', 'want', 'wanted', 'nothing', 'without'],
  },
  {
    // An offer phrased as a question proposes the next step and leaves the choice to the customer.
    id: 'followThrough.offer',
    skill: 'followThrough',
    points: 8,
    intent: 'solution',
    // Asking rather than announcing is also the polite form ("Would you like me to…").
    extra: [{ skill: 'positivity', points: 10 }],
    note: 'Offers a next step and lets the customer choose.',
    patterns: [
      '^ (so|okay|ok|) (would|do) you (like|want) (me|us) to',
      `^ (so|okay|ok|) (shall|should|can|could|may) (i|we) (go ahead and|) ${OFFER_VERBS}`,
      // After the option, in the same sentence: "The earliest slot is Thursday at 9, shall I book it?"
      `shall (i|we) (go ahead and|) ${OFFER_VERBS}`,
      '^ (would|will) it help if (i|we)',
      '^ how about (if|) i',
      '^ (is it|would it be|will it be) (ok|okay|alright|all right|fine) (with you|) if (i|we)',
      'whichever (you prefer|you would prefer|you like|you want|suits you|works for you|works best|is easier)',
      `^ why (do not|not) (i|we) ${OFFER_VERBS}`,
    ],
  },
  {
    id: 'followThrough.vague-promise',
    skill: 'followThrough',
    points: -12,
    intent: 'vague-promise',
    note: 'A vague or hedged promise: no owner or no time.',
    patterns: [
      '(someone|somebody) (will|should|is going to|might|may|can) (get back|contact|call|reach|be in touch|look|email|follow|reply|respond|help|sort|fix|deal)',
      // "Someone from billing will look into it", "somebody in our returns team will call".
      '(someone|somebody) (from|in|at|on) (the|our|) (*) (team|department|desk|) (will|should|is going to|might|may|can) (get back|contact|call|reach|be in touch|look|email|follow|reply|respond|help|sort|fix|deal)',
      '(they|the team|a colleague|an agent) (should|might|may|can) (get back|contact|call|reach|be in touch|look|email|follow|reply|respond|help|sort|fix|deal)',
      '^ (hopefully|eventually)',
      '(hopefully|eventually|at some point|sometime|some time|someday|at a later date)',
      // "One day we'll fix it" is vague; "three times in one day" is a count.
      '^ (one day|some day)',
      // "I'll try" is already scored as a hedged commitment; this is the stock non-promise.
      '(we|i) will see what (we|i) can do',
      // "I'll make sure someone from billing contacts you": the ownership is handed to nobody in particular.
      '(i|we) (will|am going to|are going to|can) (make sure|ensure|see to it that|see that) (someone|somebody|a colleague|one of my colleagues|one of the team|the team|they)',
      // "I'll have someone look into it": nobody named owns it.
      '(have|get) (someone|somebody) (to|) (look|check|call|contact|get back|reach|sort|fix|deal|help|review|come|ring|email|follow|investigate)',
      '(it|this|that) (should|might|may|could) be (fixed|resolved|sorted|done|ready|back|working|processed) (soon|eventually|shortly|at some point|)',
      '(it|this|that|everything) (will|is going to) be (fixed|resolved|sorted|done|ready|back|working|processed|sorted out) (soon|eventually|shortly|at some point|in due course)',
      '(as soon as possible|asap|in due course|in due time|when (we|i|they|he|she) can|when (we|i|they|he|she) get a chance|when (we|i|they|he|she) get (to it|round to it|around to it))',
      // "It should come through soon": a forecast with no date.
      '(it|this|that|they|your (*|) @item|the (*|) @item) (should|will|might|may) (come through|arrive|turn up|show up|appear|go through|land|clear) (soon|shortly|eventually|at some point|any day now|any time now)',
      '(it|that|this) (might|may) take (a while|some time|time)',
    ],
    tip: {
      message: 'Name who will do it, by when, and how the customer will hear.',
      example: 'I’ll call you by 3 pm today with an update.',
    },
  },
  {
    // "I'll get back to you by the end of the day / first thing Monday / by EOD" says when: no cost then.
    id: 'followThrough.untimed-reply',
    skill: 'followThrough',
    points: -12,
    intent: 'vague-promise',
    note: 'Promises to get back to the customer without saying when: nobody can check it happened.',
    patterns: ['(we|i) (will|would|shall|am going to|are going to) (be in touch|be back in touch|get back to (you|u)|come back to you)'],
    untimed: true,
    tip: {
      message: 'Say when you will get back to them, and how.',
      example: 'I’ll call you back by 3 pm today with an update.',
    },
  },
  {
    // "I'll do my best" and "I'll do everything I can" alike: effort, not a result.
    id: 'followThrough.effort-pledge',
    skill: 'followThrough',
    points: -12,
    intent: 'vague-promise',
    note: 'Pledges effort ("my best", "everything I can") instead of a result, and says no time: nothing the customer can check.',
    patterns: [
      '(do|try) (my|our) (very|) (best|hardest|utmost)',
      '(do|try|doing|trying) (everything|all|whatever) (i|we) (possibly|) (can|am able to|are able to)',
      '(do|doing) (everything|all|whatever) in (my|our) power',
      '(doing|trying) (my|our) (very|) (best|hardest|utmost)',
      // "Rest assured…", "…is our top priority": reassurance that names nothing to check.
      '(this|it|that|your (*|) @item|your case|your issue) is (our|my|a) (top|highest|number one|first) priority',
    ],
    untimed: true,
    tip: {
      message: 'Promise the result and when, not the effort.',
      example: 'I’ll put this right by 3 pm today and call you to confirm.',
    },
  },
  {
    id: 'followThrough.untimed-handover',
    skill: 'followThrough',
    points: -12,
    intent: 'vague-promise',
    note: 'Hands the problem to others with no time: nobody can check it happened.',
    // Named colleagues and partners are handovers too ("The engineer will call you", "The warehouse will contact
    // you"): analyze() adds this rule for any promise owned by someone else that says no time.
    patterns: ['(the team|a colleague|an agent|(a|an) (*|) (@staff|@party)) (will|are going to|is going to) (get back|contact|call|reach|be in touch|look|email|follow|reply|respond|help|sort|fix|deal|come|visit|ring|text)'],
    untimed: true,
    tip: {
      message: 'Say when they will be in touch, or follow it up yourself.',
      example: 'They will call you by 3 pm today, and I’ll check in with you tomorrow morning to make sure it’s done.',
    },
  },
  {
    id: 'followThrough.pass-the-buck',
    skill: 'followThrough',
    points: -22,
    intent: 'pass-the-buck',
    extra: [{ skill: 'positivity', points: -8 }],
    note: 'Passes the problem to someone else without owning the handover.',
    patterns: [
      '(that is|it is|this is) not (my|our) (job|department|problem|responsibility|area|call|team|concern)',
      'not my (problem|department|job|responsibility|area)',
      '(that is|it is|this is) (billing|accounts|finance|sales|support|tech|technical|shipping|returns|delivery|dispatch|their|the courier|the bank|the warehouse|the other team|another team) (job|responsibility|problem|department|area|call|issue)',
      'you (need|have|should|must|will have|will need|would have|would need) (to|) (call|contact|email|ask|talk to|speak to|go to|reach out to|get in touch with|try|phone|write to|visit) (another|the other|a different|someone|somebody|them|the|your|their)',
      '(call|contact|ask|try|email|phone) (the|another|a different|someone|somebody|them) (department|team|number|else|other)',
      '(talk|speak) to (someone|somebody) else',
      '(that is|it is) (a|the) (different|other|another) (department|team)',
      '(i|we) (do not|does not) (handle|deal with|do|cover) (that|those|these|this)',
      '(that is|it is) (up to|on) (them|the other|another|the manufacturer|the courier|the bank)',
      '(take it up|complain) (with|to) (them|the|your)',
      // The customer left waiting on another team: "you'll need to wait for the billing team to get back to you".
      'you (will|would|) (need|have) to wait (for|until|till) (the|our|a|an|another|your|their|) (*|) (*|) (@staff|@party|billing|support|accounts|sales|they|them|someone|somebody) (to|) (get back|contact|call|reply|respond|be in touch|email|reach|come back|ring|sort|fix|look|deal|review|process|action)',
    ],
    tip: {
      message: 'Own the handover: say who you are passing it to, and when you will check back.',
      example: 'I’ll contact the team that handles this for you now, and call you back by 4 pm with their answer.',
    },
  },
  {
    // Scenarios read it as passing the problem on (back to the customer), but the fix is not a better handover.
    id: 'followThrough.dead-end',
    skill: 'followThrough',
    points: -22,
    intent: 'pass-the-buck',
    extra: [{ skill: 'positivity', points: -8 }],
    note: 'Leaves the customer at a dead end ("there\'s nothing I can do"), with no next step from anyone.',
    patterns: [
      '(i|we) (can not|could not|do not|does not) help (you|with that|with this)',
      '(there is|) nothing (i|we) can do',
      '(there is|) (nothing|not much|not a lot|little) (more|else) (i|we) can (do|offer)',
      // "That's all I can do": the limit, said as the last word.
      '(that is|this is) (all|the most|the best|as much as) (i|we) can (do|offer)',
    ],
    tip: {
      message: 'Never end at "nothing I can do": say the one thing you can do next, and when.',
      example: 'I can’t change that myself, but I’ll put your case to my manager today and call you back by 4 pm with the answer.',
    },
  },

  // ── Intent-only markers (scenarios branch on them) ─────────────────────────
  {
    id: 'intent.escalation',
    skill: null,
    points: 0,
    intent: 'escalation',
    note: 'Brings in a supervisor, specialist or another team.',
    patterns: [
      '(my|a|the|our) (@very|) (supervisor|manager|team lead|specialist|senior|escalations)',
      '(my|a|the|our) (duty|shift|floor|store|branch|hotel|site|area|regional|general|line|on call|front desk|department) (supervisor|manager|lead)',
      '~escalate',
      '(transfer|put|pass|connect) you (to|through)',
      'hand (this|it|you) (over|off) to',
      '(senior|specialist|technical|tier two|second line|escalations) (team|colleague|agent|support|engineer)',
      // Asking the person who may allow an exception is escalating, not bending the rules.
      '(whether|if) (we|they|he|she|i) (can|could|are able to|would) (make|approve|allow|agree to|grant) (an|any|a one off|a one time|this|that) (exception|one off|goodwill)',
    ],
  },
  {
    id: 'intent.competitor',
    skill: null,
    points: 0,
    intent: 'competitor-mention',
    note: 'Mentions a competitor or their price.',
    patterns: [
      '@rival',
      '(another|other|a different|the other) (store|company|shop|retailer|vendor|provider|brand|seller|site|website|supplier|firm|business)',
      '(their|the competitor|the other) (price|prices|offer|deal|product|plan)',
      'price (match|matching|guarantee)',
      // As long as the refusal "we don't price match", so both readings stay: it refuses, and it is about their price.
      '(i|we) (do not|does not|can not|will not) (price match|price-match|pricematch|match (prices|other prices|competitor prices|competitors))',
      '(match|beat) (their|that|the|any) (price|offer|deal|quote)',
      'cheaper (elsewhere|somewhere else|there|at|from|online)',
      'somewhere else',
    ],
  },
  {
    id: 'followThrough.honest',
    skill: 'followThrough',
    points: 6,
    intent: 'honest-disclosure',
    note: 'Is candid with the customer, even when it costs a sale.',
    patterns: [
      'to be (honest|transparent|upfront|frank|open|fair) (with you|)',
      '^ (honestly|frankly|truthfully|candidly)',
      // Said in chat: "not gonna lie, …", "straight up: …", "no excuses: …", "truth be told…".
      '^ (i am|) not going to lie',
      '^ (ngl|tbh|tbf)',
      '^ (straight up|no excuses|truth be told|in all honesty|full disclosure|hand on heart)',
      '(i|we) (want|have|need|would like) to be (honest|upfront|transparent|clear|straight|open) (with you|)',
      '(i|we) (do not|does not) (know|have that information|have an answer) (yet|right now|offhand|for sure|at the moment)',
      '(i|we) (will not|would not|do not want to|am not going to) (lie|pretend|sugarcoat|mislead|oversell|push you|pressure you|rush you|upsell you)',
      '(i will|let me|i have to|i must|i am going to|i need to) be (honest|straight|upfront|frank|candid|straight up) (with you|)',
      '(i|we) (can not|could not|will not) (promise|guarantee) (you|) (that|it|this|they|he|she|a|an|the|anything|when|exactly|how|what|which|an exact)',
      // "I can't promise, but I'll try…" sets expectations; it refuses nothing.
      '(i|we) (can not|could not) (promise|guarantee) (anything|) (but|however|though)',
      // "I won't make excuses" owns what happened.
      '(i|we) (will not|am not going to|are not going to|do not want to) (make|give you) (any|) excuses',
      // Refusing to overpromise is candour, not a refusal: "I won't promise something I can't deliver".
      '(i|we) (will not|would not|do not want to|am not going to|can not) (promise|guarantee) (you|) (something|anything|what|things|a date|a time) (that|) (i|we) (can not|could not|am not able to|will not be able to|may not be able to) (deliver|do|keep|guarantee|meet)',
      '(it|this|that|our (product|plan|service)) (may|might|would) not be the (best|right|ideal) (fit|option|choice|plan)',
      '(a|the|their|our) (cheaper|basic|smaller|free|lower) (option|plan|model|version|product|tier) (might|may|would|could) (suit|be better|be enough|work|do)',
      '(you|you would|you might) (might|may|would) (not need|be better off|save money)',
      '(they|the competitor|the other (store|company|shop)) (is|are|may be|might be) (cheaper|better value|less expensive)',
      // Conceding the comparison the customer made: "yes, it's the same machine", "it is 50 cheaper there".
      '(it is|that is|they are|it would be|it will be) (#num|a bit|a little|slightly|quite a bit|) (cheaper|less expensive|better value|a better price|a better deal) (there|elsewhere|with them|from them|at that (shop|store|site))',
      '(yes|yeah|yep|yup|you are right|that is right|correct|true) (it is|that is|they are|this is|) (exactly|really|just|) (the|) (same|exact same|very same|identical)',
      '(it is|they are|that is|this is) (exactly|really|just|) (the|) (same|exact same|very same|identical) (machine|model|product|item|unit|device)',
      '^ (they are|it is) (exactly|really|just|) (the|) (same|identical) (but|and|so|$)',
      // Conceding what is true even when it favours someone else, or saying plainly what happened.
      '(they|their (price|offer|deal)|that price|the competitor|the other (store|company|shop)) (is|are) (genuinely|really|honestly|) (a|) (good|great|fair|solid|fine|reasonable) (option|choice|deal|price|offer|value)',
      '(the truth is|what happened (is|was)|here is what happened)',
      '(i|we) (would not|do not|will not) (recommend|suggest|advise) (it|this|that|the|our|buying|adding|taking|getting)',
      '(i|we) (would not|will not) (put you on|sell you|add|upsell you)',
      'you (do not|will not|would not|probably do not) need (it|this|that|the|our|an|a|to)',
      'you (really|honestly|probably|actually|genuinely|) (do not|will not|would not) (really|honestly|actually|) need (it|this|that|the|our|an|a|to|any|all|more|extra)',
      '(i|we) do not think you (need|will need|would need|really need)',
      // Saying the bigger sale is more than the customer needs: "Pro would be too much for you", "probably overkill".
      '(is|are|would be|will be|might be|may be|could be) (probably|likely|honestly|really|a bit|) (overkill|more than you need|more than you would need|more than you will need)',
      '(is|are|would be|will be|might be|may be|could be) (probably|likely|honestly|really|a bit|) too much (for you|for your|for a|$)',
      // The cover the customer already has: "you're already covered", "the manufacturer already covers that".
      '(you are|you would be|you will be|it is|that is) already covered',
      'already (covers|cover|covered|includes|include|included) (it|that|this|you|the same|most|all)',
      // Saying what went wrong: "there was a mix-up with the schedule". ("I can see both payments" confirms a fact
      // the customer gave: it is checking, not candour.)
      '(there was|we had|we made|there has been) (a|an) (mix up|mixup|mistake|error|glitch|oversight|failure|slip up) (with|in|on) (our|the|your)',
      '(that is|it is|is) (entirely|completely|totally|really|) (your|up to you) (call|choice|decision)',
      '(that is|it is) (entirely|completely|totally|really|) up to you',
    ],
  },
  {
    // Talk about the work, or a softener before news: longer than the shared-experience readings of
    // "I'm afraid", "I want", "I've been", "I had", "I was", which are about the speaker's own life.
    id: 'intent.work-talk',
    skill: null,
    points: 0,
    note: 'Talks about the work or softens news ("I\'m afraid…", "I want to get this fixed"), not the speaker\'s own experience.',
    patterns: [
      'i am afraid (that|we|i|there|it|this|that|the|you|not|so|is|your|our|he|she|they|no|but|however|though|and)',
      '(*) i am afraid $',
      'i want to (get|fix|sort|make sure|check|confirm|explain|reassure|assure) (this|that|it|things|everything|the|your|you)',
      '^ i (have|had) been (told|informed|advised|asked|looking|checking|speaking|talking|in touch|waiting|chasing)',
      '^ i had a (look|check|word|chat|go|peek|quick|closer|proper)',
      '^ i was (going to|about to|looking|checking|wondering|hoping|able|unable|told|asked)',
      // The writer's own work on the case: "I've stopped the direct debit", "I tried calling you twice", "I've spent some time on your account".
      // (Stopping a payment and trying to call are followThrough.done's, as work done.)
      'i (have|had|) (just|already|now|also|) spent (some time|time|a while|an hour|ages|the morning|the afternoon|all morning|a bit of time) (on|with|looking|checking|going|reviewing|investigating|trying)',
      'i (have|had|) (just|already|) missed (your|the) (call|calls|message|messages|email|emails|slot|appointment)',
      'if i (miss|missed) (you|your call)',
    ],
  },
  {
    // Fixed phrases read as a whole, longer than the cue inside them: "with respect to" means "about",
    // it announces no contradiction.
    id: 'intent.plain-phrase',
    skill: null,
    points: 0,
    note: 'A fixed phrase that means something plain ("with respect to" = "about", "no charge" = free, "I won\'t pretend it isn\'t" = candour).',
    patterns: [
      'with respect to',
      // "Check it out!" recommends; it is no order to check something.
      '^ check (it|them|this|that|us|) out',
      // "There'll be no charge", "at no extra cost": a benefit, not negative phrasing.
      '(at|) no (extra|additional|) (charge|cost|fee)',
      // "I won't pretend it isn't (there)": saying what one will not deny is candour, not a negative question.
      '(pretend|deny|claim|say) (that|) (it|this|that|they|there|he|she|we) (is|are|was|were|does|do|did|has|have) not (it|that|this|there|you|they|he|she|we|)',
      // Set phrases whose "no" or "never" negates nothing: "no doubt", "never mind".
      '^ no doubt',
      // "So" as a degree word, not an abrupt opener: "So glad it's sorted", "So far so good", "So many people ask".
      '^ so (far|much|many|glad|happy|pleased|good|great|nice|true|kind|lovely|excited|relieved|long|close|quick|fast|easy)',
      // A step of a plan: "I'll refund it now. Then I'll call you at 4." ("Then why…?" still opens abruptly.)
      '^ (and then|then|and) (i|we) (will|shall|am going to|are going to|can)',
      '^ never mind',
      // "Why" inside a statement asks nothing: "that's why", "I'll find out why", "I don't know why it failed".
      '(that is|this is|which is|here is|the reason) why',
      // "I can see why fifty less is tempting": granting the customer's point ("I don't see why…" still challenges).
      '(i|we) (can|could|) (totally|completely|fully|) (see|understand|get) why',
      '(find out|work out|figure out|look into|explain|check|see) why (it|this|that|the|your|he|she|they|there)',
      '(i|we) (do not|did not|really do not) know why (it|this|that|the|your|he|she|they|there)',
      '(no|any) (idea|clue) why',
      // Denying a reading is not making it: "I'm not saying it's your fault", "It's not that I don't care".
      '(i am|i) not (saying|suggesting|implying) (that|) (it is|it was|this is|that is|you are|you were|you) (your fault|your mistake|your own fault|at fault|to blame|wrong)',
      '(it is|that is) not that (i|we) (do not|did not|would not) (care|want to|understand|believe)',
      // Waiting for news, with no time on it: "…as soon as we have more information" is no next step (a promise
      // it puts off costs `followThrough.vague-time`); longer than next-steps' "as soon as we have…".
      '(as soon as|once|when|whenever) (i|we|they) (have|get|hear|know|receive|find out) (any|some|) (more|further|new) (information|info|news|details|updates|)',
      '(as soon as|once|when|whenever) (i|we|they) (have|get|hear|receive) (an|any) (update|news)',
      '(as soon as|once|when|whenever) there is (any|some|) (more|further|new|an|) (information|info|news|update|updates)',
    ],
  },
  {
    // Longer than "you need to" / "you have to" / "you should", so the directive, advice and blame
    // readings give way: "If you need to reach us…", "when you have to wait…", "If you should have any
    // questions…" describe a situation; they order nothing.
    id: 'intent.subordinate-need',
    skill: null,
    points: 0,
    note: 'An obligation inside a subordinate clause ("if you need to…", "when you have to…") describes a situation: it is not an order.',
    patterns: [
      '(if|when|whenever|once|unless|until|before|after|because|since|in case|whether|so that|that|while) you (ever|still|also|) (need|have|will have|will need|would need|are going|do not have|do not need|might need|may need) to',
      '(if|when|whenever|once|unless|until|before|after|because|since|in case|whether|so that|that|while) you (must|should) $',
      '(if|when|whenever|in case) you (should|ever) (have|need|want|wish|require|run|experience|get|notice|see)',
      // Reassurance, not an order: "there's nothing more you need to do".
      '(nothing|not anything) (more|else|further|) (that|) you (need|have|will need|will have|would need) to',
    ],
  },
  {
    id: 'followThrough.over-promise',
    skill: 'followThrough',
    points: -10,
    note: 'Guarantees an outcome the representative does not control ("I guarantee it will be there by Friday", "100% it will arrive", "this will never happen again").',
    // "I can't guarantee it will arrive Friday, but…" is the honest answer.
    unlessNegated: true,
    tip: {
      message: 'Promise what you will do, not an outcome you can’t control, and be honest about what you can’t guarantee.',
      example: 'I can’t promise that, but here’s what I’ll do: I’ll chase it now and call you by 5 pm with an update.',
    },
    patterns: [
      `(i|we) (can|) (guarantee|promise|swear) (you|) (that|) ${OUTCOME} (will|is going to|would|should|definitely|absolutely|100)`,
      `${OUTCOME} (will|is going to) (definitely|absolutely|certainly|100) (be|arrive|work|get|come|turn up|reach|go)`,
      '^ (100|a hundred|one hundred) (percent|per cent|) (it|this|that|they|your|the|you)',
      '(100|a hundred|one hundred) (percent|per cent|) guaranteed',
      `(${OUTCOME}|you) will (*|* *|* * *|* * * *|* * * * *) (no question|guaranteed|without fail|for sure) $`,
      '(this|that|it) (will|would|is going to|) never (happen|happens|occur|occurs) again',
      // "There's no way it'll take more than two hours": a certainty nobody can give.
      'no way (it|this|that|the fix|the repair|the engineer|he|she|they) (will|is going to|would) (take|be|cost|last) (more|longer|over)',
      `(i|we) (can|) (guarantee|promise|swear) (you|) (that|) you (will|are going to) (have|get|receive|see) (it|this|that|them|your|the)`,
      `(rest assured|i can assure you|i assure you|you have my word|i give you my word) (that|) ${OUTCOME} (will|is going to) (definitely|absolutely|certainly|) (be|arrive|work|get|come|turn up|reach|go|never)`,
      `${OUTCOME} will (*|* *|* * *|* * * *) no doubt about it`,
    ],
  },
  {
    // Setting expectations: when the outcome will reach the customer, even when someone else delivers it.
    // Dated only: "The refund will show within 5 working days" tells the customer when to look; "it will
    // arrive" does not.
    id: 'followThrough.timeline',
    skill: 'followThrough',
    points: 8,
    note: 'Tells the customer when to expect the outcome ("the refund will show within 5 working days").',
    timed: true,
    statementOnly: true,
    patterns: [
      '(it|this|that|they|the|your|a|an|our) (*|) (*|) (will|should|is going to|are going to|usually|normally|typically|can|may|might) (take|takes|be|arrive|arrives|appear|appears|show|shows|reach|come|clear|clears|land|lands|go through|goes through|contact|call|visit|email|text|ring|get in touch)',
      // The subject left out, as in chat: "Should be 5-7 business days.", "Usually takes 3 working days."
      '^ (should|usually|normally|typically|generally) (take|takes|be|arrive|arrives|show|shows|clear|clears|land|lands|go through|goes through)',
    ],
  },
  {
    // Longer than "you should have", so the blame reading of those words gives way.
    id: 'intent.expectation',
    skill: null,
    points: 0,
    note: 'Says what the customer should already have received, or will now be able to do: an expectation, not blame or an order.',
    patterns: [
      'you should (have|) (received|got|gotten|heard back|been sent|been given|been emailed|been told|been contacted|been called|been charged|been refunded|been credited)',
      // "You should be able to log in now", "you should now see it": a forecast of what will work.
      'you should (now|) (be able to|notice)',
      'you should now (see|find)',
      // "You should have a text with the code in a minute", "you should get an email shortly": what will arrive.
      'you should (now|soon|shortly|already|also|) (have|get|receive|see) (a|an|the|your|it|them|one|that|this|some) (*|) (text|email|e-mail|message|code|link|call|letter|confirmation|notification|receipt|reply|update|refund|credit|parcel|package|delivery|invoice|sms)',
      'you should (now|soon|shortly|already|also|) (get|receive|see) (it|them|that|this|one)',
    ],
  },
  {
    id: 'intent.bend-the-rules',
    skill: 'followThrough',
    points: -10,
    intent: 'bend-the-rules',
    note: 'Offers to get around the rules: a promise the representative is not allowed to keep.',
    // "I can't bend the rules, but…" is the honest answer, not an offer to bend them.
    unlessNegated: true,
    tip: {
      message: 'Only promise what you are allowed to deliver; say honestly what you can do instead.',
      example: 'I can’t change the price, but what I can do is show you everything that is included for it.',
    },
    patterns: [
      '(just|only) this (once|one time)',
      'between you and me',
      // "it's not really allowed, but whatever", "I'm not strictly supposed to".
      'not (really|strictly|technically|officially|exactly) (allowed|supposed to|meant to|permitted)',
      '(secret|unofficial|off the books|under the counter|backdoor|back door) (discount|deal|code|price|refund|credit|voucher|offer)',
      'off the books',
      '(do not|no need to|never) (tell|mention it to|let) (my|your|the|our) (manager|boss|supervisor|team lead|colleagues|head office)',
      'off the record',
      '(no one|nobody|no body) (will|would|needs to|has to|is going to) (know|notice|find out|check)',
      '(make|making) an exception',
      // Jumping the customer ahead of others: "I'll move you ahead of everyone else in the queue".
      '(move|put|bump|push|get) you (ahead of|in front of) (everyone|everybody|the others|other customers|the queue|the line)',
      '(skip|jump) the (queue|line)',
      '(move|put|bump|push) you to the (front|top|head) of the (queue|line|list)',
      '(bend|break|get around|work around|skip|ignore|bypass) the (rules|rule|policy|system|process|procedure)',
      '(look|looking) the other way',
      '(do not|we do not need to|no need to) (tell|mention|report) (anyone|this|it|that|your|my)',
      '(i|we) (can|could|will) (just|) (backdate|fudge|pretend (it|this|that|you|i|we|nothing)|say (it|that|you))',
      'under the table',
      '(i|we) (will|can) (pretend|act like|say) (it|this|that|you)',
      'keep (this|it|that) between us',
    ],
  },
  {
    // Half-truths that win a sale: doubt cast on a competitor's identical offer, or a claim the representative
    // cannot stand behind. Honest comparisons ("theirs has no setup help") are facts, not this.
    id: 'intent.misleading',
    skill: 'followThrough',
    points: -15,
    intent: 'misleading',
    extra: [{ skill: 'positivity', points: -6 }],
    note: 'Casts doubt without facts ("they sometimes sell older stock", "you never know what you get with them"): a half-truth that wins the sale and costs trust.',
    unlessNegated: true,
    tip: {
      message: 'Say only what you know is true, and let the customer compare on facts.',
      example: 'I can only speak for what we offer, so here is exactly what is included with us; you can compare and decide.',
    },
    patterns: [
      // "They sometimes sell older stock", "they might ship refurbished ones".
      '(they|them|that shop|that store|that site|that seller|the other (shop|store|site|seller|retailer)|those sites|other shops) (sometimes|often|usually|might|may|could|probably|tend to) (sell|ship|stock|send|use|have|be selling|be shipping) (older|old|refurbished|used|returned|grey import|grey market|fake|counterfeit|inferior|knock off|second hand|ex display|damaged)',
      // "It might be a different version", "it could be an older model".
      // (Said of theirs: "it might be an older version of the app" is troubleshooting, not a half-truth.)
      '(theirs|their one|their machine|their model|the one they sell|the one there) (might|may|could|probably) (be|not be) (a|an|the) (different|older|earlier|cheaper|inferior|lower|previous|grey import|refurbished) (version|model|batch|stock|spec|specification|edition|import|unit)',
      '(theirs|their one|their machine|the one they sell) (might|may|could) not be (the same|genuine|the real)',
      'you (never|can never|do not|cannot|can not) (really|) know (what|exactly what) you (are|will be|would be) (getting|buying)',
      '(i|we) (would not|could not|can not|will not|do not) (trust|vouch for|buy from) (that (shop|store|site|seller|retailer|place)|those (shops|sites|sellers)|other (shops|sites|sellers|retailers))',
      '(i|we) (would not|will not) buy (it|one) from them',
      '(probably|might be|could be|may be) (a|an) (scam|fake|knock off|grey import|counterfeit|con)',
      'their (warranty|guarantee) (might|may|probably|could) (not|never) (be honoured|be honored|cover|be valid|apply)',
      // "Those cheaper sellers are often grey imports": a whole kind of seller doubted, with nothing about this one.
      '(those|these|the|other|cheaper|online|such) (cheaper|other|online|discount|) (sellers|shops|sites|stores|retailers|listings|deals|offers|websites) (are|tend to be) (often|usually|probably|sometimes|mostly|likely|generally|typically|) (grey imports|grey import|grey market|fakes|fake|scams|a scam|counterfeit|counterfeits|knock offs|refurbished|not genuine|dodgy)',
      // A cheaper price read as a worse product, of an identical one.
      'you get what you pay for',
    ],
  },
];

// The first rule with each id, as `PHRASE_RULES.find` would return it: tips look a rule up for every costly span.
const RULES_BY_ID = new Map<string, PhraseRule>();
for (const rule of PHRASE_RULES) if (!RULES_BY_ID.has(rule.id)) RULES_BY_ID.set(rule.id, rule);

/** Find a rule by id (for tests and tips). */
export function ruleById(id: string): PhraseRule | undefined {
  return RULES_BY_ID.get(id);
}
