import { describe, expect, it } from 'vitest';
import { PATH_WIDTH, TIE_COLOURS, TIE_OPACITY, pathTieIds, tieStroke, type DrawnTie } from './network-ties';

const tie = (source: string, target: string, extra: Partial<DrawnTie> = {}): DrawnTie => ({
  id: `${source}|${target}`,
  source,
  target,
  width: 2,
  bridge: false,
  folded: false,
  ...extra,
});
const none = new Set<string>();

describe('ties drawn on their own canvas look like the stylesheet says', () => {
  it('a plain tie is grey, half transparent and as wide as its contacts', () => {
    expect(tieStroke(tie('a', 'b', { width: 3.5 }), { highlight: true, path: none })).toEqual({
      colour: TIE_COLOURS.tie,
      alpha: TIE_OPACITY.tie,
      width: 3.5,
      dashed: false,
      layer: 0,
    });
  });

  it('a bridge is orange above the others only while highlighting is on', () => {
    const bridge = tie('a', 'b', { bridge: true });
    expect(tieStroke(bridge, { highlight: true, path: none })).toMatchObject({
      colour: TIE_COLOURS.bridge,
      alpha: 1,
      layer: 1,
    });
    expect(tieStroke(bridge, { highlight: false, path: none })).toMatchObject({
      colour: TIE_COLOURS.tie,
      layer: 0,
    });
  });

  it('the ties of a folded municipality are dashed', () => {
    expect(tieStroke(tie('a', 'group:1', { folded: true }), { highlight: true, path: none })).toMatchObject({
      dashed: true,
      alpha: TIE_OPACITY.folded,
    });
  });

  it('with a path shown, its ties are red and wide on top and every other tie fades, bridges too', () => {
    const state = { highlight: true, path: new Set(['a|b']) };
    expect(tieStroke(tie('a', 'b'), state)).toMatchObject({
      colour: TIE_COLOURS.path,
      alpha: 1,
      width: PATH_WIDTH,
      layer: 2,
    });
    expect(tieStroke(tie('b', 'c'), state).alpha).toBe(TIE_OPACITY.faded);
    expect(tieStroke(tie('c', 'd', { bridge: true }), state).alpha).toBe(TIE_OPACITY.faded);
  });
});

describe('the ties along a path', () => {
  const ties = [tie('a', 'b'), tie('c', 'b'), tie('c', 'd'), tie('a', 'd')];

  it('are the ties between consecutive actors, in whichever direction they were recorded', () => {
    expect(pathTieIds(ties, ['a', 'b', 'c'])).toEqual(new Set(['a|b', 'c|b']));
  });

  it('are none without a path of two actors or more', () => {
    expect(pathTieIds(ties, [])).toEqual(new Set());
    expect(pathTieIds(ties, ['a'])).toEqual(new Set());
  });
});
