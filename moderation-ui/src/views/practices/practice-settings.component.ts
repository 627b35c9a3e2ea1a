import { html, nothing, type PropertyValues } from 'lit';
import { WIDGET_LANGUAGES } from '../../../../backend/src/domain/practice.js';
import { property, state } from 'lit/decorators.js';
import type { PracticeContact, PracticeSettingsView } from '../../api/staff-types.js';
import { languageName } from '../../shared/labels.js';
import { StaffView, type Problem } from '../../shared/staff-view.js';

const MAX_CONTACTS = 10;
const MAX_ORIGINS = 20;

/**
 * One practice's widget settings: who gets its emails, the websites allowed to embed the widget,
 * its two questions, languages, the "about you" questions, complaints link and email text.
 * Checked whole by the server; every field it refuses is listed in the error summary.
 *
 * @tag yyg-practice-settings
 */
export class YygPracticeSettings extends StaffView {
  @property() code = '';
  @state() private settings: PracticeSettingsView | null = null;
  @state() private contacts: PracticeContact[] = [];
  @state() private failed = '';
  @state() private busy = false;
  @state() private saved = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.settings = await this.client.settings(this.code);
      this.contacts = this.settings.contacts.map((c) => ({ ...c }));
      this.failed = '';
    } catch (error) {
      this.failed = this.problemsFrom(error, {}, 'The settings could not be loaded.')
        .map((p) => p.message)
        .join(' ');
    }
  }

  private fieldIds(): Record<string, string> {
    const ids: Record<string, string> = {
      allowedOrigins: 'settings-origins',
      'questions.good': 'settings-good',
      'questions.better': 'settings-better',
      questions: 'settings-good',
      aboutYouEnabled: 'settings-about-you',
      complaintsUrl: 'settings-complaints',
      emailIncludesText: 'settings-email-text',
      languages: 'settings-lang-ar',
      contacts: this.contacts.length ? 'contact-name-0' : 'add-contact',
    };
    this.contacts.forEach((_, i) => {
      ids[`contacts.${i}.name`] = `contact-name-${i}`;
      ids[`contacts.${i}.email`] = `contact-email-${i}`;
      ids[`contacts.${i}`] = `contact-name-${i}`;
    });
    for (let i = 0; i < MAX_ORIGINS; i++) ids[`allowedOrigins.${i}`] = 'settings-origins';
    return ids;
  }

  private readContacts(): PracticeContact[] {
    return this.contacts.map((_, i) => ({
      name: this.renderRoot.querySelector<HTMLInputElement>(`#contact-name-${i}`)?.value.trim() ?? '',
      email: this.renderRoot.querySelector<HTMLInputElement>(`#contact-email-${i}`)?.value.trim() ?? '',
    }));
  }

  private addContact(): void {
    this.contacts = [...this.readContacts(), { name: '', email: '' }];
    void this.focusAfterRender(`#contact-name-${this.contacts.length - 1}`);
  }

  private removeContact(index: number): void {
    this.contacts = this.readContacts().filter((_, i) => i !== index);
    void this.focusAfterRender('#add-contact');
  }

  private async onSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.settings) return;
    const data = new FormData(event.target as HTMLFormElement);
    this.contacts = this.readContacts().filter((c) => c.name || c.email);
    const problems: Problem[] = [];
    this.contacts.forEach((c, i) => {
      if (!c.name) problems.push({ field: `contact-name-${i}`, message: `Enter the name of person ${i + 1}` });
      if (!c.email)
        problems.push({ field: `contact-email-${i}`, message: `Enter the email address of person ${i + 1}` });
    });
    if (problems.length) return this.showProblems(problems);
    const body: Partial<Omit<PracticeSettingsView, 'code'>> = {
      contacts: this.contacts,
      allowedOrigins: String(data.get('origins') ?? '')
        .split(/\s+/)
        .map((o) => o.trim())
        .filter(Boolean),
      questions: {
        good: String(data.get('good') ?? '').trim() || null,
        better: String(data.get('better') ?? '').trim() || null,
      },
      aboutYouEnabled: data.get('aboutYou') === 'on',
      complaintsUrl: String(data.get('complaints') ?? '').trim() || null,
      emailIncludesText: data.get('emailText') === 'on',
    };
    // English is always offered: the widget falls back to it when another language cannot load.
    if (this.settings.languages) body.languages = ['en', ...data.getAll('languages').map(String)];
    this.busy = true;
    this.saved = '';
    try {
      this.settings = await this.client.saveSettings(this.code, body);
      this.contacts = this.settings.contacts.map((c) => ({ ...c }));
      this.problems = [];
      this.saved = 'Settings saved.';
      await this.focusAfterRender('#settings-saved');
    } catch (error) {
      await this.showProblems(this.problemsFrom(error, this.fieldIds()));
    } finally {
      this.busy = false;
    }
  }

  private group(id: string, label: string, hint: string, input: unknown) {
    return html`<div class="group ${this.problemFor(id) ? 'group--error' : ''}">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${this.errorMessage(id)} ${input}
    </div>`;
  }

  private checkbox(id: string, name: string, label: string, checked: boolean) {
    return html`<div class="group ${this.problemFor(id) ? 'group--error' : ''}">
      ${this.errorMessage(id)}
      <div class="choice">
        <input
          type="checkbox"
          id=${id}
          name=${name}
          .checked=${checked}
          aria-describedby=${this.describedBy(id, false) || nothing}
        />
        <label for=${id}>${label}</label>
      </div>
    </div>`;
  }

  private renderContacts() {
    return html`<fieldset>
      <legend>Who receives alerts and the daily digest</legend>
      <p class="hint">Up to ${MAX_CONTACTS} people or shared mailboxes.</p>
      ${this.contacts.map(
        (c, i) =>
          html`<div class="contact">
            ${this.group(
              `contact-name-${i}`,
              `Name of person ${i + 1}`,
              '',
              html`<input
                type="text"
                id="contact-name-${i}"
                .value=${c.name}
                autocomplete="off"
                aria-invalid=${this.invalid(`contact-name-${i}`)}
                aria-describedby=${this.describedBy(`contact-name-${i}`, false) || nothing}
              />`,
            )}
            ${this.group(
              `contact-email-${i}`,
              `Email address of person ${i + 1}`,
              '',
              html`<input
                type="email"
                id="contact-email-${i}"
                .value=${c.email}
                autocomplete="off"
                spellcheck="false"
                aria-invalid=${this.invalid(`contact-email-${i}`)}
                aria-describedby=${this.describedBy(`contact-email-${i}`, false) || nothing}
              />`,
            )}
            <button type="button" class="secondary" @click=${() => this.removeContact(i)}>
              Remove<span class="visually-hidden"> person ${i + 1}</span>
            </button>
          </div>`,
      )}
      ${
        this.contacts.length < MAX_CONTACTS
          ? html`<button type="button" class="secondary" id="add-contact" @click=${this.addContact}>
              Add a person
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  protected override render() {
    const s = this.settings;
    if (this.failed) return html`<div class="callout callout--error"><p>${this.failed}</p></div>`;
    if (!s) return html`<p>Loading settings…</p>`;
    return html`${this.renderErrorSummary()}
      <div id="settings-saved" tabindex="-1" role="status">
        ${this.saved ? html`<div class="callout callout--success"><p>${this.saved}</p></div>` : nothing}
      </div>
      <form novalidate @submit=${this.onSave}>
        ${this.renderContacts()}
        ${this.group(
          'settings-origins',
          'Websites allowed to show the feedback form',
          'One address per line, like https://www.example-surgery.nhs.uk. Only the start of the address: no page path.',
          html`<textarea
            id="settings-origins"
            name="origins"
            rows="3"
            spellcheck="false"
            .value=${s.allowedOrigins.join('\n')}
            aria-invalid=${this.invalid('settings-origins')}
            aria-describedby=${this.describedBy('settings-origins')}
          ></textarea>`,
        )}
        ${this.group(
          'settings-good',
          'First question',
          'Leave empty for the standard question, “What was good?”, which is translated into every language.',
          html`<input
            type="text"
            id="settings-good"
            name="good"
            maxlength="150"
            .value=${s.questions.good ?? ''}
            aria-invalid=${this.invalid('settings-good')}
            aria-describedby=${this.describedBy('settings-good')}
          />`,
        )}
        ${this.group(
          'settings-better',
          'Second question',
          'Leave empty for the standard question, “What could we do better?”.',
          html`<input
            type="text"
            id="settings-better"
            name="better"
            maxlength="150"
            .value=${s.questions.better ?? ''}
            aria-invalid=${this.invalid('settings-better')}
            aria-describedby=${this.describedBy('settings-better')}
          />`,
        )}
        ${
          s.languages
            ? html`<fieldset aria-describedby="settings-lang-hint">
                <legend>Languages the form offers</legend>
                <p class="hint" id="settings-lang-hint">
                  English is always offered: the form falls back to it if another language cannot load.
                </p>
                ${WIDGET_LANGUAGES.filter((code) => code !== 'en').map(
                  (code) =>
                    html`<div class="choice">
                      <input
                        type="checkbox"
                        id="settings-lang-${code}"
                        name="languages"
                        value=${code}
                        .checked=${s.languages!.includes(code)}
                      />
                      <label for="settings-lang-${code}">${languageName(code)}</label>
                    </div>`,
                )}
              </fieldset>`
            : nothing
        }
        ${this.checkbox('settings-about-you', 'aboutYou', 'Ask the optional “about you” questions (age band, patient or carer)', s.aboutYouEnabled)}
        ${this.group(
          'settings-complaints',
          'Complaints page',
          'The practice’s complaints page, starting https://. The form says it is not for complaints and links here.',
          html`<input
            type="url"
            id="settings-complaints"
            name="complaints"
            spellcheck="false"
            .value=${s.complaintsUrl ?? ''}
            aria-invalid=${this.invalid('settings-complaints')}
            aria-describedby=${this.describedBy('settings-complaints')}
          />`,
        )}
        ${this.checkbox('settings-email-text', 'emailText', 'Put comment text (with personal details removed) in the daily digest email', s.emailIncludesText)}
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Save settings</button>
      </form>`;
  }
}
