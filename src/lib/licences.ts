/**
 * What the site says about rights, in one place, from the site configuration (src/site-config.ts):
 * the code's licence, the licence of what Lintas itself writes and compiles (translations, notes,
 * the dataset), and that the original articles remain their outlets'. Used by the footer, the feeds,
 * the data downloads and /data/. Pure.
 */
import type { SiteConfig } from '../site-config.ts';

type Rights = Pick<SiteConfig, 'name' | 'licences'>;

/** One sentence on what Lintas licenses, and under what. */
export const contentLicenceSentence = ({ name, licences }: Rights) =>
  `${name}'s translations, notes and data are licensed under ${licences.content.name} (${licences.content.spdx}, ${licences.content.url}).`;

/** RSS <copyright>: the content licence, and that the originals are not covered. */
export const rssCopyright = (config: Rights) => `${contentLicenceSentence(config)} ${config.licences.originals}`;

/** The `licence` statement at the head of every JSON download (its `license` field is the URL alone). */
export const dataLicenceStatement = (config: Rights) =>
  `${contentLicenceSentence(config)} Credit ${config.name} and cite the original sources each record lists. ${config.licences.originals}`;

/**
 * JSON Feed 1.1 has no licence field; extensions are top-level keys that start with an underscore and
 * carry an `about` URL that explains them (https://jsonfeed.org/version/1.1, "Extensions").
 */
export const jsonFeedExtension = (config: Rights, about: string) => ({
  _lintas: {
    about,
    license: config.licences.content.url,
    license_name: config.licences.content.name,
    originals: config.licences.originals,
  },
});
