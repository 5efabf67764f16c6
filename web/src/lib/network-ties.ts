// The ties of a large network map, drawn on a canvas of their own beneath Cytoscape's (ADR 0009):
// Cytoscape's bookkeeping for 10,000 edges (styles, bounds, z-order, one stroke each) took seconds
// before the first picture, while one canvas draws them in a fraction of that.
import type * as Cy from 'cytoscape';

/** A tie as drawn: between two visible nodes (an actor, or the box of its folded municipality). */
export interface DrawnTie {
  id: string;
  source: string;
  target: string;
  /** Line width in model units, from the number of contacts. */
  width: number;
  bridge: boolean;
  /** Summed ties of a folded municipality, drawn dashed. */
  folded: boolean;
}

/** What the page's controls make of the ties: highlighted bridges, a path and everything else faded. */
export interface TieState {
  highlight: boolean;
  /** Ids of the ties along the path shown; empty for none. */
  path: ReadonlySet<string>;
}

/** The colours of ties and boxes, shared with Cytoscape's stylesheet so both renderers look alike. */
export const TIE_COLOURS = {
  tie: '#8896a3',
  bridge: '#d97706',
  path: '#a4262c',
  box: '#f3f6f8',
  foldedBox: '#dfe7ee',
} as const;
export const TIE_OPACITY = { tie: 0.55, folded: 0.7, faded: 0.12, box: 0.8 } as const;
export const PATH_WIDTH = 5;
/** A municipality's name on its box, as Cytoscape draws it (its default font family). */
export const BOX_NAME = {
  colour: '#3d4852',
  size: 13,
  font: 'bold 13px "Helvetica Neue", Helvetica, sans-serif',
} as const;
export const FOLDED_DASH = [6, 3];

export interface TieStroke {
  colour: string;
  alpha: number;
  width: number;
  dashed: boolean;
  /** Drawing order: plain ties first, highlighted bridges above them, the path on top. */
  layer: 0 | 1 | 2;
}

/** How a tie is stroked; the same rules as the stylesheet's edge selectors, in the same precedence. */
export function tieStroke(tie: DrawnTie, state: TieState): TieStroke {
  if (state.path.has(tie.id))
    return { colour: TIE_COLOURS.path, alpha: 1, width: PATH_WIDTH, dashed: tie.folded, layer: 2 };
  const faded = state.path.size > 0;
  const bridge = state.highlight && tie.bridge;
  return {
    colour: bridge ? TIE_COLOURS.bridge : TIE_COLOURS.tie,
    alpha: faded ? TIE_OPACITY.faded : bridge ? 1 : tie.folded ? TIE_OPACITY.folded : TIE_OPACITY.tie,
    width: tie.width,
    dashed: tie.folded,
    layer: bridge ? 1 : 0,
  };
}

/** The ties between consecutive actors of a path (in either direction). */
export function pathTieIds(ties: readonly DrawnTie[], path: readonly string[]): Set<string> {
  const steps = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    steps.add(`${path[i - 1]}\n${path[i]}`);
    steps.add(`${path[i]}\n${path[i - 1]}`);
  }
  const ids = new Set<string>();
  if (!steps.size) return ids;
  for (const tie of ties) if (steps.has(`${tie.source}\n${tie.target}`)) ids.add(tie.id);
  return ids;
}

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** After the last move of the viewport or of an actor, the ties are drawn afresh (ms). */
const SETTLE_MS = 120;

/**
 * Draws the boxes' fill and the ties of a Cytoscape map on `canvas`, which lies beneath Cytoscape's
 * canvases (Cytoscape draws the boxes' border and the actors above; the boxes' names are painted here).
 *
 * - Content changes (ties, state, boxes, size) are drawn in the next animation frame, after
 *   Cytoscape's own frame, so both show together.
 * - While the view pans or zooms, the last picture is moved along and the ties are drawn afresh once
 *   it rests. While actors are dragged, their ties follow when the drag rests, as Cytoscape hid edges
 *   while dragging on large maps.
 */
export class TieLayer {
  readonly #cy: Cy.Core;
  readonly #canvas: HTMLCanvasElement;
  readonly #context: CanvasRenderingContext2D;
  readonly #pixelRatio: number;
  #ties: readonly DrawnTie[] = [];
  #ends: [Cy.NodeSingular, Cy.NodeSingular][] = [];
  #state: TieState = { highlight: false, path: new Set() };
  #strokes: TieStroke[] = [];
  /** The last full picture and the viewport it was drawn for, moved along while the view changes. */
  #snapshot: HTMLCanvasElement | null = null;
  #drawnFor: Viewport | null = null;
  #drawFrame = 0;
  #moveFrame = 0;
  #settle: ReturnType<typeof setTimeout> | undefined;
  readonly #listeners: [string, string | undefined, () => void][];

