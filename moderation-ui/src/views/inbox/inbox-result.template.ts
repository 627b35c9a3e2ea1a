import { html } from 'lit';
import type { FeedbackItem } from '../../api/staff-types.js';
import { routeHash } from '../../app/router.js';
import {
  channelText,
  comments,
  flagTags,
  languageText,
  ratingText,
  receivedText,
  statusTag,
  topicTags,
} from '../../shared/feedback-bits.js';

/**
 * One result of the inbox: a heading link to the item (practice and when), status, rating and
 * flags, the comments with search matches marked, then sentiment and themes. `current` is the
 * item j/k last moved to.
 */
export function resultItem(
  item: FeedbackItem,
  index: number,
  { current, practiceName, onFocus }: { current: boolean; practiceName: string; onFocus: () => void },
) {
  const flagged = (item.tags?.flags.length ?? 0) > 0;
  const classes = ['result', flagged ? 'result--flagged' : '', current ? 'result--current' : ''];
  return html`<li class=${classes.filter(Boolean).join(' ')}>
    <h3>
      <a class="result-link" data-index=${index} href=${routeHash('feedback', item.id)} @focus=${onFocus}
        >${practiceName} (${item.practiceCode}), ${receivedText(item)}</a
      >
    </h3>
    <ul class="tags" aria-label="Status and flags">
      <li>${statusTag(item.status)}</li>
      <li class="tag tag--white"><span class="visually-hidden">FFT rating: </span>${ratingText(item)}</li>
      ${flagTags(item)}
    </ul>
    ${comments(item)}
    <ul class="tags" aria-label="Tags">
      ${topicTags(item)}
    </ul>
    <p class="meta">${channelText(item)} · ${languageText(item)}</p>
  </li>`;
}
