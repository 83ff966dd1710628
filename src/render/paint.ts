/** One colour or weight: wraps text in its escape codes, or returns it as it is at level 0. */
export type Style = (text: string) => string;

/**
 * How text is coloured: the styles the renderers use. The CLI passes a chalk instance whose
 * level it decided (cli/color.ts); the render layer itself imports no chalk.
 */
export interface Paint {
  readonly bold: Style & { readonly magenta: Style };
  readonly dim: Style;
  readonly red: Style;
  readonly green: Style;
  readonly yellow: Style;
  readonly blue: Style;
  readonly cyan: Style;
  readonly magenta: Style;
}
