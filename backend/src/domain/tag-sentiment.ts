import Sentiment from 'sentiment';
import type { SentimentLabel, SentimentTag } from './feedback.js';

/**
 * Scores a comment with the `sentiment` package (AFINN word list). A comparative score (score per
 * word) above +0.05 or below -0.05 is taken as positive or negative; the processing issue tunes
 * this for patient feedback and measures it against people's labels.
 */
export class SentimentTagger {
  private readonly analyser = new Sentiment();

  constructor(private readonly threshold = 0.05) {}

  tag(comment: string): SentimentTag {
    const { score, comparative } = this.analyser.analyze(comment);
    return { score, comparative, label: this.label(comparative) };
  }

  private label(comparative: number): SentimentLabel {
    if (comparative > this.threshold) return 'positive';
    if (comparative < -this.threshold) return 'negative';
    return 'neutral';
  }
}
