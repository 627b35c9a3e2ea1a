import { css } from 'lit';

/** The page around the views: NHS.UK header, navigation, main column and footer. */
export const staffAppStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
  }
  .skip-link {
    position: absolute;
    left: -9999px;
    top: 0.5rem;
    z-index: 10;
    padding: 0.5rem 1rem;
  }
  .skip-link:focus {
    left: 1rem;
  }
  .header {
    background: var(--_blue);
    color: var(--_white);
  }
  .header-inner,
  .nav-inner,
  main,
  .footer-inner {
    width: 100%;
    max-width: 75rem;
    margin: 0 auto;
    padding-left: 1rem;
    padding-right: 1rem;
  }
  .header-inner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
    padding-top: 1rem;
    padding-bottom: 1rem;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    color: var(--_white);
    text-decoration: none;
    font-weight: 700;
    font-size: 1.25rem;
  }
  .brand:visited,
  .brand:hover {
    color: var(--_white);
  }
  .logo {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    background: var(--_white);
    color: var(--_blue);
    font-weight: 700;
    font-style: italic;
    font-size: 1.5rem;
    line-height: 1.2;
    letter-spacing: -0.02em;
  }
  .who {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  .header button.link {
    color: var(--_white);
  }
  .header button.link:focus-visible {
    color: var(--_text);
  }
  nav.primary {
    background: var(--_white);
    border-bottom: 1px solid var(--_grey-4);
  }
  nav.primary ul {
    display: flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav.primary a {
    display: inline-block;
    padding: 0.75rem 1rem 0.75rem 0;
    margin-right: 1rem;
    font-weight: 600;
    color: var(--_blue);
  }
  nav.primary a[aria-current='page'] {
    color: var(--_text);
    text-decoration: none;
    box-shadow: inset 0 -4px var(--_blue);
  }
  main {
    flex: 1;
    padding-top: 2rem;
    padding-bottom: 3rem;
  }
  main:focus {
    outline: none;
  }
  .footer {
    border-top: 4px solid var(--_blue);
    background: var(--_grey-4);
    color: var(--_text);
    font-size: 1rem;
  }
  .footer-inner {
    padding-top: 1.5rem;
    padding-bottom: 1.5rem;
  }
  .footer p {
    margin: 0;
  }
`;
