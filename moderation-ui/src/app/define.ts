import { YygAudit } from '../views/audit/audit.component.js';
import { YygArea } from '../views/area/area.component.js';
import { YygFeedbackItem } from '../views/feedback/feedback.component.js';
import { YygModerationPanel } from '../views/feedback/moderation-panel.component.js';
import { YygResponses } from '../views/feedback/responses.component.js';
import { YygInbox } from '../views/inbox/inbox.component.js';
import { YygInvite } from '../views/invite/invite.component.js';
import { YygPractice } from '../views/practices/practice.component.js';
import { YygPracticeSettings } from '../views/practices/practice-settings.component.js';
import { YygPractices } from '../views/practices/practices.component.js';
import { YygYouSaidWeDid } from '../views/practices/you-said-we-did.component.js';
import { YygSignIn } from '../views/sign-in/sign-in.component.js';
import { YygUsers } from '../views/users/users.component.js';
import { YygStaffApp } from './staff-app.component.js';
import { YygSessionTimeout } from './session-timeout.component.js';

const ELEMENTS = {
  'yyg-staff-app': YygStaffApp,
  'yyg-session-timeout': YygSessionTimeout,
  'yyg-sign-in': YygSignIn,
  'yyg-invite': YygInvite,
  'yyg-inbox': YygInbox,
  'yyg-feedback-item': YygFeedbackItem,
  'yyg-moderation-panel': YygModerationPanel,
  'yyg-responses': YygResponses,
  'yyg-audit': YygAudit,
  'yyg-users': YygUsers,
  'yyg-practices': YygPractices,
  'yyg-practice': YygPractice,
  'yyg-practice-settings': YygPracticeSettings,
  'yyg-you-said-we-did': YygYouSaidWeDid,
  'yyg-area': YygArea,
} as const;

// Defined once each, so loading the script twice does no harm.
for (const [tag, element] of Object.entries(ELEMENTS)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'yyg-staff-app': YygStaffApp;
    'yyg-session-timeout': YygSessionTimeout;
    'yyg-sign-in': YygSignIn;
    'yyg-invite': YygInvite;
    'yyg-inbox': YygInbox;
    'yyg-feedback-item': YygFeedbackItem;
    'yyg-moderation-panel': YygModerationPanel;
    'yyg-responses': YygResponses;
    'yyg-audit': YygAudit;
    'yyg-users': YygUsers;
    'yyg-practices': YygPractices;
    'yyg-practice': YygPractice;
    'yyg-practice-settings': YygPracticeSettings;
    'yyg-you-said-we-did': YygYouSaidWeDid;
    'yyg-area': YygArea;
  }
}
