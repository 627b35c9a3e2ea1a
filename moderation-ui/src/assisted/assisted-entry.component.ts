import { LitElement, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { saveEntry, whoAmI } from '../api/assisted-api.js';
import { renderEntryForm } from './assisted-entry-form.template.js';
import { checkEntry, isoDate, rejectionProblems, ukDate } from './assisted-entry.check.js';
import { FIELD_IDS, type EntryValues, type Field, type Problem } from './assisted-entry.fields.js';
import { isSaveKey, ratingForKey } from './assisted-entry.keys.js';
import { assistedEntryStyles } from './assisted-entry.styles.js';
import { renderHeader, renderSignIn, type EntryView } from './assisted-entry.template.js';
import { DUPLICATE_WARNING, DuplicateGuard } from './duplicate-guard.js';

const SESSION_KEY = 'yyg-helper-code';

/**
 * Assisted and batch entry of feedback a patient gave on paper, by phone or in person, by a
 * helper holding a helper code (`#code=H-…` in the link staff sent, kept in sessionStorage for
 * this tab only). Fast keyboard-only entry of a stack of forms: number keys 1 to 6 choose the
 * answer while focus is in the answers, Enter on the confirmation saves, and "Save and enter the
 * next one" keeps the channel and date, clears the patient's answers and goes back to the first.
 *
 * @tag yyg-assisted-entry
 * @attr practice - The practice's ODS code.
 * @attr practice-name - The practice's name, to show.
 * @attr question-good / question-better - The practice's two questions.
 * @attr api - Base URL of the API; empty for this page's origin.
 * @csspart error-summary - The list of problems shown above the form.
 */
export class YygAssistedEntry extends LitElement {
  static override styles = assistedEntryStyles;

  @property() practice = '';
  @property({ attribute: 'practice-name' }) practiceName = '';
  @property({ attribute: 'question-good' }) questionGood = 'What was good?';
  @property({ attribute: 'question-better' }) questionBetter = 'What could we do better?';
  @property() api = '';

  @state() private code = '';
  @state() private helperRole: string | null = null;
  @state() private problems: Problem[] = [];
  @state() private saving = false;
  @state() private count = 0;
  @state() private confirmation = '';
  @state() private warning = '';
  @state() private channel = '';
  @state() private formDate = ukDate(isoDate(new Date()));
  @state() private formNumber = '';
  @state() private rating = '';
  @state() private good = '';
  @state() private better = '';
  @state() private agreed = false;

  private duplicates = new DuplicateGuard();
  private submissionId = crypto.randomUUID();

  @query('.error-summary') private errorSummary?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    const fromLink = /(?:^#|&)code=([^&]+)/.exec(location.hash)?.[1];
    if (fromLink) {
      sessionStorage.setItem(SESSION_KEY, decodeURIComponent(fromLink));
      // Off the address bar, so it is not shared by copying the address or seen over a shoulder.
      history.replaceState(null, '', location.pathname + location.search);
    }
    const kept = sessionStorage.getItem(SESSION_KEY);
    if (kept) void this.signIn(kept, false);
  }

  private async signIn(code: string, fromForm: boolean): Promise<void> {
    const text = code.trim().toUpperCase();
    if (!/^H-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(text)) {
      return this.showProblems([
        { field: 'code', message: 'Enter the helper code in the right format, like H-ABCD-EFGH-JKMN' },
      ]);
    }
    const answer = await whoAmI(this.api, text);
    if ('refused' in answer) {
      sessionStorage.removeItem(SESSION_KEY);
      const message =
        answer.status === 401 || answer.status === 403
          ? `The helper code was not accepted: ${answer.refused}`
          : `Could not check the helper code: ${answer.refused}`;
      return this.showProblems([{ field: fromForm ? 'code' : null, message }]);
    }
    if (answer.practiceCode && this.practice && answer.practiceCode !== this.practice.toUpperCase()) {
      return this.showProblems([
        { field: 'code', message: `This helper code is for practice ${answer.practiceCode}, not ${this.practice}` },
      ]);
    }
    sessionStorage.setItem(SESSION_KEY, text);
    this.code = text;
    this.helperRole = answer.role;
    this.problems = [];
    await this.updateComplete;
    this.focusField(this.channel ? this.firstAnswer() : 'channel');
  }

  private signOut(): void {
    sessionStorage.removeItem(SESSION_KEY);
    this.code = '';
    this.helperRole = null;
  }

  private async showProblems(problems: Problem[]): Promise<void> {
    this.problems = problems;
    this.confirmation = '';
    await this.updateComplete;
    this.errorSummary?.focus();
  }

  private focusField(field: Field, event?: Event): void {
    event?.preventDefault();
    let id = FIELD_IDS[field];
    if (field === 'channel' && this.channel) id = `channel-${this.channel}`;
    if (field === 'rating' && this.rating) id = `rating-${this.rating}`;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** The first thing typed from each form: its number on paper, otherwise the answer. */
  private firstAnswer(): Field {
    return this.channel === 'paper' ? 'formNumber' : 'rating';
  }

  private get values(): EntryValues {
    const { channel, formDate, formNumber, rating, good, better, agreed } = this;
    return { channel, formDate, formNumber, rating, good, better, agreed };
  }

  private async save(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.saving) return;
    const { problems, entry } = checkEntry(this.values, this.practice, this.submissionId);
    if (!entry) return this.showProblems(problems);
    const fingerprint = DuplicateGuard.fingerprint(this.rating, this.good, this.better);
    if (this.duplicates.shouldWarn(fingerprint)) {
      this.problems = [];
      this.warning = DUPLICATE_WARNING;
      this.confirmation = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.panel--warning')?.focus();
      return;
    }
    this.saving = true;
    try {
      const result = await saveEntry(this.api, this.code, entry);
      if (result.kind === 'saved') {
        this.duplicates.remember(fingerprint);
        this.count += 1;
        const form = result.formNumber ? `Form ${result.formNumber} saved` : 'Saved';
        this.confirmation = `${form}, receipt ${result.receipt}. ${this.count} ${this.count === 1 ? 'form' : 'forms'} entered this session.`;
        this.clearForm();
        this.problems = [];
        await this.updateComplete;
        this.focusField(this.firstAnswer());
      } else {
        if (result.kind === 'duplicate') this.submissionId = crypto.randomUUID();
        if (result.kind === 'refused' && result.status === 401) this.signOut();
        await this.showProblems(rejectionProblems(result));
      }
    } catch {
      await this.showProblems([
        {
          field: null,
          message: 'Could not reach the service: check the connection and press save again. Nothing was lost.',
        },
      ]);
    } finally {
      this.saving = false;
    }
  }

  /** Clears the patient's answers and the form number; keeps the channel and the date. */
  private clearForm(): void {
    this.formNumber = '';
    this.rating = '';
    this.good = '';
    this.better = '';
    this.agreed = false;
    this.warning = '';
    this.duplicates.reset();
    this.submissionId = crypto.randomUUID();
  }

  private async clearAndNext(): Promise<void> {
    this.clearForm();
    this.problems = [];
    this.confirmation = '';
    await this.updateComplete;
    this.focusField(this.firstAnswer());
  }

  private onRatingKey(event: KeyboardEvent): void {
    const rating = ratingForKey(event);
    if (!rating) return;
    event.preventDefault();
    this.rating = rating;
    void this.updateComplete.then(() => this.focusField('rating'));
  }

  private onFormKey(event: KeyboardEvent): void {
    if (isSaveKey(event)) void this.save(event);
  }

  /** The state and callbacks the templates need. */
  private view(): EntryView {
    return {
      ...this.values,
      problems: this.problems,
      helperRole: this.helperRole,
      saving: this.saving,
      count: this.count,
      confirmation: this.confirmation,
      warning: this.warning,
      questionGood: this.questionGood,
      questionBetter: this.questionBetter,
      set: (field, value) => Object.assign(this, { [field]: value }),
      focusField: (field, event) => this.focusField(field, event),
      signIn: (code) => void this.signIn(code, true),
      signOut: () => this.signOut(),
      save: (event) => void this.save(event),
      clearAndNext: () => void this.clearAndNext(),
      onRatingKey: (event) => this.onRatingKey(event),
      onFormKey: (event) => this.onFormKey(event),
    };
  }

  override render() {
    const view = this.view();
    if (!this.code) return renderSignIn(view, this.renderRoot);
    return html`${renderHeader(view)}${renderEntryForm(view)}`;
  }
}
