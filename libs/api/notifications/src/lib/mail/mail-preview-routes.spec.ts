import { mailPreviewRoutesEnabled } from './mail-preview-routes';

describe('mailPreviewRoutesEnabled', () => {
  it('is on in development without SMTP_URL', () => {
    expect(mailPreviewRoutesEnabled({})).toBe(true);
    expect(mailPreviewRoutesEnabled({ NODE_ENV: 'test', SMTP_URL: '' })).toBe(true);
  });

  it('is off when mail goes to a real SMTP server', () => {
    expect(mailPreviewRoutesEnabled({ SMTP_URL: 'smtp://mail.example.org:587' })).toBe(false);
  });

  it('is off in production even without SMTP_URL', () => {
    expect(mailPreviewRoutesEnabled({ NODE_ENV: 'production' })).toBe(false);
  });
});
