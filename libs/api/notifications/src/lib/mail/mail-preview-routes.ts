/**
 * The preview HTTP routes exist only where previews are written and never in production:
 * SMTP_URL unset (empty counts as unset, like the env schema) and NODE_ENV not `production`.
 */
export function mailPreviewRoutesEnabled(env: Record<string, string | undefined>): boolean {
  const smtpUrl = env['SMTP_URL']?.trim() ?? '';
  const nodeEnv = env['NODE_ENV']?.trim() || 'development';
  return smtpUrl === '' && nodeEnv !== 'production';
}
