/**
 * The label of the next meeting of a body: 제4차 -> 제5차, 4th -> 5th, 2021년 제4차 -> 2021년 제5차.
 * The last meeting number in the label is the one that moves; a year (2021년, 2021) is left alone.
 * Forms not recognised are returned unchanged for the recorder to edit.
 */
const KOREAN = /(제\s*)?(\d+)(\s*차)/g;
const ENGLISH = /\b(\d+)(st|nd|rd|th)\b/gi;
const NUMBERED = /(\bNo\.?\s*|#)(\d+)\b/gi;

export function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  switch (n % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}

function replaceLast(label: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): string | null {
  let last: RegExpExecArray | null = null;
  for (const match of label.matchAll(pattern)) last = match as RegExpExecArray;
  if (!last) return null;
  return label.slice(0, last.index) + replace(last) + label.slice(last.index + last[0].length);
}

export function nextSessionLabel(label: string): string {
  const korean = replaceLast(label, KOREAN, (m) => `${m[1] ?? ''}${Number(m[2]) + 1}${m[3]}`);
  if (korean !== null) return korean;
  const english = replaceLast(label, ENGLISH, (m) => {
    const next = Number(m[1]) + 1;
    const suffix = ordinalSuffix(next);
    const upper = m[2] === m[2]?.toUpperCase();
    return `${next}${upper ? suffix.toUpperCase() : suffix}`;
  });
  if (english !== null) return english;
  const numbered = replaceLast(label, NUMBERED, (m) => `${m[1]}${Number(m[2]) + 1}`);
  return numbered ?? label;
}
