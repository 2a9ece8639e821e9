/** Finds which of many words occur in a text in one pass, looking up words by their first character. */
export class WordFinder {
  private readonly byFirstCharacter = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const first = word[0];
      if (first === undefined) continue;
      const list = this.byFirstCharacter.get(first) ?? [];
      list.push(word);
      this.byFirstCharacter.set(first, list);
    }
  }

  find(text: string): Set<string> {
    const found = new Set<string>();
    for (let index = 0; index < text.length; index++) {
      for (const word of this.byFirstCharacter.get(text[index] as string) ?? []) {
        if (text.startsWith(word, index)) found.add(word);
      }
    }
    return found;
  }
}
