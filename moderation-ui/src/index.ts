/** The staff app's entry: defines `<yyg-staff-app>` and its views. */
import './app/define.js';
