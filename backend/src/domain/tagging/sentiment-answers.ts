/**
 * Patterns for how patients answer the feedback questions, used by `sentiment.ts` to read an
 * answer in the light of its question: a bare "nothing", a request, a "could not be better".
 * Data only, beside the word lexicon (`sentiment-lexicon.ts`); written from the tuning part of the
 * labelled data, never the held-out part. All match normalised text (lower case, straight
 * apostrophes).
 */

/**
 * Words around a bare answer that do not change it: "honestly, nothing at all", "none for me".
 * Stripped before the answer is compared with the lists below.
 */
export const BARE_ANSWER_PADDING =
  /^(?:(?:absolutely|honestly|really|genuinely|simply|well|personally|in my opinion|for me|to be honest|um+|er+)[\s,]+)+|(?:[\s,]+(?:at all|really|whatsoever|at (?:the )?(?:moment|present)|as far as i'm concerned|(?:that )?i can think of|(?:that )?(?:comes|springs) to mind|thank you|thanks|to be honest|for me|to add|needed|else|in the circumstances))+$/g;

/**
 * A whole answer saying there was nothing. To "what could we do better?" it is praise; to "what
 * was good?" it is criticism; in a general comment box it says nothing either way.
 */
export const NOTHING_ANSWER = /^(?:nothing|none|nil|zero|not much|nothing much|very little|not a (?:single )?thing)$/;

/**
 * A whole answer declining the question ("no", "not sure", "can't think of anything"). To "what
 * could we do better?" it is praise; elsewhere it is neutral: "No" does not answer "what was good?".
 */
export const DECLINED_ANSWER =
  /^(?:no|not|nope|n\/?a|na|not really|no not really|no nothing|no comments?|not sure|unsure|(?:i )?don'?t know|(?:i )?don'?t think so|(?:i )?(?:can'?t|cannot|couldn'?t) think of (?:anything|a thing)|difficult to think of anything|not that i can think of)$/;

/**
 * How an answer to "what could we do better?" may open with "nothing" before saying why
 * ("Nothing, everyone was lovely"). The opening counts as praise there, as criticism under "what
 * was good?".
 */
export const NOTHING_OPENING =
  /^(?:(?:absolutely|honestly|really|genuinely|simply)\s+)?(?:nothing|none|no|nope|n\/?a)(?:\s+(?:at all|really|whatsoever|to add|needed))?\s*(?:[,.!:;\-–]|$)/;

/**
 * A clause that asks for something ("answer the phone quicker", "I wish I could see the same
 * doctor", "it would be good to have more appointments") is criticism in any box, even when it
 * uses a praise word. "I would like to thank…" is not a request.
 */
export const REQUEST =
  /^(?:(?:a|an|the|maybe|perhaps|please|just)\s+)?(?:a\s+(?:bit|little)\s+)?(?:more|better|quicker|faster|less|fewer|improve|make|have|provide|get|answer|allow|give|offer|try|stop|bigger|larger|longer|shorter|cleaner|warmer|easier|earlier|be)\b|\b(?:would|could|should|might)(?:n't| not)?\s+(?:\w+\s+)?(?:be|have|like|love|prefer|help|make|get|benefit|improve|use|appreciate)\b(?!\s+to\s+(?:thank|say|express|praise|compliment|commend))|\b(?:need to|needs to|i wish|we wish|i hope|we hope|please|instead|make sure|ensure)\b/;

/**
 * To "what could we do better?", any comparative asks for something: "more staff", "quicker".
 */
export const COMPARATIVE = /\b(?:more|less|fewer|better|quicker|faster|sooner|clearer|easier|want to|wanted to)\b/;

/**
 * To "what could we do better?", saying it could not be better is praise, not a request:
 * "I don't think you could do any better", "nothing could be improved".
 */
export const NO_IMPROVEMENT =
  /(?:\b(?:not|nothing|never|cannot|no one|nobody)\b|n't\b).*\b(?:better|improve\w*|fault|change)\b|\bkeep (?:doing|up|going)\b|\bcarry on\b|\bcontinue\b|\bdo(?:ing)? what (?:you|your|you're|you are) doing\b|\bdoing enough\b|\bnot (?:much|a lot)\b|\bvery little\b|(?<!next to )\bnothing\b(?!\s+(?:was|is|has|had|happen\w*|right|to do|being|else|sorted|done))/;

/**
 * A clause that states how things were ("everything is fine", "I am satisfied", "all ok") rather
 * than naming what is wanted ("listen to the patient", "clean the toilets"). To "what could we do
 * better?", mild praise words count only in such a statement.
 */
export const STATEMENT =
  /^no\b|\b(?:i|i'm|i've|we|we're|you|you're|everything|everyone|all|it|it's|they|was|were|is|are|been|am)\b/;
