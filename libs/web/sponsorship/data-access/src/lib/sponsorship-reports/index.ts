export { SponsorshipReportsApi, reportCsvUrl } from './sponsorship-reports.api';
export type { ReportPeriod, ReportPeriodProblem } from './report-period';
export {
  createdPerMonth,
  defaultReportPeriod,
  monthsOf,
  reportPeriodProblemOf,
} from './report-period';