  constructor(cy: Cy.Core, canvas: HTMLCanvasElement, pixelRatio = 1) {
    this.#cy = cy;
    this.#canvas = canvas;
    this.#context = canvas.getContext('2d')!;
    this.#pixelRatio = pixelRatio;
    this.#listeners = [
      ['viewport', undefined, () => this.#viewportMoved()],
      ['position', 'node', () => this.#later()],
      ['data', 'node.frame', () => this.#later()],
      ['resize', undefined, () => this.#resized()],
    ];
    for (const [events, selector, handler] of this.#listeners)
      if (selector) cy.on(events, selector, handler);
      else cy.on(events, handler);
  }

  /** The ties to draw; their ends must be in the graph. */
  setTies(ties: readonly DrawnTie[]) {
    this.#ties = ties;
    // One pass over the nodes: getElementById makes a collection per call (≈ 35 ms for 10,000 ties).
    const byId = new Map<string, Cy.NodeSingular>();
    this.#cy.nodes().forEach((node) => {
      byId.set(node.id(), node);
    });
    const end = (id: string) => byId.get(id) ?? (this.#cy.getElementById(id) as Cy.NodeSingular);
    this.#ends = ties.map((tie) => [end(tie.source), end(tie.target)]);
    this.#strokes = ties.map((tie) => tieStroke(tie, this.#state));
    this.schedule();
  }

  setState(state: TieState) {
    this.#state = state;
    this.#strokes = this.#ties.map((tie) => tieStroke(tie, state));
    this.schedule();
  }

  /** Draws in the next animation frame. */
  schedule() {
    if (this.#drawFrame) return;
    this.#drawFrame = requestAnimationFrame(() => {
      this.#drawFrame = 0;
      this.draw();
    });
  }

  /** Draws now if a drawing is due; for the first picture, in the frame Cytoscape draws its own. */
  flush() {
    if (this.#drawFrame) this.draw();
  }

  /** Draws now: the boxes' fill and every tie, for Cytoscape's current viewport. */
  draw() {
    clearTimeout(this.#settle);
    this.#settle = undefined;
    cancelAnimationFrame(this.#moveFrame);
    this.#moveFrame = 0;
    cancelAnimationFrame(this.#drawFrame);
    this.#drawFrame = 0;
    const cy = this.#cy;
    const ratio = this.#pixelRatio;
    // The container's size as Cytoscape's canvases have it now (cy.width() may be cached from before).
    const { clientWidth, clientHeight } = cy.container()!;
    const [width, height] = [Math.round(clientWidth * ratio), Math.round(clientHeight * ratio)];
    if (this.#canvas.width !== width || this.#canvas.height !== height) {
      this.#canvas.width = width;
      this.#canvas.height = height;
      this.#canvas.style.width = `${clientWidth}px`;
      this.#canvas.style.height = `${clientHeight}px`;
    }
    const context = this.#context;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    const zoom = cy.zoom();
    const pan = cy.pan();
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    this.paint(context, cy.extent());
    this.#drawnFor = { zoom, pan: { ...pan } };
    this.#snapshot ??= document.createElement('canvas');
    this.#snapshot.width = width;
    this.#snapshot.height = height;
    this.#snapshot.getContext('2d')!.drawImage(this.#canvas, 0, 0);
  }

  /**
   * Paints boxes, ties and the boxes' names onto `context`, which is already transformed to model
   * coordinates; only ties that may cross `extent` (model coordinates) are stroked. Used for the screen and
   * for the PNG export. The names are painted here, not by Cytoscape: each distinct name became a label
   * texture of its own in Cytoscape's first frame (≈ 50 ms for 56 municipalities, docs/PERFORMANCE.md).
   */
  paint(context: CanvasRenderingContext2D, extent?: { x1: number; y1: number; x2: number; y2: number }) {
    context.save();
    context.globalAlpha = TIE_OPACITY.box;
    this.#cy.nodes('.frame').forEach((frame) => {
      const { x, y } = frame.position();
      const w = frame.width();
      const h = frame.height();
      context.fillStyle = frame.hasClass('collapsed') ? TIE_COLOURS.foldedBox : TIE_COLOURS.box;
      context.beginPath();
      // Cytoscape's round-rectangle corner for these sizes.
      context.roundRect(x - w / 2, y - h / 2, w, h, Math.min(w / 4, h / 4, 8));
      context.fill();
    });
    context.lineCap = 'butt';
    const strokes = this.#strokes;
    for (const layer of [0, 1, 2] as const) {
      // What the context is set to; each property is set only when it changes (a colour is parsed anew
      // whenever it is set, and most neighbouring ties differ in width only).
      let colour = '';
      let alpha = -1;
      let width = -1;
      let dashed: boolean | undefined;
      for (let i = 0; i < this.#ties.length; i++) {
        const stroke = strokes[i]!;
        if (stroke.layer !== layer) continue;
        const [sourceNode, targetNode] = this.#ends[i]!;
        if (sourceNode.removed() || targetNode.removed()) continue;
        const a = sourceNode.position();
        const b = targetNode.position();
        if (
          extent &&
          (Math.max(a.x, b.x) < extent.x1 ||
            Math.min(a.x, b.x) > extent.x2 ||
            Math.max(a.y, b.y) < extent.y1 ||
            Math.min(a.y, b.y) > extent.y2)
        )
          continue;
        if (stroke.colour !== colour) context.strokeStyle = colour = stroke.colour;
        if (stroke.alpha !== alpha) context.globalAlpha = alpha = stroke.alpha;
        if (stroke.width !== width) context.lineWidth = width = stroke.width;
        if (stroke.dashed !== dashed) {
          dashed = stroke.dashed;
          context.setLineDash(dashed ? FOLDED_DASH : []);
        }
        context.beginPath();
        context.moveTo(a.x, a.y);
        context.lineTo(b.x, b.y);
        context.stroke();
      }
    }
    // Above the box of an open municipality, inside a folded one (with its number of actors).
    context.globalAlpha = 1;
    context.fillStyle = BOX_NAME.colour;
    context.font = BOX_NAME.font;
    context.textAlign = 'center';
    this.#cy.nodes('.frame').forEach((frame) => {
      const { x, y } = frame.position();
      const name = String(frame.data('label') ?? '');
      if (frame.hasClass('collapsed')) {
        context.textBaseline = 'middle';
        context.fillText(name, x, y);
      } else {
        context.textBaseline = 'bottom';
        context.fillText(name, x, y - frame.height() / 2);
      }
    });
    context.restore();
  }

  /**
   * `box` (model coordinates) widened to the boxes' names painted here, which Cytoscape's bounding box does
   * not know of (for the PNG export).
   */
  withNames(box: { x1: number; y1: number; x2: number; y2: number }) {
    const measure = document.createElement('canvas').getContext('2d')!;
    measure.font = BOX_NAME.font;
    const out = { ...box };
    this.#cy.nodes('.frame').forEach((frame) => {
      const { x, y } = frame.position();
      const half = measure.measureText(String(frame.data('label') ?? '')).width / 2;
      out.x1 = Math.min(out.x1, x - half);
      out.x2 = Math.max(out.x2, x + half);
      if (!frame.hasClass('collapsed'))
        out.y1 = Math.min(out.y1, y - frame.height() / 2 - BOX_NAME.size * 1.3);
    });
    return out;
  }

