/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Set by the article page while its MDX renders; see src/lib/render-state.ts. */
    article?: import('./lib/render-state.ts').ArticleRenderState;
  }
}
