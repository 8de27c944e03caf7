/** @jest-environment node */
import { deepEqual } from './jsonValue';

describe('deepEqual', () => {
  it('ignores key order but not array order', () => {
    expect(deepEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });

  it('treats keys with undefined values as absent', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('tells a number from a numeric string and null from an empty object', () => {
    expect(deepEqual([1], ['1'])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
  });

  it('compares 5,000-level nested arrays without overflowing the stack', () => {
    const build = (leaf: number) => {
      let node: unknown = leaf;
      for (let i = 0; i < 5000; i += 1) node = [node];
      return node;
    };
    expect(deepEqual(build(1), build(1))).toBe(true);
    expect(deepEqual(build(1), build(2))).toBe(false);
  });

  it('gives up on two distinct self-referencing objects instead of looping', () => {
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = {};
    a.self = a;
    b.self = b;
    expect(deepEqual(a, b)).toBe(false);
  });
});
