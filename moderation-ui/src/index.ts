/** The interim staff page's entry: defines `<yyg-staff-inbox>`. */
import './staff-inbox/staff-inbox.js';
