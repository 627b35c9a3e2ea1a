/**
 * Text-speak and dropped apostrophes, spelled out before the flag rules run, so one rule covers
 * "cant breathe", "can't breathe" and "cnt breathe". Only unambiguous forms are here: "ill", "wed"
 * and "id" are real words and stay as they are.
 */
const SPELLED_OUT: readonly (readonly [RegExp, string])[] = [
  [/\b(?:u)\b/g, 'you'],
  [/\b(?:ur)\b/g, 'your'],
  [/\b(?:pls|plz|plse|pleas)\b/g, 'please'],
  [/\b(?:gonna|gna|gunna|gonnae)\b/g, 'going to'],
  [/\b(?:wanna|wana)\b/g, 'want to'],
  [/\b(?:cant|cnt|carnt)\b/g, "can't"],
  [/\b(?:wont)\b/g, "won't"],
  [/\b(?:dont|dnt)\b/g, "don't"],
  [/\b(?:didnt|didn)\b/g, "didn't"],
  [/\b(?:doesnt)\b/g, "doesn't"],
  [/\b(?:isnt)\b/g, "isn't"],
  [/\b(?:hasnt)\b/g, "hasn't"],
  [/\b(?:havent)\b/g, "haven't"],
  [/\b(?:wasnt)\b/g, "wasn't"],
  [/\b(?:couldnt)\b/g, "couldn't"],
  [/\b(?:wouldnt)\b/g, "wouldn't"],
  [/\b(?:shouldnt)\b/g, "shouldn't"],
  [/\b(?:arent)\b/g, "aren't"],
  [/\b(?:im)\b/g, "i'm"],
  [/\b(?:ive)\b/g, "i've"],
  [/\b(?:youll)\b/g, "you'll"],
  [/\b(?:hes)\b/g, "he's"],
  [/\b(?:shes)\b/g, "she's"],
  [/\b(?:theres)\b/g, "there's"],
  [/\b(?:tonite|2nite)\b/g, 'tonight'],
  [/\b(?:bk)\b/g, 'back'],
  [/\b(?:n)\b/g, 'and'],
  [/\b(?:sum1|some1)\b/g, 'someone'],
  [/\b(?:coz|cos|cuz)\b/g, 'because'],
];

/**
 * Lower case, accents off, one kind of apostrophe and of dash, single spaces, text-speak spelled
 * out. Sentence punctuation is kept: the flag rules work one sentence at a time.
 */
export function foldForFlags(text: string): string {
  let folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/[ \t\u00a0]+/g, ' ');
  for (const [pattern, replacement] of SPELLED_OUT) folded = folded.replace(pattern, replacement);
  return folded;
}
