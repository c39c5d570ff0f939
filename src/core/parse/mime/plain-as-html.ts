/**
 * postal-mime 4.0.0's textToHtml (text-format.js), which it applies to a text/plain part that has no text/html
 * counterpart when the message also has HTML (renderTextContent): the text, trimmed (String.prototype.trim), with
 * `< > " ' ? &` written as `&#xHH;` (upper-case hex) and every LF as `<br />`, inside one <div>.
 */
const ESCAPES: Record<string, string> = { '<': '&#x3C;', '>': '&#x3E;', '"': '&#x22;', "'": '&#x27;', '?': '&#x3F;', '&': '&#x26;' };

export function plainAsHtml(text: string): string {
  return (
    '<div>' +
    text
      .trim()
      .replace(/[<>"'?&]/g, (c) => ESCAPES[c]!)
      .replace(/\n/g, '<br />') +
    '</div>'
  );
}
