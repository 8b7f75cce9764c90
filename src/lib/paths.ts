/** Every URL the site builds, in one place, so links and routes cannot drift apart. */
export const articlePath = (id: string) => `/articles/${id}/`;
export const entityPath = (id: string) => `/entities/${id}/`;
export const entitiesPath = () => `/entities/`;
export const eventAnchor = (id: string) => `event-${id}`;
export const timelinePath = (year?: string) => (year ? `/timeline/${year}/` : `/timeline/`);
/** An event lives on its year's timeline page, under a stable anchor. */
export const eventPath = (id: string, sortKey: string) => `${timelinePath(sortKey.slice(0, 4))}#${eventAnchor(id)}`;
export const bansPath = () => `/bans/`;
