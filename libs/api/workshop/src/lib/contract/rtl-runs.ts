/**
 * Right-to-left lines for the contract PDF. fontkit shapes Arabic and Persian and reverses a run it detects as
 * Arabic script, but it has no bidi algorithm: digits and Latin words inside that run would come out backwards,
 * and brackets unmirrored. So each line is split into runs — right-to-left words, left-to-right words (Latin,
 * digits, dates, `§ 548 BGB`) — that are drawn one by one from the right margin. Punctuation hanging off a
 * left-to-right word at a right-to-left boundary belongs to the right-to-left side (it ends the sentence there).
 */
export interface BidiRun {
  text: string;
  rtl: boolean;
}

/**
 * Arabic-script letters: not the Arabic-Indic and Persian digits (numbers run left to right), nor the Arabic comma,
 * semicolon and question mark (punctuation, which may follow a number or a Latin word).
 */
const RTL_LETTER =
  /[\u0600-\u060B\u060D-\u061A\u061C-\u061E\u0620-\u065F\u066A-\u06EF\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const EDGE_PUNCTUATION = /^([.,;:!?\u060C\u061B\u061F]*)(.*?)([.,;:!?\u060C\u061B\u061F]*)$/su;
const MIRRORED: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '«': '»',
  '»': '«',
};

export function hasRtlLetter(text: string): boolean {
  return RTL_LETTER.test(text);
}

interface Token extends BidiRun {
  /** Joins the previous token without a space (punctuation split off a word). */
  glued: boolean;
}

function tokens(line: string): Token[] {
  const result: Token[] = [];
  for (const word of line.split(' ').filter((w) => w !== '')) {
    const [, lead, core, trail] = EDGE_PUNCTUATION.exec(word) as RegExpExecArray;
    if (hasRtlLetter(word) || core === '') {
      result.push({ text: word, rtl: true, glued: false });
      continue;
    }
    if (lead !== '') result.push({ text: lead, rtl: true, glued: false });
    result.push({ text: core, rtl: false, glued: lead !== '' });
    if (trail !== '') result.push({ text: trail, rtl: true, glued: true });
  }
  return result;
}

/** The runs of one right-to-left line, in logical order (the first run is drawn at the right margin). */
export function rtlRuns(line: string): BidiRun[] {
  const runs: BidiRun[] = [];
  for (const token of tokens(line)) {
    const last = runs[runs.length - 1];
    if (last && last.rtl === token.rtl) last.text += token.glued ? token.text : ` ${token.text}`;
    else runs.push({ text: token.text, rtl: token.rtl });
  }
  return runs.map((run) => (run.rtl ? { ...run, text: mirrorBrackets(run.text) } : run));
}

function mirrorBrackets(text: string): string {
  return [...text].map((char) => MIRRORED[char] ?? char).join('');
}
