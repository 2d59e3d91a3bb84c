/** A Markdown page produced from data, added to the site as a typedoc project document. */
export interface GeneratedPage {
  /** File name under docs/generated/, e.g. `catalogue-hold.md`. */
  readonly file: string;
  /** Markdown with YAML front matter (`title`, `group`). */
  readonly content: string;
  /** A page nested under another (listed in its front matter's `children`), not a top-level document. */
  readonly child?: boolean;
}

/** A page generator: reads the library's own API (never the YAML) and returns pages. */
export interface Generator {
  /** Shown in the build log. */
  readonly name: string;
  readonly generate: () => readonly GeneratedPage[] | Promise<readonly GeneratedPage[]>;
}
