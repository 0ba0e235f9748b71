import { escapeForMessage } from './message-text.js';

const LONGEST_STRING = 80;

/** `text` cut to at most `LONGEST_STRING` code units, never between the halves of a pair. */
function shortened(text: string): string {
  if (text.length <= LONGEST_STRING) return text;
  const last = text.charCodeAt(LONGEST_STRING - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? LONGEST_STRING - 1 : LONGEST_STRING;
  return `${text.slice(0, cut)}…`;
}

/** A short, safe description of any value for an error message; never throws. */
export function describeValue(value: unknown): string {
  // JSON.stringify escapes C0 controls and lone surrogates but not the line separators, C1
  // controls or bidirectional overrides, which could still forge or hide a line of a message.
  if (typeof value === 'string') return escapeForMessage(JSON.stringify(shortened(value)));
  if (
    value === null ||
    value === undefined ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  return Array.isArray(value) ? 'an array' : 'an object';
}
