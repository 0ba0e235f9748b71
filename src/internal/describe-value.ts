import { cutWhole, escapeForMessage } from './message-text.js';

const LONGEST_STRING = 80;

const shortened = (text: string) =>
  text.length <= LONGEST_STRING ? text : `${cutWhole(text, LONGEST_STRING)}…`;

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
