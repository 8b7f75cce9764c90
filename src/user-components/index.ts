/** The components an article's MDX can use, passed to `<Content components={mdxComponents} />`. */
import Entity from './Entity.astro';
import TranslatorNote from './TranslatorNote.astro';
import ContextNote from './ContextNote.astro';
import ClaimCheck from './ClaimCheck.astro';
import Cite from './Cite.astro';
import PairedParagraph from './PairedParagraph.astro';

export const mdxComponents = { Entity, TranslatorNote, ContextNote, ClaimCheck, Cite, p: PairedParagraph };
