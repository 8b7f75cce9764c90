/**
 * Runs the content check before `astro build` renders a single page, and stops the build with the
 * editor-facing report when anything is wrong. Only for use in integration code (Node).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../checks/check-content.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'lintas:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const problems = await checkContent(root, { includeDrafts: false });
        if (problems.length > 0) {
          const error = new Error(`The content check found ${problems.length} problem(s):\n\n${formatProblems(problems)}\n\nNothing was built. Fix the files above and build again; see CONTRIBUTING.md for what each check means.`);
          error.stack = error.message;
          throw error;
        }
        logger.info('content check passed');
      },
    },
  };
}
