/** An office or advice centre from §8 of the town's integration concept. */
export interface Contact {
  id:
    | 'coordination'
    | 'integrationOfficer'
    | 'immigrationOffice'
    | 'jobcenter'
    | 'adultEducation'
    | 'redCross'
    | 'caritas';
  /** Official German name, shown untranslated (as on signs and letters). */
  name: string;
  /** i18n key of what the office does for residents. */
  taskKey: string;
  /** Postal address in German, one line each. */
  addressLines: readonly string[];
}
