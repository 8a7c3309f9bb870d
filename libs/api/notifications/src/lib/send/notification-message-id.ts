/** `<notification-<id>@<host of PUBLIC_URL>>`: stable across retries, so a duplicate is recognisable. */
export function notificationMessageId(notificationId: string, publicUrl: string): string {
  return `<notification-${notificationId}@${new URL(publicUrl).hostname}>`;
}
