/**
 * What a conversation is about, so a tip's example fits it: a refusal to a
 * customer who wants to cancel needs a different "what I can do" than one to
 * a customer with a broken dashboard. Read from the customer's last message,
 * or from the reply when there is none. General customer-service words, not
 * fitted to any scenario.
 */

/** The situations tip examples are written for. */
export type Topic = 'loss' | 'cancel' | 'tier' | 'price' | 'outage' | 'faulty' | 'delivery' | 'billing';

// In order of precedence: a bereaved customer closing an account is a loss first, a cancellation second.
const TOPICS: readonly (readonly [Topic, RegExp])[] = [
  [
    'loss',
    /\b(?:passed away|died|dying|death|funeral|bereave\w*|widow(?:ed|er)?|condolences|your loss|cancer|terminally ill|seriously ill|in (?:the )?hospital)\b/iu,
  ],
  ['cancel', /\b(?:cancel\w*|unsubscribe\w*|terminat\w*|close (?:my|the|our|his|her) (?:account|contract|subscription)|end (?:my|the|our) (?:contract|subscription|plan)|leave you|leaving you|switch(?:ing)? (?:provider|supplier)s?)\b/iu],
  ['tier', /\b(?:premier|priority|tiers?|premium (?:client|customer|plan)|vip|basic plan|business pro|call ?back in an hour)\b/iu],
  ['price', /\b(?:price[sd]?|pricing|cheaper|expensive|costs?|discount|afford|budget|quote|overkill|worth it|competitor|match (?:it|that|their))\b/iu],
  ['outage', /\b(?:outage|down for|is down|went down|offline|not working|isn'?t working|stopped working|won'?t load|crash\w*|dashboard|internet|connection|dropping out|locked out|log ?in|password|sync)\b/iu],
  ['faulty', /\b(?:broke|broken|damaged?|faulty|defective|cracked|doesn'?t work|does not work|stopped working after|leak\w*)\b/iu],
  ['delivery', /\b(?:parcel|package|deliver\w*|courier|arriv\w*|shipp\w*|dispatch\w*|tracking|order (?:still|hasn'?t|has not)|engineer|technician|repair|visit)\b/iu],
  ['billing', /\b(?:charged|charges?|double charge|refund\w*|payments?|bill(?:ed|ing)?|invoices?|direct debit|overcharged)\b/iu],
];

/** The topic of the customer's message (or of the reply, without one); null when nothing matches. */
export function topicOf(customer: string | undefined, reply: string): Topic | null {
  for (const text of customer ? [customer, reply] : [reply]) {
    for (const [topic, pattern] of TOPICS) if (pattern.test(text)) return topic;
  }
  return null;
}
