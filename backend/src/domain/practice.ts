/** A GP practice from the NHS Organisation Data Service (ODS) directory. */
export interface Practice {
  /** ODS code, e.g. C82001. */
  code: string;
  name: string;
  postcode: string;
  /** The 2019 commissioner (CCG) code from epraccur; ICB assignment with dates comes later. */
  commissioner: string;
  /** Website origins allowed to embed the widget (CORS). Empty until a practice registers one. */
  allowedOrigins: string[];
}

/** ODS practice codes: one letter, five digits (e.g. C82001), or the newer alphanumeric forms. */
export const ODS_CODE = /^[A-Z][0-9A-Z]{4,5}$/;
