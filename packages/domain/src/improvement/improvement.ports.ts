/**
 * The repositories of the improvement context, one per part; each part adds its own field as it lands.
 */
// biome-ignore lint/suspicious/noEmptyInterface: the parts of the loop add their repositories here
export interface ImprovementRepositories {}
