import { describe, expect, it } from 'vitest';
import { titleCase } from '../../src/internal/title-case.js';

// Each expected title is what citeproc-js 1.x gives for the same title in the Chicago style
// (checked with @citation-js/plugin-csl; tests/export/citation.test.ts compares whole entries).
describe('titleCase', () => {
  it.each([
    [
      'jilin: last year, beijing’s digital economy accounted for over 50% of gdp',
      'Jilin: Last Year, Beijing’s Digital Economy Accounted for over 50% of Gdp',
    ],
    ['a tale of two cities', 'A Tale of Two Cities'],
    ['of mice and men', 'Of Mice and Men'],
    ['war and peace', 'War and Peace'],
    ['to be or not to be', 'To Be or Not to Be'],
    ['the de facto standard', 'The de Facto Standard'],
    ['x marks the spot', 'X Marks the Spot'],
    ['a b c', 'A b c'],
    ['über alles', 'Über Alles'],
    ['élan vital of the era', 'Élan Vital of the Era'],
    ['one-on-one with the best', 'One-on-One with the Best'],
  ])('capitalises the words of %j but its stop words: %j', (title, expected) => {
    expect(titleCase(title)).toBe(expected);
  });

  it.each([
    ['the end: a beginning', 'The End: A Beginning'],
    ['why? because of it', 'Why? Because of It'],
    ['now! and then', 'Now! And Then'],
    ['he said: of', 'He Said: Of'],
    ['word of the day. and of the night', 'Word of the Day. and of the Night'],
    ['go, or stay', 'Go, or Stay'],
    ['vs. the world', 'Vs. the World'],
  ])('capitalises a stop word after ":", "?" or "!" only: %j', (title, expected) => {
    expect(titleCase(title)).toBe(expected);
  });

  it.each([
    ['what is it for', 'What Is It For'],
    ['what is it for?', 'What Is It For?'],
    ['ends in.', 'Ends In.'],
    ['the way up', 'The Way Up'],
    ['up', 'Up'],
    ['it’s up', 'It’s up'],
    ['over and out', 'Over and Out'],
    // The closing stop word gets its capital even where another of its letters has one already.
    ['what it is fOr', 'What It Is FOr'],
    ['going iN and oUt', 'Going iN and OUt'],
  ])(
    'capitalises a stop word that ends the title, unless an apostrophe comes right before: %j',
    (title, expected) => {
      expect(titleCase(title)).toBe(expected);
    },
  );

  it.each([
    ['iPhone sales rise', 'iPhone Sales Rise'],
    ['the NASA report', 'The NASA Report'],
    ['The Rise Of Rome', 'The Rise Of Rome'],
    ['the launch of the iPhone', 'The Launch of the iPhone'],
  ])('keeps a word that holds a capital as it is: %j', (title, expected) => {
    expect(titleCase(title)).toBe(expected);
  });

  it('keeps the spaces and marks between the words', () => {
    expect(titleCase('  two  spaces — and a dash ')).toBe('  Two  Spaces — and a Dash ');
    expect(titleCase('')).toBe('');
  });
});
