import type { Channel } from './feedback.js';

/**
 * The collection modes NHS England asks GP practices to report FFT answers by, in the monthly
 * return: how many answers came in each way, beside the counts per answer.
 */
export const COLLECTION_MODES = ['online', 'tablet-kiosk', 'paper', 'telephone', 'sms', 'other'] as const;
export type CollectionMode = (typeof COLLECTION_MODES)[number];

/**
 * The documented mapping from our channels to NHS England's collection modes. Typed over every
 * `Channel`, so a channel added without a mode does not compile.
 *
 * | channel     | mode           | why                                                        |
 * | ----------- | -------------- | ---------------------------------------------------------- |
 * | `web`       | `online`       | the patient's own device: practice website or hosted page  |
 * | `kiosk`     | `tablet-kiosk` | the practice's tablet in the waiting room                  |
 * | `paper`     | `paper`        | a paper form, typed in later by staff                      |
 * | `telephone` | `telephone`    | answers given on a phone call, entered by staff            |
 * | `in-person` | `other`        | staff enter what a patient tells them face to face         |
 * | `hub`       | `other`        | a digital-inclusion hub helper enters it with the patient  |
 * | `other`     | `other`        | any other assisted route                                   |
 *
 * `sms` has no channel of ours yet: it is there because the return has it, so a practice's
 * counts line up with the form, with a zero.
 */
export const CHANNEL_MODES: Readonly<Record<Channel, CollectionMode>> = {
  web: 'online',
  kiosk: 'tablet-kiosk',
  paper: 'paper',
  telephone: 'telephone',
  'in-person': 'other',
  hub: 'other',
  other: 'other',
};

/**
 * The FFT collection mode for a channel. A channel this version does not know (a row written by
 * an older or a newer version) counts as `other`, so the monthly totals still add up.
 */
export function collectionMode(channel: string): CollectionMode {
  return Object.hasOwn(CHANNEL_MODES, channel) ? CHANNEL_MODES[channel as Channel] : 'other';
}

/**
 * Counts per channel folded into counts per collection mode, every mode present (zero when
 * none), as the monthly return asks for them. Roll-ups stored before modes were counted get
 * theirs this way too: the mode follows from the channel alone.
 */
export function countByMode(channels: Readonly<Record<string, number>>): Record<CollectionMode, number> {
  const byMode = Object.fromEntries(COLLECTION_MODES.map((mode) => [mode, 0])) as Record<CollectionMode, number>;
  for (const [channel, count] of Object.entries(channels)) byMode[collectionMode(channel)] += count;
  return byMode;
}
