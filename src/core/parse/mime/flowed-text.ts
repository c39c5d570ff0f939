/**
 * Unfolding of format=flowed text (RFC 3676) as postal-mime 4.0.0 does it (mime-node.js decodeFlowedText), so
 * that multipart-bodies.ts gives the same text: lines are split at LF (a CR before it dropped); one leading space
 * of each line is removed (space-stuffing, RFC 3676 section 4.4); a line break after a line ending in a space is
 * soft (the lines are joined; with DelSp=yes that space is removed too, section 4.2), except after the signature
 * separator line "-- "; every other line break is kept as LF.
 */
export function unfoldFlowed(text: string, delSp: boolean): string {
  // Pieces joined once at the end (appending to one string and reading its last character flattens it each time).
  const pieces: string[] = [];
  let lastChar = -1; // last character of the output so far, -1 when empty
  let head = ''; // the first three characters of the output line being built (to spot the signature separator)
  let lineLength = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    if (l.charCodeAt(0) === 32) l = l.slice(1);
    if (i > 0) {
      if (lastChar === 32 && !(lineLength === 3 && head === '-- ')) {
        if (delSp) {
          const last = pieces[pieces.length - 1]!;
          if (last.length > 1) pieces[pieces.length - 1] = last.slice(0, -1);
          else pieces.pop();
          lineLength--;
          head = head.slice(0, lineLength);
          const now = pieces[pieces.length - 1];
          lastChar = now === undefined ? -1 : now.charCodeAt(now.length - 1);
        }
      } else {
        pieces.push('\n');
        lastChar = 10;
        head = '';
        lineLength = 0;
      }
    }
    if (l) {
      pieces.push(l);
      lastChar = l.charCodeAt(l.length - 1);
      lineLength += l.length;
      if (head.length < 3) head = (head + l).slice(0, 3);
    }
  }
  return pieces.join('');
}
