import { FFT_LABELS, FFT_QUESTION, FFT_RATINGS } from '../../domain/fft.js';
import type { Practice } from '../../domain/practice.js';
import { escapeHtml } from '../hosted-page.template.js';
import { printPage, type PrintLink } from './print-page.js';
import { MAX_COPIES } from './print-query.js';

/**
 * The paper form's words, in the widget's English (widget/src/i18n/en.ts): the same questions and
 * warnings on paper as on screen, so answers entered from paper mean what answers typed online do.
 */
export const PAPER_TEXT = {
  intro: 'Tell us about your experience of this GP practice. You do not need to give your name.',
  noticeTitle: 'This form is not for medical help.',
  notice: 'If you need medical help now, go to 111.nhs.uk or call 111. In an emergency, call 999.',
  notComplaints: 'It is not for complaints that need a reply: ask the practice how to make a complaint.',
  tickOne: 'Tick one box.',
  personalHint: 'Do not include personal information like your name, date of birth or NHS number.',
  good: 'What was good?',
  better: 'What could we do better?',
  date: "Today's date",
  handIn: 'Thank you. Please give this form to reception, or put it in the feedback box.',
  online: 'Prefer to answer online? Scan the code with your phone camera, or go to',
} as const;

/** What one printing of the form needs to know; the numbers are one per copy, all different. */
export interface PaperFormOptions {
  practice: Pick<Practice, 'code' | 'name' | 'questions'>;
  hostedUrl: string;
  /** The hosted page's address as printed: no `https://`, so it is short enough to type. */
  shortLink: string;
  qrSvg: string;
  formNumbers: string[];
  large: boolean;
  links: PrintLink[];
}

function header(name: string, number: string, page: string): string {
  return `<header class="form__head">
          <div>
            <p class="form__kind">Patient feedback form</p>
            <h2 class="form__practice">${escapeHtml(name)}</h2>
          </div>
          <p class="form__number">Form <span class="form__number-value">${escapeHtml(number)}</span>${page}</p>
        </header>`;
}

/** The top of a large-print copy's second sheet: which practice and which form, in one line. */
function continuedHeader(name: string, number: string): string {
  return `<header class="form__head form__head--continued">
          <p class="form__practice">${escapeHtml(name)}</p>
          <p class="form__number">Form <span class="form__number-value">${escapeHtml(number)}</span>, page 2 of 2</p>
        </header>`;
}

function dateBoxes(): string {
  const box = (part: string, wide = false) =>
    `<span class="date__part"><span class="box${wide ? ' box--wide' : ''}" aria-hidden="true"></span><span class="date__label">${part}</span></span>`;
  return `<div class="date">
          <p class="date__title">${escapeHtml(PAPER_TEXT.date)}</p>
          <div class="date__parts">${box('Day')}<span class="date__slash" aria-hidden="true">/</span>${box('Month')}<span class="date__slash" aria-hidden="true">/</span>${box('Year', true)}</div>
        </div>`;
}

function fftQuestion(): string {
  const answers = FFT_RATINGS.map(
    (rating) =>
      `<li class="answer"><span class="tick" aria-hidden="true"></span>${escapeHtml(FFT_LABELS[rating])}</li>`,
  );
  return `<section class="question">
          <h3 class="question__text">${escapeHtml(FFT_QUESTION)}</h3>
          <p class="question__hint">${escapeHtml(PAPER_TEXT.tickOne)}</p>
          <ul class="answers">
            ${answers.join('\n            ')}
          </ul>
        </section>`;
}

function commentQuestion(text: string): string {
  return `<section class="question question--comment">
          <h3 class="question__text">${escapeHtml(text)}</h3>
          <div class="write-in"></div>
        </section>`;
}

/**
 * One copy: the practice and the form number at the top, the date, the urgent-help notice, the FFT
 * question with six tick boxes, the two comment questions in the practice's own wording, and the
 * way online. A copy is one sheet; in large print it is two, and the second repeats the practice
 * and the number, so a copy printed single-sided still belongs together.
 */
function copy(options: PaperFormOptions, number: string): string {
  const { practice, large } = options;
  const good = practice.questions.good ?? PAPER_TEXT.good;
  const better = practice.questions.better ?? PAPER_TEXT.better;
  const pageOf = large ? ', page 1 of 2' : '';
  const newSheet = large
    ? `\n        </div>\n        <div class="sheet">\n        ${continuedHeader(practice.name, number)}`
    : '';
  return `      <article class="form" aria-label="Form ${escapeHtml(number)}">
        <div class="sheet">
        ${header(practice.name, number, pageOf)}
        <p class="form__intro">${escapeHtml(PAPER_TEXT.intro)}</p>
        <div class="notice">
          <p><strong>${escapeHtml(PAPER_TEXT.noticeTitle)}</strong> ${escapeHtml(PAPER_TEXT.notice)}</p>
          <p>${escapeHtml(PAPER_TEXT.notComplaints)}</p>
        </div>
        ${dateBoxes()}
        ${fftQuestion()}${newSheet}
        <p class="form__personal"><strong>${escapeHtml(PAPER_TEXT.personalHint)}</strong></p>
        ${commentQuestion(good)}
        ${commentQuestion(better)}
        <p class="form__hand-in">${escapeHtml(PAPER_TEXT.handIn)}</p>
        <footer class="form__foot">
          ${options.qrSvg}
          <p class="form__online">${escapeHtml(PAPER_TEXT.online)} <a class="short-link" href="${escapeHtml(options.hostedUrl)}">${escapeHtml(options.shortLink)}</a></p>
        </footer>
        </div>
      </article>`;
}

/** The printable paper form: one copy per form number, each starting on a new sheet. */
export function paperFormPage(options: PaperFormOptions): string {
  const { practice, large, formNumbers } = options;
  const copies = formNumbers.length;
  const controls = `
        <form class="print-bar__choose" method="get" action="/print/${escapeHtml(practice.code)}/form">
          <label for="copies">How many forms (1 to ${MAX_COPIES})</label>
          <input id="copies" name="copies" type="number" inputmode="numeric" min="1" max="${MAX_COPIES}" value="${escapeHtml(String(copies))}" />
          <div class="print-bar__check">
            <input id="large" name="large" type="checkbox" value="1"${large ? ' checked' : ''} />
            <label for="large">Large print (two pages a form)</label>
          </div>
          <button type="submit">Show the forms</button>
        </form>`;
  return printPage({
    title: `${large ? 'Large-print paper' : 'Paper'} feedback form – ${practice.name}`,
    stylesheet: 'print-form.css',
    bodyClass: `print print--form${large ? ' print--large' : ''}`,
    heading: `${large ? 'Large-print paper' : 'Paper'} feedback ${copies === 1 ? 'form' : `forms (${copies})`}: ${practice.name}`,
    howToPrint:
      "Print on A4 with your browser's Print command (Ctrl+P, or Cmd+P on a Mac), at 100% scale with headers and footers off. Every form has its own number, so print the copies you need from here rather than photocopying one.",
    links: options.links,
    controls,
    sheets: formNumbers.map((number) => copy(options, number)).join('\n'),
  });
}
