/**
 * Warns once when a form with exactly the same answers as one saved this session is entered
 * again: a stack of paper forms makes it easy to type the same one twice. Saving it again after
 * the warning goes ahead, since two patients can give the same answers.
 */
export class DuplicateGuard {
  /** Content of the forms saved this session. */
  private saved = new Set<string>();
  /** The content the helper was just warned about: saving it again goes ahead. */
  private warnedAbout: string | null = null;

  /** The content of one form, as compared. */
  static fingerprint(rating: string, good: string, better: string): string {
    return JSON.stringify([rating, good.trim(), better.trim()]);
  }

  /** True, once, when this content was saved before and the helper has not been warned yet. */
  shouldWarn(fingerprint: string): boolean {
    if (this.saved.has(fingerprint) && this.warnedAbout !== fingerprint) {
      this.warnedAbout = fingerprint;
      return true;
    }
    return false;
  }

  remember(fingerprint: string): void {
    this.saved.add(fingerprint);
  }

  /** A new form: the next repeat is warned about again. */
  reset(): void {
    this.warnedAbout = null;
  }
}

export const DUPLICATE_WARNING =
  'You entered a form with exactly the same answers a moment ago in this session. If this is another patient’s form, press “Save and enter the next one” again. If it is the same form, press “Clear this form”.';
