/** What the bike page confirms after another page sent the user there (router navigation state). */
export type BikeNotice = 'intakeDone' | 'inspectionPassed' | 'inspectionFailed';

export interface BikeNoticeState {
  notice: BikeNotice;
  /** Intake: photos that could not be uploaded. */
  photosFailed?: number;
}
