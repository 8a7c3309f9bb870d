import type { Locale } from '@zusammen/shared/contracts';
import { escapeHtml } from './html-escape';
import { textDirection } from './template-locale';

export interface MailLink {
  label: string;
  url: string;
}

/** Everything the shared frame shows; all strings are plain text and escaped here. */
export interface MailLayoutInput {
  locale: Locale;
  /** The official German name (TemplateContext.siteName), shown on top in every language. */
  siteName: string;
  /** The name in the recipient's language; left out when it equals `siteName`. */
  localSiteName: string;
  subject: string;
  heading: string;
  greeting: string;
  paragraphs: readonly string[];
  action?: MailLink;
  /** Text links below the button. */
  links?: readonly MailLink[];
  automaticNotice: string;
  preferences?: { text: string; link: MailLink };
}

export interface MailBodies {
  html: string;
  text: string;
}

const COLORS = {
  page: '#f3f4f1',
  card: '#ffffff',
  text: '#1f2328',
  muted: '#4b5259',
  accent: '#005a8c',
  rule: '#d5d8d2',
} as const;

const FONT = "font-family:Arial,'Noto Sans','Noto Naskh Arabic',Tahoma,sans-serif";

function paragraph(text: string, style: string): string {
  return `<p style="margin:0 0 16px;${style}">${escapeHtml(text)}</p>`;
}

/**
 * The shared HTML frame: one centred column, inline styles, real headings and paragraphs, no layout tables
 * (one for Outlook's Word engine inside a conditional comment), `lang` and `dir` on <html> and on the article.
 */
export function renderMailHtml(input: MailLayoutInput): string {
  const dir = textDirection(input.locale);
  const align = dir === 'rtl' ? 'right' : 'left';
  // Arabic script reads smaller than Latin at the same size.
  const body = `font-size:${dir === 'rtl' ? 18 : 16}px;line-height:1.6;color:${COLORS.text};text-align:${align}`;
  const small = `font-size:${dir === 'rtl' ? 15 : 14}px;line-height:1.5;color:${COLORS.muted};text-align:${align}`;
  const localName =
    input.localSiteName.trim() !== '' && input.localSiteName !== input.siteName
      ? `<p style="margin:4px 0 0;font-size:14px;line-height:1.4;color:${COLORS.muted}">${escapeHtml(input.localSiteName)}</p>`
      : '';
  const action = input.action
    ? `<p style="margin:24px 0">` +
      `<a href="${escapeHtml(input.action.url)}" style="display:inline-block;padding:12px 20px;border-radius:4px;` +
      `background:${COLORS.accent};color:#ffffff;font-weight:bold;text-decoration:none">` +
      `${escapeHtml(input.action.label)}</a></p>`
    : '';
  const links = (input.links ?? [])
    .map(
      (link) =>
        `<p style="margin:0 0 16px;${body}"><a href="${escapeHtml(link.url)}" ` +
        `style="color:${COLORS.accent};text-decoration:underline">${escapeHtml(link.label)}</a></p>`,
    )
    .join('\n');
  const preferences = input.preferences
    ? paragraph(input.preferences.text, `${small};margin-bottom:4px`) +
      `<p style="margin:0 0 16px;${small}"><a href="${escapeHtml(input.preferences.link.url)}" ` +
      `style="color:${COLORS.accent};text-decoration:underline">${escapeHtml(input.preferences.link.label)}</a></p>`
    : '';

  return [
    '<!DOCTYPE html>',
    `<html lang="${input.locale}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    '<meta name="supported-color-schemes" content="light">',
    `<title>${escapeHtml(input.subject)}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background:${COLORS.page};${FONT}">`,
    `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(input.heading)}</div>`,
    `<div role="article" aria-roledescription="email" aria-label="${escapeHtml(input.subject)}" lang="${input.locale}" dir="${dir}" style="padding:24px 12px;background:${COLORS.page}">`,
    '<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->',
    `<div style="max-width:600px;margin:0 auto;background:${COLORS.card};border:1px solid ${COLORS.rule};border-radius:6px">`,
    `<div style="padding:20px 24px;border-bottom:4px solid ${COLORS.accent};text-align:${align}">`,
    `<p lang="de" dir="ltr" style="margin:0;font-size:15px;line-height:1.4;font-weight:bold;color:${COLORS.accent};text-align:${align}">${escapeHtml(input.siteName)}</p>`,
    localName,
    '</div>',
    '<div style="padding:24px">',
    `<h1 style="margin:0 0 20px;font-size:24px;line-height:1.3;color:${COLORS.text};text-align:${align}">${escapeHtml(input.heading)}</h1>`,
    paragraph(input.greeting, body),
    ...input.paragraphs.map((text) => paragraph(text, body)),
    action,
    links,
    '</div>',
    `<div style="padding:16px 24px;border-top:1px solid ${COLORS.rule}">`,
    paragraph(input.automaticNotice, small),
    preferences,
    '</div>',
    '</div>',
    '<!--[if mso]></td></tr></table><![endif]-->',
    '</div>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** "Label:" and the URL on the next line; a label that ends in a question mark gets no colon. */
function textLink(link: MailLink): string {
  return `${/[?!:؟]$/u.test(link.label) ? link.label : `${link.label}:`}\n${link.url}`;
}

/** The plain-text alternative: the same content, links written out. */
export function renderMailText(input: MailLayoutInput): string {
  const header =
    input.localSiteName.trim() !== '' && input.localSiteName !== input.siteName
      ? [input.siteName, input.localSiteName]
      : [input.siteName];
  const blocks = [
    header.join('\n'),
    input.heading,
    input.greeting,
    ...input.paragraphs,
    ...(input.action ? [textLink(input.action)] : []),
    ...(input.links ?? []).map(textLink),
    '--',
    input.automaticNotice,
    ...(input.preferences
      ? [
          `${input.preferences.text}\n${input.preferences.link.label}: ${input.preferences.link.url}`,
        ]
      : []),
  ];
  return `${blocks.join('\n\n')}\n`;
}

export function renderMailLayout(input: MailLayoutInput): MailBodies {
  return { html: renderMailHtml(input), text: renderMailText(input) };
}
