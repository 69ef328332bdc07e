import { describe, expect, test } from 'vitest';
import { sanitizePitch, sanitizeXmlText } from './sanitize-xml-text';
import type { PitchFile } from '../pitch/schema';

describe('sanitizeXmlText', () => {
  test.each([
    [
      'keeps ordinary text',
      'Approve $350K & 2 engineers <now>',
      'Approve $350K & 2 engineers <now>',
    ],
    ['removes NUL and other C0 controls', 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg', 'abcdefg'],
    ['keeps tab and LF', 'a\tb\nc', 'a\tb\nc'],
    ['turns CR LF into LF', 'one\r\ntwo', 'one\ntwo'],
    ['turns a lone CR into LF', 'one\rtwo', 'one\ntwo'],
    ['removes before joining CR LF', 'one\r\u0000\ntwo', 'one\ntwo'],
    ['removes U+FFFE and U+FFFF', 'a\uFFFEb\uFFFFc', 'abc'],
    ['removes a lone high surrogate', 'a\uD83Db', 'ab'],
    ['removes a lone low surrogate', 'a\uDE00b', 'ab'],
    ['removes a trailing high surrogate', 'ab\uD83D', 'ab'],
    ['keeps emoji (surrogate pairs)', 'ship 🚀 now 👍🏽', 'ship 🚀 now 👍🏽'],
    [
      'keeps right-to-left and CJK text',
      'مرحبا עולם 你好 こんにちは',
      'مرحبا עולם 你好 こんにちは',
    ],
    ['keeps C1 and DEL (allowed by XML 1.0)', 'a\u007Fb\u0085c', 'a\u007Fb\u0085c'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeXmlText(input)).toBe(expected);
  });
});

describe('sanitizePitch', () => {
  const dirty: PitchFile = {
    format: 'one-slide-pitch',
    version: 2,
    title: 'T\u0001itle',
    headline: 'Head\u0000line',
    situation: ['S\u0002one'],
    action: ['A\u0003one'],
    outcome: ['O\u0004one'],
    ask: 'A\u0005sk',
    trace: { objective: 'O\u0006bj', else: 'E\u0007lse' },
    pitch: { text: 'line\r\nnext\u0008', targetSeconds: 45 },
    theme: 'ember',
  };

  test('cleans every user string and keeps the rest', () => {
    expect(sanitizePitch(dirty)).toEqual({
      format: 'one-slide-pitch',
      version: 2,
      title: 'Title',
      headline: 'Headline',
      situation: ['Sone'],
      action: ['Aone'],
      outcome: ['Oone'],
      ask: 'Ask',
      trace: { objective: 'Obj', else: 'Else' },
      pitch: { text: 'line\nnext', targetSeconds: 45 },
      theme: 'ember',
    });
  });

  test('adds no key the pitch did not have', () => {
    const minimal: PitchFile = {
      format: 'one-slide-pitch',
      version: 2,
      headline: 'h',
      situation: [],
      action: [],
      outcome: [],
    };
    expect(Object.keys(sanitizePitch(minimal)).sort()).toEqual(Object.keys(minimal).sort());
  });
});
