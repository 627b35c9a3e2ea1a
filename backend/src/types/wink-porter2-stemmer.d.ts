/** The package ships no types: one function, the Porter2 (Snowball English) stem of one lower-case word. */
declare module 'wink-porter2-stemmer' {
  function stem(word: string): string;
  export = stem;
}