  destroy() {
    cancelAnimationFrame(this.#drawFrame);
    cancelAnimationFrame(this.#moveFrame);
    clearTimeout(this.#settle);
    for (const [events, selector, handler] of this.#listeners)
      if (selector) this.#cy.off(events, selector, handler);
      else this.#cy.off(events, handler);
  }

  /** Draws for a new size (Cytoscape also reports a resize when the size stayed). */
  #resized() {
    const { clientWidth, clientHeight } = this.#cy.container()!;
    const ratio = this.#pixelRatio;
    if (
      this.#canvas.width !== Math.round(clientWidth * ratio) ||
      this.#canvas.height !== Math.round(clientHeight * ratio)
    )
      this.schedule();
  }

  /** Draws once the moves have rested. */
  #later() {
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => this.draw(), SETTLE_MS);
  }

  /** Moves the last picture with the view (cheap), and draws afresh once the view rests. */
  #viewportMoved() {
    const from = this.#drawnFor;
    const snapshot = this.#snapshot;
    if (from && snapshot && !this.#drawFrame && !this.#moveFrame) {
      this.#moveFrame = requestAnimationFrame(() => {
        this.#moveFrame = 0;
        const ratio = this.#pixelRatio;
        const zoom = this.#cy.zoom();
        const pan = this.#cy.pan();
        const k = zoom / from.zoom;
        const context = this.#context;
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, this.#canvas.width, this.#canvas.height);
        context.setTransform(k, 0, 0, k, ratio * (pan.x - k * from.pan.x), ratio * (pan.y - k * from.pan.y));
        context.drawImage(snapshot, 0, 0);
      });
    }
    this.#later();
  }
}
